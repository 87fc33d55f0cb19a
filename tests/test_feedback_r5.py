"""Blind playtest round r5 (main a93f90c): a skilled trainee's best turns were flagged. Seven of
the nine tests fail on that commit; the advice and boast tests are guards against overreach."""

from __future__ import annotations

from simulator.analysis import analyse
from simulator.scoring.turn import score_turn

from .turns import acts_of as acts
from .turns import ctx

JA = ctx(
    ("trainee", "最近の様子はいかがですか？"),
    ("owner", "売上はここ5年横ばい。一番大きいスーパーから毎年値下げの話が来る。付き合いが長いから断れないんだよ。"),
)


def test_a_summary_retelling_his_words_is_no_boast_ja() -> None:
    text = (
        "ここまでを整理させてください。売上は5年横ばいで、一番大きい取引先のスーパーからは毎年値下げの"
        "依頼があって、長い付き合いだから断れない。そして社長は自分の代の販路を作りたい。"
        "こう並べてみて、社長ご自身はどうお感じになりますか。"
    )
    assert "self_promotion" not in acts(text, JA, "ja")


def test_words_in_quotation_marks_are_someone_elses_ja() -> None:
    text = (
        "外では「全部任せている」と言われていても、何か言っても『お前はまだ現場を分かってない』で終わる。"
        "そのことを、今口にしてみて、どう感じていらっしゃいますか。"
    )
    got = acts(text, JA, "ja")
    assert "self_promotion" not in got and "advice" not in got


def test_the_owners_own_story_retold_is_no_statistic_ja() -> None:
    text = "先ほどの、秋から春にお客さんが減ったというお話とあわせて、社長はこの先をどうお考えですか。"
    assert "advice" not in acts(text, JA, "ja")


def test_if_you_use_the_subsidy_you_can_is_advice_ja() -> None:
    assert "advice" in acts("補助金を使えば新しい機械も入れられると思いますよ。", JA, "ja")


def test_a_boast_still_counts_ja() -> None:
    assert "self_promotion" in acts("私は以前、銀行で融資を10年以上担当していました。", JA, "ja")


EN = ctx(
    ("trainee", "Could you tell me what's behind that decision?"),
    ("owner", "Bottom line, it's sales. Flat for five years. If nothing changes, we'll just slowly shrink."),
)


def test_a_question_on_what_happens_if_nothing_changes_is_no_advice_en() -> None:
    text = "When you say 'slowly shrink', what do you see happening if nothing changes?"
    assert "advice" not in acts(text, EN, "en")
    assert "advice" in acts("If nothing changes, you won't survive five years.", EN, "en")


def test_price_cuts_opening_a_reflection_is_no_order_en() -> None:
    text = (
        "Price cuts every year, the private-label line you couldn't refuse. That sounds heavy. "
        "How does that sit with wanting to sell online?"
    )
    assert "advice" not in acts(text, EN, "en")


def test_a_summary_that_mentions_a_refusal_presses_nothing() -> None:
    c = ctx(
        ("trainee", "決算書を見せていただけますか？"),
        ("owner", "決算書はちょっとね。見せるつもりはないよ。"),
        ("trainee", "失礼しました。では、お仕事の様子を伺えますか？"),
        ("owner", "若い人が続かないんだよ。三年もったためしがない。"),
    )
    text = "決算書のことは結構です。若い人が三年続かない、ということですね。そのあたりをもう少し伺えますか？"
    a = analyse(text, c, "ja")
    s = score_turn(a, c)
    assert not any("一度断ったこと" in line for line in s.feedback), s.feedback


def test_a_question_followed_by_its_options_is_a_question_to_the_supporter() -> None:
    """「ECってどこのがいいの？楽天？Amazon？」: the options after it do not hide the question
    (r5 s06 T4, r5b s11 T5: the brief answer was called unasked advice)."""
    c = ctx(("owner", "で、ECってどこのがいいの？楽天？Amazon？"))
    a = analyse("モールか自社サイトかは一長一短があります。今のお客さんはどんな方が多いですか？", c, "ja")
    assert a.features.answers_owner and "advice" not in {x.value for x in a.acts}
    c = ctx(("owner", "Our customers are mostly supermarkets. So which platform is best? Rakuten? Amazon?"))
    a = analyse("Honestly, it depends: malls bring traffic, your own site keeps the margin. "
                "How much of your sales is that chain?", c, "en")
    assert a.features.answers_owner

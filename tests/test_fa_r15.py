"""Issue 8, fa15 (blind playtests r15a / r15b, of build 19d66ee): analysis misreads. New
sentences, ja and en; each class has cases that fail on main 930884b and negatives that keep
their labels.

1. No denial: his ambivalence given back (「…かもしれないし、そうじゃないのかもしれない」), and
   「いえ、…ではないです」 about what the supporter is here for (審査, 営業).
2. No push: the supporter's own conduct hedged ("Maybe I should just be quiet."); his word of
   worth affirmed after 「そうですよね、」; his own "I'd have to…" given back; someone else's
   credential ("The previous consultant…"); his reluctance acknowledged (「抵抗がありますよね」).
3. Misses: 「でも…難しいと思いますよ」 after his hope is a denial; 「〇〇がいいと思いますけど」 a push.
"""

from __future__ import annotations

from simulator.analysis import analyse
from simulator.analysis import ja_lexicon as L

from .turns import acts_of, ctx

# --- 1. no denial ---------------------------------------------------------------------------------

DOUBT_JA = ctx(
    ("trainee", "跡を継がれてから、一番迷われたのはどんなところですか？"),
    ("owner", "親父のやり方を続けるのがええのか、変えるべきなのか。正直、自分でもよう分からんのです。"),
)


def test_his_ambivalence_given_back_is_no_denial_ja() -> None:
    for text in (
        "続けるのが正しいのかもしれないし、そうではないのかもしれない。まだ迷っておられるんですね。",
        "変えた方がいいのかもしれないし、そうじゃないかもしれない、と。どんなときにそう感じますか？",
    ):
        a = analyse(text, DOUBT_JA, "ja")
        assert not a.features.denial, (text, a.evidence)
        assert "advice" not in {x.value for x in a.acts}, (text, a.evidence)


def test_a_flat_no_is_still_a_denial_ja() -> None:
    for text in (
        "いや、そうじゃないと思います。お父様のやり方はもう古いですよ。",
        "そうではなくて、変えるべきなんです。",
    ):
        a = analyse(text, DOUBT_JA, "ja")
        assert a.features.denial, (text, a.evidence)


AUDIT_JA = ctx(
    ("trainee", "本日は、工場の様子を少し伺えればと思っています。"),
    ("owner", "どうせ、あれこれ点数をつけて帰るだけだ。前の人もそうだった。"),
)


def test_no_about_the_supporters_own_purpose_is_no_denial_ja() -> None:
    for text in (
        "いいえ、評価ではないです。今の受注はどんな具合ですか？",
        "いや、査定ではないです。工場のことを教えてください。",
    ):
        a = analyse(text, AUDIT_JA, "ja")
        assert not a.features.denial, (text, a.evidence)


def test_no_to_his_view_stays_a_denial_ja() -> None:
    a = analyse("いえ、それは違います。前の人とは関係ない話です。", AUDIT_JA, "ja")
    assert a.features.denial, a.evidence


# --- 2. no push -----------------------------------------------------------------------------------

START_EN = ctx(
    ("trainee", "Let me tell you first what we can do for your shop."),
    ("owner", "Hm. I've heard all this before."),
)


def test_own_conduct_hedged_is_no_advice_en() -> None:
    for text in ("Maybe I should just be quiet and hear you out.", "Perhaps I should slow down."):
        assert "advice" not in acts_of(text, START_EN, "en"), text


def test_should_to_him_stays_advice_en() -> None:
    for text in ("Maybe you should just raise your prices.", "Perhaps you should hire someone."):
        assert "advice" in acts_of(text, START_EN, "en"), text


TRADITION_JA = ctx(
    ("trainee", "お店の味について、聞かせていただけますか？"),
    ("owner", "うちは、じいさんの代からこの出汁一本でやってきとるんです。"),
)


def test_his_value_affirmed_after_agreeing_lead_in_is_no_advice_ja() -> None:
    for text in (
        "そうですよね、この出汁は大切ですよね。",
        "なるほど、出汁が大事ですよね。仕込みは毎朝されているんですか？",
    ):
        assert "advice" not in acts_of(text, TRADITION_JA, "ja"), text


def test_supporters_own_idea_after_lead_in_stays_a_push_ja() -> None:
    for text in ("そうですよね、でもネット販売が大事ですよね。", "そうですよね、値上げが必要ですよね。"):
        acts = acts_of(text, TRADITION_JA, "ja")
        assert acts & {"advice", "leading_question"}, (text, acts)


UNSURE_EN = ctx(
    ("trainee", "Would you want to take over the new line yourself?"),
    ("owner", "Hm. I'd need to talk it over with my wife first. I really don't know."),
)


def test_his_own_modal_given_back_is_no_advice_en() -> None:
    text = "You'd need to talk it over with your wife first, and you don't know yet. Let me sum up."
    assert "advice" not in acts_of(text, UNSURE_EN, "en")


def test_a_different_modal_stays_advice_en() -> None:
    text = "You'd need to hire a manager first, and you don't know yet. Let me sum up."
    assert "advice" in acts_of(text, UNSURE_EN, "en")


CONSULT_EN = ctx(
    ("trainee", "What did the people before me look at?"),
    ("owner", "The specialist from the bank said we should cut staff. Wrote it all down, too."),
)


def test_someone_elses_credential_is_no_boast_en() -> None:
    text = "I see. The last expert from the bank said the same thing. What did you make of it?"
    assert "self_promotion" not in acts_of(text, CONSULT_EN, "en")


def test_own_credential_stays_a_boast_en() -> None:
    text = "I see. I'm a specialist in this myself and I've helped dozens of firms cut staff."
    assert "self_promotion" in acts_of(text, CONSULT_EN, "en")


GUARDED_JA = ctx(
    ("trainee", "社内の人間関係について、少し伺ってもいいですか？"),
    ("owner", "…それは、身内の話だからね。"),
)


def test_his_reluctance_acknowledged_is_empathy_not_leading_ja() -> None:
    for text in (
        "そうですよね、初対面の相手に身内の話をするのは抵抗がありますよね。",
        "身内のことを外の人間に話すのは、ためらいもありますよね。",
    ):
        acts = acts_of(text, GUARDED_JA, "ja")
        assert "leading_question" not in acts and "empathy" in acts, (text, acts)


def test_a_premise_pressed_stays_leading_ja() -> None:
    acts = acts_of("身内だけで経営を続けるのは問題がありますよね？", GUARDED_JA, "ja")
    assert acts & {"leading_question", "advice"}, acts


# --- 3. misses ------------------------------------------------------------------------------------

HOPE_JA = ctx(
    ("trainee", "ネットで売りたいと思われたきっかけは何ですか？"),
    ("owner", "うちの漬物は、どこにも負けん味なんだわ。全国の人に食べてもらいたいんよ。"),
)


def test_but_it_wont_work_is_a_denial_ja() -> None:
    for text in (
        "全国に届けたいんですね。でも通販は送料がかかるので、味だけで売るのは厳しいと思いますよ。",
        "しかし、今の時代は味だけでは難しいと思います。",
    ):
        a = analyse(text, HOPE_JA, "ja")
        assert a.features.denial and "advice" in {x.value for x in a.acts}, (text, a.evidence)


def test_but_his_hardship_acknowledged_is_no_denial_ja() -> None:
    for text in (
        "でも、お一人で全部続けるのは大変ですよね。",
        "でも、それだけの味を守るのは難しいことですよね。どんな工夫をされてきたんですか？",
    ):
        a = analyse(text, HOPE_JA, "ja")
        assert not a.features.denial, (text, a.evidence)


def test_a_pick_pushed_softly_is_advice_ja() -> None:
    for text in (
        "最初に出す商品はどれにしますか？たくあんがいいと思いますけど。",
        "まずは楽天の方がいいと思いますが。",
    ):
        assert "advice" in acts_of(text, HOPE_JA, "ja"), text


def test_agreeing_with_his_pick_is_no_advice_ja() -> None:
    for text in ("それがいいと思います。どんなふうに届けたいですか？", "私もそれがいいと思います。"):
        assert L.ADVICE.search(text.split("。")[0]) is None, text

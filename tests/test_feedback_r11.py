"""Round 11 (lead): feedback that fired on what did not happen in the r11a blind playtest.
Every sentence here is new (not copied from the playtest)."""

from __future__ import annotations

import pytest

from simulator.acts import Utterance
from simulator.analysis import analyse
from simulator.scoring.limits import presses_refusal


def o(text: str) -> Utterance:
    return Utterance(speaker="owner", text=text)


def t(text: str) -> Utterance:
    return Utterance(speaker="trainee", text=text)


def acts(text: str, context: list[Utterance], lang: str = "ja") -> set[str]:
    return {a.value for a in analyse(text, context, lang).acts}


# --- an apology for having asked names the refused topic to leave it, never presses it -------

_REFUSED_JA = [
    o("うちは鋳物一本。最近は、ポンプの部品を自分のとこで仕上げまでやれないか、と考えてるんです。"),
    t("仕上げまで、ですか。それは面白いですね。奥様は何とおっしゃっていますか？"),
    o("…それは、ちょっと。"),
]


def test_apology_for_asking_then_his_own_topic_is_no_pressing_ja() -> None:
    text = "すみません、いきなり奥様のことを伺ってしまって。仕上げの話、もう少し聞かせていただけますか。"
    assert presses_refusal(text, _REFUSED_JA, "ja") is None
    # pressing for what he refused still is pressing
    assert presses_refusal("でも、奥様のお考えも教えていただけますか。", _REFUSED_JA, "ja")


def test_apology_for_asking_is_no_pressing_en() -> None:
    ctx = [
        o("We make cast parts. Lately I've wondered about finishing the pump parts in-house."),
        t("Finishing in-house. What does your wife think about it?"),
        o("I'd rather not talk about that."),
    ]
    text = "Sorry, I shouldn't have asked about your wife so soon. Could you tell me more about the finishing idea?"
    assert presses_refusal(text, ctx, "en") is None
    assert presses_refusal("But could you tell me what your wife thinks?", ctx, "en")


# --- his expertise owned is no advice -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("窯のことでしたら、社長が一番お詳しいと思います。いまの窯で、気にかかっているのはどのあたりですか。", "ja"),
        ("仕入れのことは、社長のほうがよくご存じだと思います。最近の仕入れで、何か変わったことはありますか。", "ja"),
        ("You know your suppliers far better than I do. What has changed with them lately?", "en"),
    ],
)
def test_his_expertise_owned_is_no_advice(text: str, lang: str) -> None:
    assert "advice" not in acts(text, [], lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("窯のことは社長が一番お詳しいと思いますが、早めに電気窯に替えた方がいいですよ。", "ja"),
        ("仕入れは社長のほうがよくご存じだと思います。一度、仕入れ先を見直してみてはいかがですか。", "ja"),
        ("You know your suppliers better than I do, but you should switch to a second one now.", "en"),
    ],
)
def test_advice_beside_his_expertise_is_still_advice(text: str, lang: str) -> None:
    assert "advice" in acts(text, [], lang)


# --- his own sentence given back is no leading question ------------------------------------------


def test_his_own_sentence_given_back_is_no_leading_question() -> None:
    ctx = [
        t("お客さんが減っている理由を、社長ご自身はどう見ていらっしゃいますか。"),
        o("まあ、どうやろ。…味が落ちたとは思わんけど、何かが足りんのやろうね。"),
    ]
    text = "味が落ちたとは思わないけど、何かが足りない。その『何か』について、感じていらっしゃることを聞かせてください。"
    assert "leading_question" not in acts(text, ctx)
    # the same cue in a question of the supporter's own steers
    assert "leading_question" in acts("でも、味を変えた方がいいとは思いませんか？", ctx)


# --- a request to meet again is no open question ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("社長、今日はこのへんで区切って、来週また改めて伺ってもいいですか？", "ja"),
        ("Thank you, this has been a lot. Could we meet again next week?", "en"),
    ],
)
def test_a_request_to_meet_again_is_no_question_to_praise(text: str, lang: str) -> None:
    found = acts(text, [o("まあ、いろいろあるよ。") if lang == "ja" else o("There's a lot to it.")], lang)
    assert not found & {"open_question", "closed_question"}


def test_a_question_about_next_time_is_still_a_question() -> None:
    found = acts("次回までに、社長が一番気になっていることを考えてきていただけますか？", [o("まあね。")])
    assert found & {"open_question", "closed_question"}


# --- advice put before a question is advice still ------------------------------------------------


def test_advice_before_a_question_is_advice() -> None:
    found = acts("若い人を採るなら、地元の高校に顔を出すといいと思いますが、行かれてますか？", [])
    assert "advice" in found and found & {"closed_question", "open_question"}


@pytest.mark.parametrize(
    "text",
    [
        "詳しくはないのですが、いまは採用をどうされていますか？",
        "先ほど、高校に顔を出すといいとおっしゃいましたが、具体的にはどんなことをお考えですか？",
        "もし人を一人増やせるとしたら、社長ならどんな仕事を任せますか？",
        "申込書に人手不足とありましたが、いまはどんな状況ですか？",
    ],
)
def test_a_lead_in_without_advice_is_no_advice(text: str) -> None:
    assert "advice" not in acts(text, [])


def test_letting_the_refused_topic_go_is_no_pressing() -> None:
    ctx = [
        t("差し支えなければ、年商はどのくらいか教えていただけますか？"),
        o("数字はちょっとね。"),
    ]
    for text in (
        "年商はそこまでで大丈夫です。最近、現場で気になっていることはありますか？",
        "数字は結構です。お客さんとのお付き合いは長いんですか？",
    ):
        assert presses_refusal(text, ctx, "ja") is None, text
    assert presses_refusal("でも、年商だけでも教えていただけますか？", ctx, "ja")
    en = [t("Could you tell me your annual sales?"), o("I'd rather not share the numbers.")]
    assert presses_refusal("We can leave the numbers there. How long have you had your main customer?", en, "en") is None
    assert presses_refusal("Just roughly, could you share the numbers?", en, "en")


# --- r12a blind play: an assumption before a question about his feeling is no leading question ----


def test_an_assumption_then_his_feeling_asked_is_no_leading_question() -> None:
    ctx = [o("問屋さんとは祖父の代からの付き合いでね。")]
    text = "問屋さんとは長いお付き合いだと思いますが、社長ご自身はその関係をどう感じていらっしゃいますか？"
    assert "leading_question" not in acts(text, ctx)
    assert "leading_question" in acts("問屋さんを替えた方がいいと思うんですが、どうですか？", ctx)


def test_cannot_put_it_into_words_is_no_refusal() -> None:
    ctx = [t("お客さんとの取引で、一番大事にしてきたことは何ですか？"), o("さあ…うまく言えませんね。")]
    assert presses_refusal("取引で大事にしてきたこと、もう少し聞かせていただけますか？", ctx, "ja") is None
    refused = [t("取引先の名前を教えていただけますか？"), o("それは言えませんね。")]
    assert presses_refusal("取引先の名前だけでも教えていただけますか？", refused, "ja")


# --- r12b blind play: an invitation to put it into words, a plan for next time, a courtesy --------


def test_an_invitation_to_put_it_into_words_is_no_advice() -> None:
    ctx = [o("まあ、ぼんやりとは、こうなったらいいっていうのはあるんですけどね。")]
    text = "よろしければ、その『ぼんやり』を、少し言葉にしてみませんか。どんな店の姿が浮かびますか。"
    assert "advice" not in acts(text, ctx)
    assert "advice" in acts("在庫管理のソフトを導入してみませんか。", ctx)


def test_a_plan_for_next_time_is_no_leading_question() -> None:
    text = "次にお会いするときは、社長がお話しになりたいところからお聞きできればと思いますが、いかがでしょうか。"
    assert "leading_question" not in acts(text, [o("まあ、今日はこのくらいで。")])
    assert "leading_question" in acts("仕入れ先を一本化した方がいいと思いますが、いかがでしょうか。", [o("まあね。")])


def test_a_courtesy_about_his_time_is_no_advice_en() -> None:
    text = "Thanks for seeing me. About an hour is plenty, and we can stop whenever you need to get back to the kitchen."
    assert "advice" not in acts(text, [], "en")
    assert "advice" in acts("You need to put your prices up before the summer.", [], "en")


# --- r12b blind play: his tag for agreement asks nothing to answer ---------------------------------


def test_his_tag_for_agreement_is_no_question_to_answer() -> None:
    ctx = [
        t("ネットで売りたいと思われたきっかけは何ですか？"),
        o("観光で来た人が、帰ってからまた欲しくなっても買えないわけ。惜しいでしょ？"),
    ]
    a = analyse("惜しいですよね。帰ってから買えない、と。どんな方が多く買っていかれるんですか？", ctx, "ja")
    assert not a.features.owner_asked
    tested = [t("本日はよろしくお願いします。"), o("あんた、帳簿くらいは読めるでしょ？")]
    assert analyse("はい、基本的なところは読めます。社長の会社ではどなたが見ていらっしゃいますか？", tested, "ja").features.owner_asked

"""Issue 8, fa19 (r18a / r18b blind playtests): act labels that hold in live play. New sentences,
ja and en, in the style of the defects; each class has cases that fail on e1f94e9 and near misses
that keep their labels.

1. The supporter's wish to hear him, put for his consent (「…を伺えたらと思うのですが、いかがでしょ
   うか」), is an open request, not a leading question (r18b s01 T4); an opinion put the same way
   stays leading.
2. A joint look offered for the next meeting, named in the sentence before, with a way out, is no
   unsolicited advice (r18b s05 T11); a solution offered the same way stays advice.
3. "Many companies are struggling with that.": what others go through, no boast of the
   supporter's own record (r18b s02 T3); "I've supported many companies" stays one.
"""

from __future__ import annotations

import pytest

from .turns import acts_of, ctx, run

# --- 1. a wish to hear him -------------------------------------------------------------------------

FOUNDER_JA = ctx(
    ("trainee", "本日はお時間をいただきありがとうございます。"),
    ("owner", "まあ、うちは親父の代から四十年、こうやって曲げ物一本でやってきたからね。"),
)


@pytest.mark.parametrize(
    "text",
    [
        "四十年続けてこられた中で、社長が譲れないと思ってこられたことをお聞きできればと思うのですが、いかがでしょうか。",
        "よろしければ、創業当時のお話を少し伺えたらと思いますが、いかがですか。",
        "曲げ物一本で来られた理由を、教えていただければと考えているのですが、どうでしょうか。",
    ],
)
def test_a_wish_to_hear_him_is_an_open_request(text: str) -> None:
    acts = acts_of(text, FOUNDER_JA)
    assert "leading_question" not in acts
    assert "open_question" in acts


@pytest.mark.parametrize(
    "text",
    [
        "そろそろ新しい素材に手を広げた方がいいと思うのですが、いかがでしょうか。",
        "曲げ物一本では厳しいと思いますが、どうですか。",
    ],
)
def test_an_opinion_put_for_his_consent_stays_leading(text: str) -> None:
    assert "leading_question" in acts_of(text, FOUNDER_JA)


# --- 2. a joint look offered for the next meeting --------------------------------------------------

MOVE_ON_JA = ctx(
    ("trainee", "ネット販売のこと、もう少し聞かせていただけますか。"),
    ("owner", "正直、どの取引先が儲かってるのかもよく分かってないんだよ。見るのが怖くてね。"),
    ("trainee", "見るのが怖い、というお気持ちもあるんですね。"),
    ("owner", "まあね。でも、それを見ないと何も始まらないのは分かってる。"),
)


def test_a_joint_look_after_the_next_meeting_is_named_is_no_advice() -> None:
    text = (
        "今日は取引先のことまで話してくださってありがとうございました。次回、お約束の資料はお持ちします。"
        "そのうえで、どの取引先で利益が出ているかを社長と一緒に整理してみる、というのはいかがでしょうか。"
        "見たくないところまでは無理にとは申しません。"
    )
    a, s = run(text, MOVE_ON_JA)
    assert "advice" not in {x.value for x in a.acts}
    assert (s.scores.get("non_leading") or 0) >= 70


def test_a_solution_offered_for_the_next_meeting_stays_advice() -> None:
    text = "次回までに資料はお持ちします。そのうえで、まずは楽天に出店してみてはいかがでしょうか。無理にとは申しません。"
    assert "advice" in acts_of(text, MOVE_ON_JA)


# --- 3. others counted, no boast -------------------------------------------------------------------

STEEL_EN = ctx(
    ("owner", "Steel went up again this spring. Do you know anything about material prices?"),
)


@pytest.mark.parametrize(
    "text",
    [
        "A little, yes. Prices rose sharply this year. Many firms around here are feeling that squeeze. How has it hit you?",
        "I believe so, by around twenty percent. Many companies are struggling with it. You should pass it on to customers.",
    ],
)
def test_others_counted_are_no_boast(text: str) -> None:
    assert "self_promotion" not in acts_of(text, STEEL_EN, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Yes. I've supported many companies through exactly this. You should pass it on to customers.",
        "I know this well. Over 100 firms have come to us with it.",
    ],
)
def test_his_own_count_of_firms_stays_a_boast(text: str) -> None:
    assert "self_promotion" in acts_of(text, STEEL_EN, "en")

"""Round 19: owner replies that fit, from round 18's blind playtests (issue 9).

New sentences in the style of the defects (not the playtest's own), each with a near miss that
must not change. Every test fails on d0f9e83.
"""

from __future__ import annotations

from simulator.engine.peak import invites
from simulator.session import open_session

OPEN_JA = "本日はお時間をいただきありがとうございます。まずは会社のことをお聞かせいただけますか。"
OPEN_EN = "Thank you for your time today. Could you tell me about the company to begin with?"


def play(owner: str, lang: str, seed: int, lines: list[str], trust: float | None = None) -> list[str]:
    """The owner's replies; ``trust`` is set after the first (greeting) turn."""
    s = open_session(owner, lang=lang, seed=seed, store=None)
    out = [s.say(lines[0]).owner_reply]
    if trust is not None:
        s.state.trust = trust
    out += [s.say(line).owner_reply for line in lines[1:]]
    return out


# -- a question whose pointing word leaves its subject to the sentence before (r18b s01 T8) -------


def test_a_pointing_question_asks_about_the_sentence_before() -> None:
    said = play("distrustful_founder", "ja", 11, [
        OPEN_JA, "指導員さんから、以前に専門家の支援を受けられたと伺いました。そのときは、どんな感じだったんでしょうか。",
    ], trust=40)
    assert "報告書" in said[1]  # his story of the earlier support, not 「まあ、見ての通りだよ」


def test_a_question_with_a_subject_of_its_own_does_not_point_back() -> None:
    said = play("distrustful_founder", "ja", 11, [
        OPEN_JA, "指導員さんから、以前に専門家の支援を受けられたと伺いました。ところで、社員の皆さんはどんな方たちですか。",
    ], trust=40)
    assert "報告書" not in said[1]


# -- a request to see or visit next time is a next step, not a figure question (r18b s01 T10) ----

REQUESTS = [
    ("ja", "次回、工場を見せていただくことはできますか。"),
    ("ja", "今度お邪魔したときに、現場を拝見してもよろしいでしょうか。"),
    ("en", "Next time, could I take a look around the shop floor?"),
    ("en", "Would it be all right if I visited the factory when we next meet?"),
]


def test_a_request_for_next_time_is_an_invitation() -> None:
    for lang, text in REQUESTS:
        assert invites(text, lang), text
    assert not invites("工場を見せていただくことはできますか。", "ja")  # no next time: no invitation
    assert not invites("Could I take a look at the numbers?", "en")


def test_a_request_to_see_the_factory_gets_his_yes_or_no() -> None:
    ja = play("distrustful_founder", "ja", 5, [OPEN_JA, "現場を大事にされているんですね。次回、もしよろしければ、工場を少し見せていただくことはできますか。"], trust=45)
    assert "ぱっとは" not in ja[1] and "はっきりしたこと" not in ja[1]
    assert any(w in ja[1] for w in ("来る", "一緒", "考えと", "止めない"))
    en = play("distrustful_founder", "en", 5, [OPEN_EN, "Next time, if it suits you, could I take a look around the factory?"], trust=45)
    assert any(w in en[1] for w in ("come", "once", "think about it"))

"""Blind playtests r8a / r8b (round 7): feedback lines that said the opposite of what happened.
New sentences in the spirit of the playtest's, ja and en; each test fails on main b15f796.

1. a summary of the owner's own words called a boast, advice or "your own proposals";
2. modesty (a credential denied) taken for a show of track record;
3. a brief honest answer to the owner's direct question called advice, and the praise for one
   given where nothing was asked or nothing answered.
"""

from __future__ import annotations

from .turns import ctx, has_line, run

BOAST_LINE = ("実績や経験のアピール", "show of your track record")
ADVICE_LINE = ("社長が求めていない助言", "You gave advice or a diagnosis")
VAGUE_LINE = ("社長が話した要点が入っていません", "none of the owner's points is in it")
GATHERED = ("社長の話の要点をまとめて返せています", "You gathered the owner's points")


def _boast(feedback: list[str]) -> bool:
    return any(has_line(feedback, part) for part in BOAST_LINE)


# --- 2. a credential denied is modesty, not a boast -----------------------------------------------


def test_a_denied_credential_is_no_boast() -> None:
    owner = ctx(("owner", "Our ERP is fifteen years old and nobody understands it. Do you know much about these systems?"))
    for text in (
        "I'm no IT specialist, to be honest. How does your team get by with it day to day?",
        "Honestly, I'm not really a software expert. What happens when something goes wrong with it?",
        "I'm far from an authority on ERP, so I'd rather hear how you use it now.",
    ):
        a, s = run(text, owner, "en")
        assert "self_promotion" not in {x.value for x in a.acts}, (text, a.acts)
        assert not _boast(s.feedback), (text, s.feedback)
    b, s = run("I'm an IT specialist; I've helped over forty firms replace systems like yours.", owner, "en")
    assert "self_promotion" in {x.value for x in b.acts} and _boast(s.feedback)
    # ja (already right on main, kept so that it stays so)
    owner = ctx(("owner", "基幹システムがもう十五年ものでね。こういうの、分かるの？"))
    for text in (
        "正直、システムの専門家ではありませんが、普段はどのように使っていらっしゃるんですか。",
        "ITには詳しくはないのですが、困るのはどんな時ですか。",
    ):
        a, s = run(text, owner)
        assert "self_promotion" not in {x.value for x in a.acts}, (text, a.acts)
        assert not _boast(s.feedback), (text, s.feedback)
    b, s = run("私はシステムの専門家で、これまで四十社以上の入れ替えを支援してきました。", owner)
    assert "self_promotion" in {x.value for x in b.acts} and _boast(s.feedback)


"""Issue 8, round 19: the end report agrees with the turn feedback (r18a/r18b).

r18a/r18b named: a challenge ("Why can't you…? Is it because…?") listed under "Blunt worry or
vision questions"; open questions asking who (「どなたが担うイメージをお持ちですか」) listed as
closed-question mistakes the turn never raised; a hint whose only advice was a praise line; the
persona author's hidden 裏課題 text printed in the trainee's report. The sentences here are new
ones, in the style of those sessions.
"""

from __future__ import annotations

from simulator.acts import Utterance
from simulator.datafiles import load_persona
from simulator.report_checks import closed_ask, ends_closed, praise_line
from simulator.report_markdown import _disclosure_md
from simulator.reporting import Report, _hints, _mistakes, told_in_answers
from simulator.scoring.models import TurnResult
from tests.report_rows import report_row

# ---------------------------------------------------------------- a question asking who


def test_a_question_asking_who_is_no_closed_question() -> None:
    for text in (
        "職人さんが足りない、ということですね。その穴を埋めるとしたら、どなたに任せたいイメージですか。",
        "新しい売り方を始めるとしたら、社内ではどなたが旗を振るイメージをお持ちですか。",
        "その「うちの連中」というのは、どなたを思い浮かべていらっしゃるんですか？",
    ):
        assert not ends_closed(text, "ja"), text
        assert not closed_ask(text, ["reflection"], "ja"), text


def test_a_yes_no_question_about_someone_stays_closed() -> None:
    # near misses: 「どなたか」 (someone) asks yes or no; a fact-only question stays closed
    assert ends_closed("そのことを、どなたかに打ち明けたことはありますか。", "ja")
    assert closed_ask("工場には、どなたか専任の責任者がいらっしゃるんですか？", ["closed_question"], "ja")
    assert closed_ask("配送はいまも自社のトラックでやっているんですか？", ["closed_question"], "ja")


# ---------------------------------------------------------------- a challenge is no blunt question


def _scored(turns: list[tuple[str, list[str], list[str]]]) -> list[TurnResult]:
    return [
        TurnResult(index=2 * n, speaker="trainee", text=t, turn=n + 1, acts=a, flags=f)
        for n, (t, a, f) in enumerate(turns)
    ]


def test_a_challenge_is_listed_as_one_not_as_a_blunt_worry_question() -> None:
    scored = _scored(
        [
            ("So why haven't you hired anyone yet? Is it the money?", ["leading_question"], ["challenge"]),
            ("I see. How did the last hire go?", ["open_question"], []),
            ("OK. What is your biggest headache at the moment?", ["open_question"], ["blunt_worry"]),
        ]
    )
    number_of = {t.index: t.turn for t in scored if t.turn is not None}
    found = _mistakes({"blunt": [0, 4], "leading": [0]}, number_of, scored, "en")  # type: ignore[arg-type]
    assert found["challenge"] == [1]
    assert found["blunt"] == [3]  # near miss: the point-blank worry question stays where it was
    assert found["leading"] == [1]


def test_a_point_blank_vision_demand_stays_a_blunt_question() -> None:
    scored = _scored([("社長の十年後のビジョンを教えてください。", ["open_question"], ["pressing"])])
    found = _mistakes({"blunt": [0]}, {0: 1}, scored, "ja")  # type: ignore[arg-type]
    assert found == {"blunt": [1]}


# ---------------------------------------------------------------- a praise line is no advice


def test_a_praise_line_is_read_as_one() -> None:
    assert praise_line("You rephrased several of the owner's points back to them.", "en")
    assert praise_line("社長ご自身の言葉（『仕入れ値』、『取引先』）を拾えています。", "ja")
    # near misses: lines naming what went wrong
    assert not praise_line(
        "閉じた質問です。事実の確認は必要ですが、続けて「どのように」「なぜ」と開くと、社長が自分の言葉で語れます。",
        "ja",
    )
    assert not praise_line(
        "A closed question; facts are needed, but an open how-or-why question next lets the owner talk.",
        "en",
    )


def test_a_turn_with_only_praise_in_its_feedback_is_no_hint() -> None:
    praised = report_row(
        4,
        "Steady work from one big client, and you don't lose sleep over it. Which part does keep you up?",
        ["open_question", "reflection"],
        feedback=["You rephrased several of the owner's points back to them."],
        owner_reply="Hm. Hard to say.",
        weak=["deep_dive.no_one_by_one"],
        trust_delta=-1.2,
    )
    assert _hints([praised], lang="en") == []
    # near miss: the same small drop with a line naming what went wrong is a hint, that line first
    closed = report_row(
        4,
        "Do you have a second client?",
        ["closed_question"],
        feedback=[
            "A closed question; facts are needed, but an open how-or-why question next lets the owner talk.",
            "You rephrased several of the owner's points back to them.",
        ],
        owner_reply="No.",
        weak=["deep_dive.open_questions"],
        trust_delta=-1.2,
    )
    hints = _hints([closed], lang="en")
    assert [h["turn"] for h in hints] == [4]
    assert hints[0]["problem"].startswith("A closed question")


def test_a_costly_turn_with_only_praise_still_names_what_it_cost() -> None:
    # near miss: a turn that cost much trust is named even when its feedback praised it
    row = report_row(
        6,
        "お客さんが減ってきた、と。どの季節が一番こたえますか。",
        ["open_question", "reflection"],
        feedback=["社長ご自身の言葉（『お客さん』）を拾えています。"],
        owner_reply="…まあ、今日はこのへんで。",
        trust_delta=-6.0,
    )
    hints = _hints([row], lang="ja")
    assert [h["turn"] for h in hints] == [6]
    assert "拾えています" not in hints[0]["problem"]


# ---------------------------------------------------------------- the author's 裏課題 text


def _report(reached: bool, description: str | None) -> Report:
    return Report(
        persona_id="big_customer_owner", lang="ja", scores={"listening": 70.0}, revealed=[],
        hidden_issue_reached=reached, trust_curve=[30.0, 60.0], final_stage="approach", turns=10,
        underlying_issue_description=description,
    )  # fmt: skip


def test_the_authors_hidden_issue_is_not_printed_for_the_trainee() -> None:
    persona = load_persona("big_customer_owner")
    text = persona.underlying_issue.text.get("ja")
    lines = "\n".join(_disclosure_md(_report(True, text), persona, "ja"))
    assert text not in lines and "ペルソナ作成者" not in lines
    assert "到達しました" in lines  # near miss: that he reached it is still said
    en = "\n".join(_disclosure_md(_report(True, persona.underlying_issue.text.get("en")), persona, "en"))
    assert "persona's author" not in en and "reached" in en


# ---------------------------------------------------------------- the count of facts told


def _history(replies: list[str]) -> list[Utterance]:
    out: list[Utterance] = []
    for r in replies:
        out += [Utterance(speaker="trainee", text="はい。"), Utterance(speaker="owner", text=r)]
    return out


def test_a_fact_told_in_his_short_answer_is_counted() -> None:
    persona = load_persona("family_values_owner")
    answer = next(a for a in persona.answers.topics if a.fact == "daughter_swamped")  # type: ignore[union-attr]
    said = "ほうやねえ、" + answer.text.get("ja")[0]
    assert told_in_answers(persona, _history(["どうぞ、お茶でも。", said]), [], "ja") == ["daughter_swamped"]
    # near misses: a reply on her in other words, or a fact already counted, adds nothing
    other = _history(["娘のことは、まあ、あの子に任せとるでね。"])
    assert told_in_answers(persona, other, [], "ja") == []
    assert told_in_answers(persona, _history([said]), ["daughter_swamped"], "ja") == []


def test_the_count_of_facts_says_which_facts_by_depth() -> None:
    persona = load_persona("family_values_owner")
    surface = [f.id for f in persona.facts if f.depth.value == "surface"][:3]
    report = _report(False, None)
    report.revealed = surface
    lines = "\n".join(_disclosure_md(report, persona, "ja"))
    n_surface = sum(1 for f in persona.facts if f.depth.value == "surface")
    assert f"3 / {len(persona.facts)}" in lines
    assert f"表に出ている事実 3/{n_surface}" in lines and "核心 0/" in lines
    en = "\n".join(_disclosure_md(report, persona, "en"))
    assert f"on the surface 3/{n_surface}" in en

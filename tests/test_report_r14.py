"""Issue 8, round 14 (r14a/r14b blind playtests): reports an instructor signs, for beginners too.

Named by the instructors: the costliest turn left out of the report (the books asked for at once,
a −6.6 turn with praise only in its feedback, while a −4 turn was shown); 「閉じた質問 0回」 under
turns whose feedback said 「閉じた質問です」; 「要約の質 9%」 beside a summary scored 86 with no
rule to check it by; a strength resting on words the owner never said. Every sentence here is new.
"""

from __future__ import annotations

from typing import Any

from simulator import open_session
from simulator.report_checks import misquotes
from simulator.report_markdown import _hints_md
from simulator.report_names import MISTAKES
from simulator.reporting import COSTLY_LINE, MAX_HINTS, Report, _hints, _mistakes, _strengths
from simulator.scoring.models import TurnResult

from .report_rows import report_row


def _row(turn: int, text: str, acts: list[str], **kw: Any) -> dict[str, Any]:
    defaults: dict[str, Any] = {
        "feedback": ["社長の言葉を受け止めて、開いた問いで返せています。"],
        "owner_reply": "ええ、印刷機は父の代からのもので、まだ現役なんですよ。手入れは欠かしません。",
    }
    return report_row(turn, text, acts, **{**defaults, **kw})


def _t(index: int, text: str, **kw: Any) -> TurnResult:
    return TurnResult(index=index, speaker="trainee", text=text, turn=index // 2 + 1, **kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------- 1. the costliest turn is named


def test_a_costly_turn_with_praise_only_is_still_a_hint() -> None:
    # r14b s07 T9: −6.6, the feedback praised the question; a −4 push was shown, this one not
    praised = _row(9, "刷り直しが増えた一番の理由は、何だと思われますか？", ["open_question"], trust_delta=-6.2)
    push = _row(4, "新しい機械に替えたほうがいいですよね？", ["leading_question"], trust_delta=-4.1, feedback=["誘導する質問になっています。"])
    hints = _hints([push, praised], lang="ja", mistakes={"leading": [4]})
    assert [h["turn"] for h in hints] == [9, 4]  # the costliest first
    assert hints[0]["problem"] == COSTLY_LINE["ja"].format(delta="-6.2")
    assert hints[1]["kinds"] == ["leading"] and hints[0]["kinds"] == []
    # negative: a small dip on a praised turn teaches nothing and is no hint
    dip = _row(6, "その機械は、どなたが動かしているんですか？", ["open_question"], trust_delta=-1.4)
    assert _hints([dip], lang="ja") == []


def test_a_costly_turn_is_not_dropped_for_the_hint_limit() -> None:
    pushes = [
        _row(n, f"チラシはネットに切り替えるべきです（{n}）。", ["advice"], trust_delta=-9.0 + n, feedback=["助言になっています。"])
        for n in (1, 2, 3)
    ]
    quiet = _row(7, "お客さんが減ったのは、どうしてだと思いますか？", ["open_question"], trust_delta=-3.5)
    hints = _hints([*pushes, quiet], lang="ja", mistakes={"advice": [1, 2, 3]})
    assert [h["turn"] for h in hints] == [1, 2, 3, 7]
    # negative: a fourth costly turn already listed under its kind keeps the limit
    listed = _row(8, "デジタル化しないと生き残れませんよ。", ["advice"], trust_delta=-3.2, feedback=["助言になっています。"])
    hints = _hints([*pushes, listed], lang="ja", mistakes={"advice": [1, 2, 3, 8]})
    assert len(hints) == MAX_HINTS


def test_a_turn_the_feedback_named_weak_that_cost_trust_is_a_hint() -> None:
    # the rows keep the weak criteria in ``weak`` (not in ``flags``): a hint read them too
    pushy = _row(
        2,
        "つまり、値上げはしていないということですか？",
        ["closed_question"],
        weak=["non_leading.no_pressure"],
        trust_delta=-2.2,
        feedback=["社長を急かす聞き方になっています。"],
    )
    assert [h["turn"] for h in _hints([pushy], lang="ja")] == [2]
    # negative: the same dip on a turn the feedback only praised
    fine = _row(2, "値上げのことは、どう考えていらっしゃいますか？", ["open_question"], trust_delta=-2.2)
    assert _hints([fine], lang="ja") == []


# ---------------------------------------------------------------- 2. the books request is a kind


def test_asking_for_the_books_is_a_mistake_kind_and_a_hint_whatever_he_did() -> None:
    assert MISTAKES["asks_documents"]["ja"] and MISTAKES["asks_documents"]["en"]
    scored = [
        _t(0, "Before anything else, could you send me your last three years' accounts?", acts=["other"], flags=["asks_documents"]),
        _t(2, "What do you enjoy most about running the print shop?", acts=["open_question"]),
    ]
    mistakes = _mistakes({}, {0: 1, 2: 2}, scored, "en")
    assert mistakes == {"asks_documents": [1]}
    # trust rose (he did not react): still a hint, with its kind
    ask = _row(1, scored[0].text, ["other"], flags=["asks_documents"], trust_delta=0.8, feedback=["Asking for the accounts at once feels like an audit."])
    hints = _hints([ask], lang="en", mistakes=mistakes)
    assert [h["turn"] for h in hints] == [1] and hints[0]["kinds"] == ["asks_documents"]
    report = Report(persona_id="x", lang="en", scores={}, revealed=[], hidden_issue_reached=False, trust_curve=[], final_stage="rapport", turns=1, hints=hints)
    assert MISTAKES["asks_documents"]["en"] in "\n".join(_hints_md(report, "en"))


# ---------------------------------------------------------------- 3. the counter reads the feedback


def test_a_question_the_feedback_called_closed_is_counted() -> None:
    told = ["閉じた質問です。事実の確認は必要ですが、続けて「どのように」「なぜ」と開くと、社長が自分の言葉で語れます。"]
    scored = [
        # an invitation-shaped question, told 「閉じた質問です」 on the turn (r14b s05 T12, s08 T10)
        _t(0, "そのお考えは、奥様にお話しされたことはありますか？", acts=["closed_question", "empathy"], flags=["weak:deep_dive.open_questions"], feedback=told),
        _t(2, "何か新しく始めたいことはありますか？", acts=["closed_question"], flags=["weak:deep_dive.open_questions"], feedback=told),
        # negative: the same shape, no such line shown: not listed
        _t(4, "そのことは、息子さんにお話しされたことはありますか？", acts=["closed_question"]),
    ]
    assert _mistakes({}, {0: 1, 2: 2, 4: 3}, scored, "ja")["closed"] == [1, 2]
    en = [_t(0, "Have you talked this over with your daughter?", acts=["closed_question"], feedback=["A closed question; facts are needed, but an open how-or-why question next lets the owner talk."])]
    assert _mistakes({}, {0: 1}, en, "en")["closed"] == [1]


# ---------------------------------------------------------------- 4. the quality figure is explained


def test_the_summary_quality_figure_is_the_mean_of_the_terms_the_report_shows() -> None:
    session = open_session("reluctant_successor", lang="ja", seed=4141, store=None)
    for line in (
        "本日はありがとうございます。社長が普段どんなことに時間を使っていらっしゃるか、聞かせていただけますか？",
        "朝は倉庫で出荷を確認して、事務所で電話とFAXの対応、午後は挨拶回りや会長への報告で、気づいたら一日が終わっている、ということですね。どのあたりが一番大変ですか？",
    ):
        session.say(line)
    report = session.report()
    detail = report.score_details["summarising"]
    quality = next(p["value"] for p in detail["parts"] if p["rate"] == "summary_quality")
    terms = detail["quality_terms"]
    assert terms and quality
    assert abs(sum(t["value"] for t in terms) / len(terms) / 100 - quality) < 0.015
    rule = next(ln for ln in report.markdown.splitlines() if ln.startswith("- 要約の質"))
    assert f"ターン{terms[0]['turn']} {terms[0]['score']:.0f} × " in rule


# ---------------------------------------------------------------- 5. no strength on a misquote


def test_words_he_never_said_quoted_as_his_are_found() -> None:
    heard = "配達は朝の六時からです。雨の日は、正直しんどいですね。"
    assert misquotes("「もう限界かな」とおっしゃったのが気になりました。どんなときにそう思われますか？", heard, "ja")
    assert misquotes('You said "the vans are falling apart". What happens then?', "The vans are old but they run. Rain is the worst.", "en")
    # negatives: his own words, a little inflected; a thought he might have; the form's words
    assert not misquotes("「雨の日はしんどい」とおっしゃいましたね。どんなところがですか？", heard, "ja")
    assert not misquotes("「これでよかった」と感じられるのは、どんな日ですか？", heard, "ja")
    assert not misquotes("申込書に「人手不足」と書かれていましたが、いかがですか？", heard, "ja")
    assert not misquotes('You said "rain is the worst". How so?', "The vans are old but they run. Rain is the worst.", "en")


def test_a_turn_that_put_words_in_his_mouth_is_no_strength() -> None:
    said = "配達は朝の六時からです。雨の日は、正直しんどいですね。"
    wrong = _row(2, "「もう限界かな」と少し間を置かれたのが気になりました。今の形をどう感じていらっしゃいますか？", ["open_question", "reflection"], trust_delta=6.0)
    right = _row(3, "雨の日はしんどい、とおっしゃいましたね。どんなところが一番こたえますか？", ["open_question", "reflection"], trust_delta=5.0)
    kept = _strengths([wrong, right], "ja", heard={2: said, 3: said})
    assert [s["turn"] for s in kept] == [3]

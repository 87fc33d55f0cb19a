"""Issue 8, round 18: the session summarising score separates a trainee who gathered the owner's
points from one who echoed a word, and the end report agrees with the turn feedback and with its
own figures.

r17a/r17b named: one echo (turn score 18) giving 74 and 「要所で社長の話をまとめられています」; a
summary praised 「よいタイミング」 on the turn and called late in the report; 「2回あり、1回はまとめ
ずに進みました」 next to 「まとめた割合 25%」; 「裏課題: 到達しました」 next to 「到達した段階: 裏課題へ
の接近」; 「支援者の発話が全体の50%…」 next to 82 % credited for modest talk; a non-answer shown as
what went well. The sentences here are new ones, in the style of those sessions.
"""

from __future__ import annotations

from typing import Any

from simulator.datafiles import load_persona
from simulator.report_checks import gave_nothing
from simulator.report_markdown import _disclosure_md
from simulator.reporting import Report, _strengths
from simulator.rubric import load_rubrics
from simulator.scoring.models import Patterns, TurnResult
from simulator.scoring.session import rates, score_session, session_feedback

# the owner's turns: each brings points of its own (new words), as a real owner's would
OWNER = [
    "うちは創業五十年の金型屋でね、自動車部品の金型が中心です。",
    "職人は八人、一番若いのが四十五歳。見習いが入っても一年ともたない。",
    "設備はマシニングセンタが三台、どれも十五年選手で、修理代がかさんでいます。",
    "取引先は地元の部品メーカー二社で、売上のほとんどをそこに頼っています。",
    "単価は毎年のように下げてくれと言われて、正直、利益はほとんど残りません。",
    "息子は東京で会社員をしていて、戻ってくるかどうかは分かりません。",
    "まあ、このまま自分の代で畳むのかな、と考えることもあります。",
    "組合の集まりでも、同業はどこも似たようなものだと聞いています。",
    "夜、工場の明かりを消すときに、ふと先のことを考えるんですよ。",
]


def _conversation(trainee: list[tuple[str, list[str], list[str], float | None]]) -> list[TurnResult]:
    out: list[TurnResult] = []
    for n, (text, acts, flags, summ) in enumerate(trainee):
        scores = {} if summ is None else {"summarising": summ}
        out.append(
            TurnResult(
                index=2 * n, speaker="trainee", text=text, turn=n + 1, acts=acts, flags=flags, scores=scores
            )
        )
        out.append(TurnResult(index=2 * n + 1, speaker="owner", text=OWNER[n % len(OWNER)]))
    return out


CLOSED = [
    ("創業は何年ですか？", ["closed_question"], [], None),
    ("職人さんは何人いますか？", ["closed_question"], [], None),
    ("機械は何台ありますか？", ["closed_question"], [], None),
    ("取引先は何社ですか？", ["closed_question"], [], None),
    ("利益は出ていますか？", ["closed_question"], [], None),
    ("後継ぎはいるんですか？", ["closed_question"], [], None),
    ("廃業も考えているんですか？", ["closed_question"], [], None),
]


def _summarising(turns: list[TurnResult]) -> float:
    return score_session(turns, "ja").scores["summarising"]


# ---------------------------------------------------------------- an echo is no summary


def test_an_echo_of_one_word_at_the_due_moment_earns_no_summarising() -> None:
    echo = (
        "畳むのかな、ということなんですね。じゃあ、もう新しい設備は考えていないですよね？",
        ["summary", "leading_question"],
        ["due:summarising"],
        18.0,
    )
    turns = _conversation([*CLOSED, echo])
    conv = score_session(turns, "ja")
    rubric = load_rubrics()["summarising"]
    r = rates(conv.patterns, rubric, turns)
    assert not any(m.met for m in conv.patterns.due_moments)
    assert r["summary_coverage"] == 0.0 and r["summary_quality"] == 0.0
    assert conv.scores["summarising"] <= 40  # never summarised over 8 turns
    assert not any("要所で社長の話をまとめられています" in f for f in conv.feedback)
    assert any("一度もありませんでした" in f for f in conv.feedback)


def test_a_real_checked_summary_at_the_due_moment_still_earns_it() -> None:
    # near miss: the same meeting, the last turn gathers several of his points and checks them
    summary = (
        "ここまで、職人さんは八人で若い人が続かない、機械は十五年選手で修理代がかさむ、単価を下げられて"
        "利益が残らない、と伺いました。社長が気にかけているのは、こういったことでしょうか？",
        ["summary"],
        ["owner_summary", "due:summarising", "met:summarising"],
        95.0,
    )
    conv = score_session(_conversation([*CLOSED, summary]), "ja")
    assert [m.met for m in conv.patterns.due_moments] == [True]
    assert conv.scores["summarising"] >= 55
    assert any("要所で社長の話をまとめられています" in f for f in conv.feedback)


def test_restating_his_points_along_the_way_outscores_one_closing_summary() -> None:
    closing = _conversation(
        [
            *CLOSED,
            (
                "職人さんは八人、機械は十五年選手、取引先は二社、ということですね。",
                ["summary"],
                ["owner_summary", "due:summarising", "met:summarising"],
                90.0,
            ),
        ]
    )
    along = _conversation(
        [
            ("金型を五十年、と。どんなところを大事にしてこられたんですか？", ["open_question", "reflection"], [], None),
            ("職人さんは八人、若い方が続かない。どんなときに一番それを感じますか？", ["open_question", "reflection"], [], None),
            (
                "自動車部品の金型を五十年、職人さんは八人で見習いが続かない、マシニングセンタは十五年選手。"
                "そういう状況なんですね。",
                ["summary"],
                ["owner_summary", "due:summarising", "met:summarising"],
                92.0,
            ),
            ("部品メーカー二社に頼っている、と。その関係はどんなふうに続いてきたんですか？", ["open_question", "reflection"], [], None),
            ("単価を下げてくれと言われて、利益が残らない。それをどう受け止めていらっしゃいますか？", ["open_question", "reflection"], [], None),
            (
                "取引先は部品メーカー二社で、単価は毎年下がり、利益はほとんど残らない。息子さんが戻るかは"
                "分からない。社長が抱えていらっしゃるのは、こういったことでしょうか？",
                ["summary"],
                ["owner_summary", "due:summarising", "met:summarising"],
                95.0,
            ),
            ("畳むのかな、と。その言葉の奥にあるお気持ちを聞かせていただけますか？", ["open_question", "reflection"], [], None),
            (
                "単価、職人さん、息子さんのこと、そして畳むのかなというお気持ち。全部つながっているように"
                "聞こえましたが、いかがでしょう？",
                ["summary"],
                ["owner_summary"],
                90.0,
            ),
        ]
    )
    assert _summarising(along) >= _summarising(closing) + 15


# ---------------------------------------------------------------- the report agrees with the turn


def test_a_summary_on_the_turn_after_the_reminder_is_in_time() -> None:
    summary = (
        "職人さんは八人で若い人が続かない、機械は十五年選手、取引先は二社に頼っている。そういう"
        "ことでしょうか？",
        ["summary"],
        ["owner_summary", "due:summarising", "met:summarising"],
        95.0,
    )
    turns = _conversation(
        [
            *CLOSED[:4],
            ("そうなんですね。ほかに何かありますか？", ["open_question"], ["due:summarising"], 18.0),
            summary,
        ]
    )
    conv = score_session(turns, "ja")
    assert [(m.met, m.late) for m in conv.patterns.due_moments] == [(True, False)]
    assert not any("遅れ" in f for f in conv.feedback)
    # near miss: two turns after the reminder it is late, and the report says so
    late = _conversation(
        [
            *CLOSED[:4],
            ("そうなんですね。ほかに何かありますか？", ["open_question"], ["due:summarising"], 18.0),
            ("利益は出ていますか？", ["closed_question"], ["due:summarising"], 18.0),
            summary,
        ]
    )
    conv = score_session(late, "ja")
    assert [(m.met, m.late) for m in conv.patterns.due_moments] == [(True, True)]
    assert any("1回はまとめるのが遅れました" in f for f in conv.feedback)


def test_a_give_back_of_several_points_on_the_due_turn_meets_it() -> None:
    paraphrase = (
        "職人さんは八人で見習いが続かず、マシニングセンタも十五年選手で修理代がかさむ。その中で、"
        "社長はどこから手をつけたいとお考えですか？",
        ["open_question", "reflection"],
        ["paraphrase", "due:summarising"],
        70.0,
    )
    conv = score_session(_conversation([*CLOSED[:3], paraphrase]), "ja")
    assert [(m.met, m.late) for m in conv.patterns.due_moments] == [(True, False)]
    # near miss: a reflection of one reply with a yes/no question is no summary, even flagged
    one = ("修理代がかさむんですね。三台とも同じメーカーですか？", ["closed_question"], ["paraphrase", "due:summarising"], 70.0)
    conv = score_session(_conversation([*CLOSED[:3], one, CLOSED[4]]), "ja")
    assert not any(m.met for m in conv.patterns.due_moments)


def test_the_summary_line_names_missed_and_late_moments_as_the_figure_counts_them() -> None:
    summary = (
        "職人さんは八人、機械は十五年選手、取引先は二社。そういうことでしょうか？",
        ["summary"],
        ["owner_summary", "due:summarising", "met:summarising"],
        90.0,
    )
    turns = _conversation(
        [
            CLOSED[0],
            ("ほかには？", ["open_question"], ["due:summarising"], 18.0),
            ("なるほど。", ["empathy"], ["due:summarising"], 18.0),
            summary,  # late: two turns after the moment came
            CLOSED[4],
            ("後継ぎは？", ["closed_question"], ["due:summarising"], 18.0),
            ("廃業は？", ["closed_question"], ["due:summarising"], 18.0),
            ("組合は？", ["closed_question"], [], None),
        ]
    )
    conv = score_session(turns, "ja")
    cov = rates(conv.patterns, load_rubrics()["summarising"], turns)["summary_coverage"]
    assert cov == 0.25
    line = next(f for f in conv.feedback if "要約が必要な場面" in f)
    assert "2回あり" in line and "1回はまとめずに進みました" in line and "1回はまとめるのが遅れました" in line
    en = score_session(turns, "en").feedback
    assert any("1 passed without one and 1 got one late" in f for f in en)


def test_the_talk_share_line_agrees_with_the_credit_in_the_breakdown() -> None:
    rubrics = load_rubrics()
    modest = session_feedback(Patterns(trainee_turns=9, talk_share=0.52), "ja", rubrics)
    assert not any("発話が全体の" in f for f in modest)  # 52 % is credited 77 % for modest talk
    much = session_feedback(Patterns(trainee_turns=9, talk_share=0.68), "ja", rubrics)
    assert any("支援者の発話が全体の68%" in f for f in much)


def test_the_gives_back_share_shown_is_the_share_counted() -> None:
    trainee = [
        ("金型を五十年、と。どんな思いで続けてこられたんですか？", ["open_question", "reflection"], [], None),
        *CLOSED[1:6],
    ]
    turns = _conversation(trainee)
    r = rates(score_session(turns, "ja").patterns, load_rubrics()["summarising"], turns)
    # one reply of five (the first turn comes before he spoke) gives his words back
    assert r["gives_back"] <= 0.25


# ---------------------------------------------------------------- the disclosure section


def _report(reached: bool, stage: str) -> Report:
    return Report(
        persona_id="reluctant_successor", lang="ja", scores={"listening": 70.0}, revealed=[],
        hidden_issue_reached=reached, trust_curve=[30.0, 50.0], final_stage=stage, turns=9,
    )  # fmt: skip


def test_a_reached_issue_is_not_shown_beside_the_approach_stage() -> None:
    persona = load_persona("reluctant_successor")
    lines = "\n".join(_disclosure_md(_report(True, "approach"), persona, "ja"))
    assert "到達しました" in lines and "裏課題への接近" not in lines
    assert "腹落ち" in lines  # the next stage named
    en = "\n".join(_disclosure_md(_report(True, "surface"), persona, "en"))
    assert "Approaching" not in en and "Digging into" not in en
    # near miss: not reached, the stage line stays as it was
    lines = "\n".join(_disclosure_md(_report(False, "approach"), persona, "ja"))
    assert "到達した段階: 裏課題への接近" in lines
    lines = "\n".join(_disclosure_md(_report(True, "conviction"), persona, "ja"))
    assert "到達した段階: 腹落ち" in lines


# ---------------------------------------------------------------- what went well


def _row(turn: int, reply: str, lang: str = "en") -> dict[str, Any]:
    text = (
        "Tiring. Thank you for putting it that way. When does it feel most tiring?"
        if lang == "en"
        else "しんどい、と。そう言ってくださってありがとうございます。どんなときに一番そう感じますか？"
    )
    return {
        "turn": turn, "text": text, "acts": ["open_question", "reflection"], "flags": [], "weak": [],
        "feedback": ["You gave the owner's point back in his own words."], "owner_reply": reply,
        "revealed": ["f_tired"], "trust_delta": 6.0,
    }  # fmt: skip


def test_a_noncommittal_half_yes_is_no_reply_to_show_as_what_went_well() -> None:
    for reply in ("There may be something in that.", "Well, I suppose so.", "Maybe, in a way."):
        assert gave_nothing(reply, "en"), reply
        assert _strengths([_row(5, reply)], "en") == [], reply
    # near miss: the same hedge followed by what he actually told
    told = "There may be something in that. Since the chairman stepped back, every order still goes past him."
    assert not gave_nothing(told, "en")
    assert [s["turn"] for s in _strengths([_row(5, told)], "en")] == [5]
    assert not gave_nothing("I suppose that's why two of our best drivers left last spring.", "en")


def test_his_points_given_back_are_not_counted_as_the_supporter_talking() -> None:
    long_summary = (
        "少し整理させてください。自動車部品の金型を五十年、職人さんは八人で見習いが一年ともたない、"
        "マシニングセンタは三台とも十五年選手で修理代がかさんでいる。社長が気にかけているのは、"
        "こういったことでしょうか？",
        ["summary"],
        ["owner_summary", "due:summarising", "met:summarising"],
        95.0,
    )
    short = [
        ("金型を五十年、と。どんなお仕事が多いんですか？", ["open_question", "reflection"], [], None),
        ("見習いの方が続かない。どんなときにそう感じますか？", ["open_question", "reflection"], [], None),
        ("修理代がかさむ、と。どう受け止めていらっしゃいますか？", ["open_question", "reflection"], [], None),
    ]
    summarised = score_session(_conversation([*short, long_summary]), "ja").patterns.talk_share
    # near miss: the same length spent on the supporter's own explanation is his talk
    lecture = (
        "金型業界では、いま五軸加工機やCAD/CAMの一体化が主流になってきていまして、補助金を使って"
        "設備を更新し、若手にはデジタルの工程から覚えてもらう会社が増えています。そういう流れを"
        "ご存じでしょうか？",
        ["closed_question", "advice"],
        ["due:summarising"],
        18.0,
    )
    lectured = score_session(_conversation([*short, lecture]), "ja").patterns.talk_share
    assert summarised < 0.45 < lectured


def test_an_echo_is_no_term_of_the_quality_and_the_report_says_why() -> None:
    from simulator.report_markdown import _not_counted_md
    from simulator.reporting import _quality_terms

    echo = (
        "畳むのかな、ということなんですね。じゃあ、もう新しい設備は考えていないですよね？",
        ["summary", "leading_question"],
        ["due:summarising"],
        18.0,
    )
    turns = _conversation([*CLOSED, echo])
    number_of = {t.index: t.turn for t in turns if t.turn is not None}
    assert _quality_terms(turns, number_of, "ja") == []  # 「要約の質 0%」 with no term of 18
    report = _report(False, "surface")
    report.turn_results = [
        {"turn": t.turn, "acts": t.acts, "flags": t.flags, "scores": t.scores}
        for t in turns
        if t.speaker == "trainee"
    ]
    report.score_details = {"summarising": {"parts": [], "quality_terms": []}}
    lines = _not_counted_md(report, "ja")
    assert len(lines) == 1 and "ターン8（要約スコア18）" in lines[0] and "数えていません" in lines[0]
    # near miss: a real summary is a term, and nothing is said about it
    real = (
        "職人さんは八人で若い人が続かない、機械は十五年選手、取引先は二社に頼っている。そういうことでしょうか？",
        ["summary"],
        ["owner_summary", "due:summarising", "met:summarising"],
        95.0,
    )
    turns = _conversation([*CLOSED, real])
    terms = _quality_terms(turns, number_of, "ja")
    assert [t["turn"] for t in terms] == [8]
    report.turn_results[-1].update(scores={"summarising": 95.0}, flags=real[2], acts=real[1])
    report.score_details["summarising"]["quality_terms"] = terms
    assert _not_counted_md(report, "ja") == []

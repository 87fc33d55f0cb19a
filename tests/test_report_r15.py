"""Issue 8, round 15 (r15a/r15b blind playtests): no beginner mistake listed as a strength, and the
session's summary figure explained beside a summary the turn scored well.

Named by the instructors: a turn that acknowledged the owner and then jumped to a topic of the
supporter's (「…By the way, do you have a successor?」, 「では、…について」) listed as a strength; a
question the owner brushed off as 細かい話 listed as one; a denial after a word of empathy
(「…悔しいですよね。でも…難しいと思いますよ」) listed as 共感・承認; 「要約が必要な場面でまとめた割合
0%」 beside a summary scored 95 with no word on why. Every sentence here is new.
"""

from __future__ import annotations

from typing import Any

from simulator.report_checks import brushed_off, contradicts, jumps
from simulator.report_markdown import _coverage_md
from simulator.reporting import Report, _strengths

from .report_rows import report_row


def _row(turn: int, text: str, acts: list[str], **kw: Any) -> dict[str, Any]:
    defaults: dict[str, Any] = {
        "feedback": ["社長の言葉を受け止めて、開いた問いで返せています。"],
        "owner_reply": "ええ、窯は祖父の代からのもので、火の番は今も私がやっとります。",
    }
    return report_row(turn, text, acts, **{**defaults, **kw})


# ---------------------------------------------------------------- 1. a jump is no strength


def test_a_question_after_a_change_of_subject_is_a_jump() -> None:
    last = "窯の温度は毎朝、手で確かめとるんです。"
    assert jumps("なるほど、手で確かめるんですね。ところで、販路はどうされていますか？", last, "ja")
    assert jumps("毎朝なんですね。では、価格の見直しについて、どうお考えですか？", last, "ja")
    assert jumps(
        "I see, you check it by hand. Good to know. By the way, how is the bank treating you?",
        "I check the kiln temperature by hand every morning.",
        "en",
    )
    # negatives: the question after the marker takes up his last words; no marker at all
    assert not jumps("なるほど。では、その窯の温度は、どんなふうに見ているんですか？", last, "ja")
    assert not jumps("手で確かめるんですね。それは、どなたに教わったんですか？", last, "ja")
    assert not jumps(
        "By hand, every morning. So, what does the kiln tell you when you touch it?",
        "I check the kiln temperature by hand every morning.",
        "en",
    )


def test_a_turn_that_jumps_after_a_reflection_is_no_strength() -> None:
    before = _row(1, "今日はありがとうございます。窯のお話を聞かせてください。", ["open_question"],
                  owner_reply="窯の火はね、夜中でも気になって見に行くんですわ。")
    jump = _row(2, "夜中でも見に行かれるんですね。ちなみに、後継ぎの方はいらっしゃいますか？",
                ["reflection"], trust_delta=5.0)
    follow = _row(3, "夜中でも気になって見に行かれるのは、どんなお気持ちからですか？",
                  ["open_question", "reflection"], trust_delta=5.0)
    kept = _strengths([before, jump, follow], "ja")
    assert 2 not in [s["turn"] for s in kept]
    assert 3 in [s["turn"] for s in kept]


# ---------------------------------------------------------------- 2. brushed off, or a denial


def test_a_question_he_brushed_off_is_no_strength() -> None:
    assert brushed_off("そんな細かいことを聞いてどうするの。まあ、うちは昔ながらの店だよ。", "ja")
    assert brushed_off("The details don't matter. We're a plain little shop, that's all.", "en")
    assert not brushed_off("細かく言うとね、仕込みは朝四時からで、三人で回しとるんです。", "ja")
    assert not brushed_off("It matters a lot to me, honestly. My father built that oven.", "en")
    off = _row(4, "お弟子さんが三人なんですね。冬場の仕込みは、どなたが担当される予定ですか？",
               ["reflection"], owner_reply="細かい話を今してもしょうがないでしょう。ざっくり言えば、まじめな店ですよ。",
               trust_delta=4.5)
    assert _strengths([off], "ja") == []


def test_a_denial_after_empathy_is_no_strength() -> None:
    denial = "手間をかけてきたのに、って思いますよね。でも今どき手作りだけでは厳しいと思いますよ。"
    assert contradicts(denial, "ja")
    assert contradicts("That must sting. But people buy on price now, I think.", "en")
    # negatives: an empathy turn with no view of the supporter's; 「でも」 quoting his own words
    assert not contradicts("手間をかけてきた分、悔しいですよね。", "ja")
    assert not contradicts("『でも、やめられん』とおっしゃいましたね。どんなところがですか？", "ja")
    row = _row(5, denial, ["empathy"], flags=["advice_excused"], trust_delta=4.0,
               feedback=["社長の気持ちや苦労を受け止める一言があります。"])
    assert _strengths([row], "ja") == []


def test_a_summary_due_mark_alone_keeps_a_good_deep_question() -> None:
    # a timing mark (a summary was due) is about when, not about what the turn did
    deep = _row(6, "『まあ、なんとか』とおっしゃいましたね。その『なんとか』には、どんな思いがあるんですか？",
                ["open_question", "reflection"], weak=["summarising.timing"],
                feedback=["ここで要点をまとめると良いでしょう。", "社長の言葉を拾って掘り下げています。"],
                trust_delta=5.0)
    assert [s["turn"] for s in _strengths([deep], "ja")] == [6]
    other = dict(deep, turn=7, weak=["non_leading.no_advice"])
    assert _strengths([other], "ja") == []


# ---------------------------------------------------------------- 3. the summary figure explained


def _report(coverage: float, due: list[int]) -> Report:
    rows = [
        {"turn": n, "text": "…", "flags": ["due:summarising"] if n in due else [], "acts": []}
        for n in range(1, 9)
    ]
    return Report.model_construct(
        lang="ja",
        turn_results=rows,
        score_details={
            "summarising": {
                "parts": [{"rate": "summary_coverage", "value": coverage}],
                "quality_terms": [{"turn": 4, "score": 92.0, "carried": 1.0, "value": 92.0}],
            }
        },
    )


def test_a_zero_coverage_beside_a_good_summary_is_explained() -> None:
    lines = _coverage_md(_report(0.0, [8]), "ja")
    assert lines and "ターン8" in lines[0] and "ターン4 要約スコア92" in lines[0]
    en = _coverage_md(_report(0.0, [8]), "en")
    assert en and "turn 8" in en[0].lower() and "92" in en[0]
    # negatives: every due moment met; no due moment at all
    assert _coverage_md(_report(1.0, [8]), "ja") == []
    assert _coverage_md(_report(0.0, []), "ja") == []
    # the only summary met the due moment itself (late): nothing made elsewhere to explain
    assert _coverage_md(_report(0.5, [3, 4]), "ja") == []

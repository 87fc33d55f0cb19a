"""Issue 8, round 13 (r13a/r13b blind playtests): an end-of-session report an instructor signs.

Named by the instructors: beginners' strengths that were a change of subject back to the form, a
turn that drew nothing from him, or a presumptive closed question labelled a summary, while the
real good turn (an apology, empathy and an open question that gained trust) was missing; early
fact turns listed as strengths above the turns that opened him up; hints announced 「影響の大きい
順」 that put a push he took calmly above a −12 turn and printed 「（信頼 +2）」 for a mistake that
was none; a closed-question list shorter than its own counter; a walk-out with no turn named;
"not reached" with nothing said about how close he came. Every sentence here is new.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from simulator.datafiles import load_persona
from simulator.report_checks import (
    asks_own_view,
    checks_back,
    closed_ask,
    gave_nothing,
    groping,
    shifts_topic,
)
from simulator.report_markdown import _hint_trust, _walk_out_md
from simulator.reporting import (
    DEPTH_RANK,
    _hints,
    _mistakes,
    _near_words,
    _question_counts,
    _strengths,
    _walk_out,
)
from simulator.scoring.models import TurnResult

from .report_rows import report_row


def _row(turn: int, text: str, acts: list[str], **kw: Any) -> dict[str, Any]:
    defaults: dict[str, Any] = {
        "feedback": ["社長のお話を受け止めて、開いた問いで返せています。"],
        "owner_reply": "ええ、配達はずっと自分の車で回ってきたんです。雨の日が一番こたえますね。",
    }
    return report_row(turn, text, acts, **{**defaults, **kw})


# ---------------------------------------------------------------- 1. strengths an instructor signs


def test_a_change_of_subject_is_read_as_such() -> None:
    assert shifts_topic("あと、補助金の申請のことなんですが、どこまで進んでいますか。", "ja")
    assert shifts_topic("なるほど。ところで、ホームページはどなたが作られたんですか？", "ja")
    assert shifts_topic("By the way, who looks after the delivery vans?", "en")
    assert shifts_topic("Right. Also, how is the new oven working out?", "en")
    # negatives: a question that stays on his words, or 「あと」 inside a sentence
    assert not shifts_topic("雨の日が一番こたえる、というのは、どんなところがでしょう。", "ja")
    assert not shifts_topic("あと何年くらい、ご自身で配達を続けたいとお考えですか。", "ja")
    assert not shifts_topic("Rainy days are the hardest — what makes them so hard?", "en")


def test_a_switch_back_to_the_form_is_no_strength() -> None:
    switch = _row(5, "あと、申込書にあった店舗の改装の件は、どんな計画なんですか。", ["open_question"])
    assert _strengths([switch], "ja") == []
    # the same opener on his own words stays a strength
    kept = _row(
        5,
        "ところで、先ほど『雨の日が一番こたえる』とおっしゃいましたが、どんなところがでしょう。",
        ["open_question", "reflection"],
        flags=["picked_keyword"],
    )
    assert [s["turn"] for s in _strengths([kept], "ja")] == [5]


def test_a_noncommittal_half_yes_gives_nothing() -> None:
    assert gave_nothing("まあ、そういう面もあるかもしれませんね。", "ja")
    assert gave_nothing("うーん、そんなところもあるかな。", "ja")
    row = _row(7, "どのあたりで一番違いを感じますか。", ["open_question"], owner_reply="まあ、そういう面もあるかもしれませんね。", trust_delta=1.5)
    assert _strengths([row], "ja") == []
    # negative: a story that starts that way is something
    assert not gave_nothing("そういう面もあるかもしれませんが、実は去年、配達員が二人辞めてしまって。", "ja")


def test_a_presumptive_closed_question_labelled_a_summary_is_no_strength() -> None:
    presumptive = _row(
        6,
        "手作りの味を守っていらっしゃるんですね。そういえば、息子さんが戻ってこられると伺いましたが、お店を継がれるんですか。",
        ["summary"],
        flags=["picked_keyword"],
    )
    assert _strengths([presumptive], "ja") == []
    assert closed_ask(presumptive["text"], ["summary"], "ja")
    # negative: a summary that ends on a check of itself stays a strength
    check = _row(
        9,
        "ここまでをまとめると、配達は自分の車で、雨の日が一番こたえる、そして息子さんのことが気にかかっている、という理解で合っていますか。",
        ["summary"],
        flags=["owner_summary"],
    )
    assert checks_back(check["text"], "ja")
    assert [s["turn"] for s in _strengths([check], "ja")] == [9]


def test_a_question_on_how_things_sit_in_his_mind_is_a_door_not_a_fact_question() -> None:
    assert asks_own_view("値下げのお話と、ネットで売りたいというお話は、社長の中でつながっていたりしますか。", "ja")
    assert asks_own_view("Does it feel like those two things are linked?", "en")
    assert not asks_own_view("Do you think the drivers will stay until they retire?", "en")
    door = _row(
        9,
        "毎年の値下げを断れずにいらっしゃる。そのことと配達の負担は、社長の中でつながっていたりしますか。",
        ["open_question", "reflection"],
        flags=["picked_keyword"],
    )
    assert [s["turn"] for s in _strengths([door], "ja")] == [9]
    guess = _row(4, "They know the routes better than anyone. Do you think they will stay until they retire?", ["reflection"])
    assert _strengths([guess], "en") == []


def test_an_apology_with_empathy_that_moved_him_is_a_strength_though_he_groped_for_words() -> None:
    assert groping("それは…まだ、うまく言えないんです。", "ja")
    assert groping("Hm. I can't quite put it into words yet.", "en")
    assert not groping("その話は、また今度にしましょう。", "ja")
    repair = _row(
        7,
        "失礼しました、こちらの話ばかりでした。息子さんのことが、ずっと気にかかっていらっしゃるんですね。社長ご自身は、どうなってほしいと思われていますか。",
        ["open_question", "empathy"],
        feedback=[],
        owner_reply="それは…まだ、うまく言えないんです。",
        trust_delta=6.0,
    )
    assert [s["turn"] for s in _strengths([repair], "ja")] == [7]
    # a plain open question that told nothing and gained what any question gains is none
    plain = _row(8, "What matters most to you about the delivery rounds?", ["open_question"], trust_delta=1.7, owner_reply="Where to begin? Ask me about the vans and I'll talk all day.")
    assert _strengths([plain], "en") == []
    assert [s["turn"] for s in _strengths([dict(plain, revealed=["vans"])], "en")] == [8]
    # negatives: the same reply to a turn that barely moved him, and a put-off however warm
    assert _strengths([dict(repair, trust_delta=1.2)], "ja") == []
    assert _strengths([dict(repair, owner_reply="その話は、また今度にしましょう。")], "ja") == []


def test_the_turns_that_opened_him_up_come_first() -> None:
    early = [_row(n, f"配達はどんなふうに回していらっしゃいますか。({n})", ["open_question"], revealed=[f"s{n}"], trust_delta=6.0) for n in (2, 3, 4)]
    deep = [
        _row(n, f"雨の日が一番こたえる、とおっしゃいました。それはどんなお気持ちですか。({n})", ["open_question", "reflection"], revealed=[f"p{n}"], trust_delta=4.5)
        for n in (8, 9)
    ]
    depth = {**{f"s{n}": DEPTH_RANK["surface"] for n in (2, 3, 4)}, **{f"p{n}": DEPTH_RANK["personal"] for n in (8, 9)}}
    assert [s["turn"] for s in _strengths(early + deep, "ja", depth=depth)] == [2, 8, 9]
    # without depths (a replay with no disclosures known) trust still decides
    assert [s["turn"] for s in _strengths(early + deep, "ja")] == [2, 3, 4]


# ---------------------------------------------------------------- 2. hints by what they really cost


def test_hints_come_in_the_order_of_what_they_cost() -> None:
    costly = _row(5, "古い車は入れ替えたほうがいいんじゃないですか。", ["leading_question"], trust_delta=-11.0, feedback=["誘導する質問になっています。"])
    calm = _row(8, "ネットで注文を受けるようにしたほうがいいですよ。", ["advice"], trust_delta=0.3, feedback=["助言になっています。"])
    middle = _row(6, "配達員の募集は、ハローワークより求人サイトがおすすめです。", ["advice"], trust_delta=-7.0, feedback=["助言になっています。"])
    # even when he walked out on the calm one
    hints = _hints([costly, middle, calm], ended_on=8, lang="ja")
    assert [h["turn"] for h in hints] == [5, 6, 8]


def test_a_turn_whose_trust_rose_is_a_hint_only_for_a_certain_mistake() -> None:
    jump = _row(11, "では、お店の将来について伺えますか。", ["open_question"], flags=["topic_switch"], trust_delta=2.4, feedback=["別の話題に移っています（一問一答）。"])
    answered = _row(3, "私の知る限りでは、燃料代はまだ上がりそうです。社長はどうご覧になっていますか。", ["open_question", "advice"], flags=["answers_owner", "owner_question"], trust_delta=5.5, feedback=["答えが提案にまで広がっています。"])
    assert _hints([jump, answered], lang="ja") == []
    push = _row(5, "でも、社長なんですから、もっと自分で決めていいと思いますよ。", ["advice"], trust_delta=2.3, feedback=["助言になっています。"])
    assert [h["turn"] for h in _hints([jump, answered, push], lang="ja")] == [5]
    # and the report says honestly that it cost no trust
    assert "下がりませんでした" in _hint_trust(2.3, "ja")
    assert "cost no trust" in _hint_trust(0.2, "en") and "±0" in _hint_trust(0.2, "en")
    assert _hint_trust(-11.0, "ja") == "信頼 -11"


# ---------------------------------------------------------------- 3. the lists agree with the counter


def _t(index: int, text: str, **kw: Any) -> TurnResult:
    return TurnResult(index=index, speaker="trainee", text=text, turn=index // 2 + 1, **kw)  # type: ignore[arg-type]


def test_every_closed_question_the_turn_named_is_listed_and_counted() -> None:
    texts: list[tuple[str, list[str], list[str]]] = [
        ("By the way, do you deliver on Sundays?", ["closed_question"], ["weak:deep_dive.open_questions"]),
        ("Rainy days are the hardest. What makes them so hard?", ["open_question", "reflection"], []),
        ("When you say the vans are old, is it mainly the engines?", ["closed_question"], ["weak:deep_dive.open_questions"]),
        ("So the vans, the weather and your son. Have I got that right?", ["closed_question", "summary"], ["owner_summary"]),
    ]
    scored = [_t(2 * n, t, acts=a, flags=f) for n, (t, a, f) in enumerate(texts)]
    number_of = {2 * n: n + 1 for n in range(4)}
    mistakes = _mistakes({}, number_of, scored, "en")
    assert mistakes["closed"] == [1, 3]
    p = SimpleNamespace(leading=[], open_questions=[2])
    counts = _question_counts({"open": 1, "closed": 3, "leading": 0}, mistakes, number_of, p)
    assert counts == {"open": 1, "closed": 2, "leading": 0}


def test_a_figure_question_asked_with_a_plain_full_stop_is_closed() -> None:
    assert closed_ask("なるほど。配達員さんは今何人いらっしゃるんですか。", ["closed_question"], "ja")
    assert closed_ask("そうなんですね。売上のうち配達の分は何割くらいですか。", ["reflection"], "ja")
    # negatives: a question the turn did not name closed and that asks no figure or yes/no
    assert not closed_ask("配達で一番大事にしてきたのは、どんなことですか。", ["closed_question"], "ja")
    assert not closed_ask("Is there anything you'd like to change about the rounds?", ["closed_question"], "en")
    # how often he talks with someone, named closed on the turn: a question of fact
    assert closed_ask("息子さんとは、普段どれくらい話されるんですか。", ["closed_question"], "ja", named=True)
    assert not closed_ask("そのことは、どなたかにお話しされたことはありますか。", ["closed_question"], "ja", named=True)
    # an English what/which question the label called closed asks him to tell
    assert not closed_ask("Which part of the rounds doesn't sit right with you?", ["closed_question"], "en", named=True)
    assert closed_ask("And who drives the second van?", ["closed_question"], "en", named=True)


# ---------------------------------------------------------------- 4. the walk-out names its turn


def test_the_walk_out_names_the_turn_and_what_took_him_there() -> None:
    persona = load_persona("family_values_owner")
    limit = persona.behaviour.end_trust
    rows = [
        _row(1, "…", ["closed_question"], trust=30.0, trust_delta=0.5),
        _row(2, "…", ["advice"], trust=22.0, trust_delta=-8.0),
        _row(3, "…", ["leading_question"], trust=limit - 5, trust_delta=-(22.0 - (limit - 5))),
        _row(4, "すみません。社長はどうお考えですか。", ["open_question"], trust=limit - 3, trust_delta=2.0),
    ]
    state = SimpleNamespace(end_reason="trust")
    w = _walk_out(rows, state, persona)  # type: ignore[arg-type]
    assert (w["turn"], w["cause"]) == (4, 3)
    assert [d["turn"] for d in w["drops"]] == [3, 2]
    report = SimpleNamespace(walk_out=w, lang="ja")
    text = _walk_out_md(report, "ja")  # type: ignore[arg-type]
    assert "ターン4" in text and "ターン3" in text
    en = _walk_out_md(SimpleNamespace(walk_out=w, lang="en"), "en")  # type: ignore[arg-type]
    assert "turn 4" in en and "Turn 3" in en
    # the turn he ended it on took trust under the limit itself
    own = _walk_out(rows[:3], state, persona)  # type: ignore[arg-type]
    assert own["cause"] == 3 and "この発言で" in _walk_out_md(SimpleNamespace(walk_out=own, lang="ja"), "ja")  # type: ignore[arg-type]


# ---------------------------------------------------------------- 5. how close he came


def test_a_fact_on_the_way_to_the_core_is_shown_when_the_issue_was_not_reached() -> None:
    persona = load_persona("big_customer_owner")
    core = [f for f in persona.facts if f.depth.value == "core"]
    depth = {f.id: f.depth.value for f in persona.facts}
    lead = next(a for f in core for a in f.unlock.after if depth[a] == "personal")
    # a surface fact a core fact needs is no step towards the issue
    surface = next(a for f in core for a in f.unlock.after if depth[a] == "surface")
    said = "実は、取引先から見直しの話が来ていましてね。"
    rows = [
        _row(3, "…", ["open_question"], revealed=[surface], owner_reply="プレスは十二台あります。"),
        _row(9, "…", ["open_question"], revealed=[lead], owner_reply=said),
    ]
    assert _near_words(persona, rows) == [{"turn": 9, "text": said}]
    assert _near_words(persona, rows[:1]) == []

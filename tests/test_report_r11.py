"""Issue 8, round 11: every list of the report is read from the per-turn acts, flags and feedback
the trainee saw (one source of truth), and its counts match the turns it lists.

r10a/r10b named: beginner errors listed as strengths (a yes/no question after an endorsement, a
budget question, a closed 「何社くらい」 question), a run of closed questions listed as "turn 4,
turn 6" with turn 5 open, a topic jump listed on a turn whose feedback said none, and 「要約が必要な
場面でまとめた割合 0%」 beside a checked summary scored 95. The sessions here are new ones.
"""

from __future__ import annotations

from typing import Any

from simulator.acts import Utterance
from simulator.report_checks import asks_figure, ends_closed
from simulator.reporting import _mistakes, _strengths
from simulator.rubric import load_rubrics
from simulator.scoring import score_conversation
from simulator.scoring.models import TurnResult
from simulator.scoring.session import rates, score_session
from simulator.session import open_session

# ---------------------------------------------------------------- the report's own readings


def test_a_question_for_a_figure_is_read_as_one() -> None:
    assert asks_figure("倉庫は今、何人くらいで回していらっしゃいますか？", "ja")
    assert asks_figure("なるほど。新しい機械の予算はおいくらくらいをお考えですか？", "ja")
    assert asks_figure("売上の割合はどのくらいですか？", "ja")
    assert asks_figure("That makes sense. How many drivers do you have on the road?", "en")
    assert asks_figure("And what's the budget for the new van?", "en")
    # negatives: open questions about his view, even with a number word elsewhere
    assert not asks_figure("三十年続けてこられた中で、どんなときに手応えを感じますか？", "ja")
    assert not asks_figure("何か、社長の中で大事にしてこられたことはありますか。", "ja")
    assert not asks_figure("Thirty years is a long time. How did the first van come about?", "en")
    assert not asks_figure("How do you see the next few years yourself?", "en")


def test_a_yes_no_question_is_read_as_closed_whatever_the_act_labels() -> None:
    assert ends_closed("配送のお話、よく分かりました。倉庫は手狭になっていますか？", "ja")
    assert ends_closed("今後どう広げたいというお考えはお持ちですか？", "ja")  # quoted どう
    assert ends_closed("That sounds like a lot of work. Have you thought about a second van?", "en")
    assert ends_closed("So, is the new shop doing well?", "en")
    # negatives: an open question, or an invitation to talk asked politely
    assert not ends_closed("倉庫が手狭になってきた、と。どんなときに一番そう感じますか？", "ja")
    assert not ends_closed("その頃のことを、もう少し聞かせていただけますか？", "ja")
    assert not ends_closed("Could you tell me how the first van came about?", "en")
    assert not ends_closed("What went through your mind when the driver left?", "en")
    assert not ends_closed("配送は朝が早いんですね。", "ja")  # no question at all


# ---------------------------------------------------------------- strengths


def _row(turn: int, text: str, acts: list[str], **kw: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "turn": turn,
        "text": text,
        "acts": acts,
        "flags": [],
        "weak": [],
        "feedback": ["社長の話を受け止めて、社長の言葉で返せています（伝え返し）。"],
        "owner_reply": "そうなんですよ。父の代からずっとこのやり方で、配送も自分たちでやってきました。",
        "revealed": [],
        "trust_delta": 5.0,
    }
    row.update(kw)
    return row


def test_beginner_questions_are_never_strengths_though_trust_rose() -> None:
    rows = [
        # endorsement + yes/no question, labelled open by the analyser
        _row(1, "いいお考えですね。もう配送業者さんには相談されましたか？", ["open_question"]),
        # a closed question for a count after a reflection
        _row(2, "三十年なんですね。取引先は何社くらいありますか？", ["reflection"]),
        # a budget question after an answer to his question
        _row(3, "It depends, but a van is not cheap. So, what's your budget?", ["open_question"]),
        # a closed question with a reflection
        _row(4, "配送は自社なんですね。ドライバーさんは足りていますか？", ["closed_question", "reflection"]),
    ]
    assert _strengths(rows[:2] + rows[3:], "ja") == []
    assert _strengths([rows[2]], "en") == []


def test_a_real_open_reflection_with_praise_is_a_strength() -> None:
    rows = [
        _row(1, "配送も自分たちで、と。そのやり方を続けてこられたのは、どんな思いからですか？", ["open_question", "reflection"]),
        # a checked summary asked as yes/no stays a strength
        _row(
            2,
            "ここまでをまとめると、配送は自社で、ドライバーさんは五人、朝が早い。という理解で合っていますか？",
            ["summary"],
            flags=["owner_summary"],
        ),
    ]
    assert [s["turn"] for s in _strengths(rows, "ja")] == [1, 2]


def test_a_turn_whose_feedback_praised_nothing_is_no_strength() -> None:
    silent = _row(1, "正直に申し上げると、配送の現場は詳しくありません。すみません。", ["empathy"], feedback=[])
    warned = _row(
        2,
        "配送のこと、よく分かりました。そのあたりをどう感じていらっしゃいますか？",
        ["open_question"],
        weak=["summarising.timing"],
        feedback=["社長の話が積み重なってきました。ここで要点をまとめて確かめましょう。"],
    )
    assert _strengths([silent, warned], "ja") == []
    # the same turn with a praise line beside the reminder keeps its strength
    warned["feedback"].append("社長の話を受け止めて、社長の言葉で返せています（伝え返し）。")
    assert [s["turn"] for s in _strengths([warned], "ja")] == [2]


def test_a_turn_with_a_mistake_flag_is_no_strength() -> None:
    for flag in ("topic_switch", "repeat", "closed_run", "lecture", "issue_question"):
        row = _row(1, "ところで、配送のことをどう見ていらっしゃいますか？", ["open_question"], flags=[flag])
        assert _strengths([row], "ja") == [], flag


# ---------------------------------------------------------------- runs and counts


def _t(index: int, speaker: str, text: str, acts: list[str] = (), flags: list[str] = ()) -> TurnResult:  # type: ignore[assignment]
    turn = None if speaker == "owner" else index // 2 + 1
    return TurnResult(index=index, speaker=speaker, text=text, turn=turn, acts=list(acts), flags=list(flags))


def _conversation(trainee: list[tuple[str, list[str], list[str]]]) -> list[TurnResult]:
    out: list[TurnResult] = []
    for n, (text, acts, flags) in enumerate(trainee):
        out.append(_t(2 * n, "trainee", text, acts, flags))
        out.append(_t(2 * n + 1, "owner", "まあ、そうですね。配送は朝が早いので大変ですよ。"))
    return out


def test_an_open_question_breaks_a_run_of_closed_questions_everywhere() -> None:
    turns = _conversation(
        [
            ("ドライバーさんは何人ですか？", ["closed_question"], []),
            ("ところで、社長はこの仕事のどこが面白いと感じますか？", ["open_question"], ["topic_switch"]),
            ("トラックは自社のものですか？", ["closed_question"], []),
        ]
    )
    conv = score_session(turns, "ja")
    assert conv.patterns.interrogation_runs == []
    assert not any("閉じた質問が3回以上" in f for f in conv.feedback)
    mistakes = _mistakes(conv.patterns.model_dump(), {0: 1, 2: 2, 4: 3}, [t for t in turns if t.speaker == "trainee"], "ja")
    assert "interrogation" not in mistakes
    assert mistakes["topic_switch"] == [2]


def test_a_run_of_closed_questions_is_listed_turn_by_turn_as_counted() -> None:
    turns = _conversation(
        [
            ("ドライバーさんは何人ですか？", ["closed_question"], []),
            ("トラックは自社のものですか？", ["closed_question"], []),
            ("朝は何時からですか？", ["closed_question"], []),
            ("そのやり方を続けてこられたのは、どんな思いからですか？", ["open_question", "reflection"], []),
        ]
    )
    conv = score_session(turns, "ja")
    assert len(conv.patterns.interrogation_runs) == 1
    assert any("1回" in f for f in conv.feedback)
    mistakes = _mistakes(
        conv.patterns.model_dump(), {0: 1, 2: 2, 4: 3, 6: 4}, [t for t in turns if t.speaker == "trainee"], "ja"
    )
    assert mistakes["interrogation"] == [1, 2, 3]


def test_a_summary_the_scorer_credited_counts_for_the_session() -> None:
    rubric = load_rubrics()["summarising"]
    turns = _conversation(
        [("配送は自社で、朝が早い。", ["reflection"], ["owner_summary"])] * 1
        + [("どんなときに大変だと感じますか？", ["open_question"], [])] * 5
    )
    turns[0].scores = {"summarising": 95.0}
    conv = score_session(turns, "ja")
    r = rates(conv.patterns, rubric, turns)
    assert r["summary_quality"] > 0.9
    assert r["summary_coverage"] == 1.0
    # a plain reflection (no owner_summary) is no summary
    turns[0].flags = []
    assert rates(score_session(turns, "ja").patterns, rubric, turns)["summary_quality"] == 0.0


# ---------------------------------------------------------------- one source of truth, live


def test_a_topic_jump_flag_stands_only_where_the_turn_was_told_so() -> None:
    """Scored turns: the topic_switch flag is set exactly when a marker held it against the
    turn (its evidence names the jump), never when every rubric excused it."""
    ctx = [
        Utterance(speaker="trainee", text="本日はよろしくお願いします。配送のお仕事について伺えますか。"),
        Utterance(speaker="owner", text="うちは配送を自社でやってます。ところで、あなたは物流の経験はあるんですか？"),
        Utterance(speaker="trainee", text="物流の現場経験はありません。ところで、社員の方は何人いらっしゃいますか？"),
        Utterance(speaker="owner", text="十五人です。ドライバーが五人で、あとは倉庫と事務ですね。"),
        Utterance(speaker="trainee", text="ところで、ホームページはお持ちですか？"),
        Utterance(speaker="owner", text="一応ありますけどね。"),
    ]
    conv = score_conversation(ctx, "ja")
    for t in conv.turns:
        if t.speaker != "trainee":
            continue
        named = any(e.startswith(("一問一答", "話題の転換")) for e in t.evidence)
        assert ("topic_switch" in t.flags) == named, (t.text, t.flags, t.evidence)


BEGINNER = [
    "はじめまして。よろしくお願いします。さっそくですが、配送は自社ですか？",
    "そうなんですね。すごいですね。トラックは何台ありますか？",
    "なるほど。売上はここ数年伸びていますか？",
    "そうですか。では、人手は足りていますか？",
    "ネットで求人を出したほうがいいと思いますよ。",
    "すみません、先走りました。社長がこのお仕事で大事にしてこられたのは、どんなことですか？",
    "そこまで大事にしてこられたんですね。そのやり方が続いてきた理由を、社長はどう見ていらっしゃいますか？",
]


def test_every_list_of_a_played_report_reads_the_turns_the_trainee_saw() -> None:
    session = open_session("big_customer_owner", lang="ja", seed=1111, store=None)
    for text in BEGINNER:
        if session.finished:
            break
        session.say(text)
    report = session.report()
    rows = {r["turn"]: r for r in report.turn_results}
    # strengths: no mistake, no closed or figure question, something praised
    for s in report.strengths:
        r = rows[s["turn"]]
        assert not {"leading_question", "advice", "self_promotion"} & set(r["acts"])
        assert not {"topic_switch", "repeat", "closed_run", "blunt_worry"} & set(r["flags"])
        assert not ends_closed(r["text"], "ja") and not asks_figure(r["text"], "ja")
        assert r["feedback"]
        assert s["turn"] not in {n for v in report.mistakes.values() for n in v}
    # mistakes: each listed turn carries the act or flag of its kind
    need = {
        "leading": ("acts", "leading_question"),
        "advice": ("acts", "advice"),
        "topic_switch": ("flags", "topic_switch"),
        "repeat": ("flags", "repeat"),
        "lecture": ("flags", "lecture"),
        "denial": ("flags", "denial"),
    }
    for kind, turns in report.mistakes.items():
        if kind in need:
            field, label = need[kind]
            assert all(label in rows[n][field] for n in turns), (kind, turns)
    # a run of closed questions is listed as counted
    runs = report.patterns["interrogation_runs"]
    listed = report.mistakes.get("interrogation", [])
    assert len(listed) == sum(r["length"] for r in runs)
    assert all("open_question" not in rows[n]["acts"] for n in listed)


def test_a_reply_that_says_he_cannot_answer_earns_no_strength() -> None:
    # found in rep11's own blind play: 「すみません、うまく答えられなくて。」 quoted as what a
    # strength earned
    for reply in ("いや、すみません、うまく答えられなくて。申し訳ない。", "それは…ちょっと答えられないですね、今は。"):
        row = _row(1, "社長が何とかしたいと思われたのは、どんな場面がきっかけだったんでしょう。", ["open_question"], owner_reply=reply)
        assert _strengths([row], "ja") == [], reply
    row = _row(1, "What made you want to change things, looking back?", ["open_question"], owner_reply="Hmm. I can't really say, to be honest with you.")
    assert _strengths([row], "en") == []
    # a reply with substance still earns it
    row = _row(1, "What made you want to change things, looking back?", ["open_question"], owner_reply="When my father fell ill, I had to take over the orders overnight, and I saw how much was on paper.")
    assert [s["turn"] for s in _strengths([row], "en")] == [1]


def test_a_put_off_in_dialect_or_a_polite_refusal_earns_no_strength() -> None:
    # r11a s02 T5, r11b s05 T8 (new replies of the same kinds)
    for reply in ("いやあ、その話は、まだよう言わんわ。堪忍な。", "会ったばかりの人に、そこまではちょっとね。悪いけど。", "それは、人に話すような話でもないですよ、本当に。"):
        row = _row(1, "花房堂さんとして、ずっと大事にされてきたことは何ですか？", ["open_question"], owner_reply=reply)
        assert _strengths([row], "ja") == [], reply
    # a reply with substance in the same dialect is still what a strength earned
    row = _row(1, "ずっと大事にされてきたことは何ですか？", ["open_question"], owner_reply="まあ材料ですわ。小豆だけは北海道の農家さんから、祖父の代から変えとらん。")
    assert [s["turn"] for s in _strengths([row], "ja")] == [1]


def test_an_open_question_on_his_words_is_a_strength_though_no_line_was_shown() -> None:
    row = _row(1, "朝いちばんに工場を回られるんですね。そのとき、どんなところをご覧になっていますか。", ["open_question", "reflection"], feedback=[])
    assert [s["turn"] for s in _strengths([row], "ja")] == [1]
    bare = _row(1, "朝いちばんに工場を回られるんですね。", ["reflection"], feedback=[])
    assert _strengths([bare], "ja") == []


def test_what_went_well_quotes_the_praise_not_the_warning() -> None:
    row = _row(
        1,
        "朝いちばんに工場を回られるんですね。そのとき、どんなところをご覧になっていますか。",
        ["open_question", "reflection"],
        weak=["listening.owner_talks"],
        feedback=["ここまで支援者の方が多く話しています。短い問いかけで、社長に語ってもらいましょう。", "社長の話を受け止めて、社長の言葉で返せています（伝え返し）。"],
    )
    (s,) = _strengths([row], "ja")
    assert s["what"].startswith("社長の話を受け止めて")


def test_a_stock_evasion_earns_no_strength_even_when_tied_to_a_fact() -> None:
    # rep11's blind play: "Well, there's a lot going on." quoted as what a strength earned
    row = _row(1, "What is it about that side that worries you?", ["open_question", "empathy"], owner_reply="Hmm, well, there's a lot going on, you know.", revealed=["some_fact"])
    assert _strengths([row], "en") == []
    row = _row(1, "そのあたりは、どんなふうにご覧になっていますか。", ["open_question"], owner_reply="…まあ、いろいろありますけどね。")
    assert _strengths([row], "ja") == []
    # a long reply that discloses keeps its strength, put-off words or not
    long = "また今度詳しく話しますけど、実は売上の六割が一社なんですよ。その会社が値下げを言ってくると、断れない。正直、そこが一番こたえてます。"
    row = _row(1, "そのあたりは、どんなふうにご覧になっていますか。", ["open_question"], owner_reply=long, revealed=["one_customer"])
    assert [s["turn"] for s in _strengths([row], "ja")] == [1]

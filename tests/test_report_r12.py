"""Issue 8, round 12 (r12a/r12b blind playtests): an end-of-session report an instructor signs.

Named by the instructors: a strength whose reply was a shut-down (「…ええと、それは、ちょっと今は。」)
or that asked point-blank for the hardest thing or a vision; a thin two-point summary rated
"quality of the summaries 100%" and listed under what went well; the harmless last line the
owner walked out on ranked above the real damage, with a "summary" of his put-offs as its
example; closed fact questions missing from the mistakes; his words on the underlying issue
missing when he reached it through one of its other facts. Every sentence here is new.
"""

from __future__ import annotations

from typing import Any

from simulator.acts import Utterance
from simulator.datafiles import load_persona
from simulator.report_checks import (
    closed_ask,
    gave_nothing,
    half_assent,
    point_blank,
    put_off_example,
)
from simulator.reporting import _hints, _mistakes, _owner_words, _strengths
from simulator.scoring.carried import carried
from simulator.scoring.models import TurnResult
from simulator.scoring.session import _quality


def _row(turn: int, text: str, acts: list[str], **kw: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "turn": turn,
        "text": text,
        "acts": acts,
        "flags": [],
        "weak": [],
        "feedback": ["社長の話を受け止めて、社長の言葉で返せています（伝え返し）。"],
        "owner_reply": "ええ、それはもう。配送は父の代から自分たちでやってきたんですよ。",
        "revealed": [],
        "trust_delta": 4.0,
        "suggestion": None,
        "scores": {"listening": 70.0},
    }
    row.update(kw)
    return row


# ---------------------------------------------------------------- 1. a strength needs a reply that gave something


def test_a_shut_down_reply_gives_nothing() -> None:
    for reply in ("…あの、それは、まだ。", "そこは、ちょっと今は…。", "ええと、その話は、ちょっと。"):
        assert gave_nothing(reply, "ja"), reply
    # rep12's own blind play: a vague put-off quoted as what a strength earned
    assert gave_nothing("Hard to pin down. I can't say for sure, a few things going on at once.", "en")
    for reply in ("Um… that's a bit… not right now.", "Oh, that's… not just now, sorry."):
        assert gave_nothing(reply, "en"), reply
    # negatives: the same words with something after them, or a story that starts that way
    assert not gave_nothing("ちょっと今は手が回らないんですが、在庫の数が合わないのはずっと気になっていて。", "ja")
    assert not gave_nothing("そこはまだ誰にも言ってないんですが、息子は工場を継ぐ気がないんです。", "ja")
    assert not gave_nothing("That's a bit of a story. My father bought the first oven in 1978, and it still runs.", "en")


def test_a_turn_the_owner_shut_down_is_no_strength() -> None:
    for lang, text, reply in (
        ("ja", "いえいえ、お気になさらず。それで、配送はこれからどうしていきたいですか？", "…あの、それは、まだ。"),
        ("en", "No worries at all. So what would you like the bakery to do online?", "Um… that's a bit… not right now."),
    ):
        row = _row(1, text, ["open_question", "empathy"], owner_reply=reply)
        assert _strengths([row], lang) == [], reply  # type: ignore[arg-type]
    # the same question with a reply that gave something keeps its strength
    row = _row(1, "それで、配送はこれからどうしていきたいですか？", ["open_question", "empathy"])
    assert [s["turn"] for s in _strengths([row], "ja")] == [1]


def test_a_point_blank_hardship_or_vision_question_is_no_strength() -> None:
    assert point_blank("失礼しました。ところで、これまでで一番苦労されたことは何ですか？", "ja")
    assert point_blank("では、十年後のビジョンはどんなものですか？", "ja")
    assert point_blank("Let me change tack: what's your vision for the bakery?", "en")
    assert point_blank("So what has been the hardest thing since you took over?", "en")
    assert not point_blank("その頃のことを、もう少し聞かせていただけますか？", "ja")
    assert not point_blank("What keeps the regulars coming back, do you think?", "en")
    reply = "そうですねえ、父が倒れた年ですかね。右も左も分からないまま、取引先に頭を下げて回りました。"
    row = _row(1, "失礼しました。ところで、これまでで一番苦労されたことは何ですか？", ["open_question"], owner_reply=reply)
    assert _strengths([row], "ja") == []
    en = _row(
        1,
        "Sorry. Let me change tack: what's your vision for the bakery five years from now?",
        ["open_question"],
        owner_reply="Well, I'd like the ovens still running and my nephew at the counter, I suppose.",
    )
    assert _strengths([en], "en") == []
    # negatives: the same question built on his words (an echo, a reflection, his word picked up)
    echoed = dict(en, text="You said the ovens are the heart of it. What would the bakery look like five years from now?")
    assert [s["turn"] for s in _strengths([echoed], "en")] == [1]
    reflected = dict(row, acts=["open_question", "reflection"], text="取引先に頭を下げて回られた、と。その中で一番苦労されたのはどんなことでしたか？")
    assert [s["turn"] for s in _strengths([reflected], "ja")] == [1]


# ---------------------------------------------------------------- 3. how much of what he said the summaries carried


def _talk(lines: list[tuple[str, str]]) -> list[Utterance]:
    return [Utterance(speaker=s, text=t) for s, t in lines]  # type: ignore[arg-type]


EN_TALK = _talk(
    [
        ("trainee", "Thanks for having me. How did the bakery start?"),
        ("owner", "My grandfather opened it right after the war, selling bread from a handcart."),
        ("trainee", "And these days?"),
        ("owner", "These days the supermarket down the road sells cheap loaves, and our regulars are getting old."),
        ("trainee", "I see."),
        ("owner", "And my nephew helps at weekends, but he has a job in the city and may not stay."),
    ]
)


def test_a_thin_summary_carries_part_of_what_he_said() -> None:
    thin = carried("So: a handcart after the war, and a supermarket nearby. Is that right?", EN_TALK, "en")
    assert (thin.carried, thin.points) == (2, 3) and round(thin.share, 2) == 0.67
    full = carried(
        "So: the handcart after the war, the supermarket selling cheap loaves, and your nephew who may not stay. Right?",
        EN_TALK,
        "en",
    )
    assert full.share == 1.0
    ja = _talk(
        [
            ("trainee", "本日はよろしくお願いします。"),
            ("owner", "うちは祖父が戦後すぐに始めた豆腐屋でね、今も朝三時から仕込んでます。"),
            ("trainee", "朝三時からなんですね。"),
            ("owner", "最近は近くのスーパーが安い豆腐を置くようになって、常連さんも年を取ってきました。"),
            ("trainee", "そうですか。"),
            ("owner", "甥が週末だけ手伝ってくれてますけど、あの子は会社勤めだから続くかどうか。"),
        ]
    )
    # 朝三時 was already given back by the reflection: the summary need not repeat it
    thin_ja = carried("ここまで、スーパーが安い豆腐を置くようになった、と伺いました。合っていますか？", ja, "ja")
    assert (thin_ja.carried, thin_ja.points) == (2, 3)
    full_ja = carried("スーパーの安い豆腐、甥御さんが続くかどうか、ということですね。", ja, "ja")
    assert full_ja.share == 1.0


def test_put_offs_and_questions_back_are_no_points_to_carry() -> None:
    talk = _talk(
        [
            ("trainee", "How did the bakery start?"),
            ("owner", "My grandfather opened it right after the war, selling bread from a handcart."),
            ("trainee", "And the staff?"),
            ("owner", "Another time, maybe."),
            ("trainee", "Of course."),
            ("owner", "Do you even know what a sourdough starter is?"),
        ]
    )
    c = carried("So the bakery goes back to your grandfather's handcart after the war. Is that right?", talk, "en")
    assert (c.carried, c.points) == (1, 1) and c.share == 1.0


def _t(index: int, speaker: str, text: str, **kw: Any) -> TurnResult:
    return TurnResult(index=index, speaker=speaker, text=text, turn=None if speaker == "owner" else index // 2 + 1, **kw)  # type: ignore[arg-type]


def test_the_quality_figure_reflects_how_much_the_summary_carried() -> None:
    turns = [_t(i, u.speaker, u.text) for i, u in enumerate(EN_TALK)]
    summary = _t(
        6, "trainee", "So: a handcart after the war, and a supermarket nearby. Is that right?",
        acts=["summary"], flags=["owner_summary"], scores={"summarising": 100.0},
    )
    thin = _quality([summary], [*turns, summary], "en")
    assert round(thin[0]) == 67  # no longer "quality of the summaries 100 %"
    summary.text = "So: the handcart after the war, the supermarket selling cheap loaves, and your nephew who may not stay. Right?"
    assert _quality([summary], [*turns, summary], "en") == [100.0]


def test_a_thin_summary_he_only_half_agreed_with_is_no_strength() -> None:
    assert half_assent("Yes, well, I suppose that's about it.", "en")
    assert half_assent("まあ、そういうことになりますかね。", "ja")
    assert not half_assent("That's exactly it. Hearing it back, it's clearer to me too.", "en")
    assert not half_assent("そう、まさにそれなんですよ。言ってもらうと整理がつくね。", "ja")
    base = dict(acts=["summary"], flags=["owner_summary"], feedback=["You gathered the owner's points."])
    thin = _row(5, "So: a handcart after the war, and a supermarket nearby. Is that right?", owner_reply="Yes, well, I suppose that's about it, more or less.", carried=0.67, **base)
    assert _strengths([thin], "en") == []
    # a thin summary he warmly confirmed, or a complete one he half agreed with, still counts
    warm = dict(thin, owner_reply="That's exactly it. Hearing it back, it's clearer to me too.")
    assert [s["turn"] for s in _strengths([warm], "en")] == [5]
    full = dict(thin, carried=1.0)
    assert [s["turn"] for s in _strengths([full], "en")] == [5]


# ---------------------------------------------------------------- 2. the worst real push first


def test_a_harmless_last_line_he_walked_out_on_comes_after_the_real_pushes() -> None:
    push = _row(3, "以前は銀行にいましたので分かります。値上げは取引先に早めに伝えるべきですよね？", ["leading_question", "advice"], trust_delta=-9.0, feedback=["誘導する質問になっています。"])
    closed = _row(2, "従業員は何人ですか？", ["closed_question"], flags=["weak:deep_dive.open_questions"], trust_delta=-1.0, feedback=["閉じた質問です。"])
    last = _row(6, "今日はありがとうございました。また伺ってもいいですか？", ["other"], flags=["weak:summarising.timing"], trust_delta=0.0, feedback=[])
    hints = _hints([closed, push, last], ended_on=6, lang="ja")
    assert [h["turn"] for h in hints] == [3, 2, 6]
    # a last turn that was itself a push, or cost trust, is a hint where its cost puts it
    # (rep13, r13b s02: 「影響の大きい順」 means what each turn really cost)
    pushy = dict(last, acts=["advice"], feedback=["助言になっています。"])
    assert [h["turn"] for h in _hints([closed, push, pushy], ended_on=6, lang="ja")] == [3, 2, 6]
    costly = dict(last, trust_delta=-4.0)
    assert [h["turn"] for h in _hints([closed, push, costly], ended_on=6, lang="ja")] == [3, 6, 2]


def test_a_summary_example_stitched_from_his_put_offs_is_not_reprinted() -> None:
    talk = _talk(
        [
            ("trainee", "人手はどのくらい足りないんですか？"),
            ("owner", "さあ、数えたことはないな。"),
            ("trainee", "そうですか。"),
            ("owner", "会ったばかりの人に、そこまで話すような話でもないよ。"),
        ]
    )
    stitched = "ここまで、数えたことはない、会ったばかりの人に、そこまで話すような話でもない、と伺いました。合っていますか？"
    assert put_off_example(stitched, talk, "ja")
    real = _talk(
        [
            ("trainee", "人手はどうですか？"),
            ("owner", "旋盤を回せる職人が二人辞めて、残りは六十過ぎばかりなんです。"),
            ("trainee", "そうですか。"),
            ("owner", "若い人の募集は出してるけど、面接に来ても続かない。"),
        ]
    )
    assert not put_off_example("ここまで、旋盤を回せる職人が二人辞めた、面接に来ても続かない、と伺いました。合っていますか？", real, "ja")
    en = _talk([("trainee", "How many are you short?"), ("owner", "Not something I go into with someone I've just met.")])
    assert put_off_example("So far I've heard: not something I go into with someone I've just met. Is that right?", en, "en")


# ---------------------------------------------------------------- 4. closed questions listed among the mistakes


def test_closed_fact_questions_are_read_as_such() -> None:
    assert closed_ask("梱包のお話、よく分かりました。配送は自社便なんですか？", ["reflection"], "ja")
    assert closed_ask("取引先は何社くらいありますか？", ["closed_question"], "ja")
    assert closed_ask("Right, the ovens are old. Do you have a maintenance contract?", ["reflection"], "en")
    # negatives: a check of a summary, a request for leave, an invitation, a question on his feelings
    assert not closed_ask("ここまでのお話、という理解で合っていますか？", ["reflection"], "ja")
    assert not closed_ask("今日はありがとうございました。また改めて伺ってもよろしいですか？", ["other"], "ja")
    assert not closed_ask("もし社長が自由に決められるとしたら、何か変えてみたいことはありますか？", ["closed_question"], "ja")
    assert not closed_ask("一人で抱えてこられたんですね。そのことは、どなたかにお話しされたことはありますか？", ["closed_question", "empathy"], "ja")
    assert not closed_ask("That sounds heavy. Have you talked to anyone about it?", ["closed_question", "empathy"], "en")
    assert not closed_ask("So the ovens, the nephew and the supermarket. Have I got that right?", ["reflection"], "en")
    assert not closed_ask("SNSを始めたほうがいいですよ。やってみませんか？", ["advice", "closed_question"], "ja")


def test_closed_questions_outside_a_run_are_listed_once() -> None:
    texts = [
        ("配送は自社便なんですか？", ["closed_question"]),
        ("そうなんですね。そのやり方を続けてこられたのは、どんな思いからですか？", ["open_question", "reflection"]),
        ("一人で抱えてこられたんですね。そのことは、どなたかにお話しされたことはありますか？", ["closed_question", "empathy"]),
        ("取引先は何社くらいありますか？", ["closed_question"]),
    ]
    scored = [_t(2 * n, "trainee", t, acts=a) for n, (t, a) in enumerate(texts)]
    mistakes = _mistakes({}, {2 * n: n + 1 for n in range(4)}, scored, "ja")
    assert mistakes["closed"] == [1, 4]
    # a turn already listed in a run of closed questions is not listed again
    runs = {"interrogation_runs": [{"start": 6, "end": 6, "length": 1}]}
    assert _mistakes(runs, {2 * n: n + 1 for n in range(4)}, scored, "ja")["closed"] == [1]


# ---------------------------------------------------------------- 5. his own words on the underlying issue


def test_his_words_on_the_issue_are_shown_whichever_of_its_facts_he_opened() -> None:
    persona = load_persona("reluctant_successor")
    also = persona.underlying_issue.also[0]
    # a fact in which he does not state the issue (every core fact of this owner now states it)
    core = next(f.id for f in persona.facts if f.depth.value != "surface" and f.id not in persona.stating_facts)
    said = "結局、決めているのは会長なんです。僕は実務を回しているだけで。"
    rows = [
        _row(4, "…", ["open_question"], revealed=[also], owner_reply=said),
        _row(5, "…", ["open_question"], revealed=[core], owner_reply="父の代からの番頭さんがいましてね。"),
    ]
    words = _owner_words(persona, [], rows)
    assert words == [{"turn": 4, "text": said}]  # his reply only, never the author's description

"""Suggested summaries gather his points, never a count, a hedge, a vague heap, his search for
a word, his complaint about the supporter's talk or a list of people (issue 8, r17a s06/s08,
r17b s07/s08). New sentences in the style of the defects."""

from __future__ import annotations

from simulator.acts import Utterance
from simulator.scoring.points import summary_points


def _ctx(owner: list[str]) -> list[Utterance]:
    out: list[Utterance] = []
    for text in owner:
        out += [Utterance(speaker="trainee", text="はい。"), Utterance(speaker="owner", text=text)]
    return out


def test_a_count_in_words_and_a_vague_heap_are_no_points() -> None:
    got = summary_points(
        _ctx(
            [
                "Nine — the foreman and eight on the line.",
                "I can't name one thing. All sorts of little things, I reckon.",
                "We're stretched thin with the weekly deliveries.",
            ]
        ),
        "en",
    )
    assert not any("nine" in p or "eight" in p or "little things" in p for p in got)
    assert any("weekly deliveries" in p for p in got)


def test_his_search_for_a_word_and_a_hedge_are_no_points() -> None:
    got = summary_points(
        _ctx(["The invoices and whatever we got from the banks, mostly.", "Tiring, perhaps — that's the nearest word."]),
        "en",
    )
    assert not any("nearest word" in p or "whatever" in p for p in got)


def test_his_complaint_about_the_supporters_talk_is_no_point() -> None:
    got = summary_points(
        _ctx(["ネットで全国に売りたいんですよ。", "説明が難しすぎるよ。うちの規模の話をしてくれ。", "それは知ってるよ。知ってて、新規の営業まで回らない。"]),
        "ja",
    )
    assert not any("難し" in p for p in got)
    # his main clause after a bare て-form stays, without it
    assert "新規の営業まで回らない" in got


def test_a_share_of_his_business_is_his_point_and_people_are_not() -> None:
    got = summary_points(
        _ctx(
            [
                "売上の八割くらいは大洋さんですね。",
                "祖父と大洋さんの初代の会長さんが、古い付き合いでしてね。",
                "最近は値決めの話も、全部メールで来る。",
            ]
        ),
        "ja",
    )
    assert any("八割" in p for p in got)
    assert not any("会長さん" in p for p in got)


def test_near_miss_a_plain_count_question_answer_still_no_point_and_points_kept() -> None:
    got = summary_points(
        _ctx(["従業員は三十八人です。", "若い人が入っても、すぐ辞めてしまうんです。", "設備も古くなって、修理代がかさむ一方だ。"]),
        "ja",
    )
    assert not any("三十八" in p for p in got)
    assert len(got) >= 2


def test_his_verdict_on_the_supporters_answer_is_no_point() -> None:
    got = summary_points(
        _ctx(["Our margins keep getting squeezed by the wholesalers.", "Fair question. At least that's an honest answer."]),
        "en",
    )
    assert not any("answer" in p for p in got)


def test_a_measure_and_its_share_read_as_one_point() -> None:
    got = summary_points(_ctx(["注文でいうと、六割は地元の問屋さんなんです。"]), "ja")
    assert got == ["注文の六割は地元の問屋さん"]

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


# --- the moment decides the line: his test, his challenge, his request ----------------------------

from simulator.scoring.anchor import Moment, moment, moment_line  # noqa: E402


def test_his_test_anywhere_in_his_reply_is_answered_first() -> None:
    ctx = _ctx(["Could you even run a press brake? …Never mind. I only want to see what you really know."])
    assert moment("I have visited over a hundred plants, so I know the sector very well.", ctx, "en") is Moment.OWNER_ASKED
    ja = _ctx(["…図面って、読めるの？ まあいいや。どこまで分かってる人か知りたいだけだから。"])
    assert moment("はい、読めます。これまで百社以上を支援してきました。", ja, "ja") is Moment.OWNER_ASKED


def test_his_challenge_of_what_it_has_to_do_with_him_is_taken_up() -> None:
    ctx = _ctx(["Big names, all of them. And what does any of that have to do with my shop?"])
    assert moment("Well, let me ask about your staff.", ctx, "en") is Moment.OWNER_PURPOSE
    ja = _ctx(["ずいぶん立派な話だね。で、それが俺とどう関係あるの？"])
    assert moment("では、従業員の方について伺います。", ja, "ja") is Moment.OWNER_PURPOSE


def test_the_opening_takes_up_his_stated_request() -> None:
    line = moment_line(Moment.OPENING, [], "ja", "申込書に新しい販路をお考えとありましたが、楽天には出す予定ですか？")
    assert line is not None and "日頃どんなことに時間" not in line and "申込書" in line
    en = moment_line(Moment.OPENING, [], "en", "I read your application. You want to open a second shop, right?")
    assert en is not None and "takes up most of your days" not in en


def test_near_miss_an_opening_with_no_request_keeps_the_open_line() -> None:
    line = moment_line(Moment.OPENING, [], "ja", "申込書では相談したいことが特になしとなっていましたが、いかがですか？")
    assert line is not None and "日頃どんなことに時間" in line
    plain = moment_line(Moment.OPENING, [], "en", "Hello, thank you for seeing me today.")
    assert plain is not None and "takes up most of your days" in plain
    # a plain question of his, no test: no moment of its own
    assert moment("Three shifts, then?", _ctx(["We run three shifts. Where did you park?"]), "en") is None

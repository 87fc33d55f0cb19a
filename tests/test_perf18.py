"""perf18: per-utterance work done once (issue 8, scoring throughput), same outputs.

The scorer reads every owner turn again on every later trainee turn and picks his phrases up to
three times per turn; the caches added for speed must do that work once and never hand out a
result a caller could spoil, nor mix up two rules.
"""

from __future__ import annotations

import pytest

from simulator.acts import Utterance
from simulator.analysis import cues, ja_rules
from simulator.rubric import LangNumber, load_rubrics
from simulator.scoring import due, points, quotes


def _context() -> list[Utterance]:
    return [
        Utterance(speaker="trainee", text="本日は工房のお話を伺いに参りました。"),
        Utterance(speaker="owner", text="うちは木工家具の工房で、椅子の注文がこの春から減っています。"),
        Utterance(speaker="trainee", text="椅子の注文が減っているのですね。"),
        Utterance(speaker="owner", text="塗装を任せていた職人が辞めて、納期が延びるようになりました。"),
    ]


def test_owner_phrases_reads_each_owner_turn_once_per_window(monkeypatch: pytest.MonkeyPatch) -> None:
    context = _context()
    read: list[str] = []
    found = quotes._found

    def counting(text: str, lang: str) -> tuple:
        read.append(text)
        return found(text, lang)  # type: ignore[arg-type]

    monkeypatch.setattr(quotes, "_found", counting)
    first = quotes.owner_phrases(context, "ja", window=3)
    assert len(read) == 2  # two owner turns in the window
    again = quotes.owner_phrases(context, "ja", window=3)
    picked = quotes.picked_phrases("職人さんが辞めて納期が延びたのですね。", context, "ja")
    assert len(read) == 2  # the same window again (and the picks of a turn): not read again
    assert again == first and picked


def test_owner_phrases_hands_out_a_fresh_list() -> None:
    context = _context()
    first = quotes.owner_phrases(context, "ja", window=3)
    expected = list(first)
    first.clear()
    assert quotes.owner_phrases(context, "ja", window=3) == expected and expected


def test_owner_phrases_window_and_generic_still_count() -> None:
    # near miss: another window or the generic words are another question, never a cached answer
    context = _context()
    latest_only = quotes.owner_phrases(context, "ja", window=1)
    both = quotes.owner_phrases(context, "ja", window=3)
    assert {p.turn for p in latest_only} == {0}
    assert {p.turn for p in both} == {0, 1}
    generic = quotes.owner_phrases(context, "ja", window=3, generic=True)
    assert {p.surface for p in both} <= {p.surface for p in generic}


def test_sentences_hands_out_a_fresh_list() -> None:
    text = "窯の火入れは朝五時です。弟子は二人います。"
    parts = cues.sentences(text)
    assert parts == ["窯の火入れは朝五時です。", "弟子は二人います。"]
    parts.append("spoiled")
    assert cues.sentences(text) == ["窯の火入れは朝五時です。", "弟子は二人います。"]


def test_earlier_turns_are_weighed_once() -> None:
    assert isinstance(points.substantive.cache_info().maxsize, int)
    assert isinstance(ja_rules.looks_like_question.cache_info().maxsize, int)
    owner = "仕入れ先が廃業して、材料の桧を別の県から取り寄せています。"
    assert points.substantive(owner, "ja") is True
    hits = points.substantive.cache_info().hits
    assert points.substantive(owner, "ja") is True
    assert points.substantive.cache_info().hits == hits + 1
    # near miss: a question back is no point of his, cached or not
    assert points.substantive("それで、あんたは何をしてくれるの？", "ja") is False


def test_owner_point_verdict_belongs_to_its_rule() -> None:
    rule = load_rubrics()["summarising"].applies.due
    assert rule is not None
    text = "銘木の在庫が倉庫に三年分あって、置き場所に困っているんです。"
    assert due._owner_point(rule, text, "ja", frozenset({"銘木", "在庫"})) is True
    # the same turn under a stricter rule (a longer turn needed) is no point: not the first verdict
    strict = rule.model_copy(update={"substance": LangNumber(ja=200, en=200)})
    assert due._owner_point(strict, text, "ja", frozenset({"銘木", "在庫"})) is False
    # near miss: the same rule and turn with no new words is no point (not cached away)
    assert due._owner_point(rule, text, "ja", frozenset()) is False


def _tea_meeting() -> list[Utterance]:
    return [
        Utterance(speaker="owner", text="まあ、お茶でもどうぞ。遠いところをどうも。"),
        Utterance(speaker="trainee", text="ありがとうございます。"),
        Utterance(speaker="owner", text="仕入れ先の農家が高齢で、来年から茶葉が足りなくなりそうです。"),
        Utterance(speaker="trainee", text="茶葉が足りなくなりそうなのですね。"),
        Utterance(speaker="owner", text="茶葉の値段も上がっていて、お茶の利益が出ません。"),
    ]


def test_incidental_reads_only_the_new_owner_turn() -> None:
    meeting = _tea_meeting()
    points.incidental("利益", meeting[:3], "ja")  # said in none of the first two owner turns
    before = points._said.cache_info()
    points.incidental("利益", meeting, "ja")  # one more owner turn: only that one is read
    after = points._said.cache_info()
    assert (after.misses - before.misses, after.hits - before.hits) == (1, 2)


@pytest.mark.parametrize("surface", ["お茶", "茶葉", "農家", "利益", "値段", "仕入れ先"])
def test_incidental_per_turn_is_the_whole_meeting_reading(surface: str) -> None:
    # the turns weighed one by one say what the whole meeting read at once says
    owner = tuple(u.text for u in _tea_meeting() if u.speaker == "owner")
    whole = points._said(surface, owner, "ja")
    assert points.incidental(surface, _tea_meeting(), "ja") is (whole == points._IN_PASSING)
    # near miss: a greeting's word said only in passing stays incidental
    assert points.incidental("お茶", _tea_meeting()[:1], "ja") is True

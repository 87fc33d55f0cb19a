"""Suggested summaries and give-backs read as the supporter's own clean words (issue 8, r18a s06
T2/T6, r18b s01 T9): his polite hedge ("…, I'm afraid") is no fear of his, his sentence adverb
("Thankfully, …") is no part of his point, a clause opening on "they" names nobody once lifted
out, a put-off ("in due course") is no point, and the summary template pastes no guideline
phrase after a list of facts. New sentences in the style of the defects."""

from __future__ import annotations

from simulator.acts import Utterance
from simulator.rubric import load_rubrics
from simulator.scoring.anchor import Moment, moment, weighty_phrase
from simulator.scoring.points import summary_points
from simulator.scoring.quotes import picked_phrases


def _ctx(owner: list[str]) -> list[Utterance]:
    out: list[Utterance] = []
    for text in owner:
        out += [Utterance(speaker="trainee", text="I see."), Utterance(speaker="owner", text=text)]
    return out


def test_a_polite_hedge_is_not_given_back_as_his_fear() -> None:
    got = summary_points(
        _ctx(
            [
                "There's not much glamour in what we do, I'm afraid.",
                "The same bakeries have ordered from us every week since my father's time.",
            ]
        ),
        "en",
    )
    assert got and not any("afraid" in p for p in got)
    # near miss: a real fear of his stays a point
    real = summary_points(
        _ctx(["Honestly, I'm afraid of losing the bakeries.", "We roast the flour ourselves."]),
        "en",
    )
    assert any("afraid of losing the bakeries" in p for p in real)


def test_a_clause_opening_on_they_and_a_put_off_are_no_points() -> None:
    got = summary_points(
        _ctx(
            [
                "Oh, Hanaoka Mills — they've bought from us since the old days.",
                "Hm. Well, all in good time.",
                "Our delivery vans are getting old.",
            ]
        ),
        "en",
    )
    assert not any(p.startswith("they") for p in got)
    assert not any("good time" in p for p in got)
    assert any("delivery vans" in p for p in got)  # near miss: a plain point of his stays


def test_a_sentence_adverb_is_not_given_back() -> None:
    ctx = _ctx(["We press the olives on the farm. Luckily, the harvest has kept us busy every autumn."])
    phrase = weighty_phrase(ctx, "en")
    assert phrase is not None and not phrase.lower().startswith("luckily")
    assert "harvest has kept us busy" in phrase
    # near miss: the adverb inside his clause is his words and stays
    ctx = _ctx(["We have never luckily dodged a bad harvest; we kept every tree watered."])
    kept = weighty_phrase(ctx, "en")
    assert kept is None or not kept.lower().startswith("luckily")


def test_the_summary_template_pastes_no_guideline_phrase_after_his_points() -> None:
    rubric = load_rubrics()["summarising"]
    texts = list(rubric.suggestion.with_keyword.get("ja"))
    for crit in rubric.criteria:
        if crit.suggestion is not None:
            texts += crit.suggestion.with_keyword.get("ja")
        for marker in crit.markers:
            if marker.suggestion is not None:
                texts += marker.suggestion.with_keyword.get("ja")
    listing = [t for t in texts if "{keywords}" in t]
    assert listing
    for t in listing:
        # his points as he said them, then one check: not 「…というお話を伺いました。社長が考えて
        # いるのは、こういったことなんですね。そういう理解でよろしいでしょうか？」
        assert "こういったことなんですね" not in t
        assert t.count("？") == 1 or "抜けていること" in t


# ---------------------------------------------------------------- stock lines out of their moment


def _talk(lang: str) -> list[Utterance]:
    if lang == "ja":
        owner = ["うちは和菓子屋で、本店と駅前の二店です。", "お客さんは常連さんが中心やね。"]
        said = "なるほど。"
    else:
        owner = ["We run a small bakery, two shops in town.", "Mostly regulars, families who've come for years."]
        said = "I see."
    out: list[Utterance] = []
    for o in owner:
        out += [Utterance(speaker="trainee", text=said), Utterance(speaker="owner", text=o)]
    return out


def test_a_closing_that_names_his_topics_is_a_closing() -> None:
    ja = (
        "今日は、お店のこと、常連さんのこと、娘さんのことまでお話しくださってありがとうございました。"
        "次回までに、催事の事例を調べてお持ちします。"
    )
    assert moment(ja, _talk("ja"), "ja") is Moment.CLOSING
    en = "Thank you for telling me about the shops and the regulars. By next time I'll bring a few examples."
    assert moment(en, _talk("en"), "en") is Moment.CLOSING
    # near misses: the opening thanks and a mid-meeting question are no closing
    assert moment("本日はお時間をいただきありがとうございます。常連さんとは、どんなお付き合いですか？", _talk("ja"), "ja") is None
    assert moment("How did the regulars first find you?", _talk("en"), "en") is None


def test_the_line_for_a_blunt_worry_question_is_no_meeting_opener() -> None:
    rubric = load_rubrics()["deep_dive"]
    lines: list[str] = []
    for crit in rubric.criteria:
        for marker in crit.markers:
            if marker.signal == "blunt_worry" and marker.suggestion is not None:
                lines += marker.suggestion.without_keyword.get("ja") + marker.suggestion.without_keyword.get("en")
    assert lines
    # it comes at turn 6 as well as turn 1: no 「まずは」 "To begin with" of a first question
    assert not any(x.startswith(("まずは", "To begin with")) for x in lines)
    assert all("悩み" not in x and "worry" not in x for x in lines)  # near miss: not the blunt question again


# ---------------------------------------------------------------- his words quoted


def _ja(owner: list[str]) -> list[Utterance]:
    out: list[Utterance] = []
    for o in owner:
        out += [Utterance(speaker="trainee", text="なるほど。"), Utterance(speaker="owner", text=o)]
    return out


def test_a_span_of_time_is_no_part_of_his_noun() -> None:
    ctx = _ja(["繁忙期になると、一日じゅう冷凍庫の前で仕分けに追われてます。"])
    got = picked_phrases("一日じゅう冷凍庫の前で仕分け、というのは大変ですね。", ctx, "ja")
    assert got and not any("じゅう" in w for w in got)
    assert any("冷凍庫" in w for w in got)
    # near miss: a plain compound of his stays whole
    ctx = _ja(["うちは精密板金の下請けが中心です。"])
    assert any("精密板金" in w for w in picked_phrases("精密板金の下請けが中心なんですね。", ctx, "ja"))


def test_his_reaction_to_a_summary_is_no_word_of_his_business() -> None:
    ctx = _ja(["うん、そうまとめてもらうと、頭の中の整理がつくね。"])
    assert "整理" not in picked_phrases("整理がつくと言っていただけてよかったです。", ctx, "ja")
    en = _talk("en") + [
        Utterance(speaker="trainee", text="So the shops and the regulars. Is that right?"),
        Utterance(speaker="owner", text="Put like that, the regulars are really the whole business."),
    ]
    assert "regulars" not in picked_phrases("The regulars, put like that. How did they find you?", en[-2:], "en")
    # near miss: his own point about sorting stock stays quotable
    ctx = _ja(["倉庫の整理が追いつかなくて、在庫がどこにあるか分からないんです。"])
    assert any("整理" in w for w in picked_phrases("倉庫の整理が追いつかない、と。", ctx, "ja"))

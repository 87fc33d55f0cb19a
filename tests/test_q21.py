"""Quoted owner words as whole units (q21): an English phrasal adjective with its particle, a
compound with its modifier, never one word of an idiom; a Japanese action noun with what it acts on,
a figure with what it counts, never a person of his story or a passing compliment. Sentences are
new (none of the playtests'), with near misses that must still quote."""

from __future__ import annotations

import re

from simulator.acts import Utterance
from simulator.scoring import score_conversation
from simulator.scoring.quotes import owner_phrases, salient
from simulator.scoring.quotes_en import en_phrases


def _ctx(*owner: str, lang: str = "ja") -> list[Utterance]:
    ask = "どうですか。" if lang == "ja" else "How are things?"
    out: list[Utterance] = []
    for text in owner:
        out += [Utterance(speaker="trainee", text=ask), Utterance(speaker="owner", text=text)]
    return out


def _en(text: str) -> list[str]:
    return [p[0] for p in en_phrases(text)]


def _turn_quotes(lang: str, owner: str, trainee: str) -> list[str]:
    utts = [Utterance(speaker="owner", text=owner), Utterance(speaker="trainee", text=trainee)]
    t = score_conversation(utts, lang=lang).turns[-1]
    lines = [*t.feedback, t.suggestion or ""]
    pat = r"『([^』]+)』" if lang == "ja" else r"\(\"([^\"]+)\"\)|\"([^\"]+)\""
    out: list[str] = []
    for line in lines:
        for m in re.finditer(pat, line):
            out.append(next(g for g in m.groups() if g))
    return out


# --- English: a phrasal adjective whole ------------------------------------------------------------


def test_a_participle_is_quoted_with_its_particle() -> None:
    phrases = _en("The two lads on the packing line are completely worn out.")
    assert "worn out" in phrases and "worn" not in phrases
    phrases = _en("Most of my drivers are fed up with the new routes.")
    assert "fed up" in phrases and "fed" not in phrases
    assert "tied up" in _en("All our cash is tied up in old stock.")


def test_no_unit_of_a_noun_or_a_verb_with_a_particle() -> None:
    # near misses: a noun said to go up ("diesel up"), a verb of motion, a noun after "the"
    assert not any(p.endswith(" up") for p in _en("Wages up, diesel up, and nothing to show for it."))
    assert "diesel" in _en("Wages up, diesel up, and nothing to show for it.")
    assert not any(p.endswith(" back") for p in _en("I want the deposit back before March."))


def test_a_compound_keeps_its_modifier() -> None:
    phrases = _en("Nobody wants the night shift anymore.")
    assert "night shift" in phrases and "shift" not in phrases
    phrases = _en("People queue for the Saturday treacle tart.")
    assert "treacle tart" in phrases and "tart" not in phrases
    # near miss: "we work weekends" — a verb, no compound; "order book" stays whole
    assert "order book" in _en("The order book looks thin for autumn.")
    assert "work weekends" not in _en("Most weeks we work weekends as well.")


def test_a_name_s_compound_loses_every_word() -> None:
    phrases = _en("We bought the Okuma lathe centre last spring.")
    assert "centre" not in phrases and "lathe centre" not in phrases


def test_no_word_is_cut_from_an_idiom() -> None:
    text = "My accountant keeps saying we leave cash on the table. I don't see it that way."
    assert "table" not in _en(text)
    assert "roof" not in _en("Our gas bill went through the roof this winter.")
    # near miss: a table that is a table
    assert "dining tables" in _en("We make solid oak dining tables to order.") or "tables" in " ".join(
        _en("We make solid oak dining tables to order.")
    )


def test_an_adjective_said_of_his_object_is_no_compound() -> None:
    phrases = _en("I just want to keep my old customers happy.")
    assert "customers happy" not in phrases and "happy" not in phrases
    # near miss: a real compound after "make"
    assert "jam jars" in _en("This year we started to make jam jars.")


def test_a_passing_compliment_is_no_point_en() -> None:
    ctx = _ctx("The credit union has been very kind to us. But the fryer is twenty years old.", lang="en")
    assert "credit union" not in salient(ctx, "en")


def test_an_english_turn_quotes_the_whole_unit() -> None:
    quotes = _turn_quotes("en", "Honestly, my bakers are burnt out after the summer.", "Burnt out. What has the summer been like?")
    assert "burnt out" in quotes and "burnt" not in quotes, quotes


# --- Japanese: his point whole ------------------------------------------------------------------------


def test_an_action_noun_keeps_what_it_acts_on() -> None:
    ctx = _ctx("正直、燃料代の値上げが一番こたえてます。")
    got = salient(ctx, "ja", limit=3)
    assert "値上げ" not in got and "燃料代の値上げ" in got, got
    ctx = _ctx("今は人手の確保で手一杯なんですよ。")
    got = salient(ctx, "ja", limit=3)
    assert "確保" not in got and "人手の確保" in got, got
    # near miss: a phrase already whole (「時間外の規制」) stays as it is
    ctx = _ctx("来年から時間外の規制がきつくなるんで、配車がもう組めないんですよ。")
    assert "時間外の規制" in salient(ctx, "ja", limit=3)


def test_a_plain_head_stands_alone() -> None:
    # near miss: a concrete head is his word on its own (「季節の上生菓子」 → 『上生菓子』)
    ctx = _ctx("秋は栗の羊羹がよく出るんです。")
    got = salient(ctx, "ja", limit=3)
    assert "羊羹" in got or "栗の羊羹" in got, got


def test_a_figure_with_what_it_counts_comes_before_the_bare_noun() -> None:
    ctx = _ctx("受注の八割が一社なんです。そこに何かあったら、うちはもちません。")
    got = salient(ctx, "ja", limit=3)
    assert got and got[0] == "受注の八割が一社", got
    assert "受注" not in got
    ctx = _ctx("今月だけで見積もりを四件断ったんです。人が足りなくて。")
    assert "四件断った" in salient(ctx, "ja", limit=3)


def test_a_bare_figure_is_no_point() -> None:
    # near miss: 「三年」 alone, no share and no deed
    phrases = [p.surface for p in owner_phrases(_ctx("三年です。"), "ja")]
    assert "三年" not in phrases


def test_a_person_of_his_story_is_not_his_point() -> None:
    ctx = _ctx("元請けの現場監督の人から昨日連絡があって、来月の仕事が二件流れたんです。胃が痛いですよ。")
    got = salient(ctx, "ja", limit=3)
    assert not any(w.endswith(("の人", "監督")) for w in got), got
    assert "二件流れた" in got, got


def test_a_person_he_dwells_on_may_be_quoted() -> None:
    # near miss: the person is his point when he comes back to him
    ctx = _ctx("番頭の佐藤がね、来年で辞めるんです。", "佐藤が辞めたら、帳場が回らない。帳場は佐藤しか分からんのです。")
    got = salient(ctx, "ja", limit=3)
    assert "帳場" in got, got


def test_a_passing_compliment_is_no_point_ja() -> None:
    ctx = _ctx("信金さんもよくしてくれてね。でも職人が二人しか残ってないんですよ。")
    got = salient(ctx, "ja", limit=3)
    assert "信金さん" not in got and "信金" not in got, got


def test_a_compliment_that_is_his_point_still_quotes() -> None:
    # near miss: the same word as his point, not a compliment
    ctx = _ctx("信金さんへの返済が来月から始まるんです。")
    got = salient(ctx, "ja", limit=3)
    assert any("返済" in w for w in got), got


def test_a_japanese_suggestion_takes_his_figure_over_his_trade() -> None:
    quotes = _turn_quotes(
        "ja",
        "うちは板金です。先月、大口の注文を二件断ったんですよ。正直こたえました。",
        "工場の広さはどのくらいですか？",
    )
    assert "板金" not in quotes and "二件断った" in quotes, quotes


def test_a_name_in_his_self_introduction_is_never_quoted() -> None:
    quotes = _turn_quotes("ja", "北村鉄工の北村です。今日はよろしく。", "北村鉄工の北村社長、従業員は何人ですか？")
    assert not any("北村" in q for q in quotes), quotes


def test_a_verb_after_an_indefinite_subject_keeps_its_particle() -> None:
    phrases = _en("Every time the phone rings, something knots up in my stomach.")
    assert "knots up" in phrases and "knots" not in phrases
    # near miss: a noun after a preposition is quoted with its head, never with the preposition
    assert "delivery vans" in _en("Half of it goes onto delivery vans.")
    assert "stomach" not in _en("Every time the phone rings, something knots up in my stomach.")

"""Quoted owner words and suggested lines (round 12, quote20; playtests r20a/r20b).

A quote ends where his word ends in a form that reads; a clause he stressed (a saying he quotes, his
inner voice) comes before the nouns around it; the frame of a point, one of two things listed in
passing and the carrier of words he cites are no point of his; a put-off is never echoed as his
point; a first-turn line never presupposes what he has not said; English hedges and verb forms are
no quote. Sentences are new (not the playtests'), with near misses that must still quote.
"""

from __future__ import annotations

import re

from simulator.acts import Utterance
from simulator.scoring import score_conversation
from simulator.scoring import text as text_mod
from simulator.scoring.anchor import REQUEST_OPENING, Moment, moment_line, weighty_phrase
from simulator.scoring.limits import refusal
from simulator.scoring.quotes import picked_phrases, salient
from simulator.scoring.signals import quotes_him


def ja_readable_end(phrase: str, said: str) -> str:
    return text_mod.ja_readable_end(phrase, said)


def ja_reads_whole(phrase: str) -> bool:
    return text_mod.ja_reads_whole(phrase)


def _ctx(*owner: str, ask: str = "どんなときにそう感じますか。") -> list[Utterance]:
    out: list[Utterance] = []
    for text in owner:
        out += [Utterance(speaker="trainee", text=ask), Utterance(speaker="owner", text=text)]
    return out


def _ja_quotes(lines: list[str]) -> list[str]:
    return [q for line in lines for q in re.findall(r"『([^』]+)』", line)]


# --- 1. a phrase cut mid-word ---------------------------------------------------------------------


def test_a_run_cut_at_a_verb_stem_runs_on_to_his_form() -> None:
    said = "近所のお祭りに出てくれる若い人が減っとるんやろうな。"
    assert ja_readable_end("お祭りに出てくれる若い人が減っ", said) == "お祭りに出てくれる若い人が減っとる"
    said2 = "問屋さんとの付き合いが薄れてしもうたんよ。"
    assert ja_readable_end("問屋さんとの付き合いが薄れ", said2) == "問屋さんとの付き合いが薄れてしもうた"


def test_a_run_that_cannot_close_ends_on_its_noun() -> None:
    said = "設備の入れ替えを考えなあかんのやけど、踏ん切りがつかん。"
    assert ja_readable_end("設備の入れ替えを考え", said) == "設備の入れ替え"


def test_a_whole_noun_or_closing_form_is_left_as_it_is() -> None:
    # near misses: already ending where his word ends
    assert ja_readable_end("仕入れ値の三割", "仕入れ値の三割が運賃なんです。") == "仕入れ値の三割"
    assert ja_readable_end("同じ仕事を回している", "毎日、同じ仕事を回しているだけ。") == "同じ仕事を回している"
    assert ja_reads_whole("取引先を広げていく")
    assert not ja_reads_whole("若い人が減っ")
    assert not ja_reads_whole("暖簾は守っても")


def test_the_dug_phrase_of_a_turn_never_ends_on_a_stem() -> None:
    utts = [
        Utterance(speaker="trainee", text="お店に来られるお客さんの顔ぶれは、ここ数年で変わりましたか。"),
        Utterance(speaker="owner", text="うーん、常連さんは残っとるけどね。近所のお祭りに出てくれる若い人が減っとるんやろうな。"),
        Utterance(
            speaker="trainee",
            text="お祭りに出てくれる若い人が減っている、と。それは、社長がどんな場面で感じておられることなんでしょう。",
        ),
        Utterance(speaker="owner", text="秋祭りの準備やね。"),
    ]
    scored = score_conversation(utts, "ja")
    turn = scored.turns[2]
    lines = [*turn.feedback, turn.suggestion or "", *turn.evidence]
    quotes = _ja_quotes(lines) + [e.split(": ", 1)[1] for e in turn.evidence if e.startswith("キーワードの深掘り: ")]
    assert quotes, lines
    for q in quotes:
        assert not re.search(r"減っ$|[^っ]っ$", q), (q, lines)


# --- 2. incidental nouns chosen over his key phrase ------------------------------------------------


def test_the_frame_of_his_figure_and_a_pair_in_passing_are_not_quoted() -> None:
    c = _ctx("長いお付き合いでね。売上でいうと、6割くらいは大和さんです。仕様も納期も向こうが決めますから。")
    got = picked_phrases("売上の6割が大和さんで、仕様も納期も向こうが決めている、ということなんですね。", c, "ja")
    assert "売上" not in got and "仕様" not in got and "納期" not in got, got


def test_near_miss_his_fallen_sales_and_a_worry_with_mo_are_quoted() -> None:
    c = _ctx("売上がこの三年で二割も落ちたんですよ。")
    got = picked_phrases("売上がこの三年で二割も落ちた…。", c, "ja")
    assert any("売上" in g for g in got), got
    c2 = _ctx("後継者も決まってないし、どうしたもんかね。")
    got2 = picked_phrases("後継者も決まっていない、と。", c2, "ja")
    assert "後継者" in got2, got2


def test_the_words_he_cites_come_before_their_carrier() -> None:
    c = _ctx("実は先週、取引先の本社から「来期は仕入れ先を一本化する」という通知が届きましてね。")
    got = picked_phrases("そこに『仕入れ先を一本化する』という通知…。社長はどう受け止めておられますか。", c, "ja")
    assert "仕入れ先を一本化する" in got, got
    assert "通知" not in got, got


def test_his_inner_voice_given_back_whole_is_the_quote() -> None:
    c = _ctx("伝票を一枚ずつめくっているとき、ですかね。ずっと同じ場所で足踏みしているな、って。")
    got = picked_phrases("ずっと同じ場所で足踏みしているな、と。そのとき、どんな思いが浮かびますか。", c, "ja")
    assert got and got[0] == "ずっと同じ場所で足踏みしている", got
    assert "伝票" not in got, got


def test_near_miss_a_plain_statement_keeps_its_noun_phrase() -> None:
    # no inner voice: his concrete point stays quotable, no clause is made up
    c = _ctx("若い職人がなかなか定着しないんです。")
    got = picked_phrases("若い職人がなかなか定着しない、と。", c, "ja")
    assert got and all(not g.endswith("しない") for g in got), got


def test_a_word_said_inside_a_name_in_his_last_reply_is_not_built_on() -> None:
    c = [
        Utterance(speaker="owner", text="職人は四人。七十過ぎの職人もおる。"),
        Utterance(speaker="trainee", text="職人さんたちのことを、社長は今どんなふうに見ておられますか。"),
        Utterance(
            speaker="owner",
            text="ほやねえ…。一番上の職人の松田さんは、私が修業から戻った時からずっとおってくれる人でね。"
            "あの人が辞めたら、うちの羊羹を同じように炊けるのは、もう私だけになるんだわ。",
        ),
    ]
    got = salient(c, "ja", [], limit=1, window=4, dwelt=True, latest_only=True)
    assert got == ["羊羹"], got
    # near miss: a word he said on its own in his last reply is still built on
    c2 = [*c[:2], Utterance(speaker="owner", text="職人がおらんようになったら、店は続かんのよ。職人あっての店やからね。")]
    got2 = salient(c2, "ja", [], limit=1, window=4, dwelt=True, latest_only=True)
    assert got2 and "職人" in got2[0], got2


# --- 3. English fragments ---------------------------------------------------------------------------


def test_his_hedge_quoted_by_the_trainee_is_no_word_of_his() -> None:
    c = [Utterance(speaker="owner", text="Orders have thinned out since spring, I guess.")]
    assert quotes_him("You said 'I guess' — what else might be going on?", c, "en") == []
    # near miss: his real words, quoted, still count
    assert quotes_him("You said 'thinned out' — since when?", c, "en") == ["thinned out"]


def test_a_verb_form_or_a_headline_is_not_picked_as_his_word() -> None:
    c = [
        Utterance(speaker="trainee", text="What's on your mind these days?"),
        Utterance(speaker="owner", text="A lot goes on in my head at night. The pickled plums are our headline."),
    ]
    got = picked_phrases("A lot goes on in your head at night. The pickled plums are the headline.", c, "en")
    assert "goes" not in got and "headline" not in got, got
    # near miss: the thing he named is still his word
    assert "pickled plums" in got, got


# --- 4. a suggestion built from a refusal -------------------------------------------------------------


def test_a_put_off_is_never_his_point_to_give_back() -> None:
    for text in (
        "The finances, I'm afraid, I'll have to beg off today.",
        "Hm. I'll pass on that, if you don't mind.",
    ):
        assert refusal(text, "en"), text
        assert weighty_phrase([Utterance(speaker="owner", text=text)], "en") is None, text
    assert weighty_phrase([Utterance(speaker="owner", text="その話は、今日はちょっと。心配なんは分かるけど。")], "ja") != "今日はちょっと"


def test_near_miss_his_fear_is_still_his_point() -> None:
    got = weighty_phrase([Utterance(speaker="owner", text="I'm afraid the young ones won't stay past a year.")], "en")
    assert got and "young ones" in got, got


# --- 5. first-turn lines ----------------------------------------------------------------------------------


def test_the_request_opening_names_its_own_antecedent() -> None:
    assert "そう考えられる" not in REQUEST_OPENING["ja"]
    assert "申込書" in REQUEST_OPENING["ja"] and "きっかけ" in REQUEST_OPENING["ja"]
    assert "form" in REQUEST_OPENING["en"]


def test_the_forms_request_in_the_trainees_words_opens_on_it() -> None:
    for text in (
        "はじめまして。店舗を増やしたいということですね。いつ頃をお考えですか？",
        "はじめまして。職人さんが足りないとのことですが、求人は出していますか？",
    ):
        assert moment_line(Moment.OPENING, [], "ja", text) == REQUEST_OPENING["ja"], text
    # near miss: a plain opening keeps the small-talk opener
    line = moment_line(Moment.OPENING, [], "ja", "はじめまして。本日はよろしくお願いします。売上は今どのくらいですか？")
    assert line != REQUEST_OPENING["ja"]


def test_a_word_he_concedes_before_his_point_is_not_his() -> None:
    c = _ctx("理屈やけど、現場はそうはいかんのよ。職人が足りんのやから。")
    got = picked_phrases("すみません、理屈ばかりで。職人さんが足りないんですね。", c, "ja")
    assert "理屈" not in got, got
    # near miss: a concern of his conceded is still his (人手不足なんだけど…)
    c2 = _ctx("人手不足なんだけど、なんとか回してるんです。")
    assert "人手不足" in picked_phrases("人手不足の中で、なんとか回しておられる。", c2, "ja")


def _summary_line(utts: list[Utterance]) -> str:
    scored = score_conversation(utts, "ja")
    turn = scored.turns[-2] if utts[-1].speaker == "owner" else scored.turns[-1]
    return next((f for f in turn.feedback if "要点をまとめて" in f), "")


def test_a_summary_is_not_represented_by_one_incidental_word() -> None:
    utts = [
        Utterance(speaker="trainee", text="お店を継がれたとき、どんなお気持ちでしたか。"),
        Utterance(speaker="owner", text="ありがたいのと、心細いのと、両方やね。"),
        Utterance(speaker="trainee", text="お店を大きくしたいというお考えはありますか。"),
        Utterance(speaker="owner", text="大きくせんでも、この味が続けば十分なんよ。"),
        Utterance(speaker="trainee", text="最近、気になっておられることはありますか。"),
        Utterance(speaker="owner", text="梅雨どきに店が静かになると、ああ、と思うね。"),
        Utterance(
            speaker="trainee",
            text="少しまとめさせてください。ありがたさと心細さの両方があって、大きくしなくてもこの味が続けば十分。"
            "ただ、梅雨どきに店が静かになると、ああ、と思う…。こういうことで合っていますか。",
        ),
        Utterance(speaker="owner", text="そう、そういうこと。"),
    ]
    line = _summary_line(utts)
    assert line  # the summary is praised, never with one quoted word for four points
    assert len(re.findall(r"『[^』]+』", line)) != 1, line

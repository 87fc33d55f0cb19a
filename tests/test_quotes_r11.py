"""Issue 8, round 11 (dd11): the words the feedback names. New sentences, ja and en; each positive
case fails on main 7856762, each negative case guards against a false alarm.

1. the deep-dive praise (「社長の言葉（…）を拾って掘り下げています」) names the word(s) of his the
   question digs into — a phrase of his the trainee quotes (whole, in his inflection or another),
   then his words in the question sentence, its topic first, at most two — never every word echoed
   before the question (r10a defect 4);
"""

from __future__ import annotations

import re

from .turns import ctx, run

DIG = ("を拾って掘り下げています", "You followed up on the owner's words")


def _dig_line(feedback: list[str]) -> str | None:
    return next((x for x in feedback if any(p in x for p in DIG)), None)


def _named(line: str | None) -> list[str]:
    return re.findall(r"[『\"]([^』\"]+)[』\"]", line or "")


# --- 1. the deep-dive praise names what the question dug into ----------------------------------------


def test_a_quoted_phrase_of_his_is_named_whole_in_another_inflection() -> None:
    c = ctx(("owner", "経理は家内がやってて、私は現場を見てる、ってことになってるんですよ。"))
    _, s = run("奥様が経理、社長が現場。その『ことになっている』という言い方が少し気になりました。実際のところは、どんなふうに分かれているんでしょう。", c)
    line = _dig_line(s.feedback)
    assert _named(line) == ["ことになっている"], s.feedback


def test_a_quoted_adverb_of_his_is_named_not_the_nouns_echoed() -> None:
    c = ctx(("owner", "注文書どおりに、うちはかっちり仕上げて出荷する。それで三十年やってきました。"))
    _, s = run("注文書どおりに仕上げて出荷して三十年。その『かっちり』というところに御社らしさがあるように感じましたが、社長はどうお考えですか。", c)
    assert _named(_dig_line(s.feedback)) == ["かっちり"], s.feedback


def test_only_his_word_in_the_question_sentence_is_named() -> None:
    c = ctx(("owner", "仕入れは問屋から。売るのはスーパーと通販で、最近は通販のほうが伸びてます。"))
    _, s = run("問屋さんから仕入れて、スーパーと通販で売っていらっしゃるんですね。通販のほうは、社長から見てどんなお客さんが多いですか。", c)
    assert _named(_dig_line(s.feedback)) == ["通販"], s.feedback
    en = ctx(("owner", "The mixers run from four, the delivery van goes out at seven, and the hotel kitchens are our biggest buyers."))
    _, s = run("Mixers from four and the delivery van at seven. What are the hotel kitchens like to work for?", en, "en")
    assert _named(_dig_line(s.feedback)) == ["hotel kitchens"], s.feedback


def test_the_topic_of_the_question_is_named_first() -> None:
    c = ctx(("owner", "人手も足りないし、設備も古い。どっちも頭が痛いよ。"))
    _, s = run("人手のことも気になりますが、設備というのは、社長にとってどれくらい重いものなんですか。", c)
    assert _named(_dig_line(s.feedback))[:1] == ["設備"], s.feedback


def test_an_english_quoted_phrase_is_named_first() -> None:
    c = ctx(("owner", "We pack everything by hand, and honestly the packing room is where the trouble starts."))
    _, s = run("Everything by hand, I see. When you say 'where the trouble starts', what goes on in the packing room?", c, "en")
    assert _named(_dig_line(s.feedback))[:1] == ["where the trouble starts"], s.feedback


def test_a_question_ending_in_deshou_on_something_else_is_no_deep_dive() -> None:
    c = ctx(("owner", "配達は息子が、店番は家内が見てます。"))
    _, s = run("配達は息子さん、店番は奥様なんですね。社長ご自身は、一日のうちどんなお仕事に一番時間を使っていらっしゃるんでしょう。", c)
    assert _dig_line(s.feedback) is None, s.feedback
    # a question with でしょう on his word still is one
    _, s = run("店番は奥様なんですね。配達のほうは、息子さんにとってどんなお仕事なんでしょう。", c)
    assert _named(_dig_line(s.feedback))[:1] == ["配達"], s.feedback


def test_a_quote_of_words_he_never_said_is_not_named() -> None:
    c = ctx(("owner", "売上はここ数年、横ばいってところですね。"))
    _, s = run("横ばいなんですね。その『頭打ち』という感じは、どんなときに一番強くなりますか。", c)
    assert "頭打ち" not in _named(_dig_line(s.feedback)), s.feedback

"""Issue 8, round 12 (sugg12): suggestions a trainee could say, and quoted words that are his.
New sentences, ja and en; each positive case fails on main 96f08dd, each negative case guards
against a false alarm (blind playtests r12a/r12b).

1. a suggestion stands on what he just said: his phrase whole when it carries weight (a wish,
   a feeling, a stance), never a bare noun plugged into 「『X』について、社長ご自身はどのように
   お考えですか？」 / 'How do you yourself see "X"?' (r12a s03 T7, s05 T5, s07 T6; r12b s06 T2/T6);
2. the moment decides the line: the opening turn, a reply that only offered tea, the trainee's
   closing turn, his test or "what are you here for" question (r12a s05 T1/T2, s07 T11; r12b s04
   T2); no "tell me more about that" after a reply with nothing in it; a suggested summary holds a
   point of his last reply, never the same old points again (r12a s02 T6–T7);
3. evasions and put-offs are no points of a suggested summary (r12b s03 T8);
4. a quote is his phrase whole or nothing: "word of mouth", "car parts", "a decent living" are one
   unit; never "buy", "name", "shelf", "heart", "slow" cut out of a set phrase; no bare 『高い』.
"""

from __future__ import annotations

import re
from pathlib import Path

from simulator.scoring.points import summary_points
from simulator.scoring.quotes_en import en_phrases

from .turns import ctx, run

_QUOTE = re.compile(r"[『\"“]([^』\"”]+)[』\"”]")


def _quoted(text: str | None) -> list[str]:
    return _QUOTE.findall(text or "")


def _all_quotes(s) -> list[str]:  # noqa: ANN001
    return [q for x in [*s.feedback, s.suggestion or ""] for q in _quoted(x)]


def _evidence_words(s) -> list[str]:  # noqa: ANN001
    out: list[str] = []
    for e in s.evidence:
        if e.startswith(("owner's words: ", "社長の言葉: ")):
            out += re.split(r", |、", e.split(": ", 1)[1])
    return out


# --- 1. a suggestion stands on his phrase whole, never a bare noun in a template -----------------


def test_a_leading_question_is_rewritten_on_his_wish_whole() -> None:
    c = ctx(
        ("trainee", "お店のこれからについて、どうお考えですか。"),
        ("owner", "正直に言うとね、うちの佃煮を若い人にも食べてもらいたいんですよ。瓶詰めも考えたけど、まだ手が出せてなくて。"),
    )
    _, s = run("若い人にも、ですね。だったらSNSで発信するべきですよね？", c)
    assert s.suggestion and "佃煮を若い人にも食べてもらいたい、とおっしゃいました" in s.suggestion, s.suggestion
    assert "について、社長ご自身はどのようにお考えですか" not in s.suggestion


def test_his_stance_is_quoted_whole_without_his_wondering_tag() -> None:
    c = ctx(("owner", "設備を入れ替えるのは、わしの代ではもうええかな、と思っとるんです。"))
    _, s = run("そうですか。でも設備は新しくしないといけないですよね？", c)
    # his clause given back in the trainee's voice, unquoted (quote marks hold words, not clauses)
    assert s.suggestion and "の代ではもうええ、とおっしゃいました" in s.suggestion, s.suggestion
    assert "かな" not in s.suggestion and not _quoted(s.suggestion), s.suggestion


def test_an_english_leading_question_is_rewritten_on_his_stance() -> None:
    c = ctx(("owner", "Hm, well… we never needed to be big. If the loaves stay this good, that's enough for me."))
    _, s = run("I see. But your son will take over the bakery, right?", c, "en")
    assert s.suggestion and "that's enough for you" in s.suggestion and "loaves" in s.suggestion, s.suggestion
    assert not s.suggestion.startswith("How do you yourself see"), s.suggestion


def test_an_older_bare_noun_is_never_the_anchor() -> None:
    c = ctx(
        ("owner", "うちは旋盤とフライス、それと溶接もやってます。"),
        ("trainee", "いろいろされているんですね。"),
        ("owner", "…まあ、そうできたらいいんですけど。うちは、まだ先代のやり方のままなので。"),
    )
    _, s = run("先代のやり方、ですか。それって、変えられないってことですよね？", c)
    assert s.suggestion and "旋盤" not in s.suggestion and "溶接" not in s.suggestion, s.suggestion
    assert "まだ先代のやり方のまま" in s.suggestion, s.suggestion


def test_no_template_plugs_a_bare_word_into_an_abstract_question() -> None:
    bad = (
        "『{keyword}』について、社長ご自身はどのようにお考えですか",
        "社長にとってそれはどういうものなのでしょうか",
        "『{keyword}』について、社長ご自身はどう感じていらっしゃいますか",
        'What made you see \\"{keyword}\\" that way',
        'How do you yourself see \\"{keyword}\\"',
        'How do you yourself feel about \\"{keyword}\\"',
    )
    for path in Path("rubrics").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        for b in bad:
            assert b not in text, (path.name, b)


def test_a_noun_of_his_last_reply_still_anchors_a_follow_up() -> None:
    # negative: with no phrase of weight, a concrete word he just said still anchors the line
    c = ctx(("owner", "うちは見積もりも受注も、いまだにFAXなんですよ。FAXが一日中鳴ってます。"))
    _, s = run("ところで、社員さんは何人いらっしゃるんですか？", c)
    q = _quoted(s.suggestion)
    assert q and q[0] in ("FAX", "見積もり", "受注"), s.suggestion


# --- 2. the moment decides the line ---------------------------------------------------------------


def test_the_opening_turn_gets_an_opening_line() -> None:
    _, s = run("はじめまして。申込書に売上の減少とありましたが、何割くらい減っているんですか？", [])
    assert s.suggestion, s.suggestion
    assert not re.search(r"今のお話|お考えを、もう少し|先ほど", s.suggestion), s.suggestion
    _, s = run("Hello. The form says sales are down. By how much?", [], "en")
    assert s.suggestion and "what you just said" not in s.suggestion and "see it yourself" not in s.suggestion


def test_after_he_only_offered_tea_no_line_refers_to_what_he_said() -> None:
    c = ctx(
        ("trainee", "本日はよろしくお願いいたします。"),
        ("owner", "まあまあ、遠いところをどうも。座ってちょうだい。いまお茶を淹れるでね。"),
    )
    _, s = run("恐れ入ります。ところで、職人さんは何人足りないんですか？", c)
    assert s.suggestion and "今のお話" not in s.suggestion and s.suggestion.startswith("ありがとうございます"), s.suggestion


def test_no_tell_me_more_at_the_trainees_closing_turn() -> None:
    c = ctx(
        ("owner", "配送はうちの軽トラ二台でまわしとるんです。"),
        ("trainee", "二台で回していらっしゃるんですね。"),
        ("owner", "ええ、朝早くからね。"),
    )
    _, s = run("本日はありがとうございました。次回は、トラックを増やす件を進めましょう。人を雇うべきですよ。", c)
    assert s.suggestion is None, s.suggestion
    # negative: the same advice mid-meeting still gets its rewrite
    _, s = run("トラックを増やす件を進めましょう。人を雇うべきですよ。", c)
    assert s.suggestion, s.suggestion


def test_his_test_question_is_answered_first() -> None:
    c = ctx(
        ("trainee", "本日はよろしくお願いします。"),
        ("owner", "うちは建具をやってます。で、あんた、最近の木材の値段ってどうなってると思う？"),
    )
    _, s = run("後継者は決まっていますか？", c)
    assert s.suggestion and "正直" in s.suggestion and "建具" not in (s.suggestion or ""), s.suggestion
    en = ctx(("trainee", "Thanks for seeing me."), ("owner", "We do steel framing. Tell me, do you know what steel prices have done this year?"))
    _, s = run("Have you picked a successor yet?", en, "en")
    assert s.suggestion and "honestly" in s.suggestion.lower(), s.suggestion


def test_his_what_are_you_here_for_is_answered_first() -> None:
    c = ctx(
        ("trainee", "本日はよろしくお願いします。"),
        ("owner", "商工会から聞いとるよ。で、うちの何を調べに来たの？うちは鋳物を三代やっとる。"),
    )
    _, s = run("売上は伸びていますか？", c)
    assert s.suggestion and "調べ" in s.suggestion and "鋳物" not in s.suggestion, s.suggestion


def test_no_tell_me_more_after_a_reply_with_nothing_in_it() -> None:
    c = ctx(
        ("owner", "うちは寒天を作っとるんです。"),
        ("trainee", "寒天なんですね。やっぱりネットで売るべきですよね？"),
        ("owner", "うーん。…そこは何とも言えないね。"),
    )
    _, s = run("すみません。では、社員さんは何人ですか？", c)
    assert not s.suggestion or not re.search(r"今のお話|そのあたりのこと|先ほどのお話", s.suggestion), s.suggestion
    assert not _quoted(s.suggestion), s.suggestion  # nor an older noun of his (『寒天』)
    en = ctx(("owner", "We make paper boxes."), ("trainee", "You should sell online, right?"), ("owner", "Is that so."))
    _, s = run("Sorry. How many people work here?", en, "en")
    assert not s.suggestion or "what you just said" not in s.suggestion, s.suggestion
    assert not _quoted(s.suggestion), s.suggestion


def test_a_suggested_summary_holds_a_point_of_his_last_reply() -> None:
    c = ctx(
        ("owner", "朝は四時から仕込みで、昼過ぎにはもうくたくたです。"),
        ("trainee", "四時からなんですね。"),
        ("owner", "配達も自分で回ってるもんで、帳簿は夜中にやってます。"),
        ("trainee", "夜中に帳簿まで。"),
        ("owner", "…ええ、まあ、そういうことです。"),
    )
    # his last reply gives no point: the old points are not suggested again
    assert summary_points(c, "ja", latest=True) == []
    # negative: without the flag (and when his last reply has one) the points are there
    assert summary_points(c, "ja")
    c2 = [*c, *ctx(("trainee", "そうなんですね。"), ("owner", "人をもう一人雇えたら、夜は家族と過ごせるんですけどね。"))]
    assert summary_points(c2, "ja", latest=True)


# --- 3. evasions are no points of a summary ---------------------------------------------------------


def test_evasions_and_put_offs_are_no_summary_points() -> None:
    c = ctx(
        ("owner", "いやあ、急に言われても、どれか一つには絞れないですよ。"),
        ("trainee", "そうですよね。"),
        ("owner", "分かるけど、うちみたいな小さな店じゃ、そこまではね。"),
        ("trainee", "なるほど。"),
        ("owner", "そんなに大げさに話すような話でもないですよ。"),
    )
    points = summary_points(c, "ja")
    assert not any(re.search(r"絞れない|小さな店じゃ|話すような話", p) for p in points), points
    en = ctx(
        ("owner", "Oh, I couldn't pick one thing, honestly."),
        ("trainee", "I see."),
        ("owner", "It's not worth going into, really."),
    )
    assert summary_points(en, "en") == []


def test_real_points_stay_beside_an_evasion() -> None:
    c = ctx(
        ("owner", "一つには絞れないけど、仕入れ値がとにかく上がってる。"),
        ("trainee", "そうですか。"),
        ("owner", "配達は息子が全部やってくれてるんです。"),
    )
    points = summary_points(c, "ja")
    assert any("仕入れ値" in p for p in points) and any("配達" in p for p in points), points


# --- 4. a quote is his phrase whole or nothing ------------------------------------------------------


def _surfaces(text: str) -> list[str]:
    return [p[0] for p in en_phrases(text)]


def test_set_phrases_and_compounds_are_one_unit() -> None:
    assert "word of mouth" in _surfaces("Most of our orders come by word of mouth these days.")
    assert not {"word", "mouth"} & set(_surfaces("Most of our orders come by word of mouth these days."))
    assert _surfaces("We stamp car parts that nobody ever notices.") == ["car parts"]
    assert "decent living" in _surfaces("If the crew can earn a decent living, I'm content.")


def test_no_word_cut_out_of_an_idiom_or_a_bare_predicate() -> None:
    for text, bad in (
        ("Half of what we launch is off the shelf by winter.", "shelf"),
        ("She knows every recipe by heart.", "heart"),
        ("People buy under our own name now.", "buy"),
        ("People buy under our own name now.", "name"),
        ("Orders have been slow since the spring.", "slow"),
        ("We just want to make a name for ourselves.", "name"),
        ("The order book is thin and the delivery van is old.", "thin"),
    ):
        assert bad not in _surfaces(text), (text, _surfaces(text))


def test_plain_nouns_and_compounds_are_still_quoted() -> None:
    # negative: real points of his stay quotable
    assert {"order book", "delivery van"} <= set(_surfaces("The order book is thin and the delivery van is old."))
    assert "succession" in _surfaces("The real problem is succession.")
    assert "recipe" in _surfaces("She knows every recipe by heart.")


def test_the_feedback_names_word_of_mouth_whole() -> None:
    c = ctx(("owner", "Most of our work comes by word of mouth, so the website hardly matters."))
    _, s = run("Word of mouth, I see. How did that start for you?", c, "en")
    words = _all_quotes(s) + _evidence_words(s)
    assert "mouth" not in words and "word" not in words, (s.feedback, s.evidence)


def test_a_bare_adjective_of_degree_is_never_quoted() -> None:
    c = ctx(("owner", "冷凍便だと送料が高いでしょ。それがずっと引っかかってて。"))
    _, s = run("冷凍便だと送料が高い、というところが引っかかっているんですね。", c)
    words = _all_quotes(s) + _evidence_words(s)
    assert "高い" not in words, (s.feedback, s.evidence)


def test_a_feeling_adjective_may_still_be_given_back() -> None:
    # negative: 『きつい』 is his feeling, not a degree said of something
    from simulator.scoring.quotes import _ja_phrases

    assert "きつい" in [p[0] for p in _ja_phrases("人が足りなくて、現場はきついです。")]


def test_a_welcome_around_the_tea_is_no_talk_to_follow_up() -> None:
    c = ctx(
        ("trainee", "本日はよろしくお願いいたします。"),
        ("owner", "はいはい、指導員さんから聞いとります。散らかっとるけど、どうぞ。"),
    )
    _, s = run("恐れ入ります。ところで、パートさんは何人足りないんですか？", c)
    assert s.suggestion and s.suggestion.startswith("ありがとうございます"), s.suggestion


def test_his_feeling_is_the_anchor_not_the_noun_beside_it() -> None:
    c = ctx(("owner", "…そうなの。豆腐屋も、外から見るほど楽じゃないんだよ。"))
    _, s = run("ところで、売上はどのくらいですか？", c)
    assert s.suggestion and s.suggestion.startswith("外から見るほど楽じゃない、と"), s.suggestion


def test_no_english_fallback_asks_about_an_undefined_it() -> None:
    for path in Path("rubrics").glob("*.yaml"):
        lines = [x for x in path.read_text(encoding="utf-8").splitlines() if not x.strip().startswith("#")]
        assert not any("see it?" in x or "see it yourself?" in x for x in lines), path.name


def test_no_tell_me_more_after_a_rebuff_of_the_supporter() -> None:
    en = ctx(("owner", "Problems? Sure, it's my shop. Not something I lay out for a stranger I've just met."))
    _, s = run("OK, sorry. Do you have a website?", en, "en")
    assert not s.suggestion or "what you just said" not in s.suggestion, s.suggestion
    ja = ctx(("owner", "立派な先生なんだね。…うちみたいな小さい店には、もったいないんじゃないの。"))
    _, s = run("いえいえ。では、機械は何年くらい使っているんですか？", ja)
    assert not s.suggestion or "今のお話" not in s.suggestion, s.suggestion

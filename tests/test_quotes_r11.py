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
    _, s = run("人手のことも気になりますが、設備というのは、社長にとってどんな存在なんでしょう。", c)
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


# --- 2. a quoted word is a point of his, not an aside ---------------------------------------------------


def _quotes(text: str, c: list, lang: str = "ja") -> list[str]:
    from simulator.scoring.quotes import picked_phrases

    return picked_phrases(text, c, lang)


def test_a_word_of_degree_scale_or_room_is_no_point() -> None:
    c = ctx(("owner", "正直、新しいことに手を出す余裕はないね。機械も古いし。"))
    assert "余裕" not in _quotes("手を出す余裕がないんですね。機械が古いというのは、どのくらいですか。", c)
    c2 = ctx(("owner", "大手さんとは、そもそも設備の規模が違うからね。"))
    assert "規模" not in _quotes("規模が違う、と。設備のどんなところで一番差を感じますか。", c2)
    en = ctx(("owner", "We can't keep this pace forever, and the level of returns is worrying."))
    got = _quotes("This pace and the level of returns, I see. What worries you about the returns?", en, "en")
    assert "pace" not in got and "level" not in got and "returns" in got, got
    # a compound holding one is still his (「事業規模」), and so is a plain point of his
    c3 = ctx(("owner", "事業規模を広げるつもりはないんだ。職人の目が届かなくなる。"))
    assert "事業規模" in _quotes("事業規模を広げるつもりはない、と。職人さんの目というのは、どういうことでしょう。", c3)


def test_a_manner_adverb_or_an_auxiliary_is_no_point() -> None:
    c = ctx(("owner", "簡潔に言うとね、人が足りない。若い人に来てほしいんだけど、来ない。"))
    got = _quotes("簡潔に言うと人が足りない、若い人に来てほしい。来ないというのは、募集を出しても、ということですか。", c)
    assert "簡潔" not in got and "ほしい" not in got, got
    # a な-adjective he says as his point still is one
    c2 = ctx(("owner", "この商売、信用が大事。信用がなくなったら終わりだよ。"))
    assert "信用" in _quotes("信用が大事、と。信用をなくしそうになったことはありますか。", c2)


def test_a_time_of_his_life_or_a_word_he_set_aside_is_no_point() -> None:
    c = ctx(("owner", "子どもの頃から、工場の油の匂いが好きでね。継ぐのは自然なことだった。"))
    got = _quotes("子どもの頃から油の匂いが好きで、継ぐのは自然だった。工場のどんなところが好きでしたか。", c)
    assert "子ども" not in got, got
    c2 = ctx(("owner", "同業とは、商売敵っていうより、仲間だね。困ったら機械も貸し借りする。"))
    got = _quotes("商売敵というより仲間なんですね。機械の貸し借りは、どんなふうに始まったんですか。", c2)
    assert "商売敵" not in got, got
    en = ctx(("owner", "As a boy I swept the floor here. In truth, the bakery is all I know."))
    got = _quotes("You swept the floor here as a boy. In truth, the bakery is all you know — what keeps you at it?", en, "en")
    assert "boy" not in got and "truth" not in got, got
    # a word he talks about is his point, whatever came before
    c3 = ctx(("owner", "若い頃は営業をやってた。今は製造のほうが心配でね。"))
    assert "製造" in _quotes("製造のほうが心配、と。製造のどんなところが一番気になりますか。", c3)


# --- 3. a suggested summary gives back clean points; no suggestion on a dead thread ---------------------


def test_summary_points_leave_out_his_particles_dialect_figures_and_greetings() -> None:
    from simulator.scoring.points import summary_points

    c = ctx(
        ("trainee", "本日はよろしくお願いします。"),
        ("owner", "どうもどうも、ようこそ。遠いところご苦労さんです。"),
        ("trainee", "売上はどのくらいですか。"),
        ("owner", "売上はね、二億五千万ほど。帳簿は娘の方が詳しいわ。"),
        ("trainee", "職人さんのほうはいかがですか。"),
        ("owner", "若い職人がなかなか居つかん。"),
        ("trainee", "そうなんですね。"),
        ("owner", "包装と配達は、家内と二人で回しとる。手が足りなくて夜までかかるんだわ。"),
    )
    points = summary_points(c, "ja")
    assert len(points) <= 3, points
    for p in points:
        assert not any(x in p for x in ("ね、", "どうも", "ご苦労", "二億", "詳しい")), points
        assert not p.endswith("ん"), points
    assert any("回している" in p or "手が足りな" in p for p in points), points


def test_english_summary_points_are_no_fragments() -> None:
    from simulator.scoring.points import summary_points

    c = ctx(
        ("trainee", "Who makes the decisions here?"),
        ("owner", "My father decides almost all of the big things."),
        ("trainee", "How is that for you?"),
        ("owner", "It does wear on you a bit, you know."),
        ("trainee", "What would you like to add?"),
        ("owner", "Not just cutting, welding and painting too."),
    )
    points = summary_points(c, "en")
    assert all(not p.lower().startswith(("it ", "not ")) and "you know" not in p for p in points), points


def test_no_suggestion_steers_back_to_a_topic_he_closed() -> None:
    from simulator.scoring.points import dead_thread

    c = ctx(("trainee", "資金面はいかがですか。"), ("owner", "借金もほとんどないし、売上も安定してますよ。"))
    assert dead_thread("借金", c, "ja")
    c2 = ctx(
        ("owner", "工場長は今年で六十五でね。"),
        ("trainee", "工場長さんが引退されたら、どうなりそうですか。"),
        ("owner", "…それは、ちょっと。"),
    )
    assert dead_thread("工場長", c2, "ja")
    c3 = ctx(("trainee", "年商はどのくらいですか。"), ("owner", "年商はまあまあだね。数字は経理の方が詳しいわ。"))
    assert dead_thread("年商", c3, "ja")
    en = ctx(("trainee", "How about the loans?"), ("owner", "Hardly any loans left, and the orders are steady."))
    assert dead_thread("loans", en, "en") and not dead_thread("orders", en, "en")
    # a topic he is worried about is a live one
    c4 = ctx(("trainee", "資金面はいかがですか。"), ("owner", "借金がまだ重くてね。毎月の返済がきつい。"))
    assert not dead_thread("借金", c4, "ja") and not dead_thread("返済", c4, "ja")
    # a lack he feels (「人手はない」) is no closed topic
    c5 = ctx(("trainee", "人手はいかがですか。"), ("owner", "人手はない。それが一番困ってる。"))
    assert not dead_thread("人手", c5, "ja")


def test_a_request_to_the_supporter_is_no_point_and_a_body_idiom_no_word_of_his() -> None:
    from simulator.scoring.points import summary_points

    c = ctx(
        ("trainee", "はい。"),
        ("owner", "取引先の社長が代替わりしてね。"),
        ("trainee", "なるほど。"),
        ("owner", "あ、これは内緒にしておいてくださいよ。値下げの話も増えてきた。"),
    )
    assert all("内緒" not in p and "ください" not in p for p in summary_points(c, "ja")), summary_points(c, "ja")
    en = ctx(("owner", "Plenty sits in my gut about the succession. I just don't say it."))
    got = _quotes("It sits in your gut, the succession. What would you say, if you did?", en, "en")
    assert "gut" not in got and "succession" in got, got


def test_a_filler_the_trainee_quotes_is_not_named_as_dug() -> None:
    c = ctx(("trainee", "そのときのお気持ちは？"), ("owner", "気持ち、ねえ…。胸がきゅっとなる、というのが正直なとこです。"))
    _, s = run("『気持ち』というより、『胸がきゅっとなる』というのは、どんな場面でそうなりますか。", c)
    named = _named(_dig_line(s.feedback))
    assert "気持ち" not in named, s.feedback


def test_a_closed_fact_question_on_his_word_is_named_closed_not_a_deep_dive() -> None:
    c = ctx(("owner", "設備の借入はあるけど、返済は順調ですよ。"))
    _, s = run("そうですか。借入はあといくら残っていますか？", c)
    assert _dig_line(s.feedback) is None, s.feedback
    en = ctx(("owner", "We still carry the loan for the new press, but we pay it on time."))
    _, s = run("How much is left on the loan?", en, "en")
    assert _dig_line(s.feedback) is None, s.feedback
    # an open question on the same word still is one
    _, s = run("借入をされたときは、どんなお考えで決められたんですか。", c)
    # (q21: an action noun is given back with what it acts on: 『設備の借入』)
    assert _named(_dig_line(s.feedback))[:1] == ["設備の借入"], s.feedback


def test_summary_points_need_no_referent_and_are_not_about_the_supporter() -> None:
    from simulator.scoring.points import summary_points

    c = ctx(
        ("trainee", "はい。"),
        ("owner", "型は全部お客さんから来る。うちはそれを寸法どおりに打ち抜いて納める。"),
        ("trainee", "なるほど。"),
        ("owner", "若い者がなかなか定着しないのが悩みでね。"),
    )
    assert all("それを" not in p for p in summary_points(c, "ja")), summary_points(c, "ja")
    en = ctx(
        ("trainee", "Okay."),
        ("owner", "The bank manager said you'd be coming by this week."),
        ("trainee", "I see."),
        ("owner", "Maybe your way of doing things is old-fashioned for a shop like ours."),
        ("trainee", "Right."),
        ("owner", "Our ovens are older than my son."),
    )
    got = summary_points(en, "en")
    assert all("coming" not in p and "old-fashioned" not in p for p in got), got


def test_with_no_clean_point_the_summary_suggestion_is_a_short_open_question() -> None:
    from simulator.rubric import load_rubrics

    s = load_rubrics()["summarising"]
    texts = [*s.suggestion.without_keyword.get("ja"), *s.suggestion.without_keyword.get("en")]
    for crit in s.criteria:
        for m in crit.markers:
            if m.suggestion is not None:
                texts += [*m.suggestion.without_keyword.get("ja"), *m.suggestion.without_keyword.get("en")]
    # spoken to the owner as a question, never a coaching line read out (「…確かめてみましょう。」)
    assert texts and all(t.rstrip().endswith(("？", "?")) and "ましょう" not in t for t in texts), texts


def test_a_self_request_is_no_question_and_its_words_are_not_dug() -> None:
    c = ctx(("owner", "焦ってる、かな。ホームページも古いし、補助金のことも知りたい。"))
    _, s = run("焦っている、と話してくださってありがとうございます。補助金やホームページのことは後ほど一緒に確認させてください。その前に、焦りを感じられるのは、どんなときなのでしょうか。", c)
    named = _named(_dig_line(s.feedback))
    assert "ホームページ" not in named and "補助金" not in named, s.feedback
    # a prompt to tell still asks: his word in it is dug into
    _, s = run("ホームページのこと、もう少し聞かせてください。", c)
    assert _named(_dig_line(s.feedback))[:1] == ["ホームページ"], s.feedback


def test_no_quote_is_cut_from_a_figure_and_no_point_keeps_his_speech_filler() -> None:
    from simulator.scoring.points import summary_points

    c = ctx(("owner", "問屋さんとは30年のお付き合いでね。値上げの話もしにくい。"))
    got = _quotes("30年のお付き合いなんですね。その問屋さんとは、どんなふうにやり取りされていますか。", c)
    assert "年のお付き合い" not in got, got
    c2 = ctx(
        ("trainee", "はい。"),
        ("owner", "困りごとっていうのは特にないんですよ。"),
        ("trainee", "なるほど。"),
        ("owner", "若い職人が定着しないのは気になってる。"),
    )
    assert all("っていうのは" not in p for p in summary_points(c2, "ja")), summary_points(c2, "ja")

"""Scorer leftovers of round 11 (issue 8, fx19): a future named in a yes/no question is no
未来像 asked for; ... New sentences in the style of the defects, each with a near miss."""

from __future__ import annotations

from simulator.acts import Utterance
from tests.turns import ctx, has_line, run

_SHOP_JA = ctx(
    ("trainee", "本日はよろしくお願いします。"),
    ("owner", "うちは祖父の代から続く豆腐屋でね、最近はスーパーに押されて売上が落ちてるんだ。"),
)
_SHOP_EN = ctx(
    ("trainee", "Thank you for seeing me."),
    ("owner", "We've made tofu here since my grandfather's day, but the supermarkets are eating our sales."),
)
_FUTURE_JA = "未来像を描いてもらう"
_FUTURE_EN = "picture the future"


def test_a_future_named_in_a_yes_no_question_is_no_future_picture() -> None:
    for text in (
        "この先も今のやり方で続けていけそうだと感じていらっしゃいますか？",
        "五年後も息子さんと一緒にお店に立っていたいですか？",
        "将来はお店を畳むおつもりなんですか？",
    ):
        _, s = run(text, _SHOP_JA)
        assert not has_line(s.feedback, _FUTURE_JA), text
    _, s = run("Will you still be making tofu here ten years from now?", _SHOP_EN, "en")
    assert not has_line(s.feedback, _FUTURE_EN)


def test_an_open_future_question_keeps_its_praise() -> None:
    for text in (
        "この先、お店がどうなっていたら一番いいとお考えですか？",
        "五年後のお店の姿を、聞かせていただけますか？",
    ):
        _, s = run(text, _SHOP_JA)
        assert has_line(s.feedback, _FUTURE_JA), text
    _, s = run("Where would you like the shop to be ten years from now?", _SHOP_EN, "en")
    assert has_line(s.feedback, _FUTURE_EN)


_UNASKED_JA = "社長が求めていない助言"
_UNASKED_EN = "had not asked for"


def test_advice_he_asked_for_outright_is_not_called_unasked() -> None:
    asked = ctx(
        ("trainee", "仕入れ先を見直すか、価格を見直すか、という方向もありますが。"),
        ("owner", "そういう難しい話はいいから、来週からできる手を教えてくれよ。"),
    )
    _, s = run("常連さんに回数券をお配りしてみるのはどうでしょうか？", asked)
    assert not has_line(s.feedback, _UNASKED_JA)
    assert has_line(s.feedback, "求められての提案")
    assert s.scores["non_leading"] is not None and s.scores["non_leading"] < 85  # still advice
    asked_en = ctx(
        ("trainee", "There are a few directions one could look at."),
        ("owner", "Enough theory. Just tell me what I can do on Monday."),
    )
    _, s = run("You could send a coupon to your regular customers.", asked_en, "en")
    assert not has_line(s.feedback, _UNASKED_EN)
    assert has_line(s.feedback, "asked for it")


def test_advice_after_a_plain_worry_is_still_unasked() -> None:
    worry = ctx(
        ("trainee", "最近いかがですか。"),
        ("owner", "正直、どうすればいいのか自分でも分からなくてね。"),
    )
    _, s = run("常連さんに回数券をお配りしてみるのはどうでしょうか？", worry)
    assert has_line(s.feedback, _UNASKED_JA)


def _acts(text: str, lang: str, owner: str) -> set[str]:
    from tests.turns import acts_of

    return acts_of(text, ctx(("trainee", "Hello." if lang == "en" else "こんにちは。"), ("owner", owner)), lang)


def test_a_proposal_put_as_noha_ikaga_is_advice() -> None:
    owner = "うちは干物屋でね、通販もやってみたいとは思ってるんだ。"
    for text in ("アマゾンに出品してみるのはいかがでしょうか。", "ふるさと納税に出すのはいかがでしょう。"):
        assert "advice" in _acts(text, "ja", owner), text
    # near miss: a question about when he did it, or his own view asked for, proposes nothing
    assert "advice" not in _acts("通販を始められたのはいつ頃でしょうか。", "ja", owner)
    assert "advice" not in _acts("通販を始めるのは、社長ご自身としてはいかがですか？", "ja", owner)


def test_a_count_of_clients_served_is_self_promotion() -> None:
    owner = "We dry fish, and I'd quite like to sell online one day."
    for text in (
        "We've opened web shops for thirty fish processors.",
        "I have helped over forty bakeries go online.",
    ):
        assert "self_promotion" in _acts(text, "en", owner), text
    # near miss: a count of years or of things is no track record
    assert "self_promotion" not in _acts("I've lived in this town for twenty years.", "en", owner)
    assert "self_promotion" not in _acts("We've covered three topics so far.", "en", owner)


_KILN = ctx(
    ("trainee", "本日はよろしくお願いします。窯元を継がれて何年になりますか。"),
    ("owner", "五年です。父が倒れて、急に戻ってきたんですよ。"),
    ("trainee", "お父様が倒れられて。それは大変でしたね。"),
    ("owner", "ええ、東京の会社を辞めて、何も分からないまま窯に入りました。"),
    ("trainee", "急に戻られたんですね。今はどんな毎日ですか。"),
    ("owner", "窯の火の番と、問屋さんへの納品で一日が終わります。"),
    ("trainee", "一日があっという間なんですね。最近、何か困ったことはありましたか。"),
    ("owner", "去年、職人の田中さんが入院して、注文の柄が誰にも描けなかったんです。三か月、出荷を止めました。"),
)


def test_his_story_checked_as_one_is_a_summary_not_a_missed_moment() -> None:
    text = (
        "田中さんが入院されて、出荷を止められた。"
        "柄が田中さんにしか描けない、というのが、一番こたえたところなんですね。"
    )
    _, s = run(text, _KILN)
    assert {"owner_summary", "paraphrase"} & set(s.flags)
    assert not any("要約の機会" in e for e in s.evidence)
    assert s.scores["summarising"] is not None and s.scores["summarising"] >= 50


def test_one_word_checked_as_the_cause_stays_one_point() -> None:
    # near miss: one word of his, however it is framed, is no summary
    _, s = run("入院、というのがきっかけなんですね。", _KILN)
    assert "owner_summary" not in s.flags


def _looms(reply: str) -> list[Utterance]:
    return ctx(
        ("trainee", "Thank you for your time."),
        ("owner", "We weave silk ties, and one wholesaler has bought from us for forty years."),
        ("trainee", "How do things stand with the wholesaler these days?"),
        ("owner", f"Ha, you ask a tricky one. ...Well, {reply}."),
    )


def test_a_put_off_phrase_is_not_quoted_as_his_words() -> None:
    for put_off in ("in the fullness of time", "down the road", "in due time"):
        _, s = run(f"Sorry, I don't quite follow. What do you mean by {put_off}?", _looms(put_off), "en")
        assert not any("owner's words" in line for line in s.feedback), put_off
    # near miss: a real word of his asked about is still quoted
    _, s = run("Sorry, I don't quite follow. What do you mean by the old looms?", _looms("the old looms"), "en")
    assert any('"looms"' in line for line in s.feedback)


_TEST_JA = ctx(
    ("trainee", "本日はよろしくお願いします。"),
    ("owner", "うちみたいな小さな印刷屋で、ネット注文なんて本当にやれるのかね？あんたはどう思う？"),
)
_TEST_EN = ctx(
    ("trainee", "Thank you for seeing me."),
    ("owner", "Do you even know anything about printing? What would you do in my place?"),
)
_SHORT_JA = "短い問いかけ"
_SHORT_EN = "A short question leaves"


def test_his_test_handed_straight_back_is_named_not_praised() -> None:
    for text in ("社長ご自身は、どう感じていらっしゃいますか？", "社長はどのようにお考えですか？"):
        _, s = run(text, _TEST_JA)
        assert not has_line(s.feedback, _SHORT_JA), text
        assert not has_line(s.feedback, "背景を掘り下げています"), text
        assert has_line(s.feedback, "問いを返したり"), text
    _, s = run("What do you think yourself?", _TEST_EN, "en")
    assert not has_line(s.feedback, _SHORT_EN)
    assert has_line(s.feedback, "handed it straight back")


def test_a_short_honest_answer_then_his_view_keeps_its_praise() -> None:
    _, s = run("正直、印刷は詳しくないのですが、小さく始めた印刷屋さんの話は聞きます。社長はどう思われますか？", _TEST_JA)
    assert not has_line(s.feedback, "問いを返したり")
    assert has_line(s.feedback, "短く誠実に答え")
    # near miss: the same question with no test of hers before it is a plain short question
    plain = ctx(("trainee", "最近いかがですか。"), ("owner", "ネット注文を始めようかと、ずっと迷ってるんだ。"))
    _, s = run("社長はどう思われますか？", plain)
    assert not has_line(s.feedback, "問いを返したり")


_BREWERY = ctx(
    ("trainee", "本日はよろしくお願いします。酒蔵のことを聞かせてください。"),
    ("owner", "うちは明治から続く酒蔵でね、地元の酒屋さんとの付き合いが一番の財産なんです。"),
    ("trainee", "地元の酒屋さんとのお付き合いが財産なんですね。"),
    ("owner", "ええ。ただ、杜氏が高齢で、あと数年で引退するんですよ。"),
    ("trainee", "杜氏さんが。"),
    ("owner", "若い蔵人は二人いますが、まだ任せられる腕じゃない。"),
    ("trainee", "まだ任せられない、と。"),
    ("owner", "それに、米の値段も上がってきて、仕込みの量を減らしたんです。"),
    ("trainee", "仕込みを減らされたんですね。"),
    ("owner", "まあ、今年はなんとかなりましたけどね。"),
)


def test_a_summary_quotes_the_points_it_gave_back_from_early_turns() -> None:
    text = (
        "ここまでを整理させてください。地元の酒屋さんとの付き合いが財産で、杜氏さんがあと数年で引退される、"
        "若い蔵人さんにはまだ任せられない、ということですね。"
    )
    _, s = run(text, _BREWERY)
    line = next(x for x in s.feedback if "要点をまとめて" in x)
    assert "付き合い" in line  # said five replies ago, given back first
    assert line.index("付き合い") < line.index("杜氏") < line.index("蔵人")  # in the summary's order


def test_a_reflection_of_his_last_reply_quotes_as_before() -> None:
    # near miss: no summary, no reach into his early turns
    _, s = run("米の値段が上がって、仕込みを減らされたんですね。", _BREWERY)
    assert not any("付き合い" in x or "杜氏" in x for x in s.feedback)


_STOCK_JA = "よろしければ、社長ご自身のお考えを、もう少し聞かせていただけますか？"
_STOCK_NL = "社長ご自身はどのようにお考えですか？"


def _suggested(last_reply: str, text: str) -> str | None:
    c = ctx(
        ("trainee", "本日はよろしくお願いします。"),
        ("owner", "うちは三代続く畳屋でね、職人は四人です。"),
        ("trainee", "三代続いていらっしゃるんですね。これからのお店について、どうお考えですか。"),
        ("owner", last_reply),
    )
    return run(text, c)[1].suggestion


def test_the_follow_up_suggestion_builds_on_the_noun_phrase_he_just_named() -> None:
    got = _suggested(
        "どうなんでしょう…。近所の人がふらっと寄れる店、ですかね。",
        "でも、社長なんですから、目標は数字で持たないといけないですよね？",
    )
    assert got is not None and "『近所の人がふらっと寄れる店』" in got
    assert got not in (_STOCK_JA, _STOCK_NL)


def test_no_noun_phrase_point_keeps_the_stock_line() -> None:
    # near miss: a reply that names no point of his (a shrug) gives nothing to build on
    got = _suggested(
        "さあ、どうなんやろねえ…。よう分からんわ。",
        "でも、社長なんですから、目標は数字で持たないといけないですよね？",
    )
    assert got is not None and "『" not in got


def test_his_reading_of_her_intent_corrected_is_no_advice() -> None:
    owner = "So you'll go through our books and tell the bank what's wrong with us."
    for text in ("Oh no, it isn't like that.", "No, no — that's not why I'm here."):
        assert "advice" not in _acts(text, "en", owner), text
    # near miss: the same words against his view of his own business still deny it
    assert "advice" in _acts("No, no, it is not like that.", "en", "Our prices are fine, nothing needs to change.")

"""Issue 8 (para11): a reflection in the supporter's own words framed as his (「〜んですね」
「〜ということですね」「〜というご経験があったんですね」, "so you …", "it sounds like you …") whose
content has nothing in common with what he said in this meeting gets no give-back credit and no
praise; it is named once, gently (「社長がまだ話していないことを、社長の話として返しています」),
and the report lists it under "words he never said". Content only the application form holds is
named as the form's. Playtests r10b s08 T10, s09 T6, s10 T4, r6b s02 T9, the lead's hand play.

New sentences, ja and en; at least three negative cases (a rewording, a feeling named, a question,
an interpretation after his words) for every positive one.
"""

from __future__ import annotations

from simulator.acts import Utterance
from simulator.analysis import analyse
from simulator.analysis.paraphrase import invented

from .turns import ctx, has_line, run

LINE = ("社長がまだ話していないことを、社長の話として返しています", "something the owner has not said yet")
FORM_LINE = ("申込書にあった言葉を、社長の言葉として返しています", "words from the application form as the owner's")
PRAISE = ("受け止めて返せています", "社長ご自身の言葉（", "back in the owner's words;", "picked up the owner's own words", "feels understood")

JA = ctx(
    ("trainee", "本日はよろしくお願いします。最近の工場の様子から伺えますか。"),
    ("owner", "うちは金型一筋で四十年だよ。注文はあるんだけど、人が足りなくて現場が回らないんだ。"),
    ("trainee", "現場が回らない、というのはどんな時ですか。"),
    ("owner", "若いのが入ってもすぐ辞めちゃうんだよ。朝は段取り、昼は検査、夜は見積もり。休みなんてないね。"),
)
EN = ctx(
    ("trainee", "Thanks for seeing me. How are things at the works these days?"),
    ("owner", "We've been pressing brackets for forty years. Orders are fine, but I just can't keep people."),
    ("trainee", "What happens with the people you take on?"),
    ("owner", "They come, they go. My dad built this place and we still buy from the same mills he used."),
)


def _named(feedback: list[str]) -> bool:
    return any(has_line(feedback, p) for p in LINE)


def _praised(feedback: list[str]) -> bool:
    return any(has_line(feedback, p) for p in PRAISE)


def _ja_flagged(text: str, context: list[Utterance] = JA) -> bool:
    return bool(invented(text, context, "ja").unsaid)


def _en_flagged(text: str, context: list[Utterance] = EN) -> bool:
    return bool(invented(text, context, "en").unsaid)


# --- positives: what he never said, framed as his ------------------------------------------------


def test_a_ja_reflection_of_what_he_never_said_is_named_and_not_praised() -> None:
    a, s = run("銀行から融資を断られたというご経験があったんですね。どんな状況だったのか聞かせていただけますか。", JA)
    assert a.features.invented, a.features
    assert _named(s.feedback) and not _praised(s.feedback), s.feedback
    assert "invented" in s.flags, s.flags
    a, s = run("奥様が経理をされていて、工場の土地も手放すおつもりなんですね。", JA)
    assert _named(s.feedback) and not _praised(s.feedback), s.feedback
    assert "reflection" not in {x.value for x in a.acts}, a.acts
    a, s = run("取引先の倒産で売掛金が焦げ付いた、ということですね。", JA)
    assert _named(s.feedback), s.feedback
    # the supporter's own words before it vouch for nothing
    a, s = run("金型のことは私もまだ詳しくありません。銀行から借り入れの見直しを迫られているんですね。", JA)
    assert a.features.invented, a.features
    assert _en_flagged("I don't know the pressing trade well myself. So your bank wants you to cut the payroll.")
    # after a fair reflection of his words, a second one of what he never said is still named
    a, s = run("四十年、金型ひと筋なんですね。銀行から借り入れの見直しを迫られているんですね。", JA)
    assert a.features.invented == ["銀行から借り入れの見直しを迫られているんですね。"], a.features
    assert _named(s.feedback), s.feedback


def test_an_en_reflection_of_what_he_never_said_is_named_and_not_praised() -> None:
    a, s = run("So you lost your biggest contract to a competitor in Vietnam last spring. What happened next?", EN, "en")
    assert a.features.invented, a.features
    assert _named(s.feedback) and not _praised(s.feedback), s.feedback
    a, s = run("It sounds like your wife handles the accounts and your brother runs the Osaka branch.", EN, "en")
    assert _named(s.feedback) and not _praised(s.feedback), s.feedback
    assert "reflection" not in {x.value for x in a.acts}, a.acts


def test_it_is_named_once_a_turn_and_you_said_wording_keeps_its_own_line() -> None:
    a, s = run("銀行から融資を断られたというご経験があったんですね。税理士さんとも揉めたんですね。", JA)
    assert sum(any(p in line for p in LINE) for line in s.feedback) == 1, s.feedback
    # reported speech of words he never said keeps the older line, not both
    a, s = run("銀行から融資を断られたとおっしゃいましたね。税理士さんとも揉めたんですね。", JA)
    assert not _named(s.feedback) and "unsaid" in s.flags, s.feedback


def test_what_only_the_application_form_holds_gets_the_forms_line() -> None:
    from simulator.analysis.attribution import trainee_briefing
    from simulator.datafiles import load_persona
    from simulator.scoring.turn import score_turn

    briefing = trainee_briefing(load_persona("distrustful_founder"), "ja")
    context = ctx(("trainee", "最近はいかがですか。"), ("owner", "まあ、注文はそこそこあるよ。忙しいのは忙しい。"))
    a = analyse("設備も古くなっているんですね。", context, "ja", briefing=briefing)
    s = score_turn(a, context)
    assert a.features.from_form and not a.features.invented, a.features
    assert "from_form" in s.flags and not _named(s.feedback), s.feedback
    briefing_en = trainee_briefing(load_persona("distrustful_founder"), "en")
    en = ctx(("trainee", "How are things?"), ("owner", "Busy enough. The work keeps coming."))
    a = analyse("So your equipment is ageing and your labour is short.", en, "en", briefing=briefing_en)
    assert a.features.from_form and not a.features.invented, a.features


# --- negatives: his words reworded, feelings, questions, interpretation ---------------------------


def test_a_rewording_of_his_words_stays_his_ja() -> None:
    assert not _ja_flagged("人手不足で現場が大変なんですね。")  # 人が足りない ↔ 人手不足
    assert not _ja_flagged("若い方がなかなか定着しないんですね。")  # すぐ辞めちゃう ↔ 定着しない
    assert not _ja_flagged("金型ひと筋で四十年やってこられたんですね。")
    assert not _ja_flagged("注文はあるのに、人手が足りないということですね。")
    a, s = run("人手不足で現場が回らないんですね。どの工程が一番きついですか。", JA)
    assert not _named(s.feedback), s.feedback


def test_a_rewording_of_his_words_stays_his_en() -> None:
    assert not _en_flagged("So your staff tend to leave after a short while.")  # can't keep people
    assert not _en_flagged("So you've kept buying from the mills your father used.")  # dad ↔ father
    assert not _en_flagged("It sounds like you've been making brackets for four decades.")
    assert not _en_flagged("So for you, orders are fine but the people side is not.")


def test_feelings_named_tentatively_are_empathy_never_flagged() -> None:
    for text in (
        "それは大変でしたね。",
        "本当にご苦労されてきたんですね。",
        "不安もおありなのではないでしょうか。",
        "ずいぶん悔しい思いをされたんですね。",
        "心細いこともおありだったんですね。",
    ):
        assert not _ja_flagged(text), text
        assert not _named(run(text, JA)[1].feedback), text
    for text in (
        "That must be hard.",
        "It sounds like that's been really tough on you.",
        "So you must be worn out.",
        "It sounds like it weighs on you.",
    ):
        assert not _en_flagged(text), text
        assert not _named(run(text, EN, "en")[1].feedback), text


def test_questions_guesses_and_hearsay_are_no_reflection() -> None:
    for text in (
        "銀行から融資を断られたということでしょうか？",
        "もしかすると、資金繰りのご心配もあるのかもしれませんね。",
        "申込書では設備の更新をお考えとのことですね。",
        "私も以前、鋳物の工場で働いていたんですね。",
    ):
        assert not _ja_flagged(text), text
    for text in (
        "So you lost the contract?",
        "I wonder if cash is tight as well.",
        "So I'd like to hear about the Vietnam competitor, if that's alright.",
        "Your application mentions ageing equipment.",
    ):
        assert not _en_flagged(text), text


def test_an_interpretation_after_his_own_words_stays_his() -> None:
    # his day given back, then a word of one's own on it (「毎日」「忙しい」 he never said)
    assert not _ja_flagged("朝は段取り、昼は検査、夜は見積もり。本当にお忙しい毎日なんですね。")
    assert not _ja_flagged("若いのが入ってもすぐ辞めてしまう。それだけ現場を一人で背負っていらっしゃるんですね。")
    assert not _en_flagged("They come, they go. So you end up carrying the works yourself.")
    # a statement ending in 「確か。」 is no question: it still vouches
    assert not _ja_flagged("四十年で、皆さん腕は確か。ベテランぞろいなんですね。", ctx(("owner", "社員はみんな四十年選手。腕はいいんだ。")))
    # nothing of his yet: an opening line from what the trainee read is not a reflection
    assert not invented("お父様の代から五十年以上になるんですね。", [], "ja").unsaid


def test_a_question_he_said_yes_to_makes_its_words_his() -> None:
    context = ctx(
        ("trainee", "ご家族で経営されているんですか。"),
        ("owner", "ええ、家内と息子と三人でね。"),
    )
    assert not _ja_flagged("ご家族三人で経営されてきたんですね。", context)


# --- the report --------------------------------------------------------------------------------------


def test_the_report_lists_it_under_words_he_never_said_never_as_a_strength() -> None:
    from simulator import open_session

    session = open_session("distrustful_founder", "ja", seed=3, store=None)
    for text in (
        "本日はお時間をいただきありがとうございます。よろしくお願いいたします。",
        "工場のほうは、最近いかがですか？",
        "奥様が経理をされていて、銀行への返済も奥様が管理されているんですね。",
    ):
        session.say(text)
    report = session.report()
    assert report.mistakes.get("unsaid") == [3], report.mistakes
    assert "社長が話していない言葉を社長の言葉として返した: ターン3" in report.markdown
    assert all(3 not in (s.get("turns") or [s.get("turn")]) for s in report.strengths), report.strengths

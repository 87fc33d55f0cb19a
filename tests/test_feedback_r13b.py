"""Issue 8, round 13 second wave (fb13b; r13a/r13b blind playtests): per-turn feedback lines that
name only what happened. New sentences, ja and en; each positive case fails on main 57865ca, each
negative case guards against a false alarm.

1. a summary is praised only where several of his points came back: one fact of his echoed before
   a yes/no question (「大阪の問屋に十年…」), one sentence of his given back over two of the
   supporter's sentences (「パートさんが半年で辞めてしまう…」), a reassurance that names single words
   of his older turns before a dig into one phrase, and 「…ということは」 (an inference, no check of a
   recap) are no summary and gather no "several points"; a give-back of his points from two of his
   sentences or two turns still is.
"""

from __future__ import annotations

from simulator.scoring.giveback import give_back

from .turns import ctx, run

SUMMARY_LINES = (
    "要点をまとめて",
    "複数の点を、言い換えて",
    "You gathered the owner's points",
    "You rephrased several",
)


def _gathers(feedback: list[str]) -> bool:
    return any(p in line for line in feedback for p in SUMMARY_LINES)


# --- 1. one point of his is no summary --------------------------------------------------------------

CAREER = ctx(
    ("trainee", "お店のこと、聞かせてください。"),
    ("owner", "親父が会長でね、今も毎日店に顔を出しとる。仕事の段取りは全部会長が決めるんだわ。"),
    ("trainee", "社長ご自身のこと、少し伺ってもいいですか。"),
    ("owner", "ええ、まあ。店を継いで六年です。学校を出てから大阪の繊維問屋に十年おって、三十二で戻りました。最初は配達で、それから専務になって。"),
)
QUITTING = ctx(
    ("trainee", "今、一番お困りのことはどんなことでしょう。"),
    ("owner", "人だね。パートさんを入れても、半年もたないで辞めてしまう。厨房はみんな六十過ぎ。店長だってもう六十三だ。このままだと、お客さんが来ても回らんよ。"),
)


def test_one_fact_echo_before_a_yes_no_question_is_no_summary_ja() -> None:
    _, s = run("大阪の繊維問屋に十年いらしたんですね。会長とは、仕事の話はよくされるんですか？", CAREER)
    assert not _gathers(s.feedback), s.feedback
    assert "owner_summary" not in s.flags


def test_one_sentence_of_his_over_two_of_mine_is_no_paraphrase_ja() -> None:
    _, s = run(
        "パートさんが半年もたずに辞めてしまう…。せっかく入れても、というのはしんどいですね。"
        "辞めていく方について、社長はどうしてだと感じていらっしゃいますか。",
        QUITTING,
    )
    assert not _gathers(s.feedback), s.feedback


def test_reassurance_with_stray_words_and_one_dug_phrase_is_no_summary_ja() -> None:
    older = ctx(
        ("trainee", "お店が大事にしてきたことは何でしょう。"),
        ("owner", "品質だけは落とさん。うちはそれでやってきた。"),
        ("trainee", "お値段のことはどうですか。"),
        ("owner", "価格もずっと据え置きだよ。常連さんに悪いでね。"),
        ("trainee", "お客さんが減った理由、社長はどうご覧になっていますか。"),
        ("owner", "さあね。…うちの売り方がまずいとは思わんけど、何か足りんのやろうな。"),
    )
    _, s = run(
        "売り方がまずいという話ではないと私も思います。品質も価格も守ってこられたんですから。"
        "その『何か足りん』について、今思い浮かぶことがあれば聞かせていただけますか。",
        older,
    )
    assert not _gathers(s.feedback), s.feedback


TOLD = ctx(
    ("trainee", "ここだけの話として伺います。"),
    ("owner", "先月、取引先の社長から「来年は発注を半分にする」という電話が来ましてね。業界の流れだ、とは言っとったけど。…女房には「毎年のことだ」と言っといた。"),
)


def test_inference_from_his_telling_is_no_recap_ja() -> None:
    text = (
        "話してくださってありがとうございます。奥様には『毎年のことだ』とおっしゃった。"
        "でも、こうして私に話してくださったということは、毎年のこととは少し違う感じがあったのかな、と思ったのですが。"
    )
    assert not give_back(text, TOLD, "ja").cued  # 「…ということは」 infers; it checks no recap
    _, s = run(text, TOLD)
    assert not _gathers(s.feedback), s.feedback


def test_a_checked_recap_is_still_cued_ja() -> None:
    text = "取引先から発注を半分にすると電話があって、奥様には毎年のことだとおっしゃった、ということですね。"
    assert give_back(text, TOLD, "ja").cued


def test_two_sentences_of_his_given_back_still_gather_ja() -> None:
    _, s = run(
        "パートさんが半年もたずに辞めてしまう。厨房の方もみなさん六十過ぎで、このままだと回らない、ということですね。",
        QUITTING,
    )
    assert _gathers(s.feedback), s.feedback


def test_points_of_two_turns_given_back_still_gather_en() -> None:
    two = ctx(
        ("trainee", "What worries you most?"),
        ("owner", "Our bakers are all over sixty. Nobody young wants the early mornings."),
        ("trainee", "And the shop itself?"),
        ("owner", "The ovens are twenty years old. Repairs eat most of the margin now."),
    )
    _, s = run(
        "So your bakers are all over sixty and nobody young wants the early mornings, "
        "and the old ovens eat most of the margin in repairs. Is that right?",
        two,
        "en",
    )
    assert _gathers(s.feedback), s.feedback


def test_one_fact_echo_is_no_summary_en() -> None:
    history = ctx(
        ("trainee", "Could you tell me a bit about yourself?"),
        ("owner", "Sure. I took over six years ago. Before that I spent ten years at a shipping firm in Rotterdam. Then Dad got sick and I came home."),
    )
    _, s = run("Ten years at a shipping firm in Rotterdam. Do you and your dad talk about the business much?", history, "en")
    assert not _gathers(s.feedback), s.feedback

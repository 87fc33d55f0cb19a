"""Issue 8, round 15 (fb15; r15a/r15b blind playtests): per-turn feedback lines that are true of
the turn. New sentences, ja and en; each positive case fails on main 930884b, each negative case
guards against a false alarm.

1. no 伝え返し for his word used only in the supporter's own statement about herself ("Honestly,
   I'm no good at reading blueprints.", 「私は帳簿はあまり詳しくなくて」 after his test): an answer
   about herself gives none of his points back. His words given back as his ("So the blueprints
   are where you check people") keep the line.
2. no "You answered the owner's question briefly" when the turn only apologised for its own haste
   ("Sorry, I spoke too soon.", 「また自分の意見を押しつけてしまいました」) and restated what he
   stated last before its own question: nothing in it answers him. A real answer (one that reuses
   the words of his question) keeps the line.
3. one word of his echoed (「設備ですね。」) as a hook for a closed guess of the supporter's own
   (「機械はもう二十年以上…ですか？」) is no 伝え返し; the closed question is named instead. The same
   echo before an open question, and his points given back before a question, keep the line.
"""

from __future__ import annotations

from simulator.scoring.signals import answers_something

from .turns import ctx, has_line, run

REFLECT_EN = "You gave the owner's point back in the owner's words"
REFLECT_JA = "社長の言葉で返せています"
ANSWERED_EN = "You answered the owner's question briefly"

# --- 1. his word in her statement about herself ---------------------------------------------------

BLUEPRINT = ctx(
    ("trainee", "Thanks for seeing me. Could you tell me a little about the shop?"),
    (
        "owner",
        "We weld frames for farm machinery. Do you know how to read blueprints? "
        "...Never mind. I just like to see who I'm dealing with.",
    ),
)


def test_self_statement_with_his_word_is_no_reflection_en() -> None:
    _, s = run(
        "Honestly, I'm no good at reading blueprints. I come from the finance side. "
        "Do you have anyone lined up to take over?",
        BLUEPRINT,
        "en",
    )
    assert not has_line(s.feedback, REFLECT_EN)


def test_his_words_given_back_as_his_keep_reflection_en() -> None:
    _, s = run(
        "So reading blueprints is how you size people up. What do you look for in them?",
        BLUEPRINT,
        "en",
    )
    assert has_line(s.feedback, REFLECT_EN)


LEDGER = ctx(
    ("trainee", "本日はありがとうございます。会社のこと、少し聞かせていただけますか。"),
    ("owner", "うちは水道工事や。あんた、帳簿は読めるんか。…まあええ。どれだけ分かっとるか知りたいだけや。"),
)


def test_self_statement_with_his_word_is_no_reflection_ja() -> None:
    _, s = run("すみません、私は帳簿はあまり詳しくなくて。ところで、後継ぎの方はいらっしゃいますか？", LEDGER)
    assert not has_line(s.feedback, REFLECT_JA)


# --- 2. an apology and his words restated answer nothing ------------------------------------------

CREW = ctx(
    ("trainee", "Could you tell me about the business?"),
    ("owner", "We do roofing. Twenty-odd men."),
    ("trainee", "You really ought to plan the handover now. These things take years."),
    ("owner", "Easy for you to say. Who'd take it on? My crew is stretched thin as it is."),
)


def test_apology_and_his_words_restated_answer_nothing() -> None:
    _, s = run(
        "Sorry, I spoke too soon. Your crew is stretched thin. What's keeping them so stretched?",
        CREW,
        "en",
    )
    assert not has_line(s.feedback, ANSWERED_EN)


def test_restated_words_are_no_answer_but_a_fact_is() -> None:
    last = CREW[-1].text
    assert not answers_something("Sorry, I spoke too soon. Your crew is stretched thin.", "en", last)
    assert answers_something("Sorry, I spoke too soon.", "en") is False
    assert answers_something("A lot of firms bring in someone from outside.", "en", last)


def test_real_answer_keeps_the_line() -> None:
    ctx_q = ctx(
        ("trainee", "Could you tell me about the business?"),
        ("owner", "We do roofing. Who are you with, anyway? The chamber?"),
    )
    _, s = run(
        "I'm with the prefectural support centre, not the chamber. "
        "What made you decide to apply this time?",
        ctx_q,
        "en",
    )
    assert has_line(s.feedback, ANSWERED_EN)


# --- 2b. an apology for pressing her own view answers nothing (ja) --------------------------------

ANSWERED_JA = "社長の問いに短く誠実に答え"

SHOP = ctx(
    ("trainee", "お店のこと、聞かせていただけますか。"),
    ("owner", "うちは町の文具屋や。学校の納品で食うてきた。最近は子どもが減ってな。"),
    ("trainee", "それなら、ネット販売に切り替えるべきだと思います。"),
    ("owner", "ふうん。…ほんで、ほかには何かあるんか？"),
)


def test_apology_for_own_view_is_no_answer_ja() -> None:
    _, s = run(
        "すみません、また自分の意見を押しつけてしまいました。…学校の納品のこと、もう少し聞かせていただけますか。",
        SHOP,
    )
    assert not has_line(s.feedback, ANSWERED_JA)


def test_apology_for_own_view_unit() -> None:
    assert not answers_something("すみません、また私の考えを言ってしまいました。", "ja")
    assert not answers_something("Sorry, I gave you my own opinion again.", "en")
    # an apology that carries an answer still answers
    assert answers_something("すみません、その制度のことは詳しく存じません。", "ja")
    assert answers_something("すみません、私の考えでは補助金が使えると思います。", "ja")


# --- 3. one word of his echoed as a hook for a closed guess is no 伝え返し --------------------------

PLANS = ctx(
    ("trainee", "本日はよろしくお願いします。今のご様子を伺えますか。"),
    ("owner", "課題は書いた通りですよ。人手と、設備と。…まあ、それくらいです。"),
)


def test_one_word_echo_then_closed_guess_is_no_reflection_ja() -> None:
    _, s = run("設備ですね。機械はもう二十年以上使っているんですか？", PLANS)
    assert not has_line(s.feedback, REFLECT_JA)


def test_one_word_echo_then_open_question_keeps_reflection_ja() -> None:
    _, s = run("設備ですね。どのあたりが一番気になっていらっしゃいますか？", PLANS)
    assert has_line(s.feedback, REFLECT_JA)


TOLD_EN = ctx(
    ("trainee", "Thanks for your time. How are things at the moment?"),
    ("owner", "It's all on the form. Staffing, and the equipment. That's about it."),
)


def test_one_word_echo_then_closed_guess_is_no_reflection_en() -> None:
    _, s = run("The equipment, right. Is it more than twenty years old?", TOLD_EN, "en")
    assert not has_line(s.feedback, REFLECT_EN)


def test_his_points_given_back_then_a_question_keep_reflection_en() -> None:
    _, s = run(
        "So staffing and the equipment are the two things on your mind. Which weighs more?",
        TOLD_EN,
        "en",
    )
    assert has_line(s.feedback, REFLECT_EN)


# --- 4. a new subject led in by its marker is named as the jump it is -----------------------------

SWITCH_JA = ("一問一答", "すぐ別の話題の質問に移っています")
SWITCH_EN = ("another topic",)
SHORT_JA = "短い問いかけで"

BAKERY = ctx(
    ("trainee", "はじめまして。売上が落ちているとのことですが、どのくらいですか？"),
    ("owner", "いらっしゃい。まあ座って。そういう数字は、息子に聞かんと分からんのよ。"),
    ("trainee", "息子さんが数字を見ていらっしゃるんですね。では、仕入れのほうはいかがですか？"),
    ("owner", "そういう細かいところは、よう知らんのよ。"),
)


def test_marker_led_new_subject_is_named_a_jump_ja() -> None:
    _, s = run("よくご存じないんですね、失礼しました。では、後を継ぐ方はどうされるんですか？お孫さんがいらっしゃると伺いましたが。", BAKERY)
    assert any(has_line(s.feedback, p) for p in SWITCH_JA)
    assert not has_line(s.feedback, SHORT_JA)


def test_marker_led_question_on_his_words_is_no_jump_ja() -> None:
    _, s = run("失礼しました。では、息子さんとはお店のことをどんなふうに話されますか？", BAKERY)
    assert not any(has_line(s.feedback, p) for p in SWITCH_JA)


KILN = ctx(
    ("trainee", "Thanks for having me. What does the pottery make these days?"),
    ("owner", "Mostly tableware for restaurants. The kiln's older than me."),
    ("trainee", "Older than you! What's it like working with it?"),
    ("owner", "Temperamental. Some days it just won't hold heat."),
)


def test_marker_led_new_subject_is_named_a_jump_en() -> None:
    _, s = run("By the way, how is your cash flow these days?", KILN, "en")
    assert any(has_line(s.feedback, p) for p in SWITCH_EN)


def test_marker_led_question_on_his_words_is_no_jump_en() -> None:
    _, s = run("By the way, on the days the kiln won't hold heat, what do you do?", KILN, "en")
    assert not any(has_line(s.feedback, p) for p in SWITCH_EN)

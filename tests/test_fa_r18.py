"""Issue 8, fa18 (r17a / r17b blind playtests): act labels that hold in live play. New sentences,
ja and en, in the style of the defects; each class has cases that fail on 135a169 and near misses
that keep their labels.

1. A question answerable by yes/no or one fact is closed, however politely it ends: a hearsay
   check or a 「そういえば、」 before it is no summary item that swallows it (r17a s10 T6); a polite
   「…と思われますか？」 with no question word stays closed (s07 T6); a length of time asked is a
   figure question (s02 T8).
2. English advice without the usual phrasing: what "many firms" do with his problem, "it could work
   well for you", "X alone won't…", "otherwise … usually fail" — also inside an answer he asked
   for (r17a s02 T4, s06 T4); a guess offered as a question stays a leading question, no advice
   (s06 T8).
3. Textbook moves: books not needed is no request; his quoted word leads nothing; hearsay put to
   him is a question, no advice; going back to his words asks him on; his written wish checked
   from the form is no leading question (r17b s01 T12, s10 T8, s02 T5, s09 T9; r17a s06 T1).
4. Reassurance praised as reassurance ("…say so and we'll honour that"), and the words of a
   reassurance shared with his are no give-back (r17a s02 T6, s10 T7).
"""

from __future__ import annotations

import pytest

from simulator.analysis import analyse
from simulator.analysis.asides import only_in_asides
from simulator.scoring.figures import figure_question

from .turns import acts_of, ctx, has_line, run

# --- 1. closed stays closed ------------------------------------------------------------------------

SHOP_JA = ctx(
    ("trainee", "本日はありがとうございます。まずはお店のことを聞かせてください。"),
    ("owner", "うちは祖父の代からの豆腐屋でね。朝三時から仕込んどる。"),
    ("trainee", "三時からですか。大変ですね。"),
    ("owner", "まあ、昔ながらの豆腐屋やでね。"),
)


def test_a_yes_no_question_after_hearsay_stays_closed_ja() -> None:
    text = "昔ながらの豆腐屋さん。そういえば、息子さんが去年から手伝っておられるそうですね。息子さんがお店を継がれるんですか？"
    acts = acts_of(text, SHOP_JA)
    assert "closed_question" in acts
    assert not acts & {"open_question", "summary"}


def test_a_polite_yes_no_opinion_question_stays_closed_ja() -> None:
    context = ctx(
        ("trainee", "ご主人になってから、取引先との関係で変わったことはありますか？"),
        ("owner", "そうですねえ…1998年に父から継ぎましたから、もう25年になりますか。おかげさまで、大きな揉め事もなく来られました。"),
    )
    text = "25年、大きな揉め事もなく。立派ですね。では、この先も今のやり方で大丈夫だと思われますか？"
    acts = acts_of(text, context)
    assert "closed_question" in acts
    assert "open_question" not in acts


@pytest.mark.parametrize(
    "text",
    ["この先、どうなっていくとお考えですか？", "この先のことを、もう少し聞かせていただけますか？"],
)
def test_an_open_opinion_question_stays_open_ja(text: str) -> None:
    context = ctx(("owner", "三十年、大きな揉め事もなく来られました。ありがたいことです。"))
    assert "open_question" in acts_of(text, context)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "Right. How long have you been in charge of the bakery?"), ("ja", "社長になられて何年ほどになりますか？")],
)
def test_a_length_of_time_asked_is_a_figure_question(lang: str, text: str) -> None:
    assert figure_question(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "How long have you felt this way about the bakery?"), ("ja", "何年もかけて築かれたものを、どう感じていらっしゃいますか？")],
)
def test_how_long_a_feeling_is_no_figure_question(lang: str, text: str) -> None:
    assert figure_question(text, lang) is None


# --- 2. English advice without the usual phrasing --------------------------------------------------

STAFF_EN = ctx(
    ("trainee", "Thanks for seeing me. What's been on your mind lately?"),
    ("owner", "Staff. Nobody young wants to work in a bakery any more."),
)


def test_what_others_do_recommended_is_advice_en() -> None:
    text = (
        "For instance, plenty of bakeries get around that with students from the local college. "
        "Have you looked at that? That might work nicely for your shop."
    )
    assert "advice" in acts_of(text, STAFF_EN, "en")


def test_a_lecture_inside_an_answer_he_asked_for_is_advice_en() -> None:
    context = ctx(("owner", "I want a new logo. Is there a grant for a rebrand? How much would it cover?"))
    text = (
        "There's a small design grant, it covers about half. Frankly though, a new logo by itself won't bring "
        "customers back. You need a proper plan first, otherwise rebrands like that usually flop."
    )
    a = analyse(text, context, "en")
    assert "advice" in {x.value for x in a.acts}
    # the lecture is what the advice names, not the information he asked for
    assert not a.evidence["advice"][0].startswith("There's a small design grant")


def test_an_honest_answer_he_asked_for_stays_no_advice_en() -> None:
    context = ctx(("owner", "I want a new logo. Is there a grant for a rebrand? How much would it cover?"))
    text = "There's a small design grant, I believe it covers about half of the cost."
    assert "advice" not in acts_of(text, context, "en")


def test_a_what_works_question_is_no_advice_en() -> None:
    assert "advice" not in acts_of("What would work for you, do you think?", STAFF_EN, "en")


def test_a_guess_as_a_question_is_leading_not_advice_en() -> None:
    context = ctx(("owner", "Orders from the cafés dropped this year. Lots of small things."))
    text = "Lots of small things. Is it because the cafés are buying from the big chains now? That's usually the case."
    acts = acts_of(text, context, "en")
    assert "leading_question" in acts
    assert "advice" not in acts


# --- 3. textbook moves -----------------------------------------------------------------------------


def test_books_not_needed_is_no_request_nor_advice_ja() -> None:
    context = ctx(("owner", "まあ、そんなところだね。"))
    assert "advice" not in acts_of("帳簿などの資料をお出しいただく必要は特にありません。", context)
    text = "今日はありがとうございました。資料などをご用意いただく必要はありませんし、話したくないところは言っていただければ触れません。"
    a, score = run(text, context)
    assert "advice" not in {x.value for x in a.acts}
    assert not has_line(score.feedback, "決算書などの資料を求める")


def test_books_required_stays_advice_ja() -> None:
    context = ctx(("owner", "まあ、そんなところだね。"))
    assert "advice" in acts_of("次回までに、資料をご用意いただく必要があります。", context)


def test_his_quoted_word_in_an_open_question_leads_nothing_ja() -> None:
    context = ctx(("owner", "帳面をつけとると、結局こうなるんやな、と思うこともあるけどね。"))
    text = "すみません、細かいことを伺って。帳面をつけながら『結局こうなるんやな』と思われるとき、社長の頭にはどんなことが浮かびますか？"
    acts = acts_of(text, context)
    assert "open_question" in acts
    assert "leading_question" not in acts


def test_a_presumption_stays_leading_ja() -> None:
    context = ctx(("owner", "帳面をつけとると、まあいいか、と思うこともあるけどね。"))
    assert "leading_question" in acts_of("やっぱり人が足りないのが原因なんじゃないですか？", context)


def test_hearsay_put_to_him_is_a_question_not_advice_ja() -> None:
    context = ctx(("owner", "毎朝、配送の段取りを見とるだけですね。"))
    acts = acts_of("先代は取引先との付き合い以外は全部社長に任せていると聞いていますが、本当にそうなんですか？", context)
    assert "advice" not in acts
    assert "closed_question" in acts


def test_hearsay_told_him_stays_advice_ja() -> None:
    context = ctx(("owner", "毎朝、配送の段取りを見とるだけですね。"))
    assert "advice" in acts_of("同業では、配送を外に任せる会社が増えていると聞いています。", context)


def test_going_back_to_his_words_is_no_closed_question_ja() -> None:
    context = ctx(("owner", "ここだけの話ですが、取引先の担当が替わってから、どうももやもやしとるんです。"))
    text = "話してくださってありがとうございます。先ほどの『もやもや』というお話に、少し戻ってもいいですか。"
    acts = acts_of(text, context)
    assert "closed_question" not in acts
    assert "open_question" in acts  # like 「もう少し聞かせてもらってもいいですか」


def test_asking_leave_to_take_notes_stays_no_question_ja() -> None:
    context = ctx(("owner", "どうぞ、座ってください。"))
    assert not acts_of("メモを取らせていただいてもよろしいですか。", context) & {"open_question", "closed_question"}


FORM_EN = "On the application form he wrote: 'We want to open a second shop next year.'"
FORM_JA = "申込書の相談内容には「県外に販路を広げたい」とある。"


@pytest.mark.parametrize(
    ("lang", "text", "briefing"),
    [
        ("en", "Good to meet you. I went through your form. You want to open a second shop, right?", FORM_EN),
        ("ja", "はじめまして。申込書を拝見しました。県外に販路を広げたいんですよね？", FORM_JA),
    ],
)
def test_his_written_wish_checked_from_the_form_is_no_leading_question(lang: str, text: str, briefing: str) -> None:
    context = ctx(("owner", "Hello." if lang == "en" else "どうも。"))
    acts = {x.value for x in analyse(text, context, lang, briefing=briefing).acts}  # type: ignore[arg-type]
    assert "leading_question" not in acts
    assert "closed_question" in acts


@pytest.mark.parametrize(
    ("lang", "text", "briefing"),
    [
        ("en", "Good to meet you. You want to open a second shop, right?", FORM_EN),
        ("ja", "はじめまして。県外に販路を広げたいんですよね？", FORM_JA),
    ],
)
def test_a_wish_presumed_without_the_form_stays_leading(lang: str, text: str, briefing: str) -> None:
    context = ctx(("owner", "Hello." if lang == "en" else "どうも。"))
    acts = {x.value for x in analyse(text, context, lang, briefing=briefing).acts}  # type: ignore[arg-type]
    assert "leading_question" in acts


# --- 4. reassurance ------------------------------------------------------------------------------


def test_a_promise_to_keep_off_is_praised_as_reassurance_en() -> None:
    context = ctx(("owner", "Is this some kind of check on us? Because if it is, I'd rather know now."))
    text = (
        "Not at all, this isn't a test. Nothing you tell me goes to the grant panel. "
        "And if a topic is off limits, say so and we'll honour that."
    )
    _, score = run(text, context, "en")
    assert not has_line(score.feedback, "acknowledged the owner's feelings")


def test_hardship_acknowledged_stays_empathy_praise_en() -> None:
    context = ctx(("owner", "I've been doing the night shift myself for six months. I'm worn out."))
    _, score = run("Six months of nights on top of running the place. That must be exhausting.", context, "en")
    assert has_line(score.feedback, "acknowledged the owner's feelings")


def test_the_shared_word_inside_a_reassurance_is_no_give_back() -> None:
    text = "失礼しました。話せる範囲で構いませんので、社長が守っていきたいものを聞かせていただけますか。"
    assert only_in_asides(text, ["話せる"], "ja")
    assert not only_in_asides(text, ["話せる", "守っ"], "ja")  # 守っ is outside the reassurance
    assert only_in_asides("This isn't an assessment, by the way. What matters most to you here?", ["assessment"], "en")
    assert not only_in_asides("You said the ovens are old. What matters most to you here?", ["ovens"], "en")
    # his own sentence said back is a give-back, however reassuring it sounds
    said = "The foreman listens to my father, not me. Nothing I say gets through."
    assert not only_in_asides("Nothing you say gets through. That must be frustrating.", ["gets"], "en", said)


def test_a_request_to_tell_in_question_form_stays_open_en() -> None:
    context = ctx(("owner", "Hello. Have a seat."))
    assert "open_question" in acts_of("Could you start by telling me a bit about the workshop?", context, "en")


def test_words_of_a_reassurance_are_no_give_back_ja() -> None:
    context = ctx(
        ("trainee", "息子さんが継がれるご予定なんですか？"),
        ("owner", "そういうことは、まだ外の人に話すことでもないんだわ。"),
    )
    text = "失礼しました、踏み込みすぎました。話せる範囲で結構ですので、社長がこの先も大事にしていきたいものを聞かせていただけますか。"
    acts = acts_of(text, context)
    assert "open_question" in acts
    assert "reflection" not in acts


def test_his_words_given_back_stay_a_reflection_ja() -> None:
    context = ctx(("owner", "そういうことは、まだ外の人に話すことでもないんだわ。"))
    text = "まだ外の人に話すことでもない、と。そのあたり、もう少し聞かせていただけますか。"
    assert "reflection" in acts_of(text, context) or "open_question" in acts_of(text, context)

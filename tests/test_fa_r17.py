"""Issue 8, fa17 (r16a / r16b / t10 defects still open on main c275235): analysis misreads. New
sentences, ja and en; each class has cases that fail on c275235 and negatives that keep their
labels.

1. A promise not to ask for the books (「決算書は拝見するつもりはありません」 "I won't ask to see
   your accounts"), or his refusal given back ("You won't show the books"), is no request for
   documents — in the scorer and in both of the engine's readers, which agree now (r16b s01 T2,
   s06 T9; t10 f077). A request after the promise, or a negative question, is still one.
2. A push only mentioned and denied (「…しましょうという話をしに来たのではありません」), praise
   naming other firms, his topic taken up first, a give-back of his words checked with "Have I
   got that right?": no advice (r16a s08 T7, r16b s09 T4; t10 f033 f080 f089 f113 f120).
3. Misses: a pep talk that waves his hesitation aside (「でも社長なんですから、…決めていいと思います
   よ。」) and 「〜している場合じゃないですよ」 are advice and a denial; 「〜しないとまずいですね」 a
   diagnosis; a presumption on the form's fact (「やっぱり…一番大変なんですよね？」) leads; homework on
   the supporter's solution (「次回までに…増やす方法を考えておいていただけますか」) is advice, no
   open question (r16a s10 T3, s02 T2; r16b s10 T5, T7, T10, s04 T11, s08 T8).
4. His words given back as a question ("Your brother runs the night shift on his own, on top of
   deliveries?") are a reflection, not a closed question (t10 f152); a new fact asked, a question
   in question form or one that presses stays closed.
5. A verdict on his practice (「一社に頼りすぎで危ないですよね」「今どき…さすがに厳しいですね」) and a
   request for the books "so I can understand the situation" are no empathy (r16b s04 T4, s08 T2,
   s06 T1); his hardship acknowledged stays empathy.
"""

from __future__ import annotations

import pytest

from simulator.acts import Act
from simulator.analysis import analyse, english
from simulator.analysis.checks import asks_documents
from simulator.analysis.en_rules import _said_of_owner
from simulator.analysis.not_pushes import settle_not_pushes
from simulator.engine.pressure import asks_to_see
from simulator.wording.asking import _asks_to_see

from .turns import acts_of, ctx, run

# --- 1. a promise not to ask is no request ---------------------------------------------------------

NOT_ASKING = (
    ("ja", "帳簿のほうも、こちらから拝見するつもりは一切ありません。"),
    ("ja", "試算表などをお預かりすることもありませんので、ご心配なく。"),
    ("ja", "決算書を見せてくださいとは申しません。"),
    ("ja", "確定申告書のご提出は、今回はいただく必要はありません。"),
    ("en", "I won't ask to see your accounts, today or later."),
    ("en", "So you won't share the financials with anyone outside the family."),
    ("en", "We're not going to look at your tax returns."),
)
ASKING = (
    ("ja", "帳簿を拝見させていただけませんか？"),
    ("ja", "今日は試算表は拝見しませんが、次回お持ちいただけますか？"),
    ("ja", "決算書を見せていただかないと、具体的な話はできません。"),
    ("en", "Won't you show me the accounts?"),
    ("en", "No need to worry, but could you bring the financial statements next time?"),
    ("en", "Could you share your latest financial statements with me?"),
)
BOOKS = {"ja": ["帳簿", "試算表", "決算書", "確定申告書"], "en": ["accounts", "financials", "tax returns", "financial statements"]}


@pytest.mark.parametrize(("lang", "text"), NOT_ASKING)
def test_a_promise_not_to_ask_for_the_books_is_no_request(lang: str, text: str) -> None:
    assert not asks_documents(text, lang)
    assert not asks_to_see(text, lang, BOOKS[lang])
    assert not _asks_to_see([w.lower() for w in BOOKS[lang]], text.lower(), lang)


@pytest.mark.parametrize(("lang", "text"), ASKING)
def test_a_request_for_the_books_stays_one(lang: str, text: str) -> None:
    assert asks_documents(text, lang)
    assert asks_to_see(text, lang, BOOKS[lang])


REFUSED_JA = ctx(
    ("trainee", "本日はありがとうございます。まずは会社のことを伺えればと思っています。"),
    ("owner", "どうせ帳簿を見せろって言うんでしょ。そういうのは出さないよ。"),
)


def test_the_promise_costs_no_point_for_documents_ja() -> None:
    text = "いえ、帳簿を拝見するつもりはありませんので、ご安心ください。社長が今いちばん気にされていることを伺えますか？"
    _, ts = run(text, REFUSED_JA, "ja")
    assert "asks_documents" not in ts.flags


REFUSED_EN = ctx(
    ("trainee", "Thanks for seeing me. Where would you like to start?"),
    ("owner", "If you're after the accounts, you can forget it. I don't hand those out."),
)


def test_his_refusal_given_back_costs_no_point_for_documents_en() -> None:
    text = "Let me see if I have it. You won't share the accounts, and you've had bad advice before. Is that fair?"
    _, ts = run(text, REFUSED_EN, "en")
    assert "asks_documents" not in ts.flags


# --- 2. a push only mentioned and denied, praise, a checked summary: no advice ------------------

SMALL_JA = ctx(
    ("trainee", "本日はお時間をいただきありがとうございます。"),
    ("owner", "先に言っとくけど、店を大きくする気はないからね。支店を出せとか、そういう話なら帰ってもらうよ。"),
)


def test_a_push_mentioned_and_denied_is_no_advice_ja() -> None:
    for text in (
        "いえ、支店を出しましょうというお話をしに伺ったのではありません。",
        "すみません、値段を上げてくださいという意味で言ったのではないです。今のお店のことを教えていただけますか。",
    ):
        assert "advice" not in acts_of(text, SMALL_JA, "ja"), text


def test_a_push_after_the_denial_stays_advice_ja() -> None:
    text = "支店を出しましょうという話ではないですが、ネット販売は始めた方がいいですよ。"
    assert "advice" in acts_of(text, SMALL_JA, "ja")


SMALL_EN = ctx(
    ("trainee", "Thanks for having me today."),
    ("owner", "Before you start: I'm not looking to grow. If you're here to tell me to open a second shop, save your breath."),
)


def test_a_push_mentioned_and_denied_is_no_advice_en() -> None:
    for text in (
        "Nothing you have to get ready for this; I'm only here to listen.",
        "I'm not telling you to open a second shop. What would you like to talk about?",
        "The centre holds these chats with every member; there's nothing you need to bring, and it isn't an inspection.",
    ):
        assert "advice" not in acts_of(text, SMALL_EN, "en"), text


def test_a_push_after_the_denial_stays_advice_en() -> None:
    text = "I'm not saying you should open a second shop, but you should raise your prices."
    assert "advice" in acts_of(text, SMALL_EN, "en")


STEADY_EN = ctx(
    ("trainee", "How are things going for the firm at the moment?"),
    ("owner", "Fine, honestly. Orders are steady, we owe the bank almost nothing, staff mostly stay."),
)


def test_praise_naming_other_companies_is_no_advice_en() -> None:
    text = "Steady orders and almost no debt. Plenty of firms in your trade would envy that. What would you like the next few years to look like?"
    assert "advice" not in acts_of(text, STEADY_EN, "en")


def test_a_claim_about_other_companies_stays_advice_en() -> None:
    text = "Most firms in your trade are investing in automation now. What are you doing about it?"
    assert "advice" in acts_of(text, STEADY_EN, "en")


BAKERY_EN = ctx(
    ("trainee", "What worries you most about the next few years?"),
    ("owner", "My knees, for a start. I can't keep doing the night shifts. And my nephew's not interested in the place."),
    ("trainee", "And the shop itself?"),
    ("owner", "The shop's fine. Regulars love the rye. But the night shifts are killing me."),
)


def _settled_advice(text: str, evidence: str, turns: list) -> bool:
    """The advice a rule read in ``evidence`` survives the not-a-push settling."""
    found = {Act.ADVICE: [evidence]}
    settle_not_pushes(found, {Act.ADVICE: 0.5}, text, "en", turns, english.words)
    return Act.ADVICE in found


def test_a_summary_checked_with_him_is_no_advice_en() -> None:
    text = (
        "So the regulars love the rye, your nephew's not interested, and you can't keep doing the night "
        "shifts. Have I got that right?"
    )
    assert not _settled_advice(text, "you can't keep", BAKERY_EN)
    assert "advice" not in acts_of(text, BAKERY_EN, "en")


def test_a_push_of_her_own_before_a_check_stays_advice_en() -> None:
    text = "So you can't keep doing the night shifts, and you should hire a night baker. Have I got that right?"
    assert _settled_advice(text, "you can't keep", BAKERY_EN)
    text = "You should hire a night baker and sell the rye online. Does that sound right?"
    assert "advice" in acts_of(text, BAKERY_EN, "en")


def test_a_summary_of_his_wishes_is_no_boast_en() -> None:
    assert _said_of_owner("You want more clients, and referrals used to bring them.", "clients")
    assert not _said_of_owner("I've found more clients for firms like yours.", "clients")
    text = "Let me check I've got it. You want more regulars, and your nephew isn't interested. Is that right?"
    assert "self_promotion" not in acts_of(text, BAKERY_EN, "en")


def test_his_topic_taken_up_first_is_no_advice_en() -> None:
    ctx_en = ctx(("trainee", "Hello, I'm from the centre."), ("owner", "Our problem is sales. If you can help with that, fine."))
    assert "advice" not in acts_of("Understood, sales first. Let's start right there.", ctx_en, "en")


# --- 3. misses: pep talk, denial, diagnosis, a guess on the form, homework ------------------------

HEIR_JA = ctx(
    ("trainee", "新しい機械の導入は、どなたが決めるんですか？"),
    ("owner", "一応、私なんですけど…。父がまだ口を出すので、なかなか。"),
)


def test_a_pep_talk_that_waves_his_hesitation_aside_is_advice_and_denial_ja() -> None:
    for text in (
        "いや、専務なんですから、お父様に遠慮しないで、ご自分で決めていいと思いますよ。",
        "でも社長なんですから、もっと堂々と決めていいと思います。",
    ):
        a = analyse(text, HEIR_JA, "ja")
        assert "advice" in {x.value for x in a.acts} and a.features.denial, (text, a.acts)


def test_his_feeling_waved_aside_is_a_denial_ja() -> None:
    text = "迷っている場合じゃないですよ。"
    a = analyse(text, HEIR_JA, "ja")
    assert a.features.denial and "advice" in {x.value for x in a.acts}


def test_his_own_phrase_given_back_is_no_denial_ja() -> None:
    for text in ("迷っている場合じゃない、とお考えなんですね。", "お父様に遠慮されているんですね。"):
        a = analyse(text, HEIR_JA, "ja")
        assert not a.features.denial and "advice" not in {x.value for x in a.acts}, (text, a.acts)


OLD_STAFF_JA = ctx(
    ("trainee", "職人さんはどんな年齢層ですか？"),
    ("owner", "一番若いのでも五十八。みんな六十を超えてますよ。"),
)


def test_a_diagnosis_with_its_remedy_is_advice_ja() -> None:
    text = "六十超えですか。それは早く若い人を入れないとまずいですね。募集はかけてるんですか？"
    assert "advice" in acts_of(text, OLD_STAFF_JA, "ja")


def test_a_plain_question_on_the_same_fact_is_no_advice_ja() -> None:
    text = "皆さん六十を超えていらっしゃるんですね。若い方の募集はされていますか？"
    assert "advice" not in acts_of(text, OLD_STAFF_JA, "ja")


FORM_BRIEF = "申込書の「現状の課題」欄には「後継者不在、売上の減少」とある。"
FORM_CTX = ctx(
    ("trainee", "本日はよろしくお願いします。"),
    ("owner", "はい、どうも。で、何を話せばいいの？"),
)


def test_a_guess_laid_on_the_forms_fact_leads_ja() -> None:
    for text in (
        "申込書に「後継者不在」とありましたが、やっぱり跡継ぎのことが一番大変なんですよね？",
        "売上の減少と書かれていましたが、きっと取引先にもそう思われてるんですよね？",
    ):
        a = analyse(text, FORM_CTX, "ja", briefing=FORM_BRIEF)
        assert "leading_question" in {x.value for x in a.acts}, (text, a.acts)


def test_the_forms_fact_checked_stays_closed_ja() -> None:
    text = "申込書には売上の減少とも書かれていましたよね。"
    a = analyse(text, FORM_CTX, "ja", briefing=FORM_BRIEF)
    assert "leading_question" not in {x.value for x in a.acts}, a.acts


SALES_JA = ctx(
    ("trainee", "今日お話しして、いかがでしたか？"),
    ("owner", "まあ、話してみて少しは頭が整理できたかな。"),
)


def test_homework_on_the_supporters_solution_is_advice_not_a_question_ja() -> None:
    for text in (
        "よかったです。では次回までに、ネットで売る方法を社長の方で調べておいていただけますか？",
        "では次の面談までに、新しい看板商品のアイデアを二つほど考えてきていただけますか？",
    ):
        acts = acts_of(text, SALES_JA, "ja")
        assert "advice" in acts and "open_question" not in acts, (text, acts)


def test_homework_on_his_own_view_is_no_advice_ja() -> None:
    for text in (
        "次回までに、社長が十年後にどうなっていたいか、少し思い浮かべておいていただけますか？",
        "次回は、今日のお話の続きを伺えればと思います。",
    ):
        assert "advice" not in acts_of(text, SALES_JA, "ja"), text


# --- 5. a verdict or a request's purpose is no empathy ---------------------------------------------

ONE_CLIENT_JA = ctx(
    ("trainee", "取引先はどんな構成ですか？"),
    ("owner", "売上の八割が一社でね。もう三十年の付き合いだよ。"),
)


def test_a_verdict_on_his_practice_is_no_empathy_ja() -> None:
    for text in (
        "八割ですか！それは一社に頼りすぎで危ないですよね。",
        "今どき手書きの伝票はさすがにきついですね。",
    ):
        assert "empathy" not in acts_of(text, ONE_CLIENT_JA, "ja"), text


def test_his_hardship_acknowledged_stays_empathy_ja() -> None:
    text = "三十年のお付き合いとなると、その一社への気遣いも大変だったでしょうね。"
    assert "empathy" in acts_of(text, ONE_CLIENT_JA, "ja")


FIRST_EN = ctx(("owner", "Come in. The bank said you'd be coming. What's this about, then?"))


def test_a_request_for_the_books_with_its_purpose_is_no_empathy_en() -> None:
    for turns in (FIRST_EN, []):
        text = "Hello, good to meet you. I'm from the support programme. First, could you show me your latest accounts so I can understand the situation?"
        assert "empathy" not in acts_of(text, turns, "en")


def test_a_verdict_on_his_practice_is_no_empathy_en() -> None:
    ctx_en = ctx(("trainee", "Who are your customers?"), ("owner", "One big account is eighty percent of sales."))
    assert "empathy" not in acts_of("Eighty percent? That's far too risky, you're too dependent on them.", ctx_en, "en")
    assert "empathy" in acts_of("Eighty percent on one account. That must keep you up at night.", ctx_en, "en")


# --- 4. his words echoed as a question are a reflection ---------------------------------------------

BROTHER_EN = ctx(
    ("trainee", "Who handles the deliveries?"),
    ("owner", "My brother, Dev. He does the deliveries, and when a driver's off, he runs the night shift on his own."),
)


def test_his_words_echoed_as_a_question_are_a_reflection_en() -> None:
    acts = acts_of("Dev runs the night shift on his own when a driver's off?", BROTHER_EN, "en")
    assert "reflection" in acts and "closed_question" not in acts, acts


def test_a_new_fact_or_a_real_question_stays_closed_en() -> None:
    for text in (
        "Does Dev get paid extra for the night shift?",
        "Your brother gets overtime for that?",
        "Dev still runs the night shift on his own?",
    ):
        acts = acts_of(text, BROTHER_EN, "en")
        assert "reflection" not in acts or "closed_question" in acts or "leading_question" in acts, (text, acts)


def test_the_times_held_against_his_way_is_a_verdict_ja() -> None:
    text = "今どき在庫をノートで管理するのはさすがに厳しいですね。"
    acts = acts_of(text, ONE_CLIENT_JA, "ja")
    assert "advice" in acts and "empathy" not in acts, acts


def test_a_hard_market_agreed_with_stays_empathy_ja() -> None:
    text = "今どき、職人さんを集めるのは本当に厳しいですよね。"
    acts = acts_of(text, ONE_CLIENT_JA, "ja")
    assert "advice" not in acts, acts

"""Issue 8, round 12 (fb21): feedback lines that named the wrong behaviour, or praised or criticised
what the turn did not do (t10's blind judge: f008, f025; the brief's kinds). New sentences, ja and en,
each kind with near misses.

1. a recommendation whose lead-in is a statement tag (「…どこも同じ悩みがありますよね。まずは…した方が
   いいと思います。」) asks nothing: the advice is named, no leading-question line (t10 f008). A view put
   for his agreement with a question mark (「…足りないからですよね？」) stays leading, advice after it or not.
2. a request to see his figures over the years (「売上と利益の推移を見せていただけますか」 "your turnover
   figures for the past three years") is a request for the books, named once as one, never as a closed
   question (t10 f025); a promise not to ask (「…見せていただかなくて大丈夫です」 "I'll never ask to see
   your books") is no request; a real request is still criticised, a plain closed question still named.
3. a summary's closing check (「違うところはありますか」「合っていますか」) is no closed question; a real
   closed question after the summary (「ところで従業員は何名ですか？」) still is.
4. a brief honest answer to his question about the supporter (「六年ほどです。小売のお店を中心にお手伝い
   してきました。」) is no self-promotion; a record piled up (「八十社以上」「お任せください」) still is.
5. thanks for the meeting at its close (「本日はお忙しいところ、色々とお話しいただきありがとうござい
   ました。」) is no empathy; thanks for telling something hard stays empathy.
6. a check that his question was answered ("Does that answer it?" 「お答えになっていますか」) is no closed
   question (the brief-honest-answer praise and 'a closed question' on one turn contradicted each
   other); a fact asked after the answer still is.
"""

from __future__ import annotations

import pytest

from simulator.analysis import analyse
from simulator.analysis.checks import asks_documents

from .turns import ctx, has_line, run

LEADING_JA = "支援者の答えに誘導する質問"
UNASKED_JA = "社長が求めていない助言"
ANSWER_OPINION_JA = "支援者の意見や提案にまで広がっています"
DOCS_JA = "決算書などの資料を求める"
DOCS_EN = "Asking for the financial statements"
CLOSED_JA = "閉じた質問です"
CLOSED_EN = "A closed question"
EMPATHY_JA = "社長の気持ちや苦労を受け止める一言"
RECORD_JA = "実績"

ASKS_WHERE_JA = ctx(
    ("trainee", "ネットで予約を受けたい、というお話でしたね。"),
    ("owner", "そうそう。人が足りなくて電話に出られないんですよ。で、何から手をつければいいの？"),
)
PLAIN_JA = ctx(
    ("trainee", "最近のお店の様子はいかがですか？"),
    ("owner", "まあ、常連さんは来てくれるけど、昼の客は減ったね。夜は何とか回ってる。"),
)
PLAIN_EN = ctx(
    ("trainee", "How are things at the garage these days?"),
    ("owner", "Busy enough. Regulars keep us going, but the fleet contracts have dried up a bit."),
)
POINTS_JA = ctx(
    ("owner", "店は祖母の代からで、もう六十年になります。"),
    ("trainee", "ええ。"),
    ("owner", "常連さんが多いけど、みんな年を取ってきて、来る回数が減ってるんです。"),
    ("trainee", "そうなんですね。"),
    ("owner", "若いお客さんにどう来てもらえばいいのか、正直わからなくて。"),
)
ASKED_YEARS_JA = ctx(
    ("trainee", "はじめまして、商工会の者です。"),
    ("owner", "どうも。ところで、あんたこの仕事は何年やってるの？"),
)
CLOSING_JA = ctx(
    ("trainee", "次回は、今日のお話の続きを伺えればと思います。"),
    ("owner", "まあ、今日はこのへんで。また来てくださいよ。"),
)


def _acts(text: str, context: list, lang: str = "ja") -> set[str]:
    return {a.value for a in analyse(text, context, lang).acts}  # type: ignore[arg-type]


# 1 ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "飲食店の人手不足って、どこも同じ悩みがありますよね。まずは予約をネットで受けるようにした方がいいと思います。",
        "小さいお店だと、電話番が一番の負担になりますよね。最初は予約サイトに載せるところから始めるのがいいですよ。",
    ],
)
def test_a_recommendation_with_a_statement_tag_is_advice_not_a_leading_question(text: str) -> None:
    a, ts = run(text, ASKS_WHERE_JA)
    assert "leading_question" not in {x.value for x in a.acts}
    assert not has_line(ts.feedback, LEADING_JA)
    assert has_line(ts.feedback, UNASKED_JA) or has_line(ts.feedback, ANSWER_OPINION_JA)


@pytest.mark.parametrize(
    "text",
    [
        "昼のお客さんが減ったのは、宣伝が足りないからですよね？",  # his yes sought
        "昼のお客さんが減ったのは、宣伝が足りないからですよね？値段も見直した方がいいと思います。",  # asked, then advice
    ],
)
def test_a_view_put_for_his_agreement_stays_leading(text: str) -> None:
    a, ts = run(text, PLAIN_JA)
    assert "leading_question" in {x.value for x in a.acts}
    assert has_line(ts.feedback, LEADING_JA)


# 2 ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "docs", "closed"),
    [
        ("ここ三年の売上と粗利の推移を見せていただけますか？", "ja", DOCS_JA, CLOSED_JA),
        ("直近三期分の数字を見せていただけますか？", "ja", DOCS_JA, CLOSED_JA),
        ("Could you get me your turnover figures for the past three years?", "en", DOCS_EN, CLOSED_EN),
        ("Could you get me your latest accounts before we meet again?", "en", DOCS_EN, CLOSED_EN),
    ],
)
def test_a_request_for_his_figures_is_named_as_one_not_as_a_closed_question(
    text: str, lang: str, docs: str, closed: str
) -> None:
    _, ts = run(text, PLAIN_EN if lang == "en" else PLAIN_JA, lang)
    assert has_line(ts.feedback, docs)
    assert not has_line(ts.feedback, closed)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("売上の推移は見せていただかなくて大丈夫です。", "ja"),
        ("決算書はお見せいただかなくて構いません。今日は社長のお話を伺いに来ました。", "ja"),
        ("I will never ask to see your books unless you want me to.", "en"),
        ("We'll never ask for your accounts; that's yours to keep.", "en"),
    ],
)
def test_a_promise_not_to_ask_for_the_books_is_no_request(text: str, lang: str) -> None:
    assert not asks_documents(text, lang)
    _, ts = run(text, PLAIN_EN if lang == "en" else PLAIN_JA, lang)
    assert not has_line(ts.feedback, DOCS_EN if lang == "en" else DOCS_JA)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("決算書を三期分、次回お持ちいただけますか。", "ja"),
        ("Please send me your accounts before our next meeting.", "en"),
    ],
)
def test_a_real_request_for_the_books_is_still_criticised(text: str, lang: str) -> None:
    _, ts = run(text, PLAIN_EN if lang == "en" else PLAIN_JA, lang)
    assert has_line(ts.feedback, DOCS_EN if lang == "en" else DOCS_JA)


def test_a_plain_closed_question_is_still_named_closed() -> None:
    _, ts = run("お店の席数は何席ですか？", PLAIN_JA)
    assert has_line(ts.feedback, CLOSED_JA)
    assert not has_line(ts.feedback, DOCS_JA)
    # asking him to tell how sales went is a question, not a request for the books
    _, ts = run("売上はここ数年、どんなふうに推移してきましたか？", PLAIN_JA)
    assert not has_line(ts.feedback, DOCS_JA)


# 3 ------------------------------------------------------------------------------------------------
SUMMARY_JA = "まとめると、六十年続くお店で、常連さんが年を取って来る回数が減り、若いお客さんの呼び方がわからない、"


@pytest.mark.parametrize(
    "check",
    ["ということですね。違うところはありますか？", "ということですね。何か抜けているところはありますか？"],
)
def test_a_summary_checked_is_no_closed_question(check: str) -> None:
    acts = _acts(SUMMARY_JA + check, POINTS_JA)
    assert "summary" in acts
    assert "closed_question" not in acts


@pytest.mark.parametrize(
    "text",
    [
        SUMMARY_JA + "ということですね。ところで、従業員は何名ですか？",
        "整理すると、六十年続くお店で、常連さんの来る回数が減り、若いお客さんの呼び方がわからない。ちなみに、従業員は何名ですか？",
    ],
)
def test_a_real_closed_question_after_a_summary_is_still_closed(text: str) -> None:
    assert {"summary", "closed_question"} <= _acts(text, POINTS_JA)


# 4 ------------------------------------------------------------------------------------------------
def test_a_brief_answer_about_the_supporter_is_no_self_promotion() -> None:
    a, ts = run("六年ほどです。小売のお店を中心にお手伝いしてきました。", ASKED_YEARS_JA)
    assert "self_promotion" not in {x.value for x in a.acts}
    assert not has_line(ts.feedback, RECORD_JA)


@pytest.mark.parametrize(
    "text",
    ["六年で八十社以上お手伝いしてきました。お任せください。", "十年です。これまで百社以上を支援してきましたので、お任せください。"],
)
def test_a_record_piled_up_in_the_answer_is_still_self_promotion(text: str) -> None:
    assert "self_promotion" in _acts(text, ASKED_YEARS_JA)


# 5 ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "本日はお忙しいところ、色々とお話しいただきありがとうございました。",
        "はい、また伺います。今日はたくさんお話ししてくださって、ありがとうございました。",
    ],
)
def test_thanks_at_the_close_is_no_empathy(text: str) -> None:
    a, ts = run(text, CLOSING_JA)
    assert "empathy" not in {x.value for x in a.acts}
    assert not has_line(ts.feedback, EMPATHY_JA)


@pytest.mark.parametrize(
    "text",
    [
        "言いにくいことまで話してくださって、ありがとうございます。",
        "今日は大事なお話を聞かせていただき、ありがとうございました。",
    ],
)
def test_thanks_for_what_he_told_stays_empathy(text: str) -> None:
    assert "empathy" in _acts(text, CLOSING_JA)


# 6 ------------------------------------------------------------------------------------------------
ASKED_FEE_EN = ctx(("trainee", "Thanks for seeing me."), ("owner", "Before we start: is this going to cost me anything?"))
ASKED_FEE_JA = ctx(("trainee", "本日はよろしくお願いします。"), ("owner", "その前に、これってお金かかるの？"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("No, there's no fee, now or later. Does that answer it?", "en"),
        ("No charge at all; it's publicly funded. Does that make sense?", "en"),
        ("いえ、費用は一切かかりません。お答えになっていますか？", "ja"),
    ],
)
def test_a_check_that_his_question_was_answered_is_no_closed_question(text: str, lang: str) -> None:
    a, ts = run(text, ASKED_FEE_EN if lang == "en" else ASKED_FEE_JA, lang)
    assert "closed_question" not in {x.value for x in a.acts}
    assert not has_line(ts.feedback, CLOSED_EN if lang == "en" else CLOSED_JA)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("No, there's no fee. How many staff do you have?", "en"),
        ("いえ、費用はかかりません。従業員は何名ですか？", "ja"),
    ],
)
def test_a_fact_asked_after_the_answer_is_still_a_closed_question(text: str, lang: str) -> None:
    assert "closed_question" in _acts(text, ASKED_FEE_EN if lang == "en" else ASKED_FEE_JA, lang)


# near misses the brief names: a real topic jump is still named, a brush-off with a request for the
# books is named as that request (not as advice), a promise in English is no request
HANKO_JA = ctx(
    ("trainee", "そうなんですね。"),
    ("owner", "設備も人事も、取引先も会長が決めてる。私は判子を押すだけですよ。"),
)
UNWILLING_EN = ctx(("trainee", "Thanks for seeing me."), ("owner", "Just so you know, I don't show my accounts to anyone."))


DAUGHTER_JA = ctx(("owner", "娘が戻ってきてくれたんだけど、まだ現場は任せられなくてね。"))


def test_a_real_topic_jump_is_still_named() -> None:
    _, ts = run("ところで、ホームページはお持ちですか？", DAUGHTER_JA)
    assert has_line(ts.feedback, "一問一答")
    _, ts = run("娘さんは今、現場でどんなお仕事をされているんですか？", DAUGHTER_JA)  # it follows from his answer
    assert not has_line(ts.feedback, "一問一答")


def test_a_brush_off_with_a_request_for_the_books_is_named_as_the_request() -> None:
    _, ts = run("なるほど。まあそれはいいとして、次回までに試算表を用意しておいてください。", HANKO_JA)
    assert has_line(ts.feedback, DOCS_JA)
    assert not has_line(ts.feedback, UNASKED_JA)


def test_a_promise_in_english_draws_no_books_line() -> None:
    _, ts = run("That's fine, I won't ask for your accounts. How has the year been for you?", UNWILLING_EN, "en")
    assert not has_line(ts.feedback, DOCS_EN)

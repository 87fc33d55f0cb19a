"""Issue 8, fa17 (r16a / r16b / t10 defects still open on main c275235): analysis misreads. New
sentences, ja and en; each class has cases that fail on c275235 and negatives that keep their
labels.

1. A promise not to ask for the books (「決算書は拝見するつもりはありません」 "I won't ask to see
   your accounts"), or his refusal given back ("You won't show the books"), is no request for
   documents — in the scorer and in both of the engine's readers, which agree now (r16b s01 T2,
   s06 T9; t10 f077). A request after the promise, or a negative question, is still one.
"""

from __future__ import annotations

import pytest

from simulator.analysis.checks import asks_documents
from simulator.engine.asking import _asks_to_see
from simulator.engine.pressure import asks_to_see

from .turns import ctx, run

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

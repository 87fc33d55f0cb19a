"""The scorer reads the analyser's two r13 flags (fa13): a request for the books at a first
meeting is named and costs non_leading; a question after owning a misstep is no interrogation.

r13a s06 T1 ("could you bring the financial statements next time…") and r13b s02 T4 (「直近3期分の
決算書を…」) went unremarked with non_leading 85; r13a s02 T7 (「すみません、先走りました。」 then a
question) was told 「閉じた質問が続いています…（詰問）」. New sentences here.
"""

from __future__ import annotations

from simulator.acts import Utterance

from .turns import ctx, run

BOOKS_JA = "初めての面談で決算書などの資料を求めると"
BOOKS_EN = "Asking for the financial statements at a first meeting"
RUN_JA = "閉じた質問が続いています"

SHOP = ctx(
    ("trainee", "本日はありがとうございます。"),
    ("owner", "まあ、座って。うちは三代続く漆器の店でね。職人は四人だよ。"),
)
SHOP_EN = ctx(
    ("trainee", "Thank you for seeing me today."),
    ("owner", "Sure. We've made lacquerware here for three generations. Four craftsmen."),
)


def test_asking_for_the_books_is_named_and_costs_non_leading() -> None:
    a, s = run("ありがとうございます。差し支えなければ、過去2期分の決算書を拝見できますか。", SHOP)
    assert a.features.asks_documents
    assert any(BOOKS_JA in line for line in s.feedback), s.feedback
    assert "asks_documents" in s.flags
    plain_a, plain = run("ありがとうございます。職人さんは皆さん長いんですか。", SHOP)
    assert not plain_a.features.asks_documents
    assert s.scores["non_leading"] < plain.scores["non_leading"]
    a, s = run("Thanks. Would you be able to send over last year's financial statements?", SHOP_EN, "en")
    assert a.features.asks_documents and any(BOOKS_EN in line for line in s.feedback), s.feedback


def test_saying_the_books_are_not_needed_is_not_named() -> None:
    a, s = run("今日は決算書などはご用意いただかなくて大丈夫です。お店の始まりから伺えますか。", SHOP)
    assert not a.features.asks_documents
    assert not any(BOOKS_JA in line for line in s.feedback), s.feedback


def _two_closed() -> tuple[list[Utterance], list[list[str]]]:
    c = ctx(
        ("trainee", "職人さんは何人いらっしゃいますか。"),
        ("owner", "四人。……で、あんた、いきなり人数の話？"),
    )
    return c, [["closed_question"], []]


def test_a_question_after_owning_a_misstep_is_no_interrogation() -> None:
    c, prior = _two_closed()
    text = "すみません、先走りました。職人さんは皆さん長く勤めていらっしゃるんですか。"
    a, s = run(text, c, prior=prior)
    assert a.features.repair
    assert "closed_run" not in s.flags and not any(RUN_JA in line for line in s.feedback)
    # without the repair the same question after a closed one is a run
    a, s = run("職人さんは皆さん長く勤めていらっしゃるんですか。", c, prior=prior)
    assert not a.features.repair
    assert "closed_run" in s.flags

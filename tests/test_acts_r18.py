"""Issue 8, acts18 (tuning set t10, written blind by a second author): summary recall.
New sentences (none copied from t10); each positive fails on main 051be08, with negative cases (a
false alarm is worse than a miss for feedback).

1. A give-back that gathers his last turn and an earlier figure of his (「四割」「二社」「15名」),
   even one the supporter already gave back once, is a summary: the content-word list leaves
   numbers out, so the earlier point was not counted. A figure alone makes no point: one reply
   given back stays a reflection, a figure checked stays a question, a figure echoed with a
   verdict gains no give-back.
2. A promise not to ask for his books (「見せていただかなくて構いません」) is no request to see them:
   the owner engine read it as one and the distrustful founder lost trust at a reassurance. A
   polite request (「見せていただいても構いませんか」) stays a request.
"""

from __future__ import annotations

import pytest

from simulator import open_session
from simulator.analysis.context import figures
from simulator.datafiles import load_persona
from simulator.engine.pressure import asks_to_see

from .turns import acts_of, ctx

_SHOP = ctx(
    ("owner", "うちのお客さんは法人が七割なんですよ。"),
    ("trainee", "法人が七割なんですね。"),
    ("owner", "その法人のお客さんから、納期をもっと短くしてくれって言われ続けてて。職人が追いつかないんだ。"),
)
_WEB = ctx(
    ("owner", "注文の六割はネット経由です。"),
    ("trainee", "ネットが六割なんですね。"),
    ("owner", "ネットのほうは返品も多くてね、その対応で事務の子が手一杯なんだ。"),
)
_MAKER = ctx(
    ("owner", "納め先は五社あるけど、二社で売上の半分以上なんだよ。"),
    ("trainee", "二社で半分以上ですか。"),
    ("owner", "その二社がどっちも海外に工場を移すって話が出ててさ。正直、先が読めないんだ。"),
)


def test_figures_are_normalised() -> None:
    assert figures("卸が四割、社員は１５名") == {"#4割", "#15名"}
    assert figures("4割") == figures("四割")
    assert figures("社長のお考え") == set()


def test_earlier_figure_gathered_with_last_turn_is_summary() -> None:
    said = "七割を占める法人のお客さんから納期を縮めてほしいと言われ続けて、職人さんの手が追いつかなくなっている、ということですね。"
    assert "summary" in acts_of(said, _SHOP)
    said = "六割を占めるネットのほうで返品も多く、その対応で事務の方が手一杯になっている、ということでしょうか。"
    assert "summary" in acts_of(said, _WEB)


def test_one_reply_given_back_stays_reflection() -> None:
    # his last turn only, no earlier point: a reflection
    said = "法人のお客さんから納期を縮めてほしいと言われ続けて、職人さんの手が追いつかなくなっているんですね。"
    got = acts_of(said, _SHOP)
    assert "summary" not in got and "reflection" in got
    # his last turn only, with its own figure: still one reply given back
    one = ctx(("owner", "パートさんが三人辞めて、いま現場は十人で回してるんだ。"))
    got = acts_of("三人辞められて、十人で回していらっしゃるんですね。", one)
    assert "summary" not in got


def test_a_figure_alone_makes_no_point() -> None:
    # a figure checked is a question, not a gathering
    got = acts_of("その二社以外の三社とは、お付き合いは長いんですか？", _MAKER)
    assert "summary" not in got
    # his figure echoed with a verdict and a new question: no give-back appears
    one = ctx(("owner", "見積もりの依頼、月に二件あるかどうかだね。"))
    assert acts_of("月二件…、それは少ないですね。広告は出されていますか？", one) == acts_of(
        "それは少ないですね。広告は出されていますか？", one
    )


# --- 2. a promise not to ask for his books is no request to see them -----------------------------
# (the owner engine read 「見せていただかなくて構いません」 as asking for the accounts: trust -4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("試算表も、お見せいただかなくて構いません。", False),
        ("決算書は出していただかなくて平気ですので。", False),
        ("帳簿は見せていただかなくていいですよ。", False),
        # requests that ask leave, however politely, stay requests
        ("決算書を見せていただいても構いませんか？", True),
        ("試算表を見せていただいても大丈夫ですか？", True),
    ],
)
def test_a_promise_not_to_ask_for_the_books_is_no_request(text: str, expected: bool) -> None:
    persona = load_persona("distrustful_founder")
    words = [w for t in persona.answers.topics if t.id == "accounts" for w in t.about.get("ja")]  # type: ignore[union-attr]
    assert asks_to_see(text, "ja", words) is expected


def test_a_reassurance_about_the_books_does_not_cost_trust() -> None:
    session = open_session("distrustful_founder", "ja", seed=5, store=None)
    session.say("本日はお時間をいただき、ありがとうございます。")
    turn = session.say("決算書などは見せていただかなくて構いません。話したくないことは話さなくて大丈夫です。")
    assert turn.trust_delta >= 0, (turn.trust_delta, turn.owner_reply)

"""Unfair feedback of the r21a / r21b blind playtests (fb21b). New sentences in the style of the
defects, ja and en, each with a near miss:

- a recommendation of the supporter's own in answer to his test is 答えの提示 (never praised as a
  brief honest answer) and, for the owner engine, no dodge (r21a s04 T4, r21b s05 T4);
- "I'm not sure… I'd have to ask the chairman" refuses nothing: his chairman taken up is no
  pressing (r21b s04 T3–T4);
- a question on a concrete part of the broad topic he named (DX → software) is no jump (r21b s04 T2);
- a summary that gives back her own guess he did not confirm is not "his points gathered"
  (r21b s04 T7);
- a yes/no check of her own reading (「…というのは、…ということですか？」) and a request to hand
  something over are closed questions (r21a s02 T2/T4/T12, s04 T5);
- "Where would you like to start?" pictures no future (r21a s07 T1); "Oh no, I didn't mean it that
  way, sorry" acknowledges no feeling of his (r21a s06 T7).
"""

from __future__ import annotations

import pytest

from simulator import open_session
from simulator.analysis import analyse
from simulator.engine.moves import read_question
from simulator.scoring.limits import presses_refusal
from simulator.wording import knowledge_test as kt
from tests.turns import acts_of, ctx, has_line, run

# -- 1. a recommendation in the answer to his test ----------------------------------------------------------

_HP_JA = ctx(
    ("trainee", "ホームページのことで、今いちばん気になっているのはどんなところですか？"),
    ("owner", "作り直したいんだけどさ、業者に頼むのと自分たちで作るの、どっちがいいの？"),
)
_HP_EN = ctx(
    ("trainee", "What's on your mind about selling online?"),
    ("owner", "So which is better for us, Rakuten or a site of our own?"),
)
_PRAISE_JA = "短く誠実に答え"
_PRAISE_EN = "answered the owner's question briefly"
_HANDED_JA = "支援者の意見や提案にまで広がって"
_HANDED_EN = "went on into your own opinion"

_REC_JA = (
    "業者に頼めば手間はかかりませんが費用がかかりますし、自分たちで作れば安い分、時間がかかります。"
    "御社のように写真で見せたい商品なら、業者に頼む方が合っていると思います。社長はどちらがいいとお考えですか？"
)
_PLAIN_JA = "業者に頼めば手間はかかりませんが費用がかかり、自分たちで作れば安い分、時間がかかると聞いています。社長はどちらが気になりますか？"
_REC_EN = (
    "Rakuten brings you traffic but takes a big cut; your own site keeps the margin, but you have to bring "
    "the visitors yourself. For a product with a story like yours, your own site would suit you better. "
    "Which way are you leaning?"
)
_PLAIN_EN = (
    "Rakuten brings you traffic but takes a big cut; your own site keeps the margin, but finding "
    "the visitors is up to you. Which way are you leaning?"
)


def test_a_recommendation_in_his_test_is_handing_over_the_answer() -> None:
    _, s = run(_REC_JA, _HP_JA)
    assert not has_line(s.feedback, _PRAISE_JA)
    assert has_line(s.feedback, _HANDED_JA)
    _, s = run(_REC_EN, _HP_EN, "en")
    assert not has_line(s.feedback, _PRAISE_EN)
    assert has_line(s.feedback, _HANDED_EN)


def test_options_weighed_without_a_pick_are_not_handing_over() -> None:
    _, s = run(_PLAIN_JA, _HP_JA)
    assert not has_line(s.feedback, _HANDED_JA)
    _, s = run(_PLAIN_EN, _HP_EN, "en")
    assert not has_line(s.feedback, _HANDED_EN)


@pytest.mark.parametrize(
    ("text", "owner", "lang"),
    [
        (
            "楽天は人が集まりますが手数料が高く、自社サイトは利益が残りますが集客は自分でやることになります。"
            "御社の商品なら自社サイトの方が向いていると思います。社長はどれがいいと思いますか？",
            "で、ECってどこがいいの？楽天？それとも自社サイト？",
            "ja",
        ),
        (
            "Rakuten brings the traffic but takes a cut, and a site of your own keeps the margin. "
            "For pickles with a story, your own site would suit you better, I think. Which do you prefer?",
            "So which platform's best? Rakuten? Amazon? Our own site?",
            "en",
        ),
    ],
)
def test_the_engine_takes_her_pick_as_an_answer_not_a_dodge(text: str, owner: str, lang: str) -> None:
    persona = open_session("move_on_owner", lang=lang, seed=1).persona  # type: ignore[arg-type]
    a = analyse(text, lang=lang)  # type: ignore[arg-type]
    result, _ = kt.test_result(a, read_question(persona, text, lang), kt.owner_questions(owner, lang))
    assert result != "evaded"


def test_a_bare_question_back_is_still_a_dodge() -> None:
    persona = open_session("move_on_owner", lang="ja", seed=1).persona
    text = "社長ご自身は、どれがいいと思われますか？"
    a = analyse(text, lang="ja")
    result, _ = kt.test_result(a, read_question(persona, text, "ja"), kt.owner_questions("で、ECってどこがいいの？楽天？", "ja"))
    assert result == "evaded"


# -- 2. "not sure… I'd have to ask the chairman" refuses nothing ------------------------------------------

_PRESSED_EN = "pressed again for what the owner had just refused"


def test_unsure_and_the_chairman_named_is_no_refusal() -> None:
    context = ctx(
        ("trainee", "Do you keep the stock records on a computer?"),
        ("owner", "I'm not sure, to be honest… I'd have to ask the chairman."),
    )
    _, s = run("You mentioned the chairman. How do the two of you share the work?", context, "en")
    assert not has_line(s.feedback, _PRESSED_EN)


def test_asking_again_after_putting_it_to_the_chairman_still_presses() -> None:
    context = ctx(
        ("trainee", "Could you show me the stock records?"),
        ("owner", "I'd have to ask the chairman."),
    )
    assert presses_refusal("Could you show me the stock records anyway?", context, "en")


# -- 3. a part of his broad topic is his topic --------------------------------------------------------------

_JUMP_EN = "left what the owner had just answered"
_JUMP_JA = "別の話題"


def test_a_question_on_a_part_of_his_dx_topic_is_no_jump() -> None:
    context = ctx(
        ("trainee", "What would you most like help with?"),
        ("owner", "It's on the form. Mainly DX, and maybe a new line of business. That's about it."),
    )
    _, s = run("Do you use any software for stock control at the moment?", context, "en")
    assert not has_line(s.feedback, _JUMP_EN)
    assert not any("topic" in e and "jump" in e for e in s.evidence)
    context_ja = ctx(
        ("trainee", "どんなことでお力になれそうでしょうか？"),
        ("owner", "申込書に書いた通りですよ。DXと、あとは新しい事業ですかね。それ以上は、まあ。"),
    )
    _, s = run("在庫の管理には、今どんなソフトを使っていらっしゃいますか？", context_ja)
    assert "topic_switch" not in s.flags


def test_a_question_off_his_topic_is_still_a_jump() -> None:
    context = ctx(
        ("trainee", "What would you most like help with?"),
        ("owner", "It's on the form. Mainly DX, and maybe a new line of business. That's about it."),
    )
    _, s = run("How many delivery vans do you run?", context, "en")
    assert "topic_switch" in s.flags


# -- 4. her unconfirmed guess in a summary ------------------------------------------------------------------

_NEVER_EN = "has not said yet"
_GATHERED_EN = "You gathered the owner's points"
_NEVER_JA = "社長がまだ話していないこと"


def _van_context(reply: str) -> list:
    return ctx(
        ("trainee", "How have sales been lately?"),
        ("owner", "Sales have been flat for three years, and the delivery van is getting old."),
        ("trainee", "Is it your wife who handles the accounts, then?"),
        ("owner", reply),
    )


def test_her_unconfirmed_guess_summed_up_as_his_point_is_named() -> None:
    text = "So, to sum up: sales are flat, the van is old, and your wife handles the accounts, right?"
    _, s = run(text, _van_context("...Hmm, not really, no."), "en")
    assert has_line(s.feedback, _NEVER_EN)
    assert not has_line(s.feedback, _GATHERED_EN)
    context_ja = ctx(
        ("trainee", "最近の売上はいかがですか？"),
        ("owner", "ここ三年は横ばいでね。配達の車も古くなってきた。"),
        ("trainee", "経理は奥様がされているんですか？"),
        ("owner", "いや、まあ…それはまだ、なんとも。"),
    )
    _, s = run("まとめると、売上は横ばいで、配達の車も古くなってきて、経理は奥様がされている、ということですね。", context_ja)
    assert has_line(s.feedback, _NEVER_JA)


def test_a_guess_he_said_yes_to_is_his_point() -> None:
    text = "So, to sum up: sales are flat, the van is old, and your wife handles the accounts, right?"
    _, s = run(text, _van_context("Yes, she does the accounts."), "en")
    assert not has_line(s.feedback, _NEVER_EN)


# -- 5. closed checks of her own reading, hand-over requests ------------------------------------------------


def test_a_yes_no_check_of_her_reading_is_a_closed_question() -> None:
    context = ctx(("trainee", "最近、現場はいかがですか？"), ("owner", "どうもね、最近の現場はぎくしゃくしてて。"))
    acts = acts_of("ぎくしゃくというのは、ベテランと若手が対立しているということですか？", context)
    assert "reflection" not in acts and "closed_question" in acts
    context_en = ctx(("trainee", "How are things on the floor?"), ("owner", "Things on the floor have been tense lately."))
    acts = acts_of("Do you mean that the older staff and the new hires don't get along?", context_en, "en")
    assert "reflection" not in acts


def test_his_own_words_checked_stay_a_give_back() -> None:
    context = ctx(
        ("trainee", "最近、現場はいかがですか？"),
        ("owner", "ベテランと若手が対立しててね、現場がぎくしゃくしてるんだ。"),
    )
    acts = acts_of("ぎくしゃくというのは、ベテランと若手が対立しているということですか？", context)
    assert "closed_question" not in acts or "reflection" in acts


def test_a_request_to_hand_something_over_is_closed() -> None:
    context = ctx(
        ("trainee", "機械の更新については、どうお考えですか？"),
        ("owner", "まあ、古いのは分かってるよ。押しつけないってんなら、考えとくよ。"),
    )
    text = "次回までに、今使っている機械の一覧を見せていただけますか？"
    acts = acts_of(text, context)
    assert "open_question" not in acts and "closed_question" in acts
    _, s = run(text, context)
    assert not has_line(s.feedback, "語る余白")


def test_an_invitation_to_tell_stays_open() -> None:
    context = ctx(("trainee", "仕入れのことで、気になっていることは？"), ("owner", "まあ、仕入れ先が多すぎるのは確かだよ。"))
    assert "open_question" in acts_of("仕入れ先のことを、もう少し聞かせていただけますか？", context)


# -- 6. no future picture, no empathy -----------------------------------------------------------------------

_FUTURE_EN = "picture the future"


def test_where_to_start_pictures_no_future() -> None:
    context = ctx(("trainee", "Thanks for seeing me."), ("owner", "Sure. The advisor said you'd come."))
    _, s = run("I'd simply like to hear how you see the business. Where would you like to begin?", context, "en")
    assert not has_line(s.feedback, _FUTURE_EN)
    _, s = run("Where would you like to start today?", context, "en")
    assert not has_line(s.feedback, _FUTURE_EN)
    _, s = run("Where would you like the business to be in five years?", context, "en")
    assert has_line(s.feedback, _FUTURE_EN)


def test_her_own_slip_taken_back_is_no_empathy() -> None:
    context = ctx(
        ("trainee", "So the new buyer is really a risk for you?"),
        ("owner", "Are you saying I don't know my own customers?"),
    )
    assert "empathy" not in acts_of("Oh no, I didn't mean it like that. Sorry. How did that buyer first come to you?", context, "en")
    assert "empathy" not in acts_of("Oh no, that's not what I meant. What has the buyer been like?", context, "en")
    lost = ctx(("trainee", "How is business?"), ("owner", "We lost our biggest customer last month."))
    assert "empathy" in acts_of("Oh no, that must have been a real shock.", lost, "en")


# -- 7. a brief answer to his question is not "a lot in one go" ---------------------------------------------

_LOT_EN = "A lot in one go"


def test_a_brief_answer_to_his_question_is_not_a_lot_in_one_go() -> None:
    context = ctx(
        ("trainee", "What's on your mind about the website?"),
        ("owner", "Just tell me: should we pay a designer or build the site ourselves?"),
    )
    text = (
        "Briefly: a designer costs more up front but saves your staff the time; doing it yourselves is cheaper "
        "but slower, and someone has to keep it up. It depends on who would run it day to day. "
        "So may I ask: who on your team would look after the site?"
    )
    _, s = run(text, context, "en")
    assert has_line(s.feedback, _PRAISE_EN)
    assert not has_line(s.feedback, _LOT_EN)


def test_a_long_turn_nobody_asked_for_is_still_a_lot() -> None:
    context = ctx(
        ("trainee", "What's on your mind about the website?"),
        ("owner", "The website's old, that's all. We made it ten years ago."),
    )
    text = (
        "I see, ten years is a long time for a website, and a lot has changed since then in how people search "
        "and buy, so the look and the way it works on phones may both feel dated to customers now, and the "
        "photos too. What do you think of it yourself?"
    )
    _, s = run(text, context, "en")
    assert not has_line(s.feedback, _PRAISE_EN)
    assert has_line(s.feedback, _LOT_EN)

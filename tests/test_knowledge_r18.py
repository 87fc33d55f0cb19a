"""The owner's knowledge test (値踏み) and the answers he asked for (round 18, issues 9 and 8).

The rule: a brief, honest answer — even a partial one (「基本的なものなら」 / "basic ones, yes",
「詳しくはないですが…」 / "I'm not an engineer, but I've worked with…") — passes the test, with or
without a return to him; an "I don't know" passes too; putting the question off (「…の前に」
「…よりまず」 / "Let's come back to that", "Before X, can I ask…") dodges it; a hard sell or a
show of record lectures. The engine (his reaction, trust) and the scorer (feedback, non_leading)
must agree: a brief answer he asked for is never "unsolicited advice" nor "went on into your own
opinion". Every sentence here is new, none is a playtest's.
"""

from __future__ import annotations

import pytest

from simulator import open_session
from simulator.acts import Utterance
from simulator.analysis import analyse
from simulator.datafiles import load_persona
from simulator.engine.moves import answer_verdict, boasts, brief_answer, dodges
from simulator.persona import Reaction
from simulator.session import Session, Turn

WARM = {
    "ja": ["本日はお時間をいただきありがとうございます。", "最近の会社のご様子を聞かせていただけますか？",
           "そうなんですね。もう少し聞かせてください。"],
    "en": ["Thank you for making the time today.", "Could you tell me how things have been going at the company lately?",
           "I see. Could you tell me a little more?"],
}
# seeds at which each owner puts a given test question (the seed picks the line)
FOUNDER, MOVE_ON = "distrustful_founder", "move_on_owner"

# the scorer's lines that call an answer he asked for advice or a show of record
ADVICE_LINES = ("求めていない助言", "意見や提案にまで広がって", "実績", "unsolicited", "own opinion or proposal",
                "track record", "advice or a diagnosis")
ANSWERED_PRAISE = ("短く誠実に答え", "answered the owner's question briefly")


def _tested(pid: str, lang: str, seed: int) -> Session:
    session = open_session(pid, lang, seed=seed, store=None)
    for line in WARM[lang]:
        turn = session.say(line)
        if "test_knowledge" in turn.reaction:
            return session
    raise AssertionError(f"{pid}/{lang}/{seed}: the owner never tested the supporter")


def _answer(pid: str, lang: str, seed: int, text: str) -> Turn:
    return _tested(pid, lang, seed).say(text)


# (owner, lang, seed, the answer, passes, returns to him)
PASSES = [
    # partial answers, with and without a return
    (FOUNDER, "ja", 5, "基本的な図面でしたら、なんとか読めます。", False),
    (FOUNDER, "ja", 5, "簡単なものなら読めます。細かい公差までは自信がありません。社長の現場では、図面はどなたが見ているんですか？", True),
    (FOUNDER, "ja", 0, "現場の経験はありませんが、材料の値上がりの話はあちこちで聞きます。社長のところでは、どのくらい響いていますか？", True),
    (FOUNDER, "ja", 3, "ニュースで見る程度ですが、一時より落ち着いてきたとは聞きます。社長の実感はいかがですか？", True),
    (FOUNDER, "en", 1, "I'm not an engineer, but I've worked with a few machine shops, and I know steel prices have jumped.", False),
    (FOUNDER, "en", 1, "A little. I'm not an engineer, but I've visited a fair number of small factories. How hard have the material costs hit you?", True),
    (FOUNDER, "en", 3, "Basic ones, yes. Anything detailed, I'd need help.", False),
    (FOUNDER, "en", 3, "Simple ones, yes, but I'm no engineer. Who reads the drawings on your floor?", True),
    (FOUNDER, "en", 0, "Only what I read in the papers: it seems to have cooled off a bit. How does it look from where you sit?", True),
    (MOVE_ON, "ja", 4, "詳しくはないですが、送料込みの価格にしているお店が多いと聞きます。社長は送料、どのくらいまでなら許容できそうですか？", True),
    (MOVE_ON, "ja", 0, "使える補助金はあります。金額は枠によってかなり違うので、確認して次回お持ちします。ホームページで、一番やりたいことは何ですか？", True),
    (MOVE_ON, "ja", 1, "具体的な社名までは存じませんが、地方の漬物屋さんで成功している例は聞いたことがあります。社長はどんな売れ方をイメージされていますか？", True),
    (MOVE_ON, "en", 2, "It is expensive. Many food shops build the shipping into the price.", False),
    (MOVE_ON, "en", 0, "Anywhere from a few hundred thousand yen to a couple of million, depending on what it needs to do.", False),
    (MOVE_ON, "en", 4, "Each has pros and cons: the marketplaces bring traffic, your own site keeps more margin. Which matters more to you?", True),
    # "I don't know", with and without a return
    (FOUNDER, "ja", 5, "正直に申し上げると、図面はほとんど読めません。", False),
    (FOUNDER, "ja", 5, "すみません、図面は読めないんです。よければ、社長が図面のどこを見ていらっしゃるのか教えていただけますか？", True),
    (FOUNDER, "en", 1, "I don't know, to be honest. How much have they gone up for you?", True),
    (FOUNDER, "en", 3, "Not really, I'm afraid. What do you look at first when one comes in?", True),
    (MOVE_ON, "ja", 0, "いくら出るかは、いまここでは正確には分かりません。", False),
    (MOVE_ON, "en", 2, "I don't know what others in your line do, honestly. What would you be comfortable charging for it?", True),
    (MOVE_ON, "en", 3, "There are schemes, but I'm not sure of the amounts right now. What would you want the site to do first?", True),
]


@pytest.mark.parametrize(("pid", "lang", "seed", "text", "back"), PASSES)
def test_a_brief_honest_answer_passes_and_is_no_advice(pid: str, lang: str, seed: int, text: str, back: bool) -> None:
    turn = _answer(pid, lang, seed, text)
    assert turn.reaction.startswith(Reaction.TEST_PASSED.value), (turn.reaction, turn.owner_reply)
    assert turn.trust_delta > 0
    # the scorer agrees with the owner: what he asked for is no advice, no show of record
    assert not any(x in line for line in turn.feedback for x in ADVICE_LINES), turn.feedback
    assert (turn.scores["non_leading"] or 0) >= 80
    # his reaction never tells a supporter who answered "basic ones, yes" that she knows nothing
    if "知らない" in turn.owner_reply or "don't know, you don't" in turn.owner_reply:
        raise AssertionError(turn.owner_reply)


def test_the_return_to_him_is_worth_more_than_the_bare_answer() -> None:
    bare = _answer(FOUNDER, "en", 3, "Basic ones, yes. Anything detailed, I'd need help.")
    back = _answer(FOUNDER, "en", 3, "Basic ones, yes, though anything detailed I'd need help with. Who reads them on your floor?")
    assert back.trust_delta > bare.trust_delta > 0


# (owner, lang, seed, a dodge)
DODGES = [
    (FOUNDER, "ja", 5, "図面の話より、まず社長のお考えを伺いたいです。会社の今後はどうお考えですか？"),
    (FOUNDER, "ja", 0, "それよりも、社長が今一番気にされていることを教えてください。"),
    (FOUNDER, "ja", 3, "社長はどう思われますか？"),
    (FOUNDER, "en", 1, "Let's not worry about me. What would you most like to get out of today?"),
    (FOUNDER, "en", 3, "Why do you ask?"),
    (MOVE_ON, "ja", 4, "送料の前に、そもそもなぜネット販売をお考えなのか伺ってもいいですか？"),
    (MOVE_ON, "ja", 1, "事例の前に、御社の強みを教えていただけますか？"),
    (MOVE_ON, "en", 2, "Before shipping, can I ask why you want to sell online at all?"),
    (MOVE_ON, "en", 1, "Let's come back to that. How many staff do you have?"),
]


@pytest.mark.parametrize(("pid", "lang", "seed", "text"), DODGES)
def test_putting_the_question_off_dodges_it(pid: str, lang: str, seed: int, text: str) -> None:
    turn = _answer(pid, lang, seed, text)
    assert turn.reaction.startswith(Reaction.TEST_EVADED.value), (turn.reaction, turn.owner_reply)
    assert -6.0 < turn.trust_delta < 0  # a dodge costs, but it is no lecture nor a hard sell
    # the scorer neither praises it as an answer nor calls "Let's come back to that" advice
    assert not any(x in line for line in turn.feedback for x in ANSWERED_PRAISE + ADVICE_LINES), turn.feedback


# (owner, lang, seed, a lecture or a hard sell)
LECTURES = [
    (FOUNDER, "ja", 0, "材料高はもう価格転嫁するしかありません。取引先に値上げを申し入れるべきです。"),
    (FOUNDER, "ja", 5, "読めます。製造業の支援は二十社以上の実績がありますので、安心してお任せください。"),
    (FOUNDER, "en", 1, "You need to pass the cost increases on to your customers right away. I'd recommend a price review this month."),
    (FOUNDER, "en", 3, "Of course. I've helped dozens of firms like yours, so you can leave the technical side with me."),
    (MOVE_ON, "ja", 4, "送料無料にして、その分を商品価格に上乗せしましょう。それが一番売れます。"),
    (MOVE_ON, "en", 2, "You should offer free shipping and raise your prices. That's what sells."),
    (MOVE_ON, "en", 4, "Go with Amazon. It's the biggest, and you'll get the traffic straight away."),
]


@pytest.mark.parametrize(("pid", "lang", "seed", "text"), LECTURES)
def test_a_hard_sell_or_a_show_of_record_fails_the_test(pid: str, lang: str, seed: int, text: str) -> None:
    turn = _answer(pid, lang, seed, text)
    assert not turn.reaction.startswith(Reaction.TEST_PASSED.value), (turn.reaction, turn.owner_reply)
    assert turn.trust_delta <= -3.0


def test_a_hard_sell_the_analyser_did_not_label_still_costs_as_advice() -> None:
    sell = _answer(MOVE_ON, "en", 4, "Go with Amazon. It's the biggest, and you'll get the traffic straight away.")
    weigh = _answer(MOVE_ON, "en", 4, "Amazon brings the traffic; your own site keeps the margin. Which matters more to you?")
    assert sell.trust_delta <= -3.0 < 0 < weigh.trust_delta


# -- the verdict from the words alone: near misses on either side ------------------------------------


def _a(text: str, lang: str, owner: str):  # type: ignore[no-untyped-def]
    return analyse(text, [Utterance(speaker="owner", text=owner)], lang)


JA_Q = "ところで、あんた、うちみたいな板金の仕事って分かるの？"
EN_Q = "By the way, do you know anything about sheet-metal work?"


@pytest.mark.parametrize(
    ("lang", "owner", "text", "verdict"),
    [
        ("ja", JA_Q, "ある程度なら分かります。細かい加工までは分かりません。", "passed"),
        ("ja", JA_Q, "専門家ではありませんが、板金屋さんには何度か伺ったことがあります。", "passed"),
        ("ja", JA_Q, "板金の支援実績は豊富です。私は専門家ですので。", "lecture"),
        ("ja", JA_Q, "板金の前に、社長のこれまでのお話を伺えますか？", "evaded"),
        # a question back on a profile fact of its own, after an admission, still dodges
        ("ja", JA_Q, "詳しくないです。ちなみに、従業員は何人ですか？", "evaded"),
        ("en", EN_Q, "A bit. I've sat in on a couple of production meetings at a press shop.", "passed"),
        ("en", EN_Q, "I'm no expert, but I've toured a few sheet-metal shops.", "passed"),
        ("en", EN_Q, "I'm an expert in sheet metal, trust me.", "lecture"),
        ("en", EN_Q, "Never mind me. What brings you to the chamber this year?", "evaded"),
        ("en", EN_Q, "Not much, honestly. By the way, how many staff do you have?", "evaded"),
    ],
)
def test_the_verdict_from_the_words(lang: str, owner: str, text: str, verdict: str) -> None:
    assert answer_verdict(_a(text, lang, owner), owner) == verdict


def test_a_put_off_after_a_real_answer_still_passes() -> None:
    text = "Basic ones, yes. Before we get to that, though, who checks them on your floor?"
    a = _a(text, "en", "Can you read a drawing?")
    assert answer_verdict(a, "Can you read a drawing?") == "passed" and not dodges(a, "Can you read a drawing?")


def test_a_brief_answer_is_not_one_that_proposes() -> None:
    owner = "So which e-commerce platform's best?"
    plain = _a("Each has its pros and cons; it depends on what you want from it.", "en", owner)
    tip = _a("Each has its pros and cons. Why don't you try Rakuten first?", "en", owner)
    assert brief_answer(plain, owner) and not brief_answer(tip, owner)


def test_boasts_spares_an_honest_admission() -> None:
    assert boasts("製造業の支援実績が豊富です。", "ja") and not boasts("専門家ではありませんが、少しは分かります。", "ja")
    assert boasts("I've helped dozens of firms like yours.", "en") and not boasts("I'm not an expert, but a little.", "en")


@pytest.mark.parametrize("pid", [FOUNDER, MOVE_ON])
def test_his_passed_lines_fit_a_partial_answer_too(pid: str) -> None:
    """A supporter who said "basic ones, yes" is not told she knows nothing."""
    lines = load_persona(pid).lines[Reaction.TEST_PASSED]
    for text in [*lines.ja, *lines.en]:
        assert "知らない" not in text and "分からない" not in text and "don't know" not in text, text


def test_a_record_of_help_given_shows_off_but_an_honest_source_does_not() -> None:
    assert boasts("前職では町工場の支援もしてきましたので、だいたい分かります。", "ja")
    assert not boasts("前職で町工場の方とお付き合いがあったので、少しは分かります。", "ja")
    assert boasts("I've supported plenty of workshops, so I know the trade.", "en")
    assert not boasts("I've visited a few workshops, so a little.", "en")
    record = _answer(FOUNDER, "en", 1, "I've advised a good few metal shops on their costs, so I'd say I know the field.")
    assert not record.reaction.startswith(Reaction.TEST_PASSED.value) and record.trust_delta < 0


def test_an_answer_that_recommends_keeps_the_scorers_note_on_opinion() -> None:
    """「〜のがいいと思います」 answers him, but with her own opinion: the scorer says so (not
    "unsolicited"), while a plain answer gets no such note."""
    opinion = _answer(MOVE_ON, "ja", 4, "クール便は高いので、まずは常温で送れる商品から始めるのがいいと思います。社長はどの商品を送りたいですか？")
    plain = _answer(MOVE_ON, "ja", 4, "クール便は確かに高く、送料込みの価格にしているお店が多いようです。社長はどの商品を送りたいですか？")
    assert any("意見や提案にまで広がって" in line for line in opinion.feedback), opinion.feedback
    assert not any("求めていない助言" in line for line in opinion.feedback)
    assert not any(x in line for line in plain.feedback for x in ADVICE_LINES), plain.feedback


DODGED_LINE = ("答えないまま", "put the owner's question off")


@pytest.mark.parametrize(("pid", "lang", "seed", "text"), [d for d in DODGES if d[3] != "社長はどう思われますか？"])
def test_the_scorer_names_the_put_off_as_the_owner_felt_it(pid: str, lang: str, seed: int, text: str) -> None:
    turn = _answer(pid, lang, seed, text)
    assert any(x in line for line in turn.feedback for x in DODGED_LINE), turn.feedback


def test_an_answer_before_the_put_off_is_not_named_a_dodge() -> None:
    turn = _answer(FOUNDER, "en", 3, "Basic ones, yes. Before we get to that, though, who checks them on your floor?")
    assert turn.reaction.startswith(Reaction.TEST_PASSED.value)
    assert not any(x in line for line in turn.feedback for x in DODGED_LINE), turn.feedback

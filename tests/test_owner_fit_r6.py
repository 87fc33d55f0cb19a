"""Owner replies that answer what was said (blind playtests r6a/r6b, issue 9), by class:

1. a fact already told is not told again as news; a request to say more (「というと？」 /
   "What do you mean?") expands the owner's own last reply, not his opening; 「数えたこともない」
   answers only a how-many question;
2. a question about his feelings or the future gets his own feeling/future lines (persona data,
   ``peak``), never the next volunteered fact;
3. a next-step invitation he may decline is not advice: no rebuff, no trust lost;
4. no stock opener for a move never made: modesty only after praise, agreement or relief only
   to a give-back that asks nothing;
5. an honest admission in answer to the owner's own test passes it, however long.

Every class in Japanese and English. The sentences are new ones in the spirit of the playtests,
not the playtests' own; each test fails on main 0722648."""

from __future__ import annotations

import re

import pytest

from simulator.datafiles import load_persona, persona_ids
from simulator.session import Session, Turn, open_session

HELLO = {
    "ja": "こんにちは。本日はお時間をいただきありがとうございます。",
    "en": "Hello, thank you for making time for me today.",
}
LANGS = ("ja", "en")


BRIEF_ANSWER = {
    "ja": "正直、そこは詳しくは分かりません。社長はどうご覧になっていますか。",
    "en": "Honestly, I don't know that well. How do you see it?",
}


def meet(pid: str, lang: str, *turns: str, seed: int = 11) -> Session:
    """A meeting after a greeting and ``turns``; the owner's knowledge test, if he puts it, is
    answered briefly and honestly (so that the next move is read on its own)."""
    s = open_session(pid, lang=lang, seed=seed, store=None)
    for text in (HELLO[lang], *turns):
        if "test_knowledge" in s.say(text).reaction:
            s.say(BRIEF_ANSWER[lang])
    return s


def says_one_of(reply: str, lines: list[str]) -> bool:
    """One of ``lines`` is in the reply (a lead-in may lower-case its first letter; an opening
    tic of the line that opened one of his last replies may be dropped: own23en)."""
    from simulator.voice.offline import _EN_TIC

    def untic(line: str) -> str:
        m = _EN_TIC.match(line)
        return line[m.end():].lstrip(".… ") if m else line

    return any(line.lower() in reply.lower() or untic(line).lower() in reply.lower() for line in lines)


def lines_of(pid: str, lang: str, reaction: str) -> list[str]:
    persona = load_persona(pid)
    pools = [v.get(lang) for r, v in persona.lines.items() if r.value == reaction]
    pools += [v.get(lang) for r, v in persona.approving_lines.items() if r.value == reaction]
    return [line for pool in pools for line in pool]


def starts_with_any(reply: str, lines: list[str]) -> bool:
    return any(reply.startswith(line) or line in reply[: len(line) + 8] for line in lines)


def peak_lines(pid: str, lang: str, kind: str) -> list[str]:
    peak = load_persona(pid).peak
    assert peak is not None, pid
    return [w for t in peak.get(kind, lang) for w in peak.wordings(t)]  # a line in any of its wordings


# -- 2. feelings and the future: his own lines, not the next fact -----------------------------

FEELING = {
    "ja": [
        "ここまでお話しされてみて、今どんなお気持ちですか。",
        "そういう毎日を送っていらっしゃって、社長ご自身はどう感じていらっしゃいますか。",
    ],
    "en": [
        "Having talked it through this far, how do you feel about it right now?",
        "Living with that every day, how does it feel for you personally?",
    ],
}
FUTURE = {
    "ja": [
        "5年後、会社がどうなっていたらいいなと思われますか。",
        "この先のことを考えたとき、どんな姿が浮かびますか。",
    ],
    "en": [
        "Five years from now, what would you like the company to look like?",
        "When you picture the years ahead, what do you see?",
    ],
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("pid", persona_ids())
@pytest.mark.parametrize("kind", ["feeling", "future"])
def test_a_question_on_feelings_or_the_future_gets_his_own_lines(
    pid: str, lang: str, kind: str
) -> None:
    for question in (FEELING if kind == "feeling" else FUTURE)[lang]:
        s = meet(pid, lang)
        turn = s.say(question)
        assert not turn.revealed, (pid, question, turn.owner_reply)  # no volunteered fact
        assert says_one_of(turn.owner_reply, peak_lines(pid, lang, kind)), (
            pid,
            question,
            turn.owner_reply,
        )


# -- 3. an invitation to a next step is no advice -------------------------------------------

INVITE = {
    "ja": [
        "次回、もしよろしければ、今日のお話の続きを社長と一緒に整理させていただけませんか。",
        "次にお伺いするとき、社長がよければ、数字を一緒に眺めてみる時間をいただけませんか。無理にとは申しません。",
    ],
    "en": [
        "Next time, if you're willing, could we go through today's points together, at your pace?",
        "When we next meet, would it be all right if we looked at the figures together? Only if you'd like to.",
    ],
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("pid", persona_ids())
def test_a_next_step_invitation_is_met_in_kind_not_rebuffed(pid: str, lang: str) -> None:
    rebuffs = lines_of(pid, lang, "lecture_pushback")
    for text in INVITE[lang]:
        s = meet(pid, lang, FEELING[lang][0])
        turn = s.say(text)
        assert turn.reaction != "lecture_pushback" and not any(
            r in turn.owner_reply for r in rebuffs
        ), (pid, text, turn.owner_reply)
        assert turn.trust_delta >= 0, (pid, text, turn.trust_delta)
        assert says_one_of(turn.owner_reply, peak_lines(pid, lang, "invited")), (
            pid,
            text,
            turn.owner_reply,
        )


# -- 1. a request to say more expands his own last reply ---------------------------------------

VAGUE = {  # questions on a topic the owner is not ready to open at the start: a vague reply
    "big_customer_owner": {
        "ja": "丸栄さんとのお付き合いは、最近はどんな感じですか。",
        "en": "How are things with Maruei these days?",
    },
    "family_values_owner": {
        "ja": "お嬢さんとは、お店のこれからについて話されることはありますか。",
        "en": "Do you and your daughter ever talk about the shop's future?",
    },
}
CLARIFY = {
    "ja": ["いろいろ、というと？", "と言いますと？", "それは、どういうことですか？"],
    "en": ["What do you mean?", "How so?", "Such as?"],
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("pid", sorted(VAGUE))
def test_a_request_to_say_more_expands_his_last_reply_not_his_opening(pid: str, lang: str) -> None:
    persona = load_persona(pid)
    for ask in CLARIFY[lang]:
        s = meet(pid, lang)
        before = s.say(VAGUE[pid][lang]).owner_reply
        turn = s.say(ask)
        for fact_id in turn.revealed:  # a fact may come only if his last reply was on its topic
            words = persona.fact(fact_id).unlock.topics
            assert words is not None and any(
                w.lower() in before.lower() for w in words.get(lang)
            ), (pid, ask, turn.owner_reply)
        if not turn.revealed:
            assert says_one_of(turn.owner_reply, peak_lines(pid, lang, "clarify")), (
                pid,
                ask,
                turn.owner_reply,
            )


OPENING_FACT = {
    "big_customer_owner": ("プレス部品", "pressed parts"),
    "family_values_owner": ("大正の終わり", "Taisho"),
}


@pytest.mark.parametrize(("pid", "lang"), [("family_values_owner", "en")])  # the one main replays
def test_a_clarification_never_replays_the_self_introduction(pid: str, lang: str) -> None:
    marker = OPENING_FACT[pid][0 if lang == "ja" else 1]
    for seed in range(6):
        for ask in CLARIFY[lang]:
            s = meet(pid, lang, VAGUE[pid][lang], seed=seed)
            assert marker not in s.say(ask).owner_reply, (pid, seed, ask)


NEVER_COUNTED = {"ja": "数え", "en": "counted"}
WHERE = {
    "ja": [
        "仕入れている鋼材は、どちらの問屋さんからですか？",
        "工場の図面の管理は、どなたが担当されていますか？",
    ],
    "en": [
        "Which wholesaler do you buy your steel from?",
        "Who looks after the drawings in the shop?",
    ],
}


@pytest.mark.parametrize("lang", LANGS)
def test_never_counted_answers_only_a_how_many_question(lang: str) -> None:
    for seed in range(8):
        for question in WHERE[lang]:
            s = meet("distrustful_founder", lang, seed=seed)
            turn = s.say(question)
            assert NEVER_COUNTED[lang] not in turn.owner_reply, (seed, question, turn.owner_reply)


def test_a_fact_told_in_answers_is_not_announced_again_as_news() -> None:
    """「主な取引先は？」「その割合は？」 answered: 丸栄・7割 is not re-announced later (r6b s06 T9)."""
    for seed in range(4):
        s = meet(
            "big_customer_owner",
            "ja",
            "主な取引先はどちらですか。",
            "売上のうち、そちらの割合はどのくらいですか。",
            seed=seed,
        )
        later = [
            s.say(
                "父の代から仕事が途切れずに続いているのは、本当にすごいことだと思います。続いてきたのはなぜだと思われますか。"
            ),
            s.say(
                "図面通りにきっちり納めてこられたんですね。社長が日々いちばん気を配っているのはどんなところですか。"
            ),
            s.say(
                "おかげさまで、とおっしゃいましたが、ここ数年で何か変わってきたことはありますか。"
            ),
            s.say("その中で、社長ご自身が大事にしていることはどんなことでしょう。"),
        ]
        assert not any("one_big_customer" in t.revealed for t in later), (
            seed,
            [t.owner_reply for t in later],
        )


# -- 4. no opener for a move never made -----------------------------------------------------


def reply_after(pid: str, lang: str, setup: list[str], text: str, seed: int = 5) -> Turn:
    s = meet(pid, lang, *setup, seed=seed)
    return s.say(text)


MODEST = {
    "ja": re.compile(r"(僕なんて|私なんか|まだまだ|それほどでも|大したこと|恐縮)"),
    "en": re.compile(r"(?i)(long way to go|not really|nothing special|too kind|embarrass)"),
}
REASSURE = {
    "ja": [
        "ゆっくりで大丈夫です。思いつくところからで構いません。",
        "すみません、急かすつもりはありませんでした。焦らずで大丈夫です。",
    ],
    "en": [
        "It's okay, take your time. There's no right answer here.",
        "Sorry, I didn't mean to rush you. No hurry at all.",
    ],
}


@pytest.mark.parametrize(
    ("pid", "lang"),  # the owners whose kind-words lines include modesty
    [
        ("big_customer_owner", "ja"),
        ("big_customer_owner", "en"),
        ("family_values_owner", "ja"),
        ("reluctant_successor", "ja"),
    ],
)
def test_reassurance_or_an_apology_gets_no_modesty(pid: str, lang: str) -> None:
    for seed in range(10):
        for before in (
            [],
            ["最近のお仕事の様子はいかがですか。" if lang == "ja" else "How has work been lately?"],
        ):
            for text in REASSURE[lang]:
                turn = reply_after(pid, lang, before, text, seed=seed)
                assert not MODEST[lang].search(turn.owner_reply), (
                    pid,
                    seed,
                    text,
                    turn.owner_reply,
                )


GIVE_BACK_THEN_ASK = {
    "ja": [
        "毎年同じように回っていらっしゃるんですね。ちなみに、値下げの要求はありますか？",
        "大変な中でやってこられたんですね。そう思うようになったきっかけは何だったんですか？",
    ],
    "en": [
        "So things run the same way every year. Do customers ever ask you to cut prices?",
        "That sounds like a lot to carry. What first made you feel that way?",
    ],
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("pid", persona_ids())
def test_a_question_after_kind_words_or_a_give_back_is_answered_not_confirmed(
    pid: str, lang: str
) -> None:
    stock = (
        lines_of(pid, lang, "reflection_response")
        + lines_of(pid, lang, "empathy_response")
        + lines_of(pid, lang, "summary_relief")
    )
    for seed in range(3):
        for text in GIVE_BACK_THEN_ASK[lang]:
            turn = reply_after(pid, lang, [], text, seed=seed)
            assert turn.reaction not in (
                "reflection_response",
                "empathy_response",
                "summary_relief",
            ), (pid, text, turn.reaction)
            assert not starts_with_any(turn.owner_reply, stock), (pid, seed, text, turn.owner_reply)


# -- 5. an honest answer to his own test passes it ------------------------------------------

HONEST = {
    "ja": "正直に申し上げると、私は現場で機械を動かしたことはありません。前職は金融機関で、製造業のお客様のお話を伺う仕事はしてきましたが、社長ほど現場を分かっているとはとても言えません。ですので、今日は社長から教えていただくつもりで伺いました。毎回きっちり仕上げる、というのは、社長の中ではどういうことなんでしょうか。",
    "en": "To be honest, I've never run a machine on a shop floor myself. I used to work at a bank, listening to manufacturers, but I can't claim to know the floor the way you do, so I've come to learn from you today. When you say every job has to be right, what does that mean to you?",
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_long_honest_admission_passes_the_owners_test(lang: str) -> None:
    s = open_session("distrustful_founder", lang=lang, seed=11, store=None)
    s.say(HELLO[lang])
    turn = s.say(
        "工場ではどんなものを作っていらっしゃるんですか。"
        if lang == "ja"
        else "What do you make in the shop?"
    )
    assert "test_knowledge" in turn.reaction, turn.reaction
    answer = s.say(HONEST[lang])
    assert answer.reaction.startswith("test_passed"), (answer.reaction, answer.owner_reply)
    assert answer.trust_delta > 0, answer.trust_delta


@pytest.mark.parametrize("lang", LANGS)
def test_the_llm_directors_note_carries_the_peak_lines(lang: str) -> None:
    """The LLM voice is told what the offline voice says: a feeling question is answered in kind."""
    from simulator.analysis import analyse
    from simulator.voice.prompt import turn_note

    s = meet("family_values_owner", lang)
    state, intent = s.engine.step(s.state, analyse(FEELING[lang][1], s.history, lang))
    assert intent.peak == "feeling", intent
    note = turn_note(s.persona, state, intent, s.history)
    assert "asked how you feel" in note and any(
        line in note for line in peak_lines("family_values_owner", lang, "feeling")
    )

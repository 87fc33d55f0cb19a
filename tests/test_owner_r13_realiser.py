"""Round 13 (issue 9): the offline realiser's seams in Japanese — a lead-in of the owner's is never glued
before a line that already opens with one, with a hesitation or with an echo of the trainee's
words (「そうですねえ、そうですねえ…」「だからさ、一緒にねえ。」), and a lead-in that concludes
from earlier words (「だからさ、」) does not open a reply where nothing was said before.

Every sentence here is new (not copied from the playtests)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from simulator import load_persona, persona_ids
from simulator.playtest import load_bots, run
from simulator.voice.offline import _glue, opens_spoken

# an independent reading of a doubled lead-in: a filler of his, then another spoken opening
SECOND_OPENING = {
    "ja": re.compile(r"^(…|ええと|えっと|うーん|まあ|そうですね|そうだな|ほや|ほうや|いやあ|なんというか|あの、|その、|要は|だから)"),
    "en": re.compile(r"(?i)^(\.\.\.|…|well\b|hm|um\b|oh\b|look\b|honestly|frankly|let me see|mm\b|ah\b|i mean)"),
}
# an echo of the trainee's word as the first sentence (「二十年、ですか。」「一緒にねえ。」)
ECHO = {"ja": re.compile(r"^[^。？！、…]{1,12}(、?ですか|、?(?<!か)ねえ)[。？…]"), "en": re.compile(r"^[^.?!,]{1,24}\?(\s|$)")}


def _texts(node: Any, lang: str) -> list[str]:
    """Every line of a persona file in ``lang`` (lines, answers, peak and open talk, facts…)."""
    out: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == lang and isinstance(value, list):
                out += [v for v in value if isinstance(v, str)]
            elif key == lang and isinstance(value, str):
                out.append(value)
            else:
                out += _texts(value, lang)
    elif isinstance(node, list):
        for value in node:
            out += _texts(value, lang)
    return out


def _seam(reply: str, fillers: list[str], lang: str) -> str | None:
    for f in fillers:
        if reply.startswith(f):
            rest = reply[len(f):].lstrip()
            if SECOND_OPENING[lang].match(rest):
                return "doubled lead-in"
            if ECHO[lang].match(rest):
                return "lead-in before an echo"
    return None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("うーん、どこから話せばいいのか。", "ja"),
        ("ええと、三年前、でしたかね。", "ja"),
        ("二十年、ですか。…長いようで短かったですね。", "ja"),
        ("お孫さんにねえ。…それは考えたこともないな。", "ja"),
        ("そうですねえ…", "ja"),
    ],
)
def test_a_line_that_opens_as_speech_takes_no_lead_in(text: str, lang: str) -> None:
    assert opens_spoken(text, lang)
    lead = "まあ、" if lang == "ja" else "Well,"
    assert _glue(lead, text, lang) == text


@pytest.mark.parametrize(
    ("lead", "text", "lang", "glued"),
    [
        # a pause takes the lead-in before it
        ("いやあ、", "…あまり覚えていないんです。", "ja", "いやあ…あまり覚えていないんです。"),
        ("まあ、", "…三年くらい前ですかね。", "ja", "まあ…三年くらい前ですかね。"),
        # a pause before another opening takes none
        ("まあ、", "…うーん、どうでしょう。", "ja", "…うーん、どうでしょう。"),
    ],
)
def test_a_pause_takes_the_lead_in_before_it(lead: str, text: str, lang: str, glued: str) -> None:
    assert _glue(lead, text, lang) == glued


def test_a_lead_in_of_his_own_at_the_start_of_a_line_is_not_doubled() -> None:
    persona = load_persona("big_customer_owner")  # fillers ええと、まあ、そうですねえ、うーん、いやあ、
    assert _glue("まあ、", "そうですねえ…考えたこともなかったですね。", "ja", persona) == "そうですねえ…考えたこともなかったですね。"
    assert _glue("ええと、", "うーん、どこから話せばいいのか。", "ja", persona) == "うーん、どこから話せばいいのか。"
    assert _glue("まあ、", "まあ、それなりです。", "ja", persona) == "まあ、それなりです。"
    assert _glue("ええと、", "そうですねえ、三代目、ですか。", "ja", persona) == "そうですねえ、三代目、ですか。"


@pytest.mark.parametrize(
    ("lead", "text", "lang", "glued"),
    [
        ("まあ、", "うちは従業員が十五人です。", "ja", "まあ、うちは従業員が十五人です。"),
        ("ええと、", "配達は週に三回ですね。", "ja", "ええと、配達は週に三回ですね。"),
        ("うーん、", "お客さんは、ほとんど地元の方です。", "ja", "うーん、お客さんは、ほとんど地元の方です。"),
        ("Well,", "We deliver three times a week.", "en", "Well, we deliver three times a week."),
        ("Hm,", "Most of our customers live nearby.", "en", "Hm, most of our customers live nearby."),
    ],
)
def test_a_plain_line_still_takes_a_lead_in(lead: str, text: str, lang: str, glued: str) -> None:
    assert not opens_spoken(text, lang)
    assert _glue(lead, text, lang) == glued


@pytest.mark.parametrize("pid", persona_ids())
@pytest.mark.parametrize("lang", ["ja"])  # English lines are left to the English work (see _glue)
def test_no_filler_of_any_owner_is_glued_into_a_seam_with_any_of_his_lines(pid: str, lang: str) -> None:
    persona = load_persona(pid)
    fillers = persona.fillers.get(lang) if persona.fillers else []
    texts = set(_texts(persona.model_dump(), lang)) - set(fillers)
    assert len(texts) > 100
    seams = [
        (f, t) for t in texts for f in fillers
        if (glued := _glue(f, t, lang, persona)) != t and _seam(glued, [f], lang)
    ]
    assert not seams, seams[:5]


@pytest.fixture(scope="module")
def meetings() -> list:
    return run(load_bots("simulator.playtest.bots_mine"), seeds=range(4), langs=("ja",), max_turns=16)


def test_no_reply_over_many_meetings_carries_a_doubled_lead_in_or_a_glued_echo(meetings: list) -> None:
    seams = []
    for r in meetings:
        persona = load_persona(r.persona)
        fillers = persona.fillers.get(r.lang) if persona.fillers else []
        own = set(_texts(persona.model_dump(), r.lang))
        for said, reply in zip(r.said, r.replies, strict=True):
            # a line of his own written that way in the persona file is no seam of the realiser
            if (kind := _seam(reply, fillers, r.lang)) and not any(reply.startswith(t) for t in own if len(t) > 8):
                seams.append((r.persona, r.lang, r.seed, kind, said, reply))
    assert not seams, seams[:5]


def test_lead_ins_are_still_used(meetings: list) -> None:
    """Negative case: the rule removes seams, not the owner's spoken lead-ins."""
    for lang in ("ja",):
        led = 0
        for r in meetings:
            if r.lang != lang:
                continue
            fillers = load_persona(r.persona).fillers.get(lang)
            led += sum(1 for reply in r.replies if any(reply.startswith(f) for f in fillers))
        assert led >= 20, (lang, led)


def test_a_concluding_lead_in_never_opens_his_first_reply() -> None:
    """「だからさ、」「要はさ、」 say 'as I said': never before anything was said."""
    from simulator import open_session

    for pid in persona_ids():
        for seed in range(40):
            session = open_session(pid, lang="ja", seed=seed, store=None)
            reply = session.say("はじめまして。今日はどんなお仕事をされているのか、伺いに来ました。").owner_reply
            assert not reply.startswith(("だからさ", "要はさ")), (pid, seed, reply)

"""What an LLM is told when it voices the owner: only what the engine has unlocked.

The prompt carries the owner's profile and voice, the situation (stage, trust in words), the
reaction the engine decided with two of the persona's own lines as examples, and the facts the
owner has already disclosed or discloses now. Facts that are still locked never appear.
"""

from __future__ import annotations

from ..acts import Utterance
from ..engine.state import EngineState, ReplyIntent
from ..persona import STAGE_NAMES, Persona, Reaction

REACTION_GUIDE: dict[Reaction, str] = {
    Reaction.GREETING: "reply to the supporter's greeting, in character",
    Reaction.ACKNOWLEDGE: "a short, neutral reply",
    Reaction.ANSWER_OPEN: "answer the question vaguely but in character; say nothing new",
    Reaction.ANSWER_CLOSED: "a short, factual answer",
    Reaction.EMPATHY_RESPONSE: "warm up a little: the supporter acknowledged your feelings",
    Reaction.REFLECTION_RESPONSE: "agree that the supporter got your words right",
    Reaction.SUMMARY_RELIEF: "relief at being understood; talk a little longer",
    Reaction.REPEAT: "point out you already answered that, a little displeased, change the subject",
    Reaction.TOPIC_JUMP: "mild displeasure at the sudden change of subject",
    Reaction.INTERROGATED: "you feel audited by question after question",
    Reaction.MOVE_ON: "impatient: you know the issues, ask to move on to solutions",
    Reaction.BLUNT_WORRY: "evasive: being asked point-blank for your biggest worry",
    Reaction.WITHDRAW: "withdraw: short, closed answer to a leading question",
    Reaction.LECTURE_PUSHBACK: "push back: a small company like yours cannot do that",
    Reaction.SELF_PROMOTION_REACTION: "cool and sceptical about the supporter's boasting",
    Reaction.DENIAL_REACTION: "hurt or annoyed that your view was denied",
    Reaction.TEST_KNOWLEDGE: "test the supporter's knowledge of your industry with a question",
    Reaction.TEST_PASSED: "a little more open: the supporter answered your test honestly",
    Reaction.TEST_EVADED: "disappointed: the supporter dodged your question",
    Reaction.DISCLOSE_LEAD: "hesitate, then tell the fact below",
    Reaction.HIDDEN_ISSUE_LEAD: "hesitate, then put the real issue into your own words (fact below)",
    Reaction.NEXT_STEP: "start to think aloud about what you might do next",
    Reaction.END_EARLY: "end the meeting politely but firmly",
    Reaction.CLOSING: "close the meeting",
}

TRUST_WORDS = ((20, "very guarded"), (40, "guarded"), (60, "warming up"), (80, "open"), (101, "trusting"))


def trust_words(trust: float) -> str:
    return next(words for limit, words in TRUST_WORDS if trust < limit)


def allowed_facts(persona: Persona, state: EngineState, intent: ReplyIntent) -> list[str]:
    """Ids of the facts the voice may use: disclosed before, or disclosed by this intent."""
    return list(dict.fromkeys([*state.disclosed, *intent.disclose]))


def system_prompt(persona: Persona, state: EngineState, intent: ReplyIntent) -> str:
    lang = state.lang
    o, c = persona.owner, persona.company
    known = [f for f in allowed_facts(persona, state, intent) if f not in intent.disclose]
    lines = [
        f"You are {o.name.get(lang)}, {o.role.get(lang)} of {c.name.get(lang)} "
        f"({c.industry.get(lang)}, {c.location.get(lang)}, {c.employees} staff). "
        f"A business-support advisor is visiting you for a first meeting.",
        f"Background: {o.background.get(lang)}",
        f"How you speak: {o.speech_style.get(lang)}",
        f"Your stance now: {trust_words(intent.trust)}; meeting stage: "
        f"{STAGE_NAMES[intent.stage].en}.",
        "Only these facts about you and the company may be mentioned, and only if the moment "
        "calls for it; invent nothing else about the business, its numbers or its people:",
    ]
    lines += [f"- {persona.fact(f).text.get(lang)}" for f in known] or ["- (nothing yet)"]
    lines.append(f"What to do in this reply: {REACTION_GUIDE[intent.reaction]}.")
    examples = persona.lines[intent.reaction].get(lang)[:2]
    lines.append("Examples of how you would say it: " + " / ".join(f"「{e}」" for e in examples))
    for fact_id in intent.disclose:
        lines.append(f"In this reply, tell this in your own words: {persona.fact(fact_id).text.get(lang)}")
    if intent.followup is not None:
        follow = persona.lines[intent.followup].get(lang)[0]
        lines.append(f"Then: {REACTION_GUIDE[intent.followup]} (e.g. 「{follow}」).")
    lines.append(
        ("Answer in natural spoken Japanese" if lang == "ja" else "Answer in natural spoken English")
        + ", 1 to 4 sentences, as the owner only: no narration, no quotes around the reply."
    )
    return "\n".join(lines)


def messages(
    persona: Persona, state: EngineState, intent: ReplyIntent, history: list[Utterance], keep: int = 12
) -> list[dict[str, str]]:
    """Chat messages: the system prompt, then the last ``keep`` turns (trainee = user)."""
    out = [{"role": "system", "content": system_prompt(persona, state, intent)}]
    for u in history[-keep:]:
        out.append({"role": "user" if u.speaker == "trainee" else "assistant", "content": u.text})
    return out

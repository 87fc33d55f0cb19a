"""What the judge is told: a static system message (the same for every turn in a language,
so providers cache it) and the conversation with the turn to assess."""

from __future__ import annotations

import json
from functools import lru_cache

from ..acts import Utterance
from ..i18n import Lang
from ..rubric import load_rubrics
from ..tokens import count_tokens
from .models import json_schema

CONTEXT_TOKENS = 900  # the conversation shown before the turn, newest first within this
ACT_GUIDE = {
    "open_question": "a question the owner can answer in their own words",
    "closed_question": "a yes/no or one-fact question",
    "leading_question": "a question that pushes the supporter's own view (〜ですよね？, 〜すべきでは？)",
    "reflection": "repeats or paraphrases what the owner just said",
    "summary": "gathers several of the owner's points and checks them",
    "empathy": "acknowledges the owner's feelings or effort",
    "advice": "diagnosis, proposal, information or instruction the owner did not ask for; lecturing",
    "self_promotion": "shows off the supporter's knowledge, track record or organisation",
    "other": "greeting, logistics, anything else",
}
LANGUAGE = {"ja": "Japanese", "en": "English"}


@lru_cache(maxsize=4)
def system_prompt(lang: Lang) -> str:
    rubrics = load_rubrics()
    lines = [
        "You assess one utterance of a business-support advisor (the supporter, 伴走支援者) in a "
        "first meeting with the owner of a small company, following the SME Agency's guideline "
        "for accompaniment support (経営力再構築伴走支援). Good supporters set issues together "
        "with the owner instead of handing out solutions: they listen with respect and empathy, "
        "dig into the owner's own words with open questions, summarise the owner's points and "
        "check them, and never lead, lecture, push their own diagnosis, boast or interrogate.",
        "",
        "Dialogue acts (one utterance may have several):",
        *(f"- {act}: {guide}" for act, guide in ACT_GUIDE.items()),
        "",
        "Rubrics, each scored 0-100 for this utterance (50 = ordinary, 80+ = what the guideline "
        "asks for, below 40 = closes the owner up), or null where the rubric does not apply "
        "(e.g. summarising when no summary was due or attempted):",
    ]
    for rubric in rubrics.values():
        lines.append(f"- {rubric.id} ({rubric.name.ja}): {rubric.description.en}")
        lines += [f"  - {c.description.en}" for c in rubric.criteria]
    lines += [
        "",
        "Answer with one JSON object and nothing else, matching this JSON schema:",
        json.dumps(json_schema(), ensure_ascii=False),
        "- evidence: 1 to 4 short phrases copied word for word from the supporter's utterance "
        "(never from the owner, never paraphrased) that justify the scores;",
        f"- alternative: one better way to say it, in {LANGUAGE[lang]}, as the supporter would "
        "say it, using the owner's own words where possible.",
    ]
    return "\n".join(lines)


def context_lines(history: list[Utterance], budget: int = CONTEXT_TOKENS) -> list[str]:
    """The latest utterances that fit the budget, oldest first."""
    out: list[str] = []
    used = 0
    for u in reversed(history):
        line = f"{'owner' if u.speaker == 'owner' else 'supporter'}: {u.text}"
        used += count_tokens(line)
        if used > budget and out:
            break
        out.append(line)
    return list(reversed(out))


def judge_messages(history: list[Utterance], turn: str, lang: Lang) -> list[dict[str, str]]:
    context = context_lines(history) or ["(the meeting starts with this utterance)"]
    user = "\n".join(
        [
            "The conversation so far (oldest first):",
            *context,
            "",
            "The supporter's utterance to assess (between the markers):",
            "<<<",
            turn,
            ">>>",
        ]
    )
    return [{"role": "system", "content": system_prompt(lang)}, {"role": "user", "content": user}]

"""The blind playtest: trainee bots that never saw the persona files play every owner.

A bot follows ``/work/brief/bot_protocol.md`` (``docs`` copy: the module docstring of
:mod:`simulator.playtest`): ``start(briefing) -> str``, ``next(owner_reply) -> str | None``.
The harness drives it through the public API only (``open_session`` / ``say`` / ``report``)
and records, per owner × language × seed × bot kind: whether and at which turn the owner put
the underlying issue into words, trust at the start and the end, the replies that do not fit
what the trainee said (:mod:`.fit`), and the replies (and the sentences) said twice in one session.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..datafiles import load_persona, persona_ids
from ..session import open_session
from ..voice.offline import repeated_sentences
from .fit import Misfit, misfit_of_reaction, misfits_of_reply

MAX_TURNS = 30
LANGS = ("ja", "en")


@dataclass
class PlayResult:
    persona: str
    lang: str
    seed: int
    bot: str
    turns: int = 0
    reached_turn: int | None = None
    trust_start: float = 0.0
    trust_end: float = 0.0
    end_reason: str | None = None
    misfits: list[Misfit] = field(default_factory=list)
    repeats: int = 0
    sentence_repeats: int = 0  # sentences (not backchannels) said again within the meeting
    said: list[str] = field(default_factory=list)
    replies: list[str] = field(default_factory=list)
    reactions: list[str] = field(default_factory=list)
    trust: list[float] = field(default_factory=list)

    @property
    def reached(self) -> bool:
        return self.reached_turn is not None


def load_bots(module: str) -> dict[str, type]:
    """The ``BOTS`` mapping (kind → class) of a bot module, e.g. ``simulator.playtest.bots_mine``."""
    mod = importlib.import_module(module)
    bots = getattr(mod, "BOTS", None)
    if not isinstance(bots, dict) or not bots:
        raise ValueError(f"{module} has no BOTS mapping of kind name to bot class")
    return bots


def play(
    persona_id: str, lang: str, seed: int, bot_cls: type, kind: str, max_turns: int = MAX_TURNS
) -> PlayResult:
    """One meeting of a bot with an owner, through the public API."""
    persona = load_persona(persona_id)
    session = open_session(persona_id, lang=lang, seed=seed, store=None)
    bot: Any = bot_cls(lang=lang, seed=seed)
    result = PlayResult(persona_id, lang, seed, kind, trust_start=session.trust)
    text = bot.start(persona.briefing.get(lang))
    seen: set[str] = set()
    owner_before = ""
    while text is not None and not session.finished and len(session.turns) < max_turns:
        turn = session.say(text)
        n = len(session.turns)
        reply = turn.owner_reply
        for rule in misfits_of_reply(text, reply, lang, turn.reaction):
            result.misfits.append(Misfit(n, rule, text, reply))
        rule = misfit_of_reaction(turn.reaction, text, owner_before, result.said, lang)
        if rule is not None:
            result.misfits.append(Misfit(n, rule, text, reply))
        if reply in seen:
            result.repeats += 1
        seen.add(reply)
        result.sentence_repeats += len(repeated_sentences(reply, result.replies, lang))
        result.said.append(text)
        result.replies.append(reply)
        result.reactions.append(turn.reaction)
        result.trust.append(turn.trust)
        if result.reached_turn is None and (session.state.hidden_issue_reached or session.state.issue_stated):
            result.reached_turn = n
        owner_before = reply
        text = bot.next(reply)
    report = session.report()
    if report.hidden_issue_reached and result.reached_turn is None:
        result.reached_turn = len(session.turns)
    result.turns = len(result.said)
    result.trust_end = session.trust
    result.end_reason = report.end_reason
    return result


def run(
    bots: dict[str, type],
    seeds: Iterable[int] = (0, 1, 2),
    personas: Iterable[str] | None = None,
    langs: Iterable[str] = LANGS,
    max_turns: int = MAX_TURNS,
) -> list[PlayResult]:
    """Every owner × language × seed × bot kind."""
    results = []
    for pid in personas or persona_ids():
        for lang in langs:
            for kind, cls in bots.items():
                for seed in seeds:
                    results.append(play(pid, lang, seed, cls, kind, max_turns))
    return results


def cross_seed_same(results: list[PlayResult]) -> tuple[int, int]:
    """Replies of a later seed said word for word in the first seed's meeting with the same
    owner, language and bot kind: (same, compared)."""
    first: dict[tuple[str, str, str], set[str]] = {}
    same = total = 0
    for r in sorted(results, key=lambda r: r.seed):
        key = (r.persona, r.lang, r.bot)
        if key not in first:
            first[key] = set(r.replies)
            continue
        total += len(r.replies)
        same += sum(1 for reply in r.replies if reply in first[key])
    return same, total

"""When a rubric is due though the turn does not show its behaviour (summarising): enough of the
owner's points since the last time it was met, or the owner's impatience once there is something
to summarise (round r4: an owner who has only deflected has nothing to summarise)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..acts import Utterance
from ..i18n import Lang
from ..rubric import DueRule
from .text import find_phrases, measure


@dataclass
class DueState:
    due: bool = False
    reason: str | None = None  # "owner_points" | "impatience"
    owner_points: int = 0
    missed: int = 0  # earlier trainee turns at which it was already due and not met
    meets: bool = False  # this turn itself meets the rule (see :func:`meets`)


@lru_cache(maxsize=4096)
def _turn_words(text: str, lang: str) -> frozenset[str]:
    try:
        from ..analysis import keywords

        return frozenset(keywords(text, lang))  # type: ignore[arg-type]
    except Exception:  # the analyser is optional for the scorer
        return frozenset()


def due_state(
    rule: DueRule,
    context: Sequence[Utterance],
    lang: Lang,
    owner_last: str,
    prior_acts: Sequence[Sequence[str]] | None = None,
) -> DueState:
    """Whether the rule is due before this turn: enough owner points since the last trainee
    turn that met it, or the owner's last turn shows impatience once he has given at least
    MIN_DUE_POINTS points to summarise.

    An owner point is a substantive turn (``rule.substance`` long) that brings words not said
    before and neither only complains (``rule.impatience``) nor puts the topic off
    (``rule.deflection``): an owner who has only deflected has nothing to summarise.
    ``prior_acts`` (acts per context turn) says which earlier turns met the rule; a reflection
    worded as a check-back (``rule.previous``, 「…ということですね」) meets it too. Without
    ``prior_acts``, the ``previous`` phrases are looked for in earlier trainee turns.
    """
    points = 0
    start = 0
    # owner points counted before each trainee turn since the last one that met the rule
    trainee_points: list[int] = []
    owner_at: list[int] = []
    for i in range(len(context) - 1, -1, -1):
        u = context[i]
        if u.speaker == "trainee":
            if _met(rule, u.text, i, lang, prior_acts, context):
                start = i + 1
                break
            trainee_points.append(len(owner_at))
        else:
            owner_at.append(i)
    heard: set[str] = set()
    for u in context[:start]:
        heard |= _turn_words(u.text, lang)
    counted: dict[int, bool] = {}
    for i in range(start, len(context)):
        u = context[i]
        new = _turn_words(u.text, lang) - heard
        heard |= _turn_words(u.text, lang)
        if u.speaker == "owner":
            counted[i] = _owner_point(rule, u.text, lang, new)
    # points after each trainee turn (walking back): owner turns later than that trainee turn
    points = sum(counted.values())
    after = [sum(counted[j] for j in owner_at[:n]) for n in trainee_points]
    missed = sum(1 for before in after if points - before >= rule.owner_turns)
    if (
        rule.impatience
        and owner_last
        and points >= MIN_DUE_POINTS
        and find_phrases(owner_last, rule.impatience.get(lang), lang)
    ):
        return DueState(True, "impatience", points, missed)
    if points >= max(rule.owner_turns, MIN_DUE_POINTS):
        return DueState(True, "owner_points", points, missed)
    return DueState(False, None, points, 0)


# a summary gathers two or more of the owner's points: with fewer there is nothing to summarise
MIN_DUE_POINTS = 2
MIN_NEW_WORDS = 2
GREETING_TURN = 2  # a turn with a greeting shorter than this many times ``substance``: no point


def meets(rule: DueRule, text: str, acts: Sequence[str], lang: Lang) -> bool:
    """The turn meets the rule: one of its acts, or several points given back as a check
    (「若い人が3年もたずに辞めて、…工場長さんも58歳。…ということですね」); a one-point check
    (「会長が決めるということですか？」) is not."""
    said = bool(rule.previous and find_phrases(text, rule.previous.get(lang), lang))
    gathered = said and "reflection" in acts
    gathered = gathered and measure(text, lang) >= 2 * rule.substance.get(lang)
    return any(a in rule.met_by for a in acts) or gathered


def _met(
    rule: DueRule,
    text: str,
    i: int,
    lang: Lang,
    prior_acts: Sequence[Sequence[str]] | None,
    context: Sequence[Utterance] = (),
) -> bool:
    if prior_acts is not None and i < len(prior_acts):
        if meets(rule, text, prior_acts[i], lang):
            return True
        pushed = {"advice", "leading_question", "self_promotion"} & set(prior_acts[i])
        return not pushed and gathers_several(text, context[:i], lang)
    return bool(rule.previous and find_phrases(text, rule.previous.get(lang), lang))


def gathers_several(text: str, context: Sequence[Utterance], lang: Lang) -> bool:
    """The turn gave several of his points back, whatever act the analyser named (「仕事はある
    のに若い人が3年もたずに辞めてしまう、職人さんは50代60代で工場長も58歳。…というご心配なん
    ですね」): the paraphrase the scorer praised as 「複数の点を言い換えて」 met the summary due then,
    so the next turn is not told it missed one (r17a s01 T8, s08 T7)."""
    if not context:
        return False
    from .giveback import give_back  # giveback builds on this module's word sets

    shape = give_back(text, context, lang)
    if shape.recap:
        return True
    return not shape.one_point and (
        shape.turns >= 2 or (shape.gathers and shape.statements >= 2)
    )


def _owner_point(rule: DueRule, text: str, lang: Lang, new: frozenset[str] | set[str]) -> bool:
    if not _makes_point(rule, text, lang):
        return False
    return len(new) >= MIN_NEW_WORDS or not _turn_words(text, lang)


# (id(rule), text, lang) -> (rule, verdict): every owner turn is weighed again on every later
# trainee turn; the rule is kept beside its verdict so that its id is never reused while cached
_POINT_CACHE: dict[tuple[int, str, str], tuple[DueRule, bool]] = {}
_POINT_CACHE_MAX = 8192


def _makes_point(rule: DueRule, text: str, lang: Lang) -> bool:
    """The owner's turn, long and substantive enough, is a point of his under ``rule``
    (whatever words it brings that were not said before)."""
    key = (id(rule), text, lang)
    hit = _POINT_CACHE.get(key)
    if hit is not None and hit[0] is rule:
        return hit[1]
    verdict = _weigh_point(rule, text, lang)
    if len(_POINT_CACHE) >= _POINT_CACHE_MAX:
        _POINT_CACHE.clear()
    _POINT_CACHE[key] = (rule, verdict)
    return verdict


def _weigh_point(rule: DueRule, text: str, lang: Lang) -> bool:
    if measure(text, lang) < rule.substance.get(lang):
        return False
    for phrases in (rule.impatience, rule.deflection):
        if phrases and find_phrases(text, phrases.get(lang), lang):
            return False
    from .points import substantive  # points builds on the quote modules, not on this one

    if not substantive(text, lang):
        return False  # only put-offs, refusals, rebuffs or questions back: nothing to sum up
    short = measure(text, lang) < GREETING_TURN * rule.substance.get(lang)
    if short and rule.greeting and find_phrases(text, rule.greeting.get(lang), lang):
        return False
    return True

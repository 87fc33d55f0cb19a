"""Scoring one trainee turn against the rubrics: scores, evidence, feedback, one suggestion."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..acts import Analysis, Utterance
from ..i18n import Lang
from ..rubric import Condition, Criterion, Marker, Rubric, Suggestion, load_rubrics
from .keywords import quote_all
from .models import TurnScore
from .signals import TurnView, applies, build_view, marker_items
from .suggest import build
from .text import (
    clause_span,
    in_question,
    join_words,
    question_span,
    truncation_note,
    whole_sentence,
)

CONTEXT_FLAGS = (
    "repeat",
    "topic_switch",
    "blunt_worry",
    "pressing",
    "presses_to_talk",
    "presumes",
    "challenge",
    "asks_documents",
    "issue_question",
    "denial",
    "picked_keyword",
    "closed_run",
    "owner_summary",
    "own_summary",
    "owner_question",
    "answers_owner",
    "lecture",
    "paraphrase",
    "talk_heavy",
    "denial_only",
    "presses_refusal",
    "unsaid",
    "from_form",
    "invented",
    "advice_excused",  # the analyser's advice act was no advice (see excused.py): not counted
    "not_summary",  # the analyser's summary act gathered no points of his: counted as none
    "summary_reflects",  # ... and gave one reply of his back: counted as a reflection
    "not_empathy",  # the analyser's empathy was homework or a cheer (「頑張りましょう」): counted as none
)
# one praise line for the owner's words given back, however many rubrics credit it
_GIVE_BACK = frozenset({"summary", "owner_summary", "paraphrase", "reflection"})
MAX_WEAK_LINES = 2  # feedback lines on what went wrong, the biggest first
MAX_GOOD_LINES = 2  # lines on what went well (one when something went wrong)


@dataclass
class _Hit:
    points: float  # weighted
    text: str  # evidence line
    marker: Marker | None = None
    criterion: Criterion | None = None
    rubric: Rubric | None = None


@dataclass
class _CriterionResult:
    rubric: Rubric
    criterion: Criterion
    net: float  # weighted, after the criterion's bounds
    hits: list[_Hit] = field(default_factory=list)


def score_turn(
    analysis: Analysis,
    context: Sequence[Utterance],
    rubrics: dict[str, Rubric] | None = None,
    *,
    prior_acts: Sequence[Sequence[str]] | None = None,
    truncated: bool = False,
    names: Sequence[str] = (),
) -> TurnScore:
    """Score one trainee utterance (``analysis``) given the conversation before it.

    ``prior_acts``: the acts of each context turn (or of each trainee turn of the context),
    when the caller knows them (a scored conversation or a live session); it tells which
    earlier turns were summaries and closed questions.
    ``truncated``: the utterance was clipped before analysis (noted in the evidence).
    ``names``: the owner's and the company's names (persona), never quoted as the owner's
    words; person names are left out anyway (part of speech).
    """
    rubrics = rubrics if rubrics is not None else load_rubrics()
    view = build_view(analysis, context, rubrics, prior_acts, names)
    lang = analysis.lang
    scores: dict[str, float | None] = {}
    results: list[_CriterionResult] = []
    for rid, rubric in rubrics.items():
        if not applies(rubric, view):
            scores[rid] = None
            continue
        total = rubric.base
        for crit in rubric.criteria:
            res = _score_criterion(rubric, crit, view)
            total += res.net
            results.append(res)
        scores[rid] = round(min(100.0, max(0.0, total)), 1)

    evidence = _evidence(results)
    if truncated:
        evidence.append(truncation_note(lang))
    return TurnScore(
        scores=scores,
        evidence=evidence,
        suggestion=_suggestion(rubrics, scores, results, view, names, prior_acts),
        feedback=_feedback(
            results,
            view.picked[:3],
            lang,
            harmful=bool(NO_PRAISE & view.signals.keys()),
            dug=view.dug,
        ),
        flags=_flags(view, results),
    )


def _score_criterion(rubric: Rubric, crit: Criterion, view: TurnView) -> _CriterionResult:
    raw = 0.0
    hits: list[_Hit] = []
    for marker in crit.markers:
        items = marker_items(marker, view, rubric)
        if items is None:
            continue
        n = min(max(len(items), 1), marker.max_items) if marker.per_item else 1
        points = marker.points * n
        raw += points
        label = marker.label.get(view.lang) if marker.label is not None else ""
        # (his phrase the question dug into is shown whole, kana too: 『きっちり』)
        shown = [i for i in items if _readable(i) or marker.signal == "dug_keyword"] if label else []
        shown = shown[: marker.max_items if marker.per_item else 3]
        if shown and _spans_of_trainee(marker, rubric, view):
            # pieces of what the trainee typed: shown as the whole clause(s) holding them
            span = clause_span(view.text, shown, view.lang)
            if marker.signal in _QUESTION_SIGNALS and span and not in_question(span, view.text, view.lang):
                # 「開いた質問: 分かりました、また今度で。社長、」: a question act quotes its question
                span = question_span(view.text, shown, view.lang) or span
            shown = [whole_sentence(span, view.text, view.lang)] if span else []
        text = f"{label}: {join_words(shown, view.lang)}" if shown else label
        hits.append(_Hit(points * crit.weight, text, marker, crit, rubric))
    net = min(crit.max_points, max(crit.min_points, raw)) * crit.weight
    return _CriterionResult(rubric, crit, net, hits)


# question acts: their evidence quotes the question asked
_QUESTION_SIGNALS = frozenset({"open_question", "closed_question", "leading_question"})

# signals whose items are not pieces of the trainee's text: the owner's words picked up or
# given back, refused topics
_OWNER_WORD_SIGNALS = frozenset(
    {"picked_keyword", "dug_keyword", "reflection", "summary", "presses_refusal"}
)


def _spans_of_trainee(cond: Condition, rubric: Rubric, view: TurnView) -> bool:
    """The marker's items are pieces of the trainee's utterance (an act's matched words, a
    phrase of the rubric), not the owner's words or a number."""
    if cond.ref is not None:
        ref = rubric.conditions.get(cond.ref)
        return ref is not None and _spans_of_trainee(ref, rubric, view)
    if cond.phrases is not None:
        return True
    return cond.signal is not None and cond.signal not in _OWNER_WORD_SIGNALS


_KANA_ONLY = re.compile(r"^[\u3040-\u309f、。・…！？!?\s]+$")


def _readable(item: str) -> bool:
    """An evidence item a trainee can read: not a scrap of kana (「ません、はあり」「と」)."""
    return bool(item.strip()) and not (_KANA_ONLY.match(item) and len(item) < 5)


def _evidence(results: list[_CriterionResult]) -> list[str]:
    hits = [h for r in results for h in r.hits if h.points != 0 and h.text]
    hits.sort(key=lambda h: -abs(h.points))
    out: list[str] = []
    for h in hits:
        if h.text not in out:
            out.append(h.text)
    return out[:8]


def _line(hit: _Hit, good: bool, lang: Lang) -> str | None:
    """The feedback line of a hit: its marker's own line, else its criterion's."""
    if hit.marker is not None and hit.marker.quiet:
        return None
    if hit.marker is not None and hit.marker.feedback is not None:
        return hit.marker.feedback.get(lang)
    if hit.criterion is None:
        return None
    return (hit.criterion.feedback.good if good else hit.criterion.feedback.weak).get(lang)


# moves the guideline warns against: a turn with one of them gets no praise line, whatever
# else it did (「社長の言葉を拾えています」 under unsolicited advice teaches the wrong thing)
HARMFUL = frozenset(
    {
        "leading_question",
        "advice",
        "self_promotion",
        "blunt_worry",
        "pressing",
        "presses_to_talk",
        "presumes",
        "challenge",
        "asks_documents",
        "denial",
        "denial_only",
        "lecture",
        "presses_refusal",
    }
)
# every harmful act of a turn gets its own line, however many fire (leading, unasked advice,
# denial, self-promotion, lecture, interrogation): none is dropped for a line limit
NAMED_ALWAYS = HARMFUL | {"closed_run"}
# a question that leaves the owner's topic (or asks again) earns no praise line
# (nor does a turn that puts his story in the supporter's own frame: a diagnosis, a ready fix, a
# contradiction; no fault is named for it: see framing.py)
NO_PRAISE = HARMFUL | {"topic_switch", "repeat", "unsaid", "from_form", "invented", "framing"}


# the order of harm of a turn's mistakes (its first line is its most harmful one, which the
# report's hints show): leading > advice, denial, self-promotion > a blunt question > an
# interrogation (closed questions in a row, 一問一答, asking again) > a summary due > talk share
HARM_RANK: dict[str, int] = {
    "leading_question": 0,
    "advice": 1,
    "denial": 1,
    "denial_only": 1,
    "self_promotion": 1,
    "presses_refusal": 1,
    "lecture": 1,
    "own_summary": 1,
    "unsaid": 1,
    "invented": 1,
    "from_form": 2,
    "blunt_worry": 2,
    "pressing": 2,
    "presses_to_talk": 2,
    "presumes": 2,
    "challenge": 2,
    "asks_documents": 2,
    "issue_question": 2,
    "closed_run": 3,
    "topic_switch": 3,
    "repeat": 3,
    "due": 5,
    "talk_heavy": 6,
}
_OTHER_HARM = 4


def _harm(hit: _Hit) -> int:
    signal = hit.marker.signal if hit.marker is not None else None
    return HARM_RANK.get(signal or "", _OTHER_HARM)


def _feedback(
    results: list[_CriterionResult],
    picked: list[str],
    lang: Lang,
    *,
    harmful: bool = False,
    dug: list[str] | None = None,
) -> list[str]:
    """What went wrong (the biggest first), then what went well: each line names the behaviour
    of the marker that moved the score, never a criterion's generic line for another one.
    Every harmful move gets its line; other weak lines stop at MAX_WEAK_LINES. A turn with a
    move the guideline warns against, or a question off the owner's topic, gets no praise."""
    hits = [h for r in results for h in r.hits if h.points != 0]
    weak = sorted((h for h in hits if h.points < 0), key=lambda h: (_harm(h), h.points))
    good = sorted((h for h in hits if h.points > 0), key=lambda h: -h.points)
    out: list[str] = []
    named = [h for h in weak if h.marker is not None and h.marker.signal in NAMED_ALWAYS]
    signals = {h.marker.signal for h in weak if h.marker is not None}
    for h in named + [h for h in weak if h not in named]:
        if h not in named and len(out) >= MAX_WEAK_LINES:
            break
        if h.marker is not None and h.marker.signal in _SAID_BY.keys() and _SAID_BY[h.marker.signal] & signals:
            continue  # 「閉じた質問です」 under 「閉じた質問が続いています」 says it twice (r17a)
        text = _line(h, False, lang)
        if text:
            text = _fill_picked(text, picked, lang, dug)
            if text not in out:
                out.append(text)
    n_weak = len(out)
    if harmful:
        return out
    limit = n_weak + (1 if n_weak else MAX_GOOD_LINES)
    # praise names what was good (his keyword picked up, a なぜ, a prompt to go on, feelings
    # acknowledged); a generic line on a number (「短い問いかけ」) only when nothing else was
    specific = [h for h in good if h.marker is None or h.marker.feature is None]
    generic = [h for h in good if h not in specific]
    named_good = [h for h in specific if _line(h, True, lang)]
    good = _one_quoting_line(specific if named_good else generic, lang)
    # one line per thing done: a summary (or a give-back) praised by two rubrics gets one line,
    # not 「要点をまとめて返せています」 twice in other words
    praised: set[str] = set()
    for h in good:
        if len(out) >= limit:
            break
        text = _line(h, True, lang)
        if not text:
            continue
        signal = h.marker.signal if h.marker is not None else None
        signal = "give_back" if signal in _GIVE_BACK else signal
        if signal is not None and signal in praised:
            continue
        if signal is not None:
            praised.add(signal)
        # a summary gathers several of his points: one word of his (『秋口』 for a four-point
        # summary, r20b s03 T9) stands for none of them, so the line names them without a quote
        summary = h.marker is not None and h.marker.signal == "owner_summary"
        words = picked if not summary or len(picked) >= 2 else []
        text = _fill_picked(text, words, lang, dug)
        if text not in out:
            out.append(text)
    return out


# a weak line another weak line of the turn already says: the closed question is named by the
# run of closed questions it belongs to ("Closed questions one after another…" then "A closed
# question…" is one fault told twice)
# ... and a request for his books or figures is named as one, not as a closed question (「売上と利益の
# 推移を見せていただけますか」 asks him to show, not to answer: t10 f025)
_SAID_BY: dict[str, frozenset[str]] = {"closed_question": frozenset({"closed_run", "asks_documents"})}


def _quotes_picked(hit: _Hit, lang: Lang) -> bool:
    line = _line(hit, True, lang)
    return bool(line) and ("{picked}" in (line or "") or "{dug}" in (line or ""))


def _one_quoting_line(good: list[_Hit], lang: Lang) -> list[_Hit]:
    """One line per point: the praise lines that quote the owner's words picked up (the keyword
    line of listening, of deep-dive, the summary line) all quote the same words, so a turn keeps
    one of them, the summary line when there is one (it names more than the words), else the
    deep-dive line (it names the word the question dug into)."""
    quoting = [h for h in good if _quotes_picked(h, lang)]
    if len(quoting) < 2:
        return good
    summary = [h for h in quoting if h.rubric is not None and h.rubric.id == "summarising"]
    # a question on his word: the deep-dive line, naming the word dug into, not every word echoed
    dug = [h for h in quoting if "{dug}" in (_line(h, True, lang) or "")]
    keep = (summary or dug or quoting)[0]
    return [h for h in good if h is keep or all(h is not q for q in quoting)]


def _fill_picked(text: str, picked: list[str], lang: Lang, dug: list[str] | None = None) -> str:
    """``{picked}``: his words the turn picks up; ``{dug}``: those its question digs into."""
    for slot, words in (("picked", picked), ("dug", picked[:2] if dug is None else dug)):
        if "{" + slot + "}" not in text:
            continue
        if words:
            text = text.replace("{" + slot + "}", quote_all(words, lang))
            continue
        for gap in ("（{%s}）", " ({%s})", "({%s})"):
            text = text.replace(gap % slot, "")
        text = text.replace("{" + slot + "}", "")
    return text


def _suggestion(
    rubrics: dict[str, Rubric],
    scores: dict[str, float | None],
    results: list[_CriterionResult],
    view: TurnView,
    names: Sequence[str],
    prior_acts: Sequence[Sequence[str]] | None,
) -> str | None:
    """One better alternative for a weak turn, for the mistake its first feedback line names
    (a quiet reminder never leads): the template sets in that order, for :func:`suggest.build`."""
    weak_rubrics = [
        rid for rid, s in scores.items() if s is not None and s < rubrics[rid].weak_below
    ]
    # a move the guideline warns against (advice, a blunt worry question, a leading question)
    # gets its better line even when no score fell below the bar: the worst turns needed one most
    # (r13a s06 T2–T3, s10 T7)
    harmful = any(
        h.points < 0 and h.marker is not None and not h.marker.quiet and h.marker.signal in HARMFUL
        for r in results
        for h in r.hits
    )
    if not weak_rubrics and harmful:
        weak_rubrics = [rid for rid, s in scores.items() if s is not None and rid in rubrics]
    if not weak_rubrics:
        return None
    negatives = sorted(
        (h for r in results for h in r.hits if h.points < 0),
        key=lambda h: (h.marker is not None and h.marker.quiet, _harm(h), h.points),
    )
    rid = min(weak_rubrics, key=lambda r: (scores[r] or 0) - rubrics[r].weak_below)
    weakest: tuple[Suggestion, str | None] = (rubrics[rid].suggestion, None)
    sets: list[tuple[Suggestion, str | None]] = []
    if not negatives or negatives[0].criterion is None or negatives[0].rubric is None:
        sets.append(weakest)
    for h in negatives:
        if h.criterion is None or h.rubric is None:
            continue
        chosen = (
            (h.marker.suggestion if h.marker is not None else None)
            or h.criterion.suggestion
            or h.rubric.suggestion
        )
        sets.append((chosen, h.marker.signal if h.marker is not None else None))
    sets.append(weakest)
    return build(sets, view, names, prior_acts)


# mistake signals that are a flag of the turn only when the scorer held them against it (a
# marker on the signal took points in some rubric): the report's mistakes and the session's
# rates then count the turns whose scores and feedback named the mistake, never a signal every
# rubric excused (a topic "switch" that answered the owner's own question: r10a s10 T6, listed
# as 一問一答 in the report although its turn showed no such line)
HELD_FLAGS = frozenset({"repeat", "topic_switch", "blunt_worry", "pressing", "denial", "lecture"})


def _held(results: list[_CriterionResult]) -> set[str]:
    held = {
        h.marker.signal
        for r in results
        for h in r.hits
        if h.points < 0 and h.marker is not None and h.marker.signal is not None
    }
    if "switch_after_echo" in held:
        held.add("topic_switch")  # a jump after his words given back is still a jump (r14a s10 T9)
    return held


def _flags(view: TurnView, results: list[_CriterionResult]) -> list[str]:
    held = _held(results)
    flags = [
        name
        for name in CONTEXT_FLAGS
        if name in view.signals and (name not in HELD_FLAGS or name in held)
    ]
    for rid, state in view.due.items():
        if state.due:
            flags.append(f"due:{rid}")
            if state.meets:
                flags.append(f"met:{rid}")  # e.g. several points given back as a check
            if state.reason == "impatience" and "impatient" not in flags:
                flags.append("impatient")
    flags += [f"weak:{r.rubric.id}.{r.criterion.id}" for r in results if r.net < 0]
    return flags

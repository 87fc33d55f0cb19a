"""Scoring a whole conversation: every trainee turn, then session scores from the turns.

The same functions serve simulated sessions (the engine's live turns) and uploaded transcripts
(``python -m simulator report``). Session scores are not a plain mean of the turn scores; each
rubric's ``session`` settings say how its turns combine (see :func:`session_score`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..acts import Utterance
from ..i18n import Lang, check_lang
from ..rubric import Rubric, load_rubrics
from .models import ConversationScore, Patterns, TurnResult
from .patterns import find_patterns
from .text import clip_context, clip_text
from .turn import score_turn


def score_conversation(
    utterances: Sequence[Utterance],
    lang: str = "ja",
    rubrics: dict[str, Rubric] | None = None,
) -> ConversationScore:
    """Analyse and score every trainee turn with the context before it, then the session."""
    from ..analysis import analyse  # the analyser is imported only when a conversation is scored

    language = check_lang(lang)
    rubrics = rubrics if rubrics is not None else load_rubrics()
    turns: list[TurnResult] = []
    acts_so_far: list[list[str]] = []
    for i, u in enumerate(utterances):
        if u.speaker == "owner":
            turns.append(TurnResult(index=i, speaker="owner", text=u.text))
            acts_so_far.append([])
            continue
        text, truncated = clip_text(u.text)
        context, dropped = clip_context(utterances[:i])
        analysis = analyse(text, context, language)
        ts = score_turn(
            analysis, context, rubrics, prior_acts=acts_so_far[dropped:i], truncated=truncated
        )
        acts = [a.value for a in analysis.acts]
        own = "own_summary" in ts.flags  # an own-proposal "summary" does not meet a due moment
        acts_so_far.append([a for a in acts if not (own and a == "summary")])
        turns.append(
            TurnResult(
                index=i,
                speaker="trainee",
                text=u.text,
                acts=acts,
                scores=ts.scores,
                evidence=ts.evidence,
                suggestion=ts.suggestion,
                feedback=ts.feedback,
                flags=ts.flags,
            )
        )
    return score_session(turns, language, rubrics)


def score_session(
    turns: Sequence[TurnResult],
    lang: Lang = "ja",
    rubrics: dict[str, Rubric] | None = None,
) -> ConversationScore:
    """Session scores and patterns from already scored turns (a live session keeps them)."""
    rubrics = rubrics if rubrics is not None else load_rubrics()
    patterns = find_patterns(turns, lang, rubrics)
    scores = {rid: session_score(rubric, turns, patterns) for rid, rubric in rubrics.items()}
    return ConversationScore(
        lang=lang,
        scores=scores,
        turns=list(turns),
        patterns=patterns,
        feedback=session_feedback(patterns, lang),
    )


def session_score(rubric: Rubric, turns: Sequence[TurnResult], patterns: Patterns) -> float:
    """One rubric over a conversation, 0–100.

    ``mean``: the turn scores' mean, low turns weighing more (``worst_weight``), blended with
    the talk-share score (``talk_share_weight``) and with the share of replies that acknowledge
    the owner (``response_weight``), minus penalties per interrogation run (and per turn it
    runs on), per repeated question, topic switch, blunt worry question, own-proposal
    "summary", monologue and offending turn (a turn below ``offence_below``), and minus
    ``interrogation_weight`` × the share of interrogating turns (詰問・審査).
    ``due_coverage``: how many due moments were met in time, blended with the quality of the
    summaries made; with no due moment, the summaries' quality or ``default``.
    """
    s = rubric.session
    values = [
        v for t in turns if t.speaker == "trainee" and (v := t.scores.get(rubric.id)) is not None
    ]
    if s.method == "due_coverage":
        return round(_due_coverage(rubric, turns, patterns, values), 1)
    if not patterns.trainee_turns:
        return s.default
    score = _weighted_mean(values, s.worst_weight) if values else s.default
    if s.talk_share_weight:
        score = (1 - s.talk_share_weight) * score + s.talk_share_weight * _talk_score(
            patterns.talk_share, s.talk_share_ok, s.talk_share_bad
        )
    if s.response_weight and patterns.replies:
        response = 100.0 * min(1.0, len(patterns.responsive) / patterns.replies)
        score = (1 - s.response_weight) * score + s.response_weight * response
    score -= s.run_penalty * len(patterns.interrogation_runs)
    score -= s.run_turn_penalty * sum(
        max(0, r.length - s.run_length) for r in patterns.interrogation_runs
    )
    score -= s.repeat_penalty * len(patterns.repeats)
    score -= s.switch_penalty * len(patterns.topic_switches)
    score -= s.blunt_penalty * len(patterns.blunt)
    score -= s.own_summary_penalty * len(patterns.own_summaries)
    score -= s.monologue_penalty * len(patterns.monologues)
    if s.interrogation_weight and patterns.trainee_turns:
        score -= s.interrogation_weight * len(patterns.interrogating) / patterns.trainee_turns
    if s.offence_below is not None:
        score -= s.offence_penalty * sum(1 for v in values if v < s.offence_below)
    return round(min(100.0, max(0.0, score)), 1)


def _weighted_mean(values: Sequence[float], worst_weight: float) -> float:
    weights = [1 + worst_weight * (100 - v) / 100 for v in values]
    return sum(w * v for w, v in zip(weights, values, strict=True)) / sum(weights)


def _talk_score(share: float, ok: float, bad: float) -> float:
    if share <= ok:
        return 100.0
    if share >= bad:
        return 0.0
    return 100.0 * (bad - share) / (bad - ok)


def _due_coverage(
    rubric: Rubric, turns: Sequence[TurnResult], patterns: Patterns, values: Sequence[float]
) -> float:
    s = rubric.session
    met_by = set(rubric.applies.due.met_by) if rubric.applies.due else set()
    made = [
        v
        for t in turns
        if t.speaker == "trainee"
        and met_by & set(t.acts)
        and (v := t.scores.get(rubric.id)) is not None
    ]
    own = len(patterns.own_summaries)
    quality = sum(made) / len(made) if made else 0.0
    moments = patterns.due_moments
    if not moments:
        base = quality if made else s.default
        return max(0.0, base - s.own_summary_penalty * own)
    coverage = sum(0.0 if not m.met else (0.5 if m.late else 1.0) for m in moments) / len(moments)
    blended = s.coverage_weight * coverage + (1 - s.coverage_weight) * quality / 100
    return max(0.0, s.floor + (100 - s.floor) * blended - s.own_summary_penalty * own)


def session_feedback(patterns: Patterns, lang: Lang) -> list[str]:
    """Short session-level comments on the patterns an instructor looks at."""
    ja = lang == "ja"
    out: list[str] = []
    if patterns.interrogation_runs:
        n = len(patterns.interrogation_runs)
        out.append(
            f"閉じた質問が3回以上続いた場面が{n}回ありました。詰問や審査のように感じられます。"
            if ja
            else f"{n} run(s) of three or more closed questions: it can feel like an audit."
        )
    missed = [m for m in patterns.due_moments if not m.met]
    if missed:
        out.append(
            f"要約が必要な場面が{len(patterns.due_moments)}回あり、{len(missed)}回はまとめずに進みました。"
            if ja
            else f"{len(missed)} of {len(patterns.due_moments)} moments that needed a summary passed without one."
        )
    elif patterns.summaries_when_due:
        out.append(
            "要所で社長の話をまとめられています。"
            if ja
            else "You summarised the owner's points at the moments that needed it."
        )
    offences = len(patterns.leading) + len(patterns.self_promotion) + len(patterns.denials)
    if offences:
        out.append(
            f"誘導質問・自己アピール・否定が計{offences}回ありました。"
            if ja
            else f"{offences} leading question(s), self-promotion or denial in total."
        )
    if patterns.talk_share > 0.5:
        out.append(
            f"支援者の発話が全体の{patterns.talk_share:.0%}を占めています。社長に多く語ってもらいましょう。"
            if ja
            else f"You did {patterns.talk_share:.0%} of the talking; let the owner talk more."
        )
    return out

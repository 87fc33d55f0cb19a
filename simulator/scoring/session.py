"""Scoring a whole conversation: every trainee turn, then session scores from the turns.

The same functions serve simulated sessions (the engine's live turns) and uploaded transcripts
(``python -m simulator report``). Session scores are not a plain mean of the turn scores; each
rubric's ``session`` settings say how its turns combine (see :func:`session_score`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..acts import Analysis, Utterance
from ..i18n import Lang, check_lang
from ..rubric import Rubric, load_rubrics
from .carried import carried
from .due import _turn_words
from .models import ConversationScore, Patterns, ScoreDetail, ScorePart, TurnResult
from .patterns import due_moments, find_patterns, is_owner_summary
from .text import clip_context, clip_text, measure
from .turn import score_turn


def score_conversation(
    utterances: Sequence[Utterance],
    lang: str = "ja",
    rubrics: dict[str, Rubric] | None = None,
    *,
    names: Sequence[str] = (),
    briefing: str | None = None,
    analyses: Mapping[int, Analysis] | None = None,
) -> ConversationScore:
    """Analyse and score every trainee turn with the context before it, then the session.

    ``names``: the owner's and company's names, never quoted as the owner's words.
    ``briefing``: what the trainee was shown before the meeting, when known (a live session):
    words from it may be mentioned, not given back as his (analysis/attribution.py).
    ``analyses``: utterance index -> what ``analyse(utterances[i].text, utterances[:i], lang,
    briefing=briefing)`` returned already (a live session analysed each turn as it was said);
    used only where nothing was clipped, so the turn is not analysed a second time."""
    from ..analysis import analyse  # the analyser is imported only when a conversation is scored

    language = check_lang(lang)
    rubrics = rubrics if rubrics is not None else load_rubrics()
    turns: list[TurnResult] = []
    acts_so_far: list[list[str]] = []
    number = 0
    for i, u in enumerate(utterances):
        if u.speaker == "owner":
            turns.append(TurnResult(index=i, speaker="owner", text=u.text))
            acts_so_far.append([])
            continue
        text, truncated = clip_text(u.text)
        context, dropped = clip_context(utterances[:i])
        known = analyses.get(i) if analyses else None
        unclipped = not truncated and not dropped and all(
            k is u for k, u in zip(context, utterances[:i], strict=True)
        )
        if known is not None and unclipped and known.text == text and known.lang == language:
            analysis = known
        else:
            analysis = analyse(text, context, language, briefing=briefing)
        ts = score_turn(
            analysis,
            context,
            rubrics,
            prior_acts=acts_so_far[dropped:i],
            truncated=truncated,
            names=names,
        )
        acts = [a.value for a in analysis.acts]
        if "advice_excused" in ts.flags:
            acts = [a for a in acts if a != "advice"]  # his words given back: no advice (excused.py)
        own = "own_summary" in ts.flags  # an own-proposal "summary" does not meet a due moment
        acts_so_far.append([a for a in acts if not (own and a == "summary")])
        number += 1
        turns.append(
            TurnResult(
                index=i,
                speaker="trainee",
                text=u.text,
                turn=number,
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
    patterns = real_moments(find_patterns(turns, lang, rubrics), turns, rubrics, lang)
    if not patterns.trainee_turns:
        # too short to score: no trainee turn, so no session score at all (an empty dict)
        return ConversationScore(lang=lang, scores={}, turns=list(turns), patterns=patterns)
    details = {
        rid: session_detail(rubric, turns, patterns, lang) for rid, rubric in rubrics.items()
    }
    return ConversationScore(
        lang=lang,
        scores={rid: d.score for rid, d in details.items()},
        turns=list(turns),
        patterns=patterns,
        feedback=session_feedback(
            patterns, lang, rubrics, real=sum(1 for t in turns if is_real_summary(t, turns, lang))
        ),
        details=details,
    )


# a turn scoring this or more on summarising gave several of his points back: a real summary.
# An echo of one of his words (18), a "summary" of one reply (26) is a reflection (r17a s03 T8)
REAL_SUMMARY_AT = 50.0
# a real summary is needed about once every this many trainee turns (summary_rhythm)
SUMMARY_SPAN = 4


def is_real_summary(
    turn: TurnResult, turns: Sequence[TurnResult] | None = None, lang: Lang = "ja"
) -> bool:
    """A trainee turn that gathers several of the owner's points: a summary of his points or a
    give-back of several of them in other words (言い換え), scored as one on the turn. With the
    conversation (``turns``), a give-back that is no summary act must repeat words of at least
    two of his points (a reflection of one reply with a question is no summary: r16a s04 T9)."""
    if turn.speaker != "trainee" or {"own_summary", "not_summary"} & set(turn.flags):
        return False
    summary = is_owner_summary(turn) or "met:summarising" in turn.flags
    if not (summary or "paraphrase" in turn.flags):
        return False
    v = turn.scores.get("summarising")
    if v is None or v < REAL_SUMMARY_AT:
        return False
    if summary or turns is None:
        return True
    before = [Utterance(speaker=t.speaker, text=t.text) for t in turns if t.index < turn.index]
    said = _turn_words(turn.text, lang)
    heard: set[str] = set()
    points = 0
    for u in before:
        words = _turn_words(u.text, lang)
        new = words - heard
        heard |= words
        if u.speaker == "owner" and len(new) >= 2 and new & said:
            points += 1
    return points >= 2


def real_moments(
    patterns: Patterns,
    turns: Sequence[TurnResult],
    rubrics: Mapping[str, Rubric],
    lang: Lang = "ja",
) -> Patterns:
    """The moments that needed a summary, met only by a real summary (:func:`is_real_summary`):
    the session figures, the report's lines and the turn feedback then count the same summaries.

    A moment is the run of turns flagged ``due:summarising``; it is met by the first real
    summary in it (late when ``due_window`` turns or more went by first: the turn after the
    reminder is still in time). One still open at the end counts when it lasted that long."""
    summ = rubrics.get("summarising")
    if summ is None:
        return patterns
    moments = due_moments(
        turns, summ, summ.session.due_window, meets=lambda t: is_real_summary(t, turns, lang)
    )
    return patterns.model_copy(
        update={
            "due_moments": moments,
            "summaries_when_due": sum(1 for m in moments if m.met and not m.late),
            "talk_share": round(_talk_share(turns, lang), 3),
        }
    )


def _talk_share(turns: Sequence[TurnResult], lang: Lang) -> float:
    """The supporter's share of the talk, his points given back left out: a real summary is the
    owner's talk handed back for him to check, not the supporter talking over him (a skilled
    trainee who summarised three times read as talking more than a beginner's short closed
    questions: r16a s03, s09)."""
    mine = sum(
        measure(t.text, lang)
        for t in turns
        if t.speaker == "trainee" and not is_real_summary(t, turns, lang)
    )
    total = mine + sum(measure(t.text, lang) for t in turns if t.speaker == "owner")
    return mine / total if total else 0.0


def session_detail(
    rubric: Rubric, turns: Sequence[TurnResult], patterns: Patterns, lang: Lang = "ja"
) -> ScoreDetail:
    """One rubric's session score with how it was reached (see :class:`ScoreDetail`)."""
    values = _values(rubric, turns)
    mean = round(sum(values) / len(values), 1) if values else None
    if rubric.session.method != "rates":
        score = session_score(rubric, turns, patterns)
        parts = [ScorePart(rate="other", points=score)]
        return ScoreDetail(turn_mean=mean, scored_turns=len(values), parts=parts, score=score)
    return _rates(rubric, values, turns, patterns, lang)


def _values(rubric: Rubric, turns: Sequence[TurnResult]) -> list[float]:
    return [
        v for t in turns if t.speaker == "trainee" and (v := t.scores.get(rubric.id)) is not None
    ]


def rates(
    patterns: Patterns, rubric: Rubric, turns: Sequence[TurnResult], lang: Lang = "ja"
) -> dict[str, float]:
    """The conversation rates (0–1) a ``rates`` session score reads; behaviour, not length.
    The quality of the summaries is each summary's score times the share of the owner's points
    it carried (scoring.carried: a thin two-point summary of six points is no 100 %)."""
    s = rubric.session
    n = max(patterns.trainee_turns, 1)
    questions = len(
        set(patterns.open_questions) | set(patterns.closed_questions) | set(patterns.leading)
    )
    in_runs = sum(r.length for r in patterns.interrogation_runs)
    owner_summaries = [t for t in turns if is_real_summary(t, turns, lang) and is_owner_summary(t)]
    # a give-back of several of his points in other words (言い換え) was scored on summarising
    # at the turn: the session counts it too, or a trainee sees 70 on the turn and 0 % in the
    # session (lead's hand play, round 7)
    paraphrases = [
        t for t in turns
        if is_real_summary(t, turns, lang) and t not in owner_summaries
    ]
    quality = _quality(owner_summaries, turns, lang) or _quality(paraphrases, turns, lang)
    # the paraphrases stand in only where no summary was made
    moments = patterns.due_moments
    if moments:
        coverage = sum(0.0 if not m.met else (0.5 if m.late else 1.0) for m in moments) / len(
            moments
        )
    elif quality:
        # no moment was due, and the summaries made were the owner's points (a "summary" the
        # scorer did not score had nothing of his to gather: it is no summary)
        coverage = 1.0
    elif patterns.trainee_turns < s.min_turns:
        # too early to say a summary was missed: half credit, for the replies that worked with
        # what the owner said (an open question, a give-back, empathy), none for pushes
        engaged = sum(
            1
            for t in turns
            if t.speaker == "trainee"
            and not {"leading_question", "advice", "self_promotion"} & set(t.acts)
            and not {"blunt_worry", "pressing", "repeat", "topic_switch"} & set(t.flags)
            and (
                {"open_question", "reflection", "empathy", "summary"} & set(t.acts)
                or "picked_keyword" in t.flags
            )
        )
        coverage = 0.5 * min(1.0, engaged / max(patterns.replies, 1))
    else:
        coverage = 0.0
    real = sum(1 for t in turns if is_real_summary(t, turns, lang))
    # one real summary about every SUMMARY_SPAN turns: a single closing summary after a meeting
    # of closed questions is not the summarising of a trainee who gathered his points all along
    needed = max(1, round(patterns.trainee_turns / SUMMARY_SPAN))
    rhythm = min(1.0, real / needed)
    gave_back = len(set(patterns.reflections) | {t.index for t in owner_summaries})
    # a question built on the owner's own words gives half of them back
    pushes = {"leading_question", "advice", "self_promotion"}
    picked_up = sum(
        1
        for t in turns
        if t.speaker == "trainee"
        and "picked_keyword" in t.flags
        and not pushes & set(t.acts)
        and "reflection" not in t.acts
        and "summary" not in t.acts
    )
    gave_back += 0.5 * picked_up
    replies = max(patterns.replies, 1)
    return {
        "responsive": min(1.0, len(patterns.responsive) / replies) if patterns.replies else 0.0,
        "talk_share": _talk_score(patterns.talk_share, s.talk_share_ok, s.talk_share_bad) / 100,
        "open_share": len(patterns.open_questions) / questions if questions else 0.0,
        # the share shown is the share counted: doubled, it read 「伝え返し・要約の割合 100%」 beside
        # 「社長の話を受け止めた応答の割合 43%」 (r17a s07)
        "gives_back": min(1.0, gave_back / replies) if patterns.replies else 0.0,
        "interrogation": in_runs / n,
        "offences": len(patterns.offences) / n,
        "blunt": len(patterns.blunt) / n,
        "repeats": len(patterns.repeats) / n,
        "topic_switches": len(patterns.topic_switches) / n,
        "monologues": len(patterns.monologues) / n,
        "own_summaries": len(patterns.own_summaries) / n,
        "summary_coverage": coverage,
        "summary_quality": (sum(quality) / len(quality) / 100) if quality else 0.0,
        "summary_rhythm": rhythm,
    }


def _quality(
    made: Sequence[TurnResult], turns: Sequence[TurnResult], lang: Lang
) -> list[float]:
    """Each summary's score times the share of the owner's points since the previous one it
    carried (0–100 each)."""
    history = [Utterance(speaker=t.speaker, text=t.text) for t in turns]
    at = {t.index: n for n, t in enumerate(turns)}
    out: list[float] = []
    since = 0
    for t in made:
        v = t.scores.get("summarising")
        n = at.get(t.index)
        if v is None or n is None:
            continue
        out.append(v * carried(t.text, history[:n], lang, since).share)
        since = n + 1
    return out


RATE_NAMES: dict[str, dict[str, str]] = {
    "responsive": {"ja": "社長の話を受け止めた応答の割合", "en": "replies acknowledging the owner"},
    "talk_share": {
        "ja": "発話量が社長より控えめだったか（1＝控えめ、0＝話しすぎ。社長の話のまとめは数えない）",
        "en": "kept your share of the talk modest (1 = yes, 0 = talked too much; summaries of "
        "his points not counted)",
    },
    "open_share": {"ja": "開いた質問の割合", "en": "share of open questions"},
    "gives_back": {"ja": "伝え返し・要約の割合", "en": "replies giving the owner's words back"},
    "interrogation": {"ja": "閉じた質問の連続（詰問）", "en": "runs of closed questions"},
    "offences": {
        "ja": "誘導・助言・講義・自己アピール・否定の割合",
        "en": "turns that lead, advise, lecture, boast or deny",
    },
    # (the rate counts a challenge too, 「どうしてできないんですか」: r18b s06 T2)
    "blunt": {
        "ja": "唐突な「悩み」「ビジョン」の質問・問い詰め",
        "en": "blunt worry or vision questions and challenges (\"why can't you…?\")",
    },
    "repeats": {"ja": "同じ質問の繰り返し", "en": "repeated questions"},
    "topic_switches": {"ja": "一問一答の話題転換", "en": "topic jumps"},
    "monologues": {"ja": "長い独演", "en": "monologues"},
    "own_summaries": {"ja": "自分の提案のまとめ", "en": "summaries of your own proposals"},
    "summary_coverage": {
        "ja": "要約が必要な場面でまとめた割合",
        "en": "moments needing a summary that got one",
    },
    "summary_quality": {"ja": "要約の質", "en": "quality of the summaries"},
    "summary_rhythm": {
        "ja": "要所ごとのまとめ（4ターンに1回の目安に対して）",
        "en": "summaries made along the way (about one per 4 turns)",
    },
    "floor": {"ja": "下限（10点）への引き上げ", "en": "lift onto the floor"},
    "turn_mean": {"ja": "各ターンのスコアの平均", "en": "mean of your turn scores"},
    "default": {"ja": "該当ターンなし（既定値）", "en": "no turn applied (default)"},
}


def _rates(
    rubric: Rubric,
    values: list[float],
    turns: Sequence[TurnResult],
    patterns: Patterns,
    lang: Lang,
) -> ScoreDetail:
    """score = turn_weight × turn mean + Σ weight × 100 × rate − Σ points × rate, then lifted
    onto the floor (floor + (100 − floor) × score / 100) and clamped to 0–100. Every addend is
    a part of the detail, so the parts add up to the score."""
    s = rubric.session
    r = rates(patterns, rubric, turns, lang)
    mean = sum(values) / len(values) if values else None
    base = mean if mean is not None else s.default
    turn_weight = round(1.0 - sum(t.weight for t in s.terms), 3)
    parts: list[ScorePart] = []
    if turn_weight > 0:
        label = RATE_NAMES["turn_mean" if mean is not None else "default"][lang]
        parts.append(
            ScorePart(
                rate="turn_mean" if mean is not None else "default",
                label=label,
                value=round(base, 1),
                factor=turn_weight,
                points=round(turn_weight * base, 1),
            )
        )
    score = turn_weight * base
    for term in s.terms:
        value = r[term.rate]
        factor = 100.0 * term.weight if term.weight else -term.points
        score += factor * value
        label = (
            term.label.get(lang)
            if term.label
            else RATE_NAMES.get(term.rate, {}).get(lang, term.rate)
        )
        if term.weight or value > 0:  # a penalty that did not apply needs no explaining
            parts.append(
                ScorePart(
                    rate=term.rate,
                    label=label,
                    value=round(value, 3),
                    factor=round(factor, 2),
                    points=round(factor * value, 1),
                )
            )
    if s.floor:
        lifted = s.floor + (100.0 - s.floor) * max(0.0, min(100.0, score)) / 100.0
        parts.append(
            ScorePart(
                rate="floor", label=RATE_NAMES["floor"][lang], points=round(lifted - score, 1)
            )
        )
        score = lifted
    return ScoreDetail(
        turn_mean=None if mean is None else round(mean, 1),
        turn_weight=turn_weight,
        scored_turns=len(values),
        parts=parts,
        score=round(min(100.0, max(0.0, score)), 1),
    )


def session_score(rubric: Rubric, turns: Sequence[TurnResult], patterns: Patterns) -> float:
    """One rubric over a conversation, 0–100.

    ``rates``: the mean of the turn scores, blended with conversation rates (shares of turns,
    never counts: a 30-turn session of good moves scores like a 10-turn one) and minus points
    per rate of mistakes; see ``rubrics/README.md`` for the rule and a worked example.

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
    values = _values(rubric, turns)
    if s.method == "rates":
        return _rates(rubric, values, turns, patterns, "ja").score
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


def session_feedback(
    patterns: Patterns,
    lang: Lang,
    rubrics: Mapping[str, Rubric] | None = None,
    *,
    real: int | None = None,
) -> list[str]:
    """Short session-level comments on the patterns an instructor looks at. Each says what the
    score's breakdown counts (the same moments, the same talk-share bounds): a line never
    contradicts the figure next to it (r17b s05, r17a s05)."""
    ja = lang == "ja"
    out: list[str] = []
    if patterns.interrogation_runs:
        n = len(patterns.interrogation_runs)
        out.append(
            f"閉じた質問が3回以上続いた場面が{n}回ありました。詰問や審査のように感じられます。"
            if ja
            else f"{n} run(s) of three or more closed questions: it can feel like an audit."
        )
    out += _summary_lines(patterns, lang, rubrics, real)
    # leading questions, self-promotion and denials are listed by kind and turn under the
    # mistakes of the report: not counted again here (r9a: 「誘導質問」 said twice)
    listen = rubrics.get("listening") if rubrics is not None else None
    ok, bad = (
        (listen.session.talk_share_ok, listen.session.talk_share_bad)
        if listen is not None
        else (0.45, 0.75)
    )
    # said only where the breakdown takes off more than half of the talk-share credit: 「50%…
    # 多く語ってもらいましょう」 next to 82 % credited for modest talk reads as a contradiction
    if patterns.talk_share > ok and _talk_score(patterns.talk_share, ok, bad) < 50:
        out.append(
            f"支援者の発話が全体の{patterns.talk_share:.0%}を占めています。社長に多く語ってもらいましょう。"
            if ja
            else f"You did {patterns.talk_share:.0%} of the talking; let the owner talk more."
        )
    return out


def _summary_lines(
    patterns: Patterns, lang: Lang, rubrics: Mapping[str, Rubric] | None, real: int | None
) -> list[str]:
    """What the summarising figures counted, in words: the moments that needed a summary, how
    many were met in time, late or not at all, and a meeting without any real summary."""
    ja = lang == "ja"
    moments = patterns.due_moments
    missed = sum(1 for m in moments if not m.met)
    late = sum(1 for m in moments if m.met and m.late)
    summ = rubrics.get("summarising") if rubrics is not None else None
    min_turns = summ.session.min_turns if summ is not None else 6
    if missed or late:
        n = len(moments)
        if ja:
            parts = [f"{missed}回はまとめずに進みました"] if missed else []
            if late:
                parts.append(f"{late}回はまとめるのが遅れました")
            on_time = n - missed - late
            head = f"要約が必要な場面が{n}回あり、" + (f"{on_time}回は要所でまとめましたが、" if on_time else "")
            tail = "要点がたまったその場でまとめましょう。" if not missed else "要点がたまったら、社長の話をまとめて確かめましょう。"
            return [head + "、".join(parts) + "。" + tail]
        parts = [f"{missed} passed without one"] if missed else []
        if late:
            parts.append(f"{late} got one late")
        return [
            f"Of {n} moment(s) that needed a summary, {' and '.join(parts)}; sum up his points "
            "when they pile up."
        ]
    if patterns.summaries_when_due:
        return [
            "要所で社長の話をまとめられています。"
            if ja
            else "You summarised the owner's points at the moments that needed it."
        ]
    if real == 0 and patterns.trainee_turns >= min_turns:
        return [
            "社長の話をまとめて確かめる発言が一度もありませんでした。要点がたまったら「社長が考えているのは"
            "こういったことなんですね」とまとめましょう。"
            if ja
            else "You never gathered the owner's points and checked them; when they pile up, sum "
            "them up (\"So what you are thinking is this, isn't it?\")."
        ]
    return []

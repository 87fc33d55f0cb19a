"""Conversation-level patterns: interrogation runs, talk share, summaries and due moments."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..i18n import Lang
from ..rubric import Rubric
from .models import DueMoment, Patterns, Run, TurnResult
from .text import measure

_QUESTIONS = frozenset({"open_question", "closed_question", "leading_question"})
_SOFTENERS = frozenset({"empathy", "reflection", "summary"})


def is_owner_summary(turn: TurnResult) -> bool:
    """A summary that gathers the owner's points (not one of the supporter's own proposals):
    the act, or the scorer's ``owner_summary`` flag (his points gathered, scored as a summary,
    whatever the act labels say: r10a s09 T9, summarising 95 on the turn and 「要約が必要な場面で
    まとめた割合 0%」 in the report)."""
    made = "summary" in turn.acts or "owner_summary" in turn.flags
    # the analyser's "summary" of one reply of his (``not_summary``) is a reflection: no summary
    # in the session's quality figure (r15b s04 T11, issue 8 class 2)
    return made and "own_summary" not in turn.flags and "not_summary" not in turn.flags


def _acts(turn: TurnResult) -> set[str]:
    """The turn's acts, with a one-reply "summary" read as the reflection it is."""
    acts = set(turn.acts)
    if "summary_reflects" in turn.flags:
        acts.add("reflection")
    if "not_empathy" in turn.flags:
        acts.discard("empathy")  # homework or a cheer acknowledges nothing (t10 f060, f082)
    return acts


def is_responsive(turn: TurnResult) -> bool:
    """The turn acknowledges what the owner said: a reflection, empathy or a summary of the
    owner's own points."""
    acts = _acts(turn)
    return bool(acts & {"reflection", "empathy"}) or is_owner_summary(turn)


def is_interrogating(turn: TurnResult) -> bool:
    """A bare closed or leading question that does not build on the owner's words, with
    nothing that acknowledges the owner. An open question is no part of a run of closed
    questions, even one that jumps topic or repeats (that mistake is counted under its own
    kind): a run is what the report lists under 「閉じた質問の連続」, turn by turn (r10a s06: "1 run
    of three or more closed questions … turn 4, turn 6" with turn 5 an open question)."""
    acts = _acts(turn)
    if not acts & _QUESTIONS or acts & {"empathy", "reflection"} or is_owner_summary(turn):
        return False
    if "leading_question" in acts:
        return True
    return "closed_question" in acts and "open_question" not in acts


def interrogation_runs(turns: Sequence[TurnResult], run_length: int = 3) -> list[Run]:
    """Runs of ≥ ``run_length`` interrogating trainee turns (owner turns between them do not
    break a run)."""
    runs: list[Run] = []
    current: list[int] = []
    for t in turns:
        if t.speaker != "trainee":
            continue
        if is_interrogating(t):
            current.append(t.index)
            continue
        if len(current) >= run_length:
            runs.append(Run(start=current[0], end=current[-1], length=len(current)))
        current = []
    if len(current) >= run_length:
        runs.append(Run(start=current[0], end=current[-1], length=len(current)))
    return runs


def turns_before_owner(turns: Sequence[TurnResult], index: int) -> bool:
    """Some owner turn comes before ``index``."""
    return any(t.speaker == "owner" and t.index < index for t in turns)


def talk_share(turns: Sequence[TurnResult], lang: Lang) -> float:
    trainee = sum(measure(t.text, lang) for t in turns if t.speaker == "trainee")
    total = trainee + sum(measure(t.text, lang) for t in turns if t.speaker == "owner")
    return trainee / total if total else 0.0


def due_moments(
    turns: Sequence[TurnResult],
    rubric: Rubric,
    window: int,
    meets: Callable[[TurnResult], bool] | None = None,
) -> list[DueMoment]:
    """Episodes in which ``rubric`` was due: consecutive trainee turns flagged ``due:<id>``.

    An episode is met by the first turn with one of the rule's acts (late when it took
    ``window`` trainee turns or more). An episode still open at the end of the conversation
    counts only when it has lasted ``window`` trainee turns (the meeting may simply have ended).

    ``meets``, when given, decides instead which turn meets an episode, and such a turn meets an
    open episode even when it is not flagged itself (the session's real summaries)."""
    if rubric.applies.due is None:
        return []
    met_by = set(rubric.applies.due.met_by)

    def rule_meets(t: TurnResult) -> bool:
        return bool(met_by & set(t.acts) or f"met:{rubric.id}" in t.flags) and "own_summary" not in t.flags

    met_here = meets or rule_meets
    flag = f"due:{rubric.id}"
    moments: list[DueMoment] = []
    open_moment: DueMoment | None = None
    elapsed = 0
    for t in turns:
        if t.speaker != "trainee":
            continue
        met = met_here(t)
        if flag not in t.flags and not (meets is not None and open_moment is not None and met):
            if open_moment is not None:
                moments.append(open_moment)  # the moment passed without a summary
                open_moment = None
            continue
        if open_moment is None:
            reason = "impatience" if "impatient" in t.flags else "owner_points"
            open_moment = DueMoment(index=t.index, reason=reason)
            elapsed = 0
        if met:
            open_moment.met_at = t.index
            open_moment.late = elapsed >= window
            moments.append(open_moment)
            open_moment = None
            continue
        elapsed += 1
    if open_moment is not None and elapsed >= window:
        moments.append(open_moment)
    return moments


def find_patterns(turns: Sequence[TurnResult], lang: Lang, rubrics: dict[str, Rubric]) -> Patterns:
    trainee = [t for t in turns if t.speaker == "trainee"]
    deep = rubrics.get("deep_dive")
    run_length = deep.session.run_length if deep is not None else 3
    summ = rubrics.get("summarising")
    moments = due_moments(turns, summ, summ.session.due_window) if summ is not None else []

    def with_act(act: str) -> list[int]:
        return [t.index for t in trainee if act in t.acts]

    def with_flag(flag: str) -> list[int]:
        return [t.index for t in trainee if flag in t.flags]

    listen = rubrics.get("listening")
    mono = listen.session.monologue_at if listen is not None else None
    mono_at = mono.get(lang) if mono is not None else None
    after_owner = [t for t in trainee if t.index > 0 and turns_before_owner(turns, t.index)]

    leading = with_act("leading_question")
    # (an advice act the scorer excused — his words given back, the meeting's course — is none)
    advice = [i for i in with_act("advice") if i not in set(with_flag("advice_excused"))]
    promo = [
        t.index for t in trainee if "self_promotion" in t.acts and "answers_owner" not in t.flags
    ]
    denials = with_flag("denial")
    lectures = with_flag("lecture")
    offences = sorted(set(leading) | set(advice) | set(promo) | set(denials) | set(lectures))
    return Patterns(
        trainee_turns=len(trainee),
        owner_turns=len(turns) - len(trainee),
        talk_share=round(talk_share(turns, lang), 3),
        longest_turn=max((measure(t.text, lang) for t in trainee), default=0),
        interrogation_runs=interrogation_runs(turns, run_length),
        repeats=with_flag("repeat"),
        topic_switches=with_flag("topic_switch"),
        leading=with_act("leading_question"),
        advice=advice,
        self_promotion=with_act("self_promotion"),
        denials=with_flag("denial"),
        summaries=with_act("summary"),
        own_summaries=with_flag("own_summary"),
        interrogating=[t.index for t in trainee if is_interrogating(t)],
        blunt=sorted(
            set(with_flag("blunt_worry")) | set(with_flag("pressing")) | set(with_flag("challenge"))
        ),
        lectures=lectures,
        offences=offences,
        open_questions=with_act("open_question"),
        closed_questions=[
            t.index
            for t in trainee
            if "closed_question" in t.acts and "leading_question" not in t.acts
        ],
        reflections=[t.index for t in trainee if "reflection" in _acts(t)],
        empathy=with_act("empathy"),
        monologues=[
            t.index for t in trainee if mono_at is not None and measure(t.text, lang) >= mono_at
        ],
        replies=len(after_owner),
        responsive=[t.index for t in after_owner if is_responsive(t)],
        due_moments=moments,
        summaries_when_due=sum(1 for m in moments if m.met and not m.late),
    )

"""A practice session: the public Python API (``open_session``, ``say``, ``report``).

``say`` runs one turn: analyse the trainee's words, score them, let the engine decide, let the
voice phrase the reply, commit the turn to the store, and only then return it.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from .acts import Analysis, Utterance
from .datafiles import load_persona
from .engine import EngineState, PersonaEngine
from .errors import InputError, SessionFinishedError
from .i18n import Lang, check_lang
from .judge import Judgement, judge_for
from .persona import Persona, Stage
from .reporting import Report, build_report, persona_names
from .scoring.suggest import fresh_suggestion
from .settings import Settings
from .voice import Realisation, Voice, make_voice

MAX_UTTERANCE_CHARS = 2000
_DEFAULT = object()


class Turn(BaseModel):
    """One trainee turn and the owner's reply, as returned by :meth:`Session.say`."""

    index: int
    trainee_text: str
    owner_reply: str
    acts: list[str]
    scores: dict[str, float | None]
    evidence: list[str] = Field(default_factory=list)
    suggestion: str | None = None
    feedback: list[str] = Field(default_factory=list)
    trust: float
    trust_delta: float = 0.0
    stage: str
    revealed: list[str] = Field(default_factory=list)
    reaction: str
    backend: str = "offline"
    notice: str | None = None
    # the LLM backend: the judge's reading (None without a judge), the offline scorer's own
    # scores (``scores`` merges the judge in; see rubrics/README.md) and the voice's tokens
    judge: Judgement | None = None
    offline_scores: dict[str, float | None] = Field(default_factory=dict)
    tokens_in: int = 0
    tokens_cached: int = 0
    tokens_out: int = 0


class Partial(BaseModel):
    """The owner's reply as far as it has been produced (streamed voices), not yet committed."""

    text: str


class Session:
    """A live session with one owner. Create it with :func:`open_session`.

    One session is safe to share between threads: ``say``, ``end`` and ``report`` run one at a
    time (a per-session lock), so no turn is computed from a stale engine state.
    """

    def __init__(
        self,
        persona: Persona,
        lang: Lang,
        *,
        seed: int,
        voice: Voice,
        store: Any = None,
        session_id: str | None = None,
        state: EngineState | None = None,
        history: list[Utterance] | None = None,
        turns: list[Turn] | None = None,
        fallback: Voice | None = None,
        judge: Any = None,
    ) -> None:
        from .analysis import normalise
        from .analysis.attribution import trainee_briefing

        self.persona = persona
        self.lang = lang
        self.seed = seed
        self.voice = voice
        self.fallback = fallback
        self.judge = judge  # an LLM judge beside the offline scorer, or None
        self.store = store
        self.id = session_id
        self.engine = PersonaEngine(persona, normalise=normalise)
        self.state = state or EngineState.initial(persona, lang, seed)
        self.history: list[Utterance] = list(history or [])
        self.turns: list[Turn] = list(turns or [])
        # history index of a trainee turn -> its analysis, so the report does not analyse it again
        self.analyses: dict[int, Analysis] = {}
        self.lock = threading.RLock()
        self.shown = trainee_briefing(persona, lang)  # what the trainee saw before the meeting

    @property
    def finished(self) -> bool:
        return self.state.finished

    @property
    def trust(self) -> float:
        return self.state.trust

    @property
    def stage(self) -> Stage:
        return self.state.stage

    def say(self, text: str) -> Turn:
        """The trainee says ``text``; returns the scored turn with the owner's reply."""
        with self.lock:
            return self._say(text)

    def say_stream(self, text: str) -> Iterator[Partial | Turn]:
        """Like :meth:`say`, but yields the owner's reply as it is produced (``Partial``, the
        text so far; an empty text withdraws what was shown), then the committed ``Turn`` last.
        Offline voices yield the turn at once. A caller slower than the stream skips to the
        latest text (each ``Partial`` is the whole reply so far).

        The turn runs in its own thread, which holds the session's lock from start to commit:
        the caller may iterate from any thread (Gradio moves a generator between worker
        threads), and a caller that stops iterating still gets the turn committed."""
        from .voice.base import streams

        if not streams(self.voice):
            yield self.say(text)
            return
        items: queue.SimpleQueue[Any] = queue.SimpleQueue()

        def run() -> None:
            try:
                with self.lock:
                    items.put(self._say(text, on_partial=lambda so_far: items.put(Partial(text=so_far))))
            except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread
                items.put(exc)

        threading.Thread(target=run, name="sim-turn", daemon=True).start()
        held: Any = None
        while True:
            item, held = (held, None) if held is not None else (items.get(), None)
            while isinstance(item, Partial):  # a caller slower than the stream gets the latest
                try:
                    newer = items.get_nowait()
                except queue.Empty:
                    break
                if not isinstance(newer, Partial):
                    held = newer
                    break
                item = newer
            if isinstance(item, BaseException):
                raise item
            yield item
            if isinstance(item, Turn):
                return

    def _say(self, text: str, on_partial: Callable[[str], None] | None = None) -> Turn:
        from .analysis import analyse, keywords
        from .judge import merge_evidence, merge_scores, outcome
        from .scoring import score_turn

        text = (text or "").strip()
        if not text:
            raise InputError("empty utterance: type what you would say to the owner")
        if self.finished:
            raise SessionFinishedError("the meeting is over: open a new session or branch this one")
        if len(text) > MAX_UTTERANCE_CHARS:
            text = text[:MAX_UTTERANCE_CHARS]
        started = time.perf_counter()
        judging = self.judge.submit(self.history, text, self.lang) if self.judge else None
        analysis = analyse(text, self.history, self.lang, briefing=self.shown)
        prior = [t.acts for t in self.turns if t.trainee_text]
        turn_score = score_turn(
            analysis, self.history, prior_acts=prior, names=persona_names(self.persona)
        )
        state, intent = self.engine.step(self.state, analysis)
        history = [*self.history, Utterance(speaker="trainee", text=text)]
        realisation = self._realise(state, intent, history, on_partial)
        self.engine.remember_owner_words(
            state, keywords(realisation.text, self.lang), realisation.text
        )
        judgement = outcome(judging)
        turn = Turn(
            index=len(self.turns),
            trainee_text=text,
            owner_reply=realisation.text,
            acts=[str(a) for a in analysis.acts],
            scores=merge_scores(turn_score.scores, judgement),
            evidence=merge_evidence(turn_score.evidence, judgement),
            suggestion=fresh_suggestion(turn_score.suggestion, [t.suggestion for t in self.turns]),
            feedback=_with_owner_side(
                turn_score, intent, self.lang, [str(a) for a in analysis.acts]
            ),
            trust=round(state.trust, 2),
            trust_delta=intent.trust_delta,
            stage=state.stage.name.lower(),
            revealed=list(intent.disclose),
            reaction=(intent.reaction.value + (f"+{intent.followup.value}" if intent.followup else "")),
            backend=realisation.backend,
            notice=realisation.notice,
            judge=judgement,
            offline_scores=turn_score.scores,
            tokens_in=realisation.tokens_in,
            tokens_cached=realisation.tokens_cached,
            tokens_out=realisation.tokens_out,
        )
        latency = (time.perf_counter() - started) * 1000
        self._commit(turn, state, realisation, latency)  # durable before the reply is shown
        self.state = state
        self.analyses[len(self.history)] = analysis
        self.history = [*history, Utterance(speaker="owner", text=realisation.text)]
        self.turns.append(turn)
        return turn

    def end(self) -> Turn:
        """The trainee ends the meeting; the owner's closing words come back as a turn."""
        with self.lock:
            return self._end()

    def _end(self) -> Turn:
        if self.finished:
            raise SessionFinishedError("the meeting is already over")
        state, intent = self.engine.close(self.state)
        realisation = self._realise(state, intent, self.history)
        turn = Turn(
            index=len(self.turns),
            trainee_text="",
            owner_reply=realisation.text,
            acts=[],
            scores={},
            trust=round(state.trust, 2),
            stage=state.stage.name.lower(),
            reaction=intent.reaction.value,
            backend=realisation.backend,
            notice=realisation.notice,
        )
        self._commit(turn, state, realisation, 0.0)
        self.state = state
        self.history = [*self.history, Utterance(speaker="owner", text=realisation.text)]
        self.turns.append(turn)
        return turn

    def report(self) -> Report:
        """Session-level scores, what the owner disclosed and whether the real issue came out."""
        with self.lock:
            return self._report()

    def _report(self) -> Report:
        report = build_report(
            self.persona, self.lang, self.state, self.turns, self.history, self.analyses
        )
        if self.store is not None and self.id is not None:
            self.store.finish_session(
                self.id, scores=report.scores, hidden_issue_reached=report.hidden_issue_reached
            )
        return report

    # -- internals ------------------------------------------------------------------------------

    def _speak(
        self,
        state: EngineState,
        intent: Any,
        history: list[Utterance],
        on_partial: Callable[[str], None] | None,
    ) -> Realisation:
        from .voice.base import streams

        if on_partial is not None and streams(self.voice):
            return self.voice.realise_stream(  # type: ignore[attr-defined]
                self.persona, state, intent, history, on_partial
            )
        return self.voice.realise(self.persona, state, intent, history)

    def _realise(
        self,
        state: EngineState,
        intent: Any,
        history: list[Utterance],
        on_partial: Callable[[str], None] | None = None,
    ) -> Realisation:
        if self.fallback is None:
            return self._speak(state, intent, history, on_partial)
        snapshot = state.model_copy(deep=True)
        try:
            return self._speak(state, intent, history, on_partial)
        except Exception as exc:  # noqa: BLE001 - any LLM failure degrades to offline
            from .errors import BackendError

            for name in type(state).model_fields:  # undo whatever the failed voice recorded
                setattr(state, name, getattr(snapshot, name))
            realisation = self.fallback.realise(self.persona, state, intent, history)
            reason = str(exc) if isinstance(exc, BackendError) else type(exc).__name__
            reason = getattr(exc, "reasons", {}).get(self.lang, reason)
            notice = getattr(exc, "notice", None) or {
                "ja": "LLMが応答しなかったため、オフラインの応答に切り替えました",
                "en": "The language model did not answer; switched to the offline reply",
            }
            realisation.notice = (  # the notice, then why, as its own sentence
                f"{notice['ja']}。{reason.rstrip('。')}。"
                if self.lang == "ja"
                else f"{notice['en']}: {reason.rstrip('.')}."
            )
            return realisation

    def _commit(
        self, turn: Turn, state: EngineState, realisation: Realisation, latency_ms: float
    ) -> None:
        if self.store is None or self.id is None:
            return
        from .store import TurnRecord

        self.store.append_turn(
            self.id,
            TurnRecord(
                index=turn.index,
                trainee_text=turn.trainee_text,
                owner_reply=turn.owner_reply,
                acts=turn.acts,
                scores=turn.scores,
                evidence=turn.evidence,
                suggestion=turn.suggestion,
                reaction=turn.reaction,
                revealed=turn.revealed,
                trust=turn.trust,
                stage=turn.stage,
                state=state.model_dump(mode="json"),
                backend=realisation.backend,
                notice=realisation.notice,
                tokens_in=realisation.tokens_in,
                tokens_cached=realisation.tokens_cached,
                tokens_out=realisation.tokens_out,
                latency_ms=latency_ms,
                judge=turn.judge.model_dump(mode="json") if turn.judge else None,
                offline_scores=turn.offline_scores if turn.offline_scores != turn.scores else None,
            ),
        )



def _open_store(store: Any, settings: Settings) -> Any:
    from .store import Store, open_store

    if store is None:
        return None
    if isinstance(store, Store):
        return store
    if store is _DEFAULT:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        return open_store(settings.db_path)
    return open_store(Path(store))


def _voices(backend: str | None, settings: Settings) -> tuple[str, Voice, Voice | None]:
    from .voice import voice_names

    default = "openai" if settings.llm_configured and "openai" in voice_names() else "offline"
    name = backend or default
    if name == "offline":
        return name, make_voice("offline"), None
    return name, make_voice(name, settings=settings), make_voice("offline")



def open_session(
    persona: str | Path | Persona,
    lang: str = "ja",
    *,
    backend: str | None = None,
    store: Any = _DEFAULT,
    seed: int = 0,
    user_id: int | None = None,
    settings: Settings | None = None,
) -> Session:
    """Start a session with an owner (a persona id, a YAML path or a loaded persona).

    ``store``: a path to the SQLite file, a :class:`simulator.store.Store`, or None for no
    persistence; by default ``$SIM_DATA_DIR/simulator.db`` (``sessions/``).
    """
    settings = settings or Settings.from_env()
    lang = check_lang(lang)
    loaded = persona if isinstance(persona, Persona) else load_persona(persona)
    name, voice, fallback = _voices(backend, settings)
    db = _open_store(store, settings)
    session = Session(
        loaded, lang, seed=seed, voice=voice, fallback=fallback, store=db, judge=judge_for(name, settings)
    )
    if db is not None:
        record = db.create_session(
            persona_id=loaded.id,
            lang=lang,
            seed=seed,
            backend=name,
            user_id=user_id,
            initial_state=session.state.model_dump(mode="json"),
        )
        session.id = record.id
    return session


def _persona(store: Any, persona_id: str) -> Persona:
    """A shipped persona, or else a custom persona saved in the store (a rehearsal owner)."""
    from .errors import NotFoundError, UnknownPersonaError

    try:
        return load_persona(persona_id)
    except UnknownPersonaError:
        if store is None:
            raise
        from .rehearsal import stored_persona

        try:
            return stored_persona(store.get_persona(persona_id).data)
        except NotFoundError:
            raise UnknownPersonaError(persona_id, []) from None


def _restore(store: Any, record: Any, settings: Settings, backend: str | None) -> Session:
    from .engine import EngineState as _State

    persona = _persona(store, record.persona_id)
    records = store.turns(record.id)
    name, voice, fallback = _voices(backend or record.backend, settings)
    if records:
        state = _State.model_validate(records[-1].state)
    elif record.initial_state:
        state = _State.model_validate(record.initial_state)
    else:
        state = EngineState.initial(persona, record.lang, record.seed)
    history: list[Utterance] = []
    turns: list[Turn] = []
    for r in records:
        if r.trainee_text:
            history.append(Utterance(speaker="trainee", text=r.trainee_text))
        history.append(Utterance(speaker="owner", text=r.owner_reply))
        turns.append(
            Turn(
                index=r.index,
                trainee_text=r.trainee_text,
                owner_reply=r.owner_reply,
                acts=r.acts,
                scores=r.scores,
                evidence=r.evidence,
                suggestion=r.suggestion,
                trust=r.trust,
                stage=r.stage,
                revealed=r.revealed,
                reaction=r.reaction,
                backend=r.backend,
                notice=r.notice,
                judge=Judgement.model_validate(r.judge) if r.judge else None,
                offline_scores=r.offline_scores if r.offline_scores is not None else r.scores,
                tokens_in=r.tokens_in,
                tokens_cached=r.tokens_cached,
                tokens_out=r.tokens_out,
            )
        )
    return Session(
        persona,
        record.lang,
        seed=record.seed,
        voice=voice,
        fallback=fallback,
        store=store,
        session_id=record.id,
        state=state,
        history=history,
        turns=turns,
        judge=judge_for(name, settings),
    )


def resume_session(
    session_id: str,
    *,
    store: Any = _DEFAULT,
    viewer: Any = None,
    backend: str | None = None,
    settings: Settings | None = None,
) -> Session:
    """Continue a stored session from its last committed turn, with the same engine state."""
    settings = settings or Settings.from_env()
    db = _open_store(store, settings)
    record = db.get_session(session_id, viewer=viewer)
    return _restore(db, record, settings, backend)


def branch_session(
    session_id: str,
    at_turn: int,
    *,
    store: Any = _DEFAULT,
    viewer: Any = None,
    user_id: int | None = None,
    backend: str | None = None,
    settings: Settings | None = None,
) -> Session:
    """A new session forked after turn ``at_turn`` of another, its engine state restored."""
    settings = settings or Settings.from_env()
    db = _open_store(store, settings)
    record = db.branch(session_id, at_turn, viewer=viewer, user_id=user_id)
    return _restore(db, record, settings, backend)


def _with_owner_side(
    turn_score: Any, intent: Any, lang: Lang, acts: list[str] | None = None
) -> list[str]:
    """The scorer's feedback lines, and the owner's side when he pulled back sharply and no line
    says why (``owner_signal``)."""
    from .owner_signal import withdrawal_note

    lines = list(getattr(turn_score, "feedback", []) or [])
    note = withdrawal_note(
        intent.reaction.value,
        intent.trust_delta,
        getattr(turn_score, "flags", []) or [],
        lang,
        acts,
    )
    if note and note not in lines:
        lines.append(note)
    return lines

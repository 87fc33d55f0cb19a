"""The LLM judge: a second model call, beside the voice, that reads the trainee's turn.

Structured outputs first (``response_format`` with the JSON schema of :class:`JudgeOutput`);
a server that refuses the field (400) is asked for plain JSON from then on. The reply is
parsed and validated (the quotes must occur in the turn); an invalid reply gets one repair
re-ask that quotes the validation errors, the way ``instructor`` does it. Whatever happens,
the judge returns a :class:`Judgement` by the deadline — ``failed`` with the reason when it
has no valid reading — and never raises into the turn.
"""

from __future__ import annotations

import concurrent.futures
import json
import logging
import re
import time
from typing import Any

from pydantic import ValidationError

from ..acts import Utterance
from ..i18n import Lang
from ..settings import Settings
from ..voice.client import ChatClient, Deadline, LLMError, Usage
from .models import Judgement, JudgeOutput, json_schema
from .prompt import judge_messages

log = logging.getLogger("simulator.llm")

DEFAULT_MODEL = "gpt-4o-mini"
MAX_TOKENS = 600
REPAIRS = 1
_POOL = concurrent.futures.ThreadPoolExecutor(max_workers=32, thread_name_prefix="sim-judge")
_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$")


def parse(text: str, turn: str) -> JudgeOutput:
    """The judge's reply as a validated :class:`JudgeOutput` (raises ValueError/ValidationError)."""
    body = _FENCE.sub("", text.strip())
    start, end = body.find("{"), body.rfind("}")
    if start < 0 or end < start:
        raise ValueError("the reply holds no JSON object")
    data = json.loads(body[start : end + 1])
    return JudgeOutput.model_validate(data, context={"turn": turn})


def _errors(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'object'}: {e['msg']}" for e in exc.errors()
        )
    return str(exc)


class LLMJudge:
    def __init__(
        self, settings: Settings, client: Any = None, chat: ChatClient | None = None
    ) -> None:
        self.settings = settings
        self.chat = chat or ChatClient(settings, client)
        self.model = settings.judge_model or settings.model or DEFAULT_MODEL
        self.structured = True  # False once the server refused response_format

    def submit(
        self, history: list[Utterance], turn: str, lang: Lang
    ) -> concurrent.futures.Future[Judgement]:
        """Judge in the background (a thread pool); the future is done by the deadline."""
        deadline = Deadline(self.settings.llm_timeout)
        return _POOL.submit(self.judge, list(history), turn, lang, deadline)

    def judge(
        self, history: list[Utterance], turn: str, lang: Lang, deadline: Deadline | None = None
    ) -> Judgement:
        started = time.perf_counter()
        deadline = deadline or Deadline(self.settings.llm_timeout)
        messages = judge_messages(history, turn, lang)
        usage = Usage()
        structured_used = False
        repairs = 0
        while True:
            structured_used = self.structured
            extra = {"response_format": self._format()} if self.structured else {}
            try:
                text, done = self.chat.complete(
                    model=self.model,
                    messages=messages,
                    deadline=deadline,
                    max_tokens=MAX_TOKENS,
                    extra=extra,
                )
            except LLMError as exc:
                if exc.status == 400 and self.structured:
                    log.info("judge: the server refused response_format; plain JSON from now on")
                    self.structured = False
                    continue
                return self._result("failed", usage, started, error=str(exc))
            usage += done.usage
            try:
                out = parse(text, turn)
            except (ValueError, ValidationError) as exc:
                if repairs >= REPAIRS:
                    return self._result(
                        "failed",
                        usage,
                        started,
                        error=f"invalid reply after a repair: {_errors(exc)}",
                    )
                repairs += 1
                messages = [
                    *messages,
                    {"role": "assistant", "content": text},
                    {
                        "role": "user",
                        "content": "That reply is not valid: "
                        + _errors(exc)
                        + ". Answer again with the corrected JSON object only.",
                    },
                ]
                continue
            return self._result(
                "repaired" if repairs else "ok", usage, started, out=out, structured=structured_used
            )

    def _format(self) -> dict[str, Any]:
        return {
            "type": "json_schema",
            "json_schema": {"name": "turn_judgement", "strict": True, "schema": json_schema()},
        }

    def _result(
        self,
        status: str,
        usage: Usage,
        started: float,
        *,
        out: JudgeOutput | None = None,
        error: str | None = None,
        structured: bool = False,
    ) -> Judgement:
        return Judgement(
            status=status,  # type: ignore[arg-type]
            model=self.model,
            acts=list(out.acts) if out else [],
            scores={
                k: (None if v is None else float(v)) for k, v in out.scores.model_dump().items()
            }
            if out
            else {},
            evidence=list(out.evidence) if out else [],
            alternative=out.alternative if out else None,
            error=error,
            structured=structured,
            tokens_in=usage.prompt,
            tokens_cached=usage.cached,
            tokens_out=usage.completion,
            latency_ms=(time.perf_counter() - started) * 1000,
        )


def make_judge(settings: Settings, client: Any = None) -> LLMJudge | None:
    """The judge when an LLM is configured and ``SIM_JUDGE`` is not off, else None."""
    if not settings.judge_enabled or not (settings.llm_configured or client is not None):
        return None
    return LLMJudge(settings, client)


def judge_for(backend: str, settings: Settings) -> LLMJudge | None:
    """The judge of a session voiced by ``backend`` (none offline or with ``SIM_JUDGE=off``)."""
    return None if backend == "offline" else make_judge(settings)


def outcome(judging: concurrent.futures.Future[Judgement] | None) -> Judgement | None:
    """The judge's reading once it is done (the judge ends by its own deadline)."""
    if judging is None:
        return None
    try:
        return judging.result()
    except Exception as exc:  # noqa: BLE001 - the judge never breaks a turn
        return Judgement(status="failed", model="?", error=type(exc).__name__)

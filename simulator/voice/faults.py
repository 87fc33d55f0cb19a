"""Faults of a model call: one deadline for the whole call, which faults are worth a retry and
how long to wait, and the errors a call ends with (with a reason for the trainee's notice, in
Japanese and English). Used by :mod:`.client`."""

from __future__ import annotations

import email.utils
import time
from typing import Any

from ..errors import BackendError

BACKOFF = (0.2, 0.5, 1.0, 2.0)  # seconds before retry 1, 2, 3, 4 (when no Retry-After)
MIN_ATTEMPT = 0.05  # seconds: an attempt with less time left than this is not started


class Deadline:
    """A point in time by which a whole call (retries included) must be over."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def remaining(self) -> float:
        return max(0.0, self.end - time.monotonic())


class LLMError(BackendError):
    """A model call failed for good (after its retries, or at once when retrying cannot help)."""

    def __init__(self, message: str, *, status: int | None = None, ja: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.reasons = {"en": message, "ja": ja or message}  # shown in the fallback notice


class DeadlineExceeded(LLMError):
    """The whole call ran past ``SIM_LLM_TIMEOUT``."""


class Retry(Exception):
    """A fault worth another attempt (after ``wait`` seconds, when the server says). ``ja`` is
    said inside the brackets of a longer sentence: it has none of its own."""

    def __init__(self, reason: str, ja: str, wait: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.ja = ja
        self.wait = wait


def retry_after(exc: Any) -> float | None:
    headers = getattr(getattr(exc, "response", None), "headers", None)
    if headers is None:
        return None
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            return max(0.0, float(value) * scale)
        except ValueError:
            parsed = email.utils.parsedate_to_datetime(value) if name == "retry-after" else None
            if parsed is not None:
                return max(0.0, parsed.timestamp() - time.time())
    return None


def classify(exc: BaseException) -> Retry | LLMError:
    """A retryable fault, or a failure retrying cannot mend."""
    import openai

    if isinstance(exc, openai.RateLimitError):
        return Retry("rate limited (429)", "サーバーが混雑しています 429", retry_after(exc))
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        if status in (408, 409) or status >= 500:
            return Retry(f"server error {status}", f"サーバーエラー {status}", retry_after(exc))
        return LLMError(
            f"the server refused the request ({status})",
            status=status,
            ja=f"サーバーが要求を受け付けませんでした（{status}）",
        )
    if isinstance(exc, openai.APITimeoutError | TimeoutError):
        return Retry("timed out", "応答が時間内に届きませんでした")
    if isinstance(exc, openai.APIConnectionError):
        return Retry(
            "connection failed or the stream broke", "接続できないか、通信が途中で切れました"
        )
    if isinstance(exc, Retry | LLMError):
        return exc
    if isinstance(exc, ValueError):  # not JSON where JSON was due
        return Retry(
            "the server sent something that is not a chat reply", "サーバーの応答を読めませんでした"
        )
    return Retry(
        f"the connection or the stream broke ({type(exc).__name__})", "通信が途中で切れました"
    )


def deadline_error(deadline: Deadline, failure: Retry | None = None) -> DeadlineExceeded:
    said = failure is not None and failure.reason != "timed out"  # else it says it twice
    why = f" ({failure.reason})" if said and failure else ""
    why_ja = f"（{failure.ja}）" if said and failure else ""
    return DeadlineExceeded(
        f"the language model did not finish within {deadline.seconds:g} s{why}",
        ja=f"{deadline.seconds:g}秒以内に応答が終わりませんでした{why_ja}",
    )

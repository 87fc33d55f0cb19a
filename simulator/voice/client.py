"""Calls to an OpenAI-compatible chat server, each bounded by one deadline for the whole call.

``SIM_LLM_TIMEOUT`` bounds a whole turn's model call, stream included, not each read: a server
that trickles a byte a second must not hold a turn. The ``openai`` client's timeout is per read,
so every attempt runs as a task of one background event loop (``AsyncOpenAI``) inside
``asyncio.timeout``; at the deadline the task is cancelled and its connection closed. The
caller's thread receives the streamed text through a queue, as soon as each chunk arrives.

Faults get a bounded number of retries with backoff, all inside the same deadline: 429 (the
wait is the server's ``Retry-After`` when it gives one), 5xx, timeouts, refused connections and
streams that break before their end. A retry that would not finish before the deadline is not
started. Anything else (400, 401, 404 …) fails at once. The API key stays inside the client:
it is never part of a message, a log line or an error.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import logging
import queue
import threading
import time
from collections.abc import Coroutine, Iterator
from dataclasses import dataclass
from typing import Any

from ..settings import Settings
from .faults import (
    BACKOFF,
    MIN_ATTEMPT,
    Deadline,
    DeadlineExceeded,
    LLMError,
    Retry,
    classify,
    deadline_error,
)

log = logging.getLogger("simulator.llm")


@dataclass
class Usage:
    """Tokens of one or more calls: as the server reports them, else counted locally."""

    prompt: int = 0
    cached: int = 0
    completion: int = 0
    reported: bool = False  # the server reported usage (else a local o200k_base count)

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            self.prompt + other.prompt,
            self.cached + other.cached,
            self.completion + other.completion,
            self.reported or other.reported,
        )


class Reset:
    """Streamed item: the call is retried, so the text streamed so far is void."""


RESET = Reset()


@dataclass
class Done:
    """Last streamed item: how the reply ended and what it cost."""

    finish_reason: str
    usage: Usage


@dataclass
class _Failed:
    exc: BaseException


class _Loop:
    """One event loop in a daemon thread; every model call of the process runs on it."""

    _instance: _Loop | None = None
    _lock = threading.Lock()

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        threading.Thread(target=self.loop.run_forever, name="sim-llm-loop", daemon=True).start()

    @classmethod
    def get(cls) -> _Loop:
        with cls._lock:
            if cls._instance is None:
                cls._instance = cls()
            return cls._instance

    def submit(self, coro: Coroutine[Any, Any, Any]) -> concurrent.futures.Future[Any]:
        return asyncio.run_coroutine_threadsafe(coro, self.loop)


_CLIENTS: dict[tuple[str | None, str | None], Any] = {}
_CLIENTS_MAX = 8
_clients_lock = threading.Lock()


def make_async_client(settings: Settings) -> Any:
    """An ``openai.AsyncOpenAI`` for the configured server, shared by the voice and the judge
    (one connection pool per server); the SDK's own retries are off."""
    import openai

    key = (settings.openai_base_url, settings.openai_api_key)
    with _clients_lock:
        client = _CLIENTS.get(key)
        if client is None:
            if len(_CLIENTS) >= _CLIENTS_MAX:  # the oldest is closed on the loop
                old = _CLIENTS.pop(next(iter(_CLIENTS)))
                _Loop.get().submit(old.close())
            client = openai.AsyncOpenAI(
                api_key=settings.openai_api_key or "not-needed",
                base_url=settings.openai_base_url,
                timeout=settings.llm_timeout,
                max_retries=0,
            )
            _CLIENTS[key] = client
        return client


def is_openai(settings: Settings) -> bool:
    """The server is OpenAI's own API (no base URL, or api.openai.com)."""
    return not settings.openai_base_url or "api.openai.com" in settings.openai_base_url


class ChatClient:
    """Chat calls to one server within a deadline, with bounded retries."""

    def __init__(self, settings: Settings, client: Any = None) -> None:
        self.settings = settings
        self.client = client if client is not None else make_async_client(settings)
        self.retries = settings.llm_retries
        # OpenAI's newer models take max_completion_tokens only; other servers know max_tokens
        self.cap_field = "max_completion_tokens" if is_openai(settings) else "max_tokens"

    # -- streaming ----------------------------------------------------------------------------

    def stream(
        self,
        *,
        model: str,
        messages: list[dict[str, str]],
        deadline: Deadline,
        max_tokens: int,
        temperature: float = 0.7,
        extra: dict[str, Any] | None = None,
    ) -> Iterator[str | Reset | Done]:
        """Yield the reply's text chunks as they arrive, then :class:`Done`. After a fault that
        is retried, :data:`RESET` says the text so far is void. Closing the iterator early
        cancels the call. Raises :class:`LLMError` (:class:`DeadlineExceeded` at the deadline)."""
        args: dict[str, Any] = {
            "model": model,
            "messages": messages,
            self.cap_field: max_tokens,
            "temperature": temperature,
        }
        args |= {"stream": True, "stream_options": {"include_usage": True}} | (extra or {})
        if args["stream_options"] is None:  # a server that refuses stream_options
            del args["stream_options"]
        for attempt in range(self.retries + 1):
            timeout = deadline.remaining()
            if timeout < MIN_ATTEMPT:
                raise deadline_error(deadline)
            items: queue.SimpleQueue[Any] = queue.SimpleQueue()
            future = _Loop.get().submit(self._stream_once(items, args, timeout))
            streamed = False
            failure: Retry | LLMError | None = None
            held: Any = None  # an item taken while gathering text, handled next
            try:
                while failure is None:
                    if held is not None:
                        item, held = held, None
                    else:
                        try:
                            item = items.get(timeout=deadline.remaining() + 1.0)
                        except queue.Empty:  # the loop is stuck: never wait past the deadline
                            failure = Retry("timed out", "応答が時間内に届きませんでした")
                            break
                    if isinstance(item, _Failed):
                        failure = classify(item.exc)
                    elif isinstance(item, Done):
                        yield item
                        return
                    else:
                        # text that arrived while the caller was busy goes out in one piece (the
                        # guard checks it once); nothing waits for more
                        while True:
                            try:
                                more = items.get_nowait()
                            except queue.Empty:
                                break
                            if not isinstance(more, str):
                                held = more
                                break
                            item += more
                        streamed = True
                        yield item
            finally:
                if not future.done():
                    future.cancel()
            self._retry_or_raise(failure, attempt, deadline)
            if streamed:
                yield RESET

    async def _stream_once(
        self, items: queue.SimpleQueue[Any], args: dict[str, Any], timeout: float
    ) -> None:
        """One streamed attempt. The server-sent events are read here (not through the SDK's
        iterator) so that a complete stream (a ``finish_reason`` or ``[DONE]``) can be told from
        one cut short, and a server that ignores ``stream`` (one JSON body) still works."""
        try:
            async with asyncio.timeout(timeout):
                client = self.client.with_options(timeout=timeout, max_retries=0)
                create = client.chat.completions.with_streaming_response.create
                async with create(**args) as response:
                    if "text/event-stream" not in response.headers.get("content-type", ""):
                        done = _whole(json.loads(await response.read()), items)
                    else:
                        done = await _events(response, items)
            items.put(done)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            items.put(_Failed(exc))
            if isinstance(exc, asyncio.CancelledError):
                raise

    # -- one reply in one piece ----------------------------------------------------------------

    def complete(
        self,
        *,
        model: str,
        messages: list[dict[str, str]],
        deadline: Deadline,
        max_tokens: int,
        temperature: float = 0.0,
        extra: dict[str, Any] | None = None,
    ) -> tuple[str, Done]:
        """The whole reply at once (the judge), with the same deadline and retries."""
        args: dict[str, Any] = {
            "model": model,
            "messages": messages,
            self.cap_field: max_tokens,
            "temperature": temperature,
        }
        args |= extra or {}
        for attempt in range(self.retries + 1):
            timeout = deadline.remaining()
            if timeout < MIN_ATTEMPT:
                raise deadline_error(deadline)
            future = _Loop.get().submit(self._complete_once(args, timeout))
            try:
                return future.result(timeout=timeout + 1.0)
            except concurrent.futures.TimeoutError:
                future.cancel()
                failure: Retry | LLMError = Retry("timed out", "応答が時間内に届きませんでした")
            except Exception as exc:  # noqa: BLE001 - sorted below
                failure = classify(exc)
            self._retry_or_raise(failure, attempt, deadline)
        raise AssertionError("unreachable")  # pragma: no cover - _retry_or_raise raises last

    async def _complete_once(self, args: dict[str, Any], timeout: float) -> tuple[str, Done]:
        async with asyncio.timeout(timeout):
            client = self.client.with_options(timeout=timeout, max_retries=0)
            response = await client.chat.completions.create(**args)
        choice = response.choices[0] if response.choices else None
        text = (choice.message.content or "") if choice is not None else ""
        usage = _usage(response.usage) if getattr(response, "usage", None) else Usage()
        return text, Done((choice.finish_reason if choice else None) or "stop", usage)

    # -- retries ---------------------------------------------------------------------------------

    def _retry_or_raise(
        self, failure: Retry | LLMError | None, attempt: int, deadline: Deadline
    ) -> None:
        if failure is None:  # pragma: no cover - a stream ends with Done or a failure
            failure = Retry("no reply", "応答がありませんでした")
        if isinstance(failure, LLMError):
            raise failure
        remaining = deadline.remaining()
        if remaining < MIN_ATTEMPT:
            raise deadline_error(deadline, failure)
        if attempt >= self.retries:
            raise LLMError(
                f"the language model failed after {attempt + 1} attempts ({failure.reason})",
                ja=f"{attempt + 1}回試しても応答が得られませんでした（{failure.ja}）",
            )
        wait = failure.wait if failure.wait is not None else BACKOFF[min(attempt, len(BACKOFF) - 1)]
        if wait + MIN_ATTEMPT >= remaining:
            raise DeadlineExceeded(
                f"the language model failed ({failure.reason}); a retry after {wait:g} s "
                f"would end past the {deadline.seconds:g} s deadline",
                ja=f"{failure.ja}。{wait:g}秒後の再試行は制限時間（{deadline.seconds:g}秒）を超えます",
            )
        log.info("model call: %s; retry %d in %.2f s", failure.reason, attempt + 1, wait)
        time.sleep(wait)


def _usage(raw: Any) -> Usage:
    details = getattr(raw, "prompt_tokens_details", None)
    return Usage(
        prompt=int(getattr(raw, "prompt_tokens", 0) or 0),
        cached=int(getattr(details, "cached_tokens", 0) or 0) if details is not None else 0,
        completion=int(getattr(raw, "completion_tokens", 0) or 0),
        reported=True,
    )


def _usage_from(raw: dict[str, Any] | None) -> Usage | None:
    if not raw:
        return None
    details = raw.get("prompt_tokens_details") or {}
    return Usage(
        prompt=int(raw.get("prompt_tokens") or 0),
        cached=int(details.get("cached_tokens") or 0),
        completion=int(raw.get("completion_tokens") or 0),
        reported=True,
    )


def _whole(body: dict[str, Any], items: queue.SimpleQueue[Any]) -> Done:
    """A server that answered a streamed request with one JSON body."""
    choice = (body.get("choices") or [{}])[0]
    text = (choice.get("message") or {}).get("content") or ""
    if text:
        items.put(text)
    return Done(choice.get("finish_reason") or "stop", _usage_from(body.get("usage")) or Usage())


async def _events(response: Any, items: queue.SimpleQueue[Any]) -> Done:
    """Read the server-sent events of a chat stream, handing each piece of text on."""
    finish: str | None = None
    usage: Usage | None = None
    ended = False
    data: list[str] = []
    async for line in response.iter_lines():
        if line.startswith("data:"):
            data.append(line[5:].lstrip())
            if data[-1] != "[DONE]":
                continue
        elif line or not data:
            continue  # comments, event names, keep-alive blank lines
        payload, data = "\n".join(data), []
        if payload == "[DONE]":
            ended = True  # read on to the end of the body: the connection stays reusable
            continue
        chunk = json.loads(payload)
        if chunk.get("error"):
            raise Retry(
                "the server reported an error in the stream",
                "サーバーが応答の途中でエラーを返しました",
            )
        usage = _usage_from(chunk.get("usage")) or usage
        for choice in chunk.get("choices") or []:
            text = (choice.get("delta") or {}).get("content")
            if text:
                items.put(text)
            finish = choice.get("finish_reason") or finish
    if finish is None and not ended:  # cut off: neither a finish_reason nor [DONE]
        raise Retry("the stream ended before the reply was complete", "応答が途中で切れました")
    return Done(finish or "stop", usage or Usage())

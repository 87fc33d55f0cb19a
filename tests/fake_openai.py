"""A scriptable fake OpenAI-compatible server on 127.0.0.1, driven through the real ``openai``
client (tests and benchmarks).

Each request is answered by the next behaviour queued for its model (``script(model, ...)``),
else by ``default`` (a function of the request body). A behaviour is a :class:`Reply` (streamed
as SSE when the request asks for a stream, else one JSON body), a plain string (a reply), or a
callable ``body -> Reply | str``. A reply can wait before answering, trickle its bytes, stop
in the middle of a stream, answer 429 with ``Retry-After``, 5xx, or any raw text.

Server-wide switches: ``supports_response_format`` (False: a request with ``response_format``
gets a 400, like servers without structured outputs) and ``reject_late_system`` (a system
message anywhere but first gets a 400, like strict chat templates).

Usage comes from the shipped tokenizer, and ``cached_tokens`` follows the providers' prefix
cache: the longest prefix shared with an earlier prompt of the same model, in blocks of 128
tokens, from 1,024 tokens on. Every request is kept in ``requests`` (body, arrival time and
the times its content chunks were sent), every ``Authorization`` header in ``auth_headers``.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from simulator.tokens import chat_tokens, encoding, shared_prefix

CACHE_MIN = 1024
CACHE_BLOCK = 128
CACHE_ENTRIES = 64  # prompts of one model the fake cache remembers


@dataclass
class Reply:
    """How the fake answers one request."""

    text: str = "はい。"
    status: int = 200
    retry_after: float | None = None  # seconds, sent as the Retry-After header (429, 503)
    delay: float = 0.0  # seconds before the response starts
    first_token: float = 0.0  # streams: seconds between the headers and the first chunk
    interval: float = 0.0  # streams: seconds between chunks
    stall: float = 0.0  # streams: seconds of silence before the last content chunk
    chunk_chars: int = 3  # streams: characters per content chunk
    trickle: float | None = None  # seconds per byte: the body dribbles out a byte at a time
    break_after: int | None = None  # streams: drop the connection after this many chunks
    finish_reason: str = "stop"  # "" sends no finish_reason at all
    done: bool = True  # streams: end with data: [DONE]
    chunked: bool = True  # streams: False sends a body that ends when the connection closes
    ignore_stream: bool = False  # answer a streamed request with one JSON body
    raw: str | None = None  # a non-stream body sent as is (not JSON, say)
    prompt_tokens: int | None = None  # usage override


@dataclass
class Request:
    body: dict[str, Any]
    received: float  # time.perf_counter()
    sent: list[float] = field(default_factory=list)  # perf_counter of each content chunk sent
    finished: float = 0.0  # perf_counter when the whole response was written

    @property
    def model(self) -> str:
        return str(self.body.get("model", ""))

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages") or [])

    def text(self) -> str:
        """Every message's content, joined (what the model was told)."""
        return "\n".join(str(m.get("content") or "") for m in self.messages)


Behaviour = Reply | str | Callable[[dict[str, Any]], "Reply | str"]


class FakeOpenAI:
    def __init__(self, port: int = 0) -> None:
        self.queues: dict[str, list[Behaviour]] = {}
        self.default: Callable[[dict[str, Any]], Reply | str] = lambda body: Reply()
        self.requests: list[Request] = []
        self.auth_headers: list[str] = []
        self.supports_response_format = True
        self.reject_late_system = False
        self.keep_requests = True  # False: a long-running server keeps no request log
        self._seen: dict[str, list[list[int]]] = {}
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # as real servers do: no 40 ms delayed-ACK stalls

            def log_message(self, *args: object) -> None:  # quiet
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server API
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                if fake.keep_requests:
                    fake.auth_headers.append(self.headers.get("Authorization", ""))
                request = Request(body=body, received=time.perf_counter())
                if fake.keep_requests:
                    with fake._lock:
                        fake.requests.append(request)
                try:
                    fake._answer(self, request)
                except (BrokenPipeError, ConnectionResetError, OSError):
                    self.close_connection = True  # the client gave up (deadline tests)
                request.finished = time.perf_counter()

        class Server(ThreadingHTTPServer):
            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # a client that hung up (deadline tests): not worth a traceback

        self.server = Server(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    # -- scripting -------------------------------------------------------------------------------

    def script(self, model: str, *behaviours: Behaviour) -> None:
        """Queue behaviours for requests to ``model`` (answered in order)."""
        self.queues.setdefault(model, []).extend(behaviours)

    def for_model(self, model: str) -> list[Request]:
        return [r for r in self.requests if r.model == model]

    @property
    def base_url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def __enter__(self) -> FakeOpenAI:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    # -- answering -------------------------------------------------------------------------------

    def _next(self, body: dict[str, Any]) -> Reply:
        with self._lock:
            queue = self.queues.get(str(body.get("model", "")))
            behaviour: Behaviour = queue.pop(0) if queue else self.default
        if callable(behaviour) and not isinstance(behaviour, Reply):
            behaviour = behaviour(body)
        return Reply(text=behaviour) if isinstance(behaviour, str) else behaviour

    def _usage(self, body: dict[str, Any], reply: Reply) -> dict[str, Any]:
        tokens = chat_tokens(list(body.get("messages") or []))
        model = str(body.get("model", ""))
        with self._lock:
            seen = self._seen.setdefault(model, [])
            best = max((shared_prefix(tokens, old) for old in seen), default=0)
            seen.append(tokens)
            del seen[:-CACHE_ENTRIES]  # providers keep a prefix for minutes, not forever
        cached = (best // CACHE_BLOCK) * CACHE_BLOCK if best >= CACHE_MIN else 0
        completion = len(encoding().encode(reply.text, disallowed_special=()))
        prompt = reply.prompt_tokens if reply.prompt_tokens is not None else len(tokens)
        return {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
            "prompt_tokens_details": {"cached_tokens": min(cached, prompt)},
        }

    def _answer(self, h: BaseHTTPRequestHandler, request: Request) -> None:
        body = request.body
        messages = list(body.get("messages") or [])
        if not self.supports_response_format and "response_format" in body:
            return self._error(h, 400, "response_format is not supported by this server")
        if self.reject_late_system and any(m.get("role") == "system" for m in messages[1:]):
            return self._error(h, 400, "System message must be at the beginning.")
        reply = self._next(body)  # refusals above consume no scripted behaviour
        if reply.delay:
            time.sleep(reply.delay)
        if reply.status != 200:
            return self._error(h, reply.status, "simulated failure", reply.retry_after)
        usage = self._usage(body, reply)
        if body.get("stream") and not reply.ignore_stream:
            return self._stream(h, request, reply, usage)
        if reply.raw is not None:
            return self._send(h, 200, reply.raw.encode(), "application/json", reply.trickle)
        payload = {
            "id": "chatcmpl-fake",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", "fake"),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": reply.text},
                    "finish_reason": reply.finish_reason,
                }
            ],
            "usage": usage,
        }
        self._send(h, 200, json.dumps(payload).encode(), "application/json", reply.trickle)

    def _error(
        self, h: BaseHTTPRequestHandler, status: int, message: str, retry_after: float | None = None
    ) -> None:
        data = json.dumps({"error": {"message": message, "type": "fake_error"}}).encode()
        h.send_response(status)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(data)))
        if retry_after is not None:
            h.send_header("Retry-After", f"{retry_after:g}")
        h.end_headers()
        h.wfile.write(data)

    def _send(
        self, h: BaseHTTPRequestHandler, status: int, data: bytes, ctype: str, trickle: float | None
    ) -> None:
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        if trickle is None:
            h.wfile.write(data)
            return
        for i in range(len(data)):
            h.wfile.write(data[i : i + 1])
            h.wfile.flush()
            time.sleep(trickle)

    def _stream(
        self, h: BaseHTTPRequestHandler, request: Request, reply: Reply, usage: dict[str, Any]
    ) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/event-stream")
        if reply.chunked:
            h.send_header("Transfer-Encoding", "chunked")
        else:
            h.send_header("Connection", "close")
            h.close_connection = True
        h.end_headers()
        h.wfile.flush()
        step = max(1, reply.chunk_chars)
        pieces = [reply.text[i : i + step] for i in range(0, len(reply.text), step)]
        base = {
            "id": "chatcmpl-fake",
            "object": "chat.completion.chunk",
            "created": int(time.time()),
        }
        base["model"] = request.model or "fake"
        events = [
            {**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}]}
        ]
        events += [
            {**base, "choices": [{"index": 0, "delta": {"content": p}, "finish_reason": None}]}
            for p in pieces
        ]
        finish = {"index": 0, "delta": {}, "finish_reason": reply.finish_reason or None}
        events.append({**base, "choices": [finish]})
        if (request.body.get("stream_options") or {}).get("include_usage"):
            events.append({**base, "choices": [], "usage": usage})
        if reply.first_token:
            time.sleep(reply.first_token)
        for n, event in enumerate(events):
            if reply.break_after is not None and n > reply.break_after:
                h.close_connection = True
                h.connection.shutdown(socket.SHUT_RDWR)  # cut off: no end marker, no last chunk
                return
            if 1 < n <= len(pieces) and reply.interval:  # between content chunks only
                time.sleep(reply.interval)
            if n == len(pieces) and reply.stall:
                time.sleep(reply.stall)
            self._chunk(h, f"data: {json.dumps(event, ensure_ascii=False)}\n\n".encode(), reply)
            if event["choices"] and event["choices"][0]["delta"].get("content"):
                request.sent.append(time.perf_counter())
        if reply.done:
            self._chunk(h, b"data: [DONE]\n\n", reply)
        if reply.chunked:
            self._chunk(h, b"", reply)  # the terminating chunk

    @staticmethod
    def _chunk(h: BaseHTTPRequestHandler, data: bytes, reply: Reply) -> None:
        frame = f"{len(data):x}\r\n".encode() + data + b"\r\n" if reply.chunked else data
        if reply.trickle is None:
            h.wfile.write(frame)
            h.wfile.flush()
            return
        for i in range(len(frame)):
            h.wfile.write(frame[i : i + 1])
            h.wfile.flush()
            time.sleep(reply.trickle)


def judged_turn(body: dict[str, Any]) -> str:
    """The supporter's utterance a judge request asks about (between the <<< >>> markers)."""
    user = next(m for m in body["messages"] if m.get("role") == "user")["content"]
    return user.split("<<<\n", 1)[1].rsplit("\n>>>", 1)[0]


def judge_json(
    body: dict[str, Any],
    *,
    scores: dict[str, int | None] | None = None,
    evidence: list[str] | None = None,
    acts: list[str] | None = None,
    alternative: str = "その点について、もう少し詳しくお聞かせいただけますか。",
) -> str:
    """A valid judge reply for the request: evidence quoted from the turn unless given."""
    turn = judged_turn(body)
    return json.dumps(
        {
            "acts": acts or ["open_question"],
            "scores": scores
            or {"listening": 90, "deep_dive": 90, "summarising": None, "non_leading": 95},
            "evidence": evidence if evidence is not None else [turn[: min(len(turn), 8)]],
            "alternative": alternative,
        },
        ensure_ascii=False,
    )


def auto_judge(**kwargs: Any) -> Callable[[dict[str, Any]], Reply]:
    """A behaviour: a valid judge reply built from each request."""
    return lambda body: Reply(text=judge_json(body, **kwargs))


def obliging_owner(lines: Iterator[str]) -> Callable[[dict[str, Any]], Reply]:
    """A behaviour like a model that follows the director's note: one of ``lines``, plus the
    fact the note says to tell now (its text, as the model's own words)."""
    marker = "tell this in your own words: "
    said: list[str] = []  # what it said itself (a model keeps its own words apart from the prompt)

    def reply(body: dict[str, Any]) -> Reply:
        note = str(body["messages"][-1].get("content") or "")
        # like a model that varies its words: a line it said before (still in the messages,
        # or named in a retry's reason) is passed over
        seen = "\n".join([*said, *(str(m.get("content") or "") for m in body["messages"])])
        text = next(lines)
        for _ in range(50):
            if not any(x and x in seen for x in re.split(r"(?<=[。！？.!?])", text)):
                break
            text = next(lines)
        said.append(text)
        if marker in note:
            text += note.split(marker, 1)[1].split("\n", 1)[0]
        return Reply(text=text)

    return reply


EXAMPLES = "Examples of how you would say it: 「"
TELL = "tell this in your own words: "
JUDGE_MARK = "You assess one utterance"
JAPANESE_ALTERNATIVE = "その点について、もう少し詳しくお聞かせいただけますか。"
ENGLISH_ALTERNATIVE = "Could you tell me a little more about that?"


def is_judge(body: dict[str, Any]) -> bool:
    """The request is the LLM judge's (its static system prompt), not the owner's voice."""
    messages = body.get("messages") or [{}]
    return "response_format" in body or str(messages[0].get("content", "")).startswith(JUDGE_MARK)


def note_reply(body: dict[str, Any]) -> str:
    """What a model that follows the director's note says: the note's first example line of the
    owner, then the fact the note says to tell now (works in both languages)."""
    note = str((body.get("messages") or [{}])[-1].get("content") or "")
    text = note.split(EXAMPLES, 1)[1].split("」", 1)[0] if EXAMPLES in note else "はい。"
    if TELL in note:
        fact = note.split(TELL, 1)[1].split("\n", 1)[0]
        text += ("" if text.endswith(("。", "…", "！", "？")) else " ") + fact
    return text


def director_follower(
    *, first_token: float = 0.0, interval: float = 0.0, chunk_chars: int = 3, judge_delay: float = 0.0
) -> Callable[[dict[str, Any]], Reply]:
    """A default behaviour for a whole app: owner requests get :func:`note_reply` streamed with
    the given timing, judge requests a valid judgement of the turn after ``judge_delay``."""

    def reply(body: dict[str, Any]) -> Reply:
        if is_judge(body):
            english = "in English, as the supporter" in str(body["messages"][0].get("content"))
            alternative = ENGLISH_ALTERNATIVE if english else JAPANESE_ALTERNATIVE
            return Reply(text=judge_json(body, alternative=alternative), delay=judge_delay)
        return Reply(
            text=note_reply(body), first_token=first_token, interval=interval,
            chunk_chars=chunk_chars,
        )  # fmt: skip

    return reply

"""The owner voiced by an OpenAI-compatible chat model (OpenAI, Azure, vLLM, Ollama, llama.cpp).

The engine has decided the intent; the model only phrases it, from a prompt that holds no
locked fact (:mod:`.prompt`). The reply streams; every chunk passes the guard (:mod:`.guard`)
before it is handed on, so the page never shows text the guard refused. On a miss the stream
is cancelled and the model is asked once more with the reason; a second miss, a fault that
outlasts its retries, or the deadline (``SIM_LLM_TIMEOUT`` for the whole reply, retries and
stream included) raises :class:`BackendError`, and the session falls back to the offline voice
with a visible notice.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from typing import Any

from ..acts import Utterance
from ..engine.state import EngineState, ReplyIntent
from ..errors import BackendError, NeedsConfigurationError
from ..persona import Persona
from ..settings import Settings
from ..tokens import count_chat, count_tokens
from .base import Realisation
from .client import RESET, ChatClient, Deadline, Done, LLMError, Usage, is_openai
from .guard import Miss, ReplyGuard
from .prompt import Prompt, build_prompt

log = logging.getLogger("simulator.llm")

DEFAULT_MODEL = "gpt-4o-mini"
MAX_REPLY_CHARS = 600
GUARD_ATTEMPTS = 2  # the first reply and one retry with the reason
_SENTENCE_END = re.compile(r"[。！？!?…]|[.](?=\s|$)")
_LABEL = re.compile(r"^\s*[^\s:：「」]{1,12}\s*[:：]\s*")  # 「社長：」「Owner:」 before the words


class OffRole(BackendError):
    """The model's replies failed the guard twice."""

    def __init__(self, miss: Miss) -> None:
        super().__init__(f"the reply failed the guard twice ({miss.kind})")
        self.miss = miss
        self.reasons = {"en": str(self), "ja": "2回続けて確認に通りませんでした"}
        self.notice = _NOTICES.get(miss.kind, _NOTICES["role"])


_NOTICES = {
    "locked_fact": {
        "ja": "LLMの応答が経営者のまだ話していない内容に触れたため、オフラインの応答に切り替えました",
        "en": "The language model's reply touched what the owner has not told yet; switched to the offline reply",
    },
    "language": {
        "ja": "LLMの応答が面談の言語ではなかったため、オフラインの応答に切り替えました",
        "en": "The language model did not answer in the session's language; switched to the offline reply",
    },
    "repeat": {
        "ja": "LLMの応答が前と同じ言葉の繰り返しだったため、オフラインの応答に切り替えました",
        "en": "The language model repeated an earlier reply word for word; switched to the offline reply",
    },
    "role": {
        "ja": "LLMの応答が経営者の役から外れたため、オフラインの応答に切り替えました",
        "en": "The language model's reply left the owner's role; switched to the offline reply",
    },
}


def display(text: str) -> str:
    """The reply as shown: no speaker label, no quotes around it."""
    text = _LABEL.sub("", text, count=1) if _LABEL.match(text) else text
    return text.strip().strip('「」"“”').strip()


def trim(text: str) -> str:
    """A reply cut by the token cap ends at its last full sentence (if it has one)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    return text[: ends[-1]] if ends else text


class OpenAIVoice:
    name = "openai"

    def __init__(self, settings: Settings | None = None, client: Any = None, **_: object) -> None:
        self.settings = settings or Settings()
        if client is None and not self.settings.llm_configured:
            raise NeedsConfigurationError()
        self.chat = ChatClient(self.settings, client)
        self.model = self.settings.model or DEFAULT_MODEL
        # a server whose chat template refuses a system message after the first one (400):
        # from then on the per-turn note rides in the last user message, without stream_options
        self.strict_server = False

    def realise(
        self,
        persona: Persona,
        state: EngineState,
        intent: ReplyIntent,
        history: list[Utterance],
    ) -> Realisation:
        return self.realise_stream(persona, state, intent, history, lambda _: None)

    def realise_stream(
        self,
        persona: Persona,
        state: EngineState,
        intent: ReplyIntent,
        history: list[Utterance],
        on_partial: Callable[[str], None],
    ) -> Realisation:
        started = time.perf_counter()
        deadline = Deadline(self.settings.llm_timeout)
        prompt = self._prompt(persona, state, intent, history)
        earlier = [u.text for u in history if u.speaker == "owner"]
        guard = ReplyGuard(persona, state, intent, prompt.told, earlier)
        usage = Usage()
        miss: Miss | None = None
        attempt = 0
        while attempt < GUARD_ATTEMPTS:
            messages = prompt.messages
            if miss is not None:
                note = f"Your previous reply was not used: {miss.reason}. Reply again."
                if self.strict_server:  # roles must alternate: the reason joins the last message
                    last = messages[-1]
                    messages = [*messages[:-1], {**last, "content": f"{last['content']}\n[{note}]"}]
                else:
                    messages = [*messages, {"role": "system", "content": note}]
            try:
                text, cost, miss = self._attempt(messages, guard, deadline, on_partial)
            except LLMError as exc:
                if exc.status == 400 and not self.strict_server:
                    log.info("the server refused the request (400): retrying in strict mode")
                    self.strict_server = True
                    prompt = self._prompt(persona, state, intent, history)
                    continue
                raise
            usage += cost
            attempt += 1
            if miss is None:
                return Realisation(
                    text=text,
                    backend=self.name,
                    tokens_in=usage.prompt,
                    tokens_cached=usage.cached,
                    tokens_out=usage.completion,
                    latency_ms=(time.perf_counter() - started) * 1000,
                )
            log.info("guard: %s (attempt %d)", miss.kind, attempt)
            on_partial("")  # withdraw what was shown
        assert miss is not None
        raise OffRole(miss)

    # -- internals ------------------------------------------------------------------------------

    def _prompt(
        self, persona: Persona, state: EngineState, intent: ReplyIntent, history: list[Utterance]
    ) -> Prompt:
        return build_prompt(
            persona,
            state,
            intent,
            history,
            budget=self.settings.llm_history_tokens,
            note_in_user=self.strict_server,
        )

    def _request_extra(self, cache_key: str) -> dict[str, Any]:
        extra: dict[str, Any] = {}
        if self.strict_server:
            extra["stream_options"] = None
        if is_openai(self.settings):  # other servers are not sent fields they may refuse
            extra["prompt_cache_key"] = cache_key
        return extra

    def _attempt(
        self,
        messages: list[dict[str, str]],
        guard: ReplyGuard,
        deadline: Deadline,
        on_partial: Callable[[str], None],
    ) -> tuple[str, Usage, Miss | None]:
        """One streamed reply: (text, what it cost, the guard's miss or None)."""
        text = ""
        done: Done | None = None
        miss: Miss | None = None
        stream = self.chat.stream(
            model=self.model,
            messages=messages,
            deadline=deadline,
            max_tokens=self.settings.llm_reply_tokens,
            extra=self._request_extra(_cache_key(messages)),
        )
        try:
            for item in stream:
                if item is RESET:
                    text = ""
                    on_partial("")
                elif isinstance(item, Done):
                    done = item
                elif isinstance(item, str):
                    candidate = text + item
                    miss = guard.check(candidate)  # raw: a "Supporter:" label counts
                    if miss is not None:
                        break  # closing the stream cancels the call
                    text = candidate
                    if len(text) >= MAX_REPLY_CHARS:
                        break
                    on_partial(display(guard.showable(text)))
        finally:
            stream.close()
        if done is not None and done.usage.reported:
            cost = done.usage
        else:  # cut short, or the server reports no usage: count locally
            cost = Usage(prompt=count_chat(messages), completion=count_tokens(text))
        if miss is not None:
            return "", cost, miss
        finish = done.finish_reason if done is not None else "length"
        final = display(trim(text) if finish == "length" or len(text) >= MAX_REPLY_CHARS else text)
        final = final[:MAX_REPLY_CHARS]
        miss = guard.check(final, final=True)
        if miss is None and final != display(text):
            on_partial(final)
        return final, cost, miss


def _cache_key(messages: list[dict[str, str]]) -> str:
    """Sessions of one persona and language share the static part: one cache key for them."""
    import hashlib

    return "bansou-" + hashlib.sha256(messages[0]["content"].encode()).hexdigest()[:16]

"""The owner voiced by an OpenAI-compatible chat model (OpenAI, Azure, vLLM, Ollama, llama.cpp).

The engine has decided the intent; the model only phrases it, from a prompt that holds no
locked fact. Any failure raises :class:`BackendError`; the session then falls back to the
offline voice with a visible notice.
"""

from __future__ import annotations

import time
from typing import Any

from ..acts import Utterance
from ..engine.state import EngineState, ReplyIntent
from ..errors import BackendError, NeedsConfigurationError
from ..persona import Persona
from ..settings import Settings
from ..tokens import count_tokens
from .base import Realisation
from .prompt import messages

DEFAULT_MODEL = "gpt-4o-mini"
MAX_REPLY_CHARS = 600


class OpenAIVoice:
    name = "openai"

    def __init__(self, settings: Settings | None = None, client: Any = None, **_: object) -> None:
        self.settings = settings or Settings()
        if client is None:
            if not self.settings.llm_configured:
                raise NeedsConfigurationError()
            import openai

            client = openai.OpenAI(
                api_key=self.settings.openai_api_key or "not-needed",
                base_url=self.settings.openai_base_url,
                timeout=self.settings.llm_timeout,
                max_retries=0,  # the offline voice is the retry
            )
        self.client = client
        self.model = self.settings.model or DEFAULT_MODEL

    def realise(
        self,
        persona: Persona,
        state: EngineState,
        intent: ReplyIntent,
        history: list[Utterance],
    ) -> Realisation:
        import openai

        prompt = messages(persona, state, intent, history)
        started = time.perf_counter()
        try:
            response = self.client.chat.completions.create(
                model=self.model, messages=prompt, temperature=0.7, max_tokens=300
            )
        except openai.APITimeoutError as exc:
            raise BackendError("the language model timed out") from exc
        except openai.APIError as exc:
            raise BackendError(f"the language model failed: {type(exc).__name__}") from exc
        text = (response.choices[0].message.content or "").strip() if response.choices else ""
        if not text:
            raise BackendError("the language model returned an empty reply")
        text = text.strip("「」\"").strip()[:MAX_REPLY_CHARS]
        usage = getattr(response, "usage", None)
        return Realisation(
            text=text,
            backend=self.name,
            tokens_in=(usage.prompt_tokens if usage else count_tokens(str(prompt))),
            tokens_out=(usage.completion_tokens if usage else count_tokens(text)),
            latency_ms=(time.perf_counter() - started) * 1000,
        )

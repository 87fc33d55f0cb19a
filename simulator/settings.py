"""One settings object, built at the edge (CLI, app) from the environment and passed down.

Domain code never reads the environment.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DB_FILENAME = "simulator.db"
LOOPBACK_NAMES = ("localhost", "::1", "[::1]")


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine (127.0.0.0/8, ::1)."""
    return host in LOOPBACK_NAMES or host.startswith("127.")


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True)

    data_dir: Path = Path("sessions")
    openai_api_key: str | None = Field(None, repr=False)
    openai_base_url: str | None = None
    model: str | None = None
    judge_model: str | None = None
    llm_timeout: float = 20.0
    # the web app
    host: str = "127.0.0.1"
    port: int = Field(7860, ge=0, le=65535)
    sign_in: Literal["auto", "on", "off"] = Field(
        "auto", description="auto: required beyond 127.0.0.1, or on loopback once accounts exist"
    )
    concurrency: int | None = Field(
        None, ge=1, le=256, description="turns run at once (default: 8 offline, 32 with a model)"
    )
    live_sessions: int = Field(200, ge=1, description="sessions kept in memory (LRU)")
    sessions_per_minute: int = Field(10, ge=1, description="new sessions per user per minute")
    # -- the LLM backend (issue 12): history budget, reply cap, retries, the judge --------------
    llm_history_tokens: int = Field(1200, ge=100, description="verbatim history kept in a prompt")
    llm_reply_tokens: int = Field(220, ge=16, description="cap on the owner's reply (tokens)")
    llm_retries: int = Field(2, ge=0, le=5, description="retries inside SIM_LLM_TIMEOUT")
    judge_enabled: bool = Field(True, description="the LLM judge runs beside the offline scorer")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        model = env.get("SIM_MODEL") or None
        return cls(
            data_dir=Path(env.get("SIM_DATA_DIR") or "sessions"),
            openai_api_key=env.get("OPENAI_API_KEY") or None,
            openai_base_url=env.get("OPENAI_BASE_URL") or None,
            model=model,
            judge_model=env.get("SIM_JUDGE_MODEL") or model,
            llm_timeout=float(env.get("SIM_LLM_TIMEOUT") or 20.0),
            host=env.get("SIM_HOST") or env.get("GRADIO_SERVER_NAME") or "127.0.0.1",
            port=int(env.get("SIM_PORT") or env.get("GRADIO_SERVER_PORT") or 7860),
            sign_in=(env.get("SIM_SIGN_IN") or "auto").lower(),
            concurrency=int(env["SIM_CONCURRENCY"]) if env.get("SIM_CONCURRENCY") else None,
            live_sessions=int(env.get("SIM_LIVE_SESSIONS") or 200),
            sessions_per_minute=int(env.get("SIM_SESSIONS_PER_MINUTE") or 10),
            **_llm_env(env),
        )

    @property
    def llm_configured(self) -> bool:
        """An LLM is configured when a key or a base URL is set (contracts.md)."""
        return bool(self.openai_api_key or self.openai_base_url)

    @property
    def turn_concurrency(self) -> int:
        """Turns of different users that run at once: offline turns are short CPU work (a few
        threads keep both cores busy); model calls mostly wait on the network."""
        if self.concurrency is not None:
            return self.concurrency
        return 32 if self.llm_configured else 8

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILENAME


def _llm_env(env: Mapping[str, str]) -> dict[str, object]:
    """The LLM backend's optional variables (unset: the defaults above)."""
    out: dict[str, object] = {}
    for var, field in (
        ("SIM_LLM_HISTORY_TOKENS", "llm_history_tokens"),
        ("SIM_LLM_REPLY_TOKENS", "llm_reply_tokens"),
        ("SIM_LLM_RETRIES", "llm_retries"),
    ):
        if env.get(var):
            out[field] = env[var]
    if env.get("SIM_JUDGE"):
        out["judge_enabled"] = env["SIM_JUDGE"].strip().lower() not in ("0", "off", "false", "no")
    return out

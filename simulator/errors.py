"""The project's small error hierarchy.

Every error a user can cause or meet derives from :class:`SimulatorError`; the CLI and the
UI turn them into messages in one place each (``simulator.cli`` and ``simulator.ui``).
"""

from __future__ import annotations


class SimulatorError(Exception):
    """Base class: a problem the user can understand and act on."""


class DataFileError(SimulatorError):
    """A persona or rubric file is missing, not YAML, or does not match its schema.

    The message names the file and, where known, the field path (``facts.3.unlock.trust``).
    """

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        joined = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"{path}: invalid data file\n{joined}")


class UnknownPersonaError(SimulatorError):
    def __init__(self, persona_id: str, available: list[str]) -> None:
        self.persona_id = persona_id
        super().__init__(
            f"unknown persona {persona_id!r}; available: {', '.join(sorted(available)) or '(none)'}"
        )


class InputError(SimulatorError):
    """Bad user input (a CLI file, a transcript line). ``line`` is 1-based when known."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None):
        self.source = source
        self.line = line
        where = ""
        if source and line:
            where = f"{source}:{line}: "
        elif line:
            where = f"line {line}: "
        elif source:
            where = f"{source}: "
        super().__init__(f"{where}{message}")


class SessionFinishedError(SimulatorError):
    """``say`` was called after the owner ended the meeting or the turn budget was spent."""


class NotFoundError(SimulatorError):
    """A session, user or turn does not exist, or is not visible to the asking user."""


class AccessDeniedError(SimulatorError):
    """The asking user may not perform this action."""


class BackendError(SimulatorError):
    """The LLM backend failed (timeout, HTTP error, invalid output)."""


class NeedsConfigurationError(SimulatorError):
    """An LLM backend was asked for but nothing is configured."""

    def __init__(self) -> None:
        super().__init__(
            "no LLM is configured: set OPENAI_API_KEY (and optionally OPENAI_BASE_URL and "
            "SIM_MODEL), or use backend='offline'"
        )

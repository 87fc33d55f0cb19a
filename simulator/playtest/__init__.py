"""The blind playtest harness: trainee bots nobody scripted for the owners play every persona.

Bot protocol (shared with every bot author)::

    class TraineeBot(Protocol):
        name: str                     # "good", "beginner", "pushy"
        lang: str                     # "ja" or "en"
        def __init__(self, lang: str = "ja", seed: int = 0) -> None: ...
        def start(self, briefing: str) -> str: ...        # the first utterance
        def next(self, owner_reply: str) -> str | None: ...  # None ends the meeting

A bot module exposes ``BOTS: dict[str, type]`` (kind → class). Bots use only the standard
library and SudachiPy, are deterministic for (lang, seed), never say a sentence twice in one
meeting, and see nothing but the briefing and the owner's replies.

    from simulator.playtest import load_bots, run, format_table
    print(format_table(run(load_bots("simulator.playtest.bots_mine"), seeds=range(3))))
"""

from .fit import Misfit, misfit_of_reaction, misfits_of_reply
from .harness import PlayResult, cross_seed_same, load_bots, play, run
from .table import format_table, misfit_examples, summary

__all__ = [
    "Misfit",
    "PlayResult",
    "cross_seed_same",
    "format_table",
    "load_bots",
    "misfit_examples",
    "misfit_of_reaction",
    "misfits_of_reply",
    "play",
    "run",
    "summary",
]

"""Shared by ``quote_sample.py`` and ``feedback_sample.py``: play every owner with every bot of a
bots file, and write a fixed-seed random sample per language for a blind judge."""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent / "heldout"))
from quotes_measure import PERSONAS  # noqa: E402

from simulator import Turn, load_persona, open_session  # noqa: E402

SAMPLE_SEED = 20261207


def played_turns(bots_path: str, seeds: list[int], max_turns: int) -> Iterator[dict[str, Any]]:
    """Every turn of every meeting: lang, owner, bot, seed, turn number, the trainee's words
    (``trainee``), the scored ``result`` and the owner's earlier replies (``owner_before``)."""
    spec = importlib.util.spec_from_file_location("sampled_bots", bots_path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["sampled_bots"] = mod
    spec.loader.exec_module(mod)
    for kind in mod.BOTS:
        for lang in ("ja", "en"):
            for pid in PERSONAS:
                for seed in seeds:
                    persona = load_persona(pid)
                    session = open_session(pid, lang, seed=seed, store=None, backend="offline")
                    bot = mod.BOTS[kind](lang=lang, seed=seed)
                    said = bot.start(persona.briefing.get(lang))
                    owner: list[str] = []
                    for n in range(1, max_turns + 1):
                        if session.finished or not said:
                            break
                        result: Turn = session.say(said)
                        yield {"lang": lang, "owner": pid, "bot": kind, "seed": seed, "turn": n,
                               "trainee": said, "result": result, "owner_before": list(owner)}
                        owner.append(result.owner_reply)
                        said = bot.next(result.owner_reply)


def write_sample(rows: list[dict[str, object]], n_ja: int, n_en: int, out: str, prefix: str) -> int:
    """A fixed-seed random sample of ``rows`` per language, ids ``{prefix}001``…; returns its size."""
    rng = random.Random(SAMPLE_SEED)
    picked: list[dict[str, object]] = []
    for lang, n in (("ja", n_ja), ("en", n_en)):
        pool = [r for r in rows if r["lang"] == lang]
        picked += rng.sample(pool, min(n, len(pool)))
    with open(out, "w", encoding="utf-8") as f:
        for i, r in enumerate(picked, 1):
            f.write(json.dumps({"id": f"{prefix}{i:03d}", **r}, ensure_ascii=False) + "\n")
    return len(picked)

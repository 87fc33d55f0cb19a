"""Sample quoted owner words and feedback lines from whole transcripts, for a blind judge.

    python benchmarks/transcript_sample.py OUT_QUOTES.jsonl OUT_FEEDBACK.jsonl DIR... [--n 200]

Scores every ``*.jsonl`` transcript in the folders (``{"speaker", "text"}`` per line; the file name
holds ``_en_`` for English) the way ``python -m simulator report`` does, and writes a fixed-seed
random sample of the quoted owner words (the rule of ``heldout/quotes_measure.py``) and of the
feedback lines, each with the conversation before the turn. Static transcripts give the same trainee
turns to every build, so two builds' samples can be mixed and judged blind side by side.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "heldout"))
from quotes_measure import quotes_of  # noqa: E402

from simulator.acts import Utterance  # noqa: E402
from simulator.scoring.session import score_conversation  # noqa: E402


def collect(dirs: list[str]) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    quotes: list[dict[str, object]] = []
    lines: list[dict[str, object]] = []
    for d in dirs:
        for path in sorted(Path(d).glob("*.jsonl")):
            rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
            lang = "en" if "_en_" in path.name else "ja"
            utts = [Utterance(speaker=r["speaker"], text=r["text"]) for r in rows]
            result = score_conversation(utts, lang)
            owner: list[str] = []
            before: list[dict[str, str]] = []
            for n, (u, t) in enumerate(zip(utts, result.turns, strict=True)):
                if u.speaker == "owner":
                    owner.append(u.text)
                    before.append({"owner": u.text})
                    continue
                reply = utts[n + 1].text if n + 1 < len(utts) and utts[n + 1].speaker == "owner" else ""
                where = [*t.feedback, t.suggestion or "", *t.evidence]
                for q in dict.fromkeys(quotes_of(t.feedback, t.suggestion, t.evidence, lang)):
                    quotes.append({"lang": lang, "file": path.name, "turn": n, "owner_before": owner[-3:],
                                   "trainee": u.text, "line": next((x for x in where if q in x), ""), "quote": q})
                for line in dict.fromkeys(t.feedback):
                    lines.append({"lang": lang, "file": path.name, "turn": n, "before": before[-6:],
                                  "trainee": u.text, "owner_reply": reply, "line": line})
                before.append({"trainee": u.text})
    return quotes, lines


def write(rows: list[dict[str, object]], n: int, out: str, prefix: str) -> None:
    rng = random.Random(20261207)
    picked = rng.sample(rows, min(n, len(rows)))
    with open(out, "w", encoding="utf-8") as f:
        for i, r in enumerate(picked, 1):
            f.write(json.dumps({"id": f"{prefix}{i:03d}", **r}, ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("quotes_out")
    ap.add_argument("feedback_out")
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--n", type=int, default=200)
    a = ap.parse_args()
    quotes, lines = collect(a.dirs)
    write(quotes, a.n, a.quotes_out, "q")
    write(lines, a.n, a.feedback_out, "f")
    print(f"{len(quotes)} quotes, {len(lines)} feedback lines; sampled {min(a.n, len(quotes))} + {min(a.n, len(lines))}")


if __name__ == "__main__":
    main()

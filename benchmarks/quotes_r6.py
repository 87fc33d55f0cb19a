"""Re-scores the blind playtest transcripts r6a/r6b with the current scorer and counts the bad
quoted owner words by the round-5 rule (:mod:`quoted_words` + :mod:`quote_rules_r5`).

    python benchmarks/quotes_r6.py [DIR ...] [--dump FILE]

The owner's replies are the ones played (the transcripts are fixed); only the feedback,
evidence and suggestions are scored again. ``--dump`` writes every quoted word with its turn,
where it was quoted and the rule's verdict, for judging by hand.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import quoted_words as qw  # noqa: E402

from simulator.acts import Utterance  # noqa: E402
from simulator.scoring import score_conversation  # noqa: E402

DEFAULT = ("benchmarks/playtests/r6a", "benchmarks/playtests/r6b")
_TRAINEE = re.compile(r"^(?:\*\*Trainee:\*\*|### TRAINEE:)\s*(.*)$")
_OWNER = re.compile(r"^(?:\*\*Owner:\*\*|OWNER:)\s*(.*)$")


def parse(path: Path) -> tuple[str, str, list[Utterance]]:
    head = path.stem.split("_")
    lang = "en" if "_en_" in path.name else "ja"
    owner = "_".join(head[1:-2])
    out: list[Utterance] = []
    for line in path.read_text("utf-8").splitlines():
        m = _TRAINEE.match(line)
        if m:
            out.append(Utterance(speaker="trainee", text=m.group(1).strip()))
            continue
        m = _OWNER.match(line)
        if m and out and out[-1].speaker == "trainee":
            out.append(Utterance(speaker="owner", text=m.group(1).strip()))
    return owner, lang, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", default=list(DEFAULT))
    ap.add_argument("--dump", type=Path, default=None)
    args = ap.parse_args(argv)
    total = qw.Tally()
    dump: list[str] = []
    for d in args.dirs:
        tally = qw.Tally()
        files = sorted(Path(d).glob("s[0-9][0-9]_*.md"))
        for path in files:
            owner, lang, utterances = parse(path)
            names = qw.persona_names(owner, lang)
            scored = score_conversation(utterances, lang, names=sorted(names))  # type: ignore[arg-type]
            for t in scored.turns:
                if t.speaker != "trainee":
                    continue
                before = len(tally.examples), tally.quoted
                seen = tally.quoted
                qw.check_turn(
                    tally, lang, utterances[: t.index], t.feedback, t.suggestion, t.evidence,
                    names, t.text,
                )
                if args.dump is not None:
                    bad = {(w, r) for r, w, _ in tally.examples[before[0]:]}
                    dump.append(
                        f"{path.stem} T{t.index // 2 + 1}: {tally.quoted - seen} quoted; "
                        f"bad {sorted(bad)}; sugg {t.suggestion!r}; fb {t.feedback!r}"
                    )
        qw._print(Path(d).name, tally)
        total = qw.Tally(
            total.quoted + tally.quoted, total.bad + tally.bad, total.examples + tally.examples
        )
    qw._print("both", total)
    if args.dump is not None:
        args.dump.write_text("\n".join(dump) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Replay the round-4 playtest sessions' trainee turns and count end-report defects.

Usage: PYTHONPATH=. python scripts/replay_r4.py [--dump]   (from the repository root)
The playtest folder (raw/sNN.log with the trainee turns, sNN_*.md with the instructor's verdicts)
is $PLAYTEST_R4, by default /work/playtest_r4. Run it from a checkout of main for the "before"
figures and from this branch for the "after" ones (the script only reads the report).

Defects counted (issue 8, "A report an instructor would sign"):
- strength_mistake: a strength whose turn the analysis labels leading/advice/self-promotion/denial/
  blunt, or is also listed under a mistake kind;
- missing_mistake: a turn labelled leading/advice/self-promotion (acts) missing from its kind;
- duplicate_line: two feedback lines of one turn quoting the same 『words』;
- garbled_evidence: an evidence span (after "label: ") that is not a substring of the trainee's text;
- bad_example: a hint whose rewrite example quotes words and that the instructor judged not useful
  (or quotes a word the owner never said); bad_example_unquoted: the same for an example that
  quotes nothing (not this round's target, reported apart).
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from simulator.session import open_session

# the same oracle as the regression tests: labels whose items are the owner's words (or counts),
# clause ends, and which act belongs under which mistake kind
from tests.test_report_r4 import CLAUSE_ENDS as _ENDS
from tests.test_report_r4 import PUSH_KINDS
from tests.test_report_r4 import WORD_LABELS as _WORD_LABELS

RAW = Path(os.environ.get("PLAYTEST_R4", "/work/playtest_r4")) / "raw"
SESSIONS = {
    "01": ("distrustful_founder", "ja", 401),
    "02": ("distrustful_founder", "ja", 402),
    "03": ("reluctant_successor", "ja", 403),
    "04": ("reluctant_successor", "en", 404),
    "05": ("move_on_owner", "ja", 405),
    "06": ("move_on_owner", "ja", 406),
    "07": ("big_customer_owner", "ja", 407),
    "08": ("big_customer_owner", "en", 408),
    "09": ("family_values_owner", "ja", 409),
    "10": ("family_values_owner", "ja", 410),
    "11": ("distrustful_founder", "en", 411),
    "12": ("reluctant_successor", "ja", 412),
}
_QUOTE = re.compile(r"『([^』]+)』|\"([^\"]+)\"")


def trainee_turns(nn: str) -> list[str]:
    text = (RAW / f"s{nn}.log").read_text(encoding="utf-8")
    return [b.split("\n", 1)[0] for b in text.split("\n=== TRAINEE: ")[1:]]


_NUMBER = re.compile(r"[0-9]+(字| words?)?")


def _whole_clauses(span: str, text: str) -> bool:
    """``span`` is a substring of ``text`` that starts and ends at clause boundaries."""
    at = text.find(span)
    if at < 0:
        return False
    before = text[:at].rstrip()
    after = text[at + len(span) :].lstrip()
    starts = not before or before[-1] in _ENDS or span[0] in '「『“"' or before[-1] in "」』”"
    ends = not after or span.rstrip()[-1] in _ENDS or after[0] in _ENDS
    return starts and ends


def judged_suggestions(nn: str) -> dict[str, str]:
    """The instructor's verdict (y/n) on each suggestion text of the session file."""
    path = next(RAW.parent.glob(f"s{nn}_*.md"))
    found = re.findall(
        r"^- suggestion: (.*) → \*\*([yn])\*\*$", path.read_text(encoding="utf-8"), re.M
    )
    return dict(found)


def quotes(line: str) -> set[str]:
    return {a or b for a, b in _QUOTE.findall(line)}


# the instructor's own findings on the report (summary.md, defect 1 and "Mistake lists")
FALSE_STRENGTHS = {("02", 5), ("12", 2), ("10", 3)}
FALSE_TOPIC_JUMPS = {("08", 8)}


def defects(turns: list, report, nn: str = "") -> dict[str, list[str]]:
    out: dict[str, list[str]] = {
        k: []
        for k in (
            "strength_mistake",
            "false_mistake",
            "missing_mistake",
            "duplicate_line",
            "garbled_evidence",
            "bad_example",
            "bad_example_unquoted",
        )
    }
    spoken = [t for t in turns if t.trainee_text]
    bad_turns = {n for v in report.mistakes.values() for n in v}
    for s in report.strengths:
        row = report.turn_results[s["turn"] - 1]
        if (
            (PUSH_KINDS.keys() & set(row["acts"]))
            or s["turn"] in bad_turns
            or {"blunt_worry", "denial"} & set(row["flags"])
        ):
            out["strength_mistake"].append(f"T{s['turn']}")
        elif (nn, s["turn"]) in FALSE_STRENGTHS:
            out["strength_mistake"].append(f"T{s['turn']}(instructor)")
    for n in report.mistakes.get("topic_switch", []):
        if (nn, n) in FALSE_TOPIC_JUMPS:
            out["false_mistake"].append(f"T{n}:topic_switch")
    for row in report.turn_results:
        for act, kind in PUSH_KINDS.items():
            if act in row["acts"] and row["turn"] not in report.mistakes.get(kind, []):
                out["missing_mistake"].append(f"T{row['turn']}:{kind}")
    owner_text = " ".join(t.owner_reply for t in turns)
    for n, t in enumerate(spoken, 1):
        seen: list[set[str]] = []
        for line in t.feedback:
            q = quotes(line)
            if q and any(len(q & s) >= 2 or (q == s) for s in seen):
                out["duplicate_line"].append(f"T{n}")
                break
            seen.append(q)
        for ev in t.evidence:
            if ": " not in ev:
                continue
            label, span = ev.split(": ", 1)
            if label in _WORD_LABELS or _NUMBER.fullmatch(span):
                continue
            if not _whole_clauses(span, t.trainee_text):
                out["garbled_evidence"].append(f"T{n}:{ev}")
    verdicts = judged_suggestions(nn) if nn else {}
    for h in report.hints:
        sug = h["suggestion"] or ""
        bad_quote = any(q not in owner_text for q in quotes(sug))
        if sug and (bad_quote or verdicts.get(sug) == "n"):
            kind = "bad_example" if quotes(sug) else "bad_example_unquoted"
            out[kind].append(f"T{h['turn']}")
    return out


def main() -> None:
    dump = "--dump" in sys.argv
    totals: dict[str, int] = {}
    for nn, (owner, lang, seed) in SESSIONS.items():
        session = open_session(owner, lang=lang, seed=seed, store=None)
        for text in trainee_turns(nn):
            if session.finished:
                break
            session.say(text)
        report = session.report()
        found = defects(session.turns, report, nn)
        for k, v in found.items():
            totals[k] = totals.get(k, 0) + len(v)
        print(f"s{nn} " + "  ".join(f"{k}={v}" for k, v in found.items() if v))
        if dump:
            for t in session.turns:
                print(f"  T{t.index + 1} {t.acts} {t.trainee_text[:60]}")
                for f in t.feedback:
                    print(f"     fb: {f}")
                print(f"     ev: {t.evidence}")
            print("  strengths:", [(s["turn"], s["acts"]) for s in report.strengths])
            print("  mistakes:", report.mistakes)
            print("  hints:", [(h["turn"], h["suggestion"]) for h in report.hints])
    print("TOTAL", totals, "sum", sum(totals.values()))


if __name__ == "__main__":
    main()

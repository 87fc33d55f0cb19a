"""Replays the trainee turns of blind playtests (raw logs) and counts the bad quoted owner words.

    python benchmarks/quotes_replay.py [r18a r18b ...] [--show N]

Each playtest session ``sNN_<owner>_<lang>_<level>.md`` is opened again with its seed (the
round's first seed + NN - 1) and the trainee texts of ``raw/sNN.*`` are said in order (the owner
replies come from the current code, so a later turn may meet a different reply than the player
did). Every quote in feedback, suggestions and owner-word evidence is judged by the rule of
``quoted_words.py`` (r4 + r5: trainee, fragment, filler, name, generic, title, not_picked, slot,
aside) and by the rules below (r20):

- ``cut``: a Japanese phrase that ends in a verb or auxiliary stem (「…が減っ」「…を使い」);
- ``refusal``: a suggestion that gives back his refusal or put-off as his point
  ("You said you'll have to beg off today");
- ``presumes``: a first-turn suggestion that presupposes something he has not said
  (「そう考えられるようになった経緯」 on turn 1).

Tuning data only (benchmarks/playtests); never point it at a held-out folder.
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

from simulator import open_session  # noqa: E402
from simulator.acts import Utterance  # noqa: E402

SEEDS = {"r18a": 3601, "r18b": 3701, "r19a": 3801, "r19b": 3901, "r20a": 4001, "r20b": 4101,
         "r21a": 4201, "r21b": 4301, "r22a": 4401, "r22b": 4501}
_SESSION = re.compile(r"^s(\d\d)_([a-z_]+?)_(ja|en)_(skilled|beginner)\.md$")
_SAY = (
    re.compile(r"^=== TRAINEE: (.+)$"),
    re.compile(r"^(?:###|>>>) SAY: (.+)$"),
    re.compile(r"^TRAINEE \(unescaped\): (.+)$"),
    re.compile(r"^===== \d\d:\d\d:\d\d say (.+)$"),
    re.compile(r"^=== \d\d:\d\d:\d\d \$ play\.py say [0-9a-f]{32} (.+)$"),
    re.compile(r"^(?:===|###) \$ play\.py say [0-9a-f]{32} (.+)$"),
)
_REFUSAL_ECHO = re.compile(
    r"beg off|not today|no time|another time|some other time|"
    r"今日は(?:無理|ちょっと|これで)|また今度|勘弁|遠慮",
    re.IGNORECASE,
)
_PRESUMES = re.compile(r"そう考えられるようになった|そうお考えになった|came to see it that way|that view")


def trainee_turns(path: Path) -> list[str]:
    lines = path.read_text("utf-8").splitlines()
    if any(line.startswith("TRAINEE (unescaped): ") for line in lines):
        pats: tuple[re.Pattern[str], ...] = (_SAY[2],)
    else:
        pats = _SAY
    out: list[str] = []
    for line in lines:
        for p in pats:
            m = p.match(line)
            if m:
                out.append(m.group(1).strip())
                break
    return out


def ja_cut(q: str) -> bool:
    """A Japanese quote that ends on a verb's, an adjective's or an auxiliary's stem (「…が減っ」
    「…を使い」) or on a connective 「て」: cut mid-word, no form that reads."""
    from simulator.analysis.japanese import tagged

    toks = [t for t in tagged(q) if t[2][0] not in ("空白", "補助記号")]
    if not toks:
        return False
    pos, form = toks[-1][2][0], toks[-1][2][5]
    if pos in ("動詞", "形容詞", "助動詞"):
        return not form.startswith(("終止形", "連体形"))
    return pos == "助詞" and toks[-1][0] in ("て", "で") and len(toks) > 1


def ja_clause_reads(q: str) -> bool:
    """A Japanese clause of his that ends on a noun or on a form that reads (「現場はそんなに簡単
    じゃない」「今の単価じゃ話にならない」): a phrase he said, not a fragment, under the r20 rule."""
    from simulator.analysis.japanese import tagged

    toks = [t for t in tagged(q) if t[2][0] not in ("空白", "補助記号")]
    if len(toks) < 2 or toks[0][2][0] in ("助詞", "助動詞"):
        return False
    return not ja_cut(q) and toks[-1][2][0] in ("名詞", "接尾辞", "動詞", "形容詞", "助動詞", "形状詞")


def r20_reasons(turn_no: int, suggestion: str | None, quotes: list[str], lang: str) -> list[str]:
    out: list[str] = []
    if lang == "ja":
        out += [f"cut:{q}" for q in quotes if ja_cut(q)]
    if suggestion and _REFUSAL_ECHO.search(suggestion) and re.search(r"You said|とおっしゃ", suggestion):
        out.append("refusal")
    if suggestion and turn_no == 1 and _PRESUMES.search(suggestion):
        out.append("presumes")
    return out


def replay(rounds: list[str], show: int, dump: bool = False) -> None:
    tally = qw.Tally()
    extra: list[tuple[str, str]] = []
    r20_bad: list[tuple[str, str, str]] = []
    sessions = turns = 0
    for rnd in rounds:
        folder = ROOT / "benchmarks" / "playtests" / rnd
        for md in sorted(folder.glob("s??_*.md")):
            m = _SESSION.match(md.name)
            if not m:
                continue
            n, owner, lang = int(m.group(1)), m.group(2), m.group(3)
            raw = next(iter(sorted((folder / "raw").glob(f"s{n:02d}.*"))), None)
            if raw is None:
                continue
            texts = trainee_turns(raw)
            s = open_session(owner, lang=lang, store=None, seed=SEEDS[rnd] + n - 1, backend="offline")
            names = qw.persona_names(owner, lang)
            history: list[Utterance] = []
            sessions += 1
            for k, text in enumerate(texts, 1):
                if s.finished:
                    break
                t = s.say(text)
                turns += 1
                where = f"{rnd} s{n:02d} T{k}"
                before = len(tally.examples)
                qw.check_turn(tally, lang, history, t.feedback, t.suggestion, t.evidence, names, text)
                tally.examples[before:] = [(r, w, f"{where} {x}") for r, w, x in tally.examples[before:]]
                words = [w for w, _, _ in qw.quoted_words(lang, t.feedback, t.suggestion, t.evidence)]
                if dump and words:
                    print(f"DUMP {where}: {' | '.join(dict.fromkeys(words))}")
                for r in r20_reasons(k, t.suggestion, words, lang):
                    extra.append((r, f"{where} | {t.suggestion}"))
                for reason, word, _ in tally.examples[before:]:
                    # r20: a whole clause of his that reads is a phrase of his, not a fragment
                    if not (lang == "ja" and reason == "fragment" and ja_clause_reads(word)):
                        r20_bad.append((reason, word, where))
                history += [Utterance(speaker="trainee", text=text), Utterance(speaker="owner", text=t.owner_reply)]
    bad = sum(tally.bad.values())
    print(f"{sessions} sessions, {turns} trainee turns replayed")
    print(f"quoted {tally.quoted}  bad (r4+r5) {bad} ({tally.rate:.1%})  {dict(tally.bad.most_common())}")
    print(f"r20 extra: {len(extra)}  {dict((r.split(':')[0], sum(1 for x, _ in extra if x.split(':')[0] == r.split(':')[0])) for r, _ in extra)}")
    # a cut quote the r4 rule already calls a fragment is counted once
    cuts = [r for r, _ in extra if r.startswith("cut:") and r[4:] not in {w for _, w, _ in r20_bad}]
    n20 = len(r20_bad) + len(cuts)
    sugg = [r for r, _ in extra if not r.startswith("cut:")]
    print(f"r20 rule: bad quotes {n20} of {tally.quoted} ({n20 / max(tally.quoted, 1):.1%}); "
          f"bad suggestions (refusal echo, first-turn presumption) {len(sugg)} of {turns} turns")
    for reason, word, where in r20_bad[:show]:
        print(f"  r20 {reason:10} {word}  @ {where}")
    for reason, word, where in tally.examples[:show]:
        print(f"  {reason:10} {word}  @ {where}")
    for r, where in extra[:show]:
        print(f"  {r}  @ {where}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rounds", nargs="*", default=list(SEEDS))
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--dump", action="store_true", help="print every turn's quotes (to diff two builds)")
    args = ap.parse_args(argv)
    replay(args.rounds, args.show, args.dump)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

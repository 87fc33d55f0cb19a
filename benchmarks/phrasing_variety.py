"""How alike the owners word the same situation: across seeds and within one meeting.

    python benchmarks/phrasing_variety.py [--bots MODULE] [--seeds N] [--owners ID ...]
                                          [--langs ja en] [--top K]

Plays every owner × language × bot kind × seed with the in-repo trainee bots (default: the
development bots ``simulator.playtest.bots_dev``, else ``simulator.playtest.bots_mine``; never
the held-out bots) and prints, per language:

- **replies vs seed 0**: replies of seeds 1.. said word for word in seed 0's meeting with the
  same owner, language and bot (the harness's :func:`cross_seed_same`, the playtest table's figure);
- **replies pairwise**: the same over every pair of seeds (a reply of seed j found in seed i < j);
- **sentences vs seed 0**: the same for sentences that are no backchannel (more than 6
  characters / 2 words), so that a reply differing only in its lead-in still counts when
  its long sentence is the same word for word;
- **within a meeting**: replies and sentences said twice in one meeting (up to 30 turns);
- **shared across owners**: sentences (more than 12 characters / 6 words) that two owners'
  files both hold (the same 「もやもや」 line for two owners);

then the ``--top`` sentences most often said again across seeds, each with where it stands in
the persona file (``lines.acknowledge``, ``facts.busy_but_no_profit.text``, …).
"""

from __future__ import annotations

import argparse
import importlib.util
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from itertools import combinations
from typing import Any

import yaml

from simulator.datafiles import data_dir, persona_ids
from simulator.playtest import PlayResult, load_bots, run
from simulator.voice.offline import _key, split_sentences

LONG = {"ja": 12, "en": 6}  # a sentence this long (characters / words) is no common phrase


def default_bots() -> str:
    dev = "simulator.playtest.bots_dev"
    return dev if importlib.util.find_spec(dev) else "simulator.playtest.bots_mine"


def _walk(node: Any, path: str) -> Iterator[tuple[str, str, str]]:
    """(lang, path, text) of every string under ``node`` in a ja/en side-by-side file."""
    if isinstance(node, dict):
        name = node.get("id") or node.get("line")
        for k, v in node.items():
            if k in ("ja", "en"):
                for text in v if isinstance(v, list) else [v]:
                    if isinstance(text, str):
                        yield k, path, text
            else:
                yield from _walk(v, f"{path}.{k}" if path else str(k))
        if name and isinstance(name, str):
            return
    elif isinstance(node, list):
        for i, v in enumerate(node):
            label = v.get("id") if isinstance(v, dict) and isinstance(v.get("id"), str) else str(i)
            yield from _walk(v, f"{path}.{label}")


def source_index(pids: Iterable[str]) -> dict[tuple[str, str, str], str]:
    """(owner, lang, sentence key) → where the sentence stands in the owner's file."""
    index: dict[tuple[str, str, str], str] = {}
    for pid in pids:
        raw = yaml.safe_load((data_dir("personas") / f"{pid}.yaml").read_text(encoding="utf-8"))
        for lang, path, text in _walk(raw, ""):
            for s in split_sentences(text, lang):
                k = _key(s, lang)
                if k:
                    index.setdefault((pid, lang, k), path)
    return index


def _long(sentence: str, lang: str) -> bool:
    k = _key(sentence, lang)
    return bool(k) and (len(k) if lang == "ja" else len(sentence.split())) > LONG[lang]


def shared_across_owners(pids: list[str]) -> dict[str, list[tuple[str, str]]]:
    """Long sentences two or more owners' files hold word for word: key → [(owner, sentence)]."""
    owners: dict[str, dict[str, str]] = defaultdict(dict)
    for pid in pids:
        raw = yaml.safe_load((data_dir("personas") / f"{pid}.yaml").read_text(encoding="utf-8"))
        for lang, _path, text in _walk(raw, ""):
            for s in split_sentences(text, lang):
                if _long(s, lang):
                    owners[f"{lang}:{_key(s, lang)}"].setdefault(pid, s)
    return {k: sorted(v.items()) for k, v in owners.items() if len(v) > 1}


def _sentences(replies: list[str], lang: str) -> list[str]:
    return [k for r in replies for s in split_sentences(r, lang) if (k := _key(s, lang))]


def measure(results: list[PlayResult]) -> dict[str, dict[str, tuple[int, int]]]:
    """Per language: (same, compared) for each measure."""
    groups: dict[tuple[str, str, str], list[PlayResult]] = defaultdict(list)
    for r in results:
        groups[r.persona, r.lang, r.bot].append(r)
    out: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for (_pid, lang, _bot), rs in groups.items():
        rs.sort(key=lambda r: r.seed)
        m = out[lang]
        first_replies = set(rs[0].replies)
        first_sentences = set(_sentences(rs[0].replies, lang))
        for r in rs[1:]:
            m["replies vs seed 0"][0] += sum(x in first_replies for x in r.replies)
            m["replies vs seed 0"][1] += len(r.replies)
            sents = _sentences(r.replies, lang)
            m["sentences vs seed 0"][0] += sum(k in first_sentences for k in sents)
            m["sentences vs seed 0"][1] += len(sents)
        for a, b in combinations(rs, 2):
            seen = set(a.replies)
            m["replies pairwise"][0] += sum(x in seen for x in b.replies)
            m["replies pairwise"][1] += len(b.replies)
        for r in rs:
            m["within: replies said again"][0] += r.repeats
            m["within: replies said again"][1] += len(r.replies)
            m["within: sentences said again"][0] += r.sentence_repeats
            m["within: sentences said again"][1] += len(_sentences(r.replies, lang))
    return {lang: {k: (v[0], v[1]) for k, v in m.items()} for lang, m in out.items()}


def top_repeats(results: list[PlayResult], k: int) -> list[tuple[int, str, str, str, str]]:
    """The sentences said word for word in most other-seed meetings: (seeds, owner, lang, source, sentence)."""
    index = source_index(sorted({r.persona for r in results}))
    seen: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    said: dict[tuple[str, str, str], str] = {}
    for r in results:
        for reply in r.replies:
            for s in split_sentences(reply, r.lang):
                if _long(s, r.lang):
                    key = (r.persona, r.lang, _key(s, r.lang) or "")
                    seen[key].add(hash((r.seed, r.bot)))
                    said.setdefault(key, s)
    rows = [
        (len(v), key[0], key[1], index.get(key, "?"), said[key])
        for key, v in seen.items() if len(v) > 1
    ]
    rows.sort(key=lambda x: -x[0])
    return rows[:k]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bots", default=None)
    parser.add_argument("--seeds", type=int, default=4)
    parser.add_argument("--owners", nargs="*", default=None)
    parser.add_argument("--langs", nargs="*", default=["ja", "en"])
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    module = args.bots or default_bots()
    started = time.perf_counter()
    results = run(load_bots(module), seeds=range(args.seeds), personas=args.owners, langs=args.langs)
    print(f"bots: {module}, seeds 0..{args.seeds - 1}, {len(results)} meetings in "
          f"{time.perf_counter() - started:.1f} s\n")
    for lang, m in sorted(measure(results).items()):
        for name, (same, total) in m.items():
            print(f"{lang} {name:32s} {same:5d}/{total:<5d} {100 * same / max(total, 1):5.1f} %")
        print()
    shared = shared_across_owners(list(args.owners or persona_ids()))
    print(f"long sentences in two or more owners' files: {len(shared)}")
    for key, owners in list(shared.items())[:10]:
        print(f"  {key[:3]} {' / '.join(o for o, _ in owners)}: {owners[0][1]}")
    if args.top:
        print("\nlong sentences said in most meetings (owner, lang, bot, seed) of the same owner:")
        by: Counter[str] = Counter()
        for n, pid, lang, src, s in top_repeats(results, args.top):
            by[src.split(".")[0]] += n
            print(f"  {n:2d} {pid}/{lang} {src}: {s}")
        print("  by section: " + ", ".join(f"{k} {v}" for k, v in by.most_common()))


if __name__ == "__main__":
    main()

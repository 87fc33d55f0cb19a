"""Lead's check of quoted "owner's words", public API only, on held-out bots and transcripts.

    python quotes_measure.py BOTS_MODULE_PATH TRANSCRIPT_DIR... [--seeds 0 1]
Every 『…』 (ja) or "…" (en) in feedback lines and suggestions, and every word listed after an
owner-word evidence label (伝え返し/キーワードの深掘り/社長の言葉/reflection/picked up …), is
checked against the transcript so far. Not ok when (stated rule, independent of the scorer's
own lists):
  not_said  – not a substring of any owner turn so far (trainee_word when only the trainee said it)
  name      – contains the persona's owner or company name (persona_names)
  fragment  – ja: does not start and end on a SudachiPy token boundary of the owner turn it is
              quoted from, or its last token is a verb/auxiliary/particle; en: a single word
              ending in -ing/-ed/-s' or under 3 letters
  filler    – the whole quote is one of the issue's deictics/fillers (先ほど さっき 話 お話 答え 時間
              同じ 仕事 自分 こと もの 今 感じ 気 方 ところ; earlier now time thing way answer talk
              work day year people)
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

from simulator import load_persona, open_session
from simulator.acts import Utterance

try:
    from simulator.reporting import persona_names
except ImportError:  # older builds
    def persona_names(persona):  # type: ignore[no-redef]
        return []
from simulator.scoring.session import score_conversation

PERSONAS = ["distrustful_founder", "reluctant_successor", "move_on_owner", "big_customer_owner",
            "family_values_owner"]
FILLER_JA = set("先ほど さっき 話 お話 答え 時間 同じ 仕事 自分 こと もの 今 感じ 気 方 ところ".split())
FILLER_EN = set("earlier now time thing things way answer talk work day days year years people".split())
OWNER_LABELS = ("伝え返し", "キーワードの深掘り", "社長の言葉", "要約", "reflection", "picked",
                "owner's words", "summary", "keyword")
Q_JA = re.compile(r"『([^』]+)』")
Q_EN = re.compile(r"\"([^\"]+)\"|“([^”]+)”")


def tokens(text: str) -> list[tuple[str, str]]:
    from sudachipy import dictionary
    tok = tokens.__dict__.setdefault("t", dictionary.Dictionary().tokenizer())
    return [(m.surface(), m.part_of_speech()[0]) for m in tok.tokenize(text)]


def judge(q: str, owner: list[str], trainee: list[str], names: set[str], lang: str) -> str:
    q = q.strip()
    if any(n and n.lower() in q.lower() for n in names):
        return "name"
    src = [t for t in owner if q.lower() in t.lower()]
    if not src:
        return "trainee_word" if any(q.lower() in t.lower() for t in trainee) else "not_said"
    if (q in FILLER_JA) if lang == "ja" else (q.lower() in FILLER_EN):
        return "filler"
    if lang == "ja":
        for text in src:
            toks = tokens(text)
            bounds, pos = {0}, 0
            for s, _ in toks:
                pos += len(s)
                bounds.add(pos)
            i = text.find(q)
            while i >= 0:
                if i in bounds and i + len(q) in bounds:
                    # last token of the quote
                    acc, last = 0, None
                    for s, p in toks:
                        if acc >= i and acc + len(s) <= i + len(q):
                            last = p
                        acc += len(s)
                    if last not in ("動詞", "助動詞", "助詞"):
                        return "ok"
                i = text.find(q, i + 1)
        return "fragment"
    if " " not in q and (len(q) < 3 or q.lower().endswith(("ing", "ed", "s'"))):
        return "fragment"
    return "ok"


def quotes_of(turn_feedback: list[str], suggestion: str | None, evidence: list[str], lang: str) -> list[str]:
    out: list[str] = []
    rx = Q_JA if lang == "ja" else Q_EN
    for line in [*turn_feedback, suggestion or ""]:
        for m in rx.finditer(line):
            q = next(g for g in m.groups() if g) if lang == "en" else m.group(1)
            if lang == "en" and ("…" in q or q.rstrip().endswith("?") or len(q.split()) > 5):
                continue  # an example of wording in the line, not a quote of the owner
            out.append(q)
    for e in evidence:
        label, sep, words = e.partition(": ")
        if sep and any(k in label for k in OWNER_LABELS):
            out += [w.strip() for w in re.split(r"、|, ", words) if w.strip()]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("bots")
    ap.add_argument("transcripts", nargs="*")
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 1])
    ap.add_argument("--max-turns", type=int, default=20)
    ap.add_argument("--show", type=int, default=0)
    a = ap.parse_args()
    spec = importlib.util.spec_from_file_location("heldout_bots", a.bots)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["heldout_bots"] = mod
    spec.loader.exec_module(mod)
    kinds: dict[str, Counter] = {"live": Counter(), "transcripts": Counter()}
    bad: list[str] = []
    for kind in mod.BOTS:
        for lang in ("ja", "en"):
            for pid in PERSONAS:
                for seed in a.seeds:
                    p = load_persona(pid)
                    names = set(persona_names(p))
                    s = open_session(pid, lang, seed=seed, store=None, backend="offline")
                    bot = mod.BOTS[kind](lang=lang, seed=seed)
                    said = bot.start(p.briefing.get(lang))
                    owner: list[str] = [s.opening] if getattr(s, "opening", None) else []
                    trainee: list[str] = []
                    for _ in range(a.max_turns):
                        if s.finished or not said:
                            break
                        t = s.say(said)
                        trainee.append(said)
                        for q in quotes_of(t.feedback, t.suggestion, t.evidence, lang):
                            v = judge(q, owner, trainee, names, lang)
                            kinds["live"][v] += 1
                            if v != "ok":
                                bad.append(f"live {pid} {lang} {v}: {q}")
                        owner.append(t.owner_reply)
                        said = bot.next(t.owner_reply)
    for d in a.transcripts:
        for f in sorted(Path(d).glob("*.jsonl")):
            rows = [json.loads(x) for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
            lang = "en" if "_en_" in f.name else "ja"
            utts = [Utterance(speaker=r["speaker"], text=r["text"]) for r in rows]
            res = score_conversation(utts, lang)
            owner: list[str] = []
            trainee: list[str] = []
            for u, t in zip(utts, res.turns, strict=True):
                if u.speaker == "owner":
                    owner.append(u.text)
                    continue
                trainee.append(u.text)
                for q in quotes_of(t.feedback, t.suggestion, t.evidence, lang):
                    v = judge(q, owner, trainee, set(), lang)
                    kinds["transcripts"][v] += 1
                    if v != "ok":
                        bad.append(f"{f.name} {v}: {q}")
    for k, c in kinds.items():
        n = sum(c.values())
        notok = n - c["ok"]
        print(f"{k}: {notok}/{n} not ok ({notok / max(n, 1):.1%}) {dict(c)}")
    for line in bad[: a.show]:
        print("  ", line)


if __name__ == "__main__":
    main()

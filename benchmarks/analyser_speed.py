"""Speed of the offline analyser: first-call latency after import and utterances per second.

python benchmarks/analyser_speed.py [--n 3000]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

t0 = time.perf_counter()
from simulator.acts import Utterance  # noqa: E402
from simulator.analysis import analyse  # noqa: E402

IMPORT_S = time.perf_counter() - t0

JA_CONTEXT = [
    Utterance(speaker="trainee", text="本日はお時間をいただきありがとうございます。"),
    Utterance(
        speaker="owner", text="ええ。正直、前に公的支援を受けたけど何も変わらなかったんですよ。"
    ),
    Utterance(
        speaker="trainee", text="そうだったんですね。そのときはどんな支援だったのでしょうか。"
    ),
    Utterance(speaker="owner", text="売上を伸ばす計画を作っただけで、現場は何も動かなかった。"),
]
JA_UTTERANCES = [
    "計画を作っただけで現場が動かなかった、ということなんですね。",
    "そのとき、現場の皆さんはどんな様子でしたか？",
    "従業員は何名いらっしゃいますか",
    "ネット販売を始めてみてはいかがでしょうか。",
    "やはり社員の意識が原因ではないでしょうか？",
    "それは悔しい思いをされましたね。",
    "私はこれまで100社以上を支援してきました。",
    "それで？",
]
EN_CONTEXT = [
    Utterance(speaker="trainee", text="Thank you for making time for me today."),
    Utterance(speaker="owner", text="Frankly, we had public support before and nothing changed."),
    Utterance(speaker="trainee", text="I see. What kind of support was it?"),
    Utterance(
        speaker="owner", text="They wrote a sales plan for us, and the staff never followed it."
    ),
]
EN_UTTERANCES = [
    "So the plan was written, but your staff never followed it.",
    "How did the staff react when the plan came out?",
    "How many employees do you have?",
    "You should start selling online.",
    "Isn't the real problem your staff's attitude?",
    "That must have been really frustrating.",
    "I've supported over 100 companies like yours.",
    "And then?",
]


def rate(utterances: list[str], context: list[Utterance], lang: str, n: int, fresh: bool) -> float:
    """Utterances per second over ``n`` distinct texts (so caches cannot flatter the figure);
    with ``fresh`` the context turns are distinct too, as if every call came from a new session."""
    mark = "（{}）" if lang == "ja" else " ({})"
    jobs = []
    for i in range(n):
        text = utterances[i % len(utterances)] + mark.format(i)
        ctx = context
        if fresh:
            ctx = [Utterance(speaker=u.speaker, text=u.text + mark.format(i)) for u in context]
        jobs.append((text, ctx))
    start = time.perf_counter()
    for text, ctx in jobs:
        analyse(text, ctx, lang)  # type: ignore[arg-type]
    return n / (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=3000)
    args = ap.parse_args(argv)
    t = time.perf_counter()
    analyse(JA_UTTERANCES[0], JA_CONTEXT, "ja")
    first = time.perf_counter() - t
    print(
        f"import: {IMPORT_S * 1000:.0f} ms; first call (ja, loads the dictionary): {first * 1000:.0f} ms"
    )
    t = time.perf_counter()
    analyse(EN_UTTERANCES[0], EN_CONTEXT, "en")
    print(f"first call (en): {(time.perf_counter() - t) * 1000:.1f} ms")
    for lang, utts, ctx in (("ja", JA_UTTERANCES, JA_CONTEXT), ("en", EN_UTTERANCES, EN_CONTEXT)):
        warm = rate(utts, ctx, lang, args.n, fresh=False)
        cold = rate(utts, ctx, lang, args.n, fresh=True)
        print(
            f"{lang}: {warm:,.0f} utterances/s (same {len(ctx)}-turn context, as in a session); "
            f"{cold:,.0f} utterances/s (a new {len(ctx)}-turn context every call)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

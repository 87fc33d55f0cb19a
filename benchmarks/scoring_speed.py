"""Scoring speed: turns per second of ``score_turn`` and of ``score_conversation``.

    python benchmarks/scoring_speed.py [--rounds N] [--cpu] [--fresh]

``--cpu`` times the process's CPU time instead of the wall clock: on a machine busy with other work
the wall clock counts the time the scorer waited for a core, CPU time only the time it ran (the
"one core" of the ≥ 1,000 utterances/s target).

``--fresh`` scores, in each round, a copy of the transcript whose every turn ends on a word of
its own (「（第3回）」), so no cache of an earlier round (tokens, an owner turn read before)
helps: the figure of a meeting the process has not seen yet.

``score_turn`` is timed on analyses prepared beforehand (the scorer alone); ``score_conversation``
on a 30-turn transcript (15 trainee turns, analyser included).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from simulator.acts import Utterance  # noqa: E402
from simulator.rubric import load_rubrics  # noqa: E402
from simulator.scoring import score_conversation, score_turn  # noqa: E402

OWNER = [
    "今日はよろしく。正直、公的な支援には前にがっかりしたことがあってね。",
    "前に来た人は書類ばかり集めて、報告書を置いて帰っただけでした。",
    "うちは金属加工で、売り上げはここ数年ずっと横ばいです。",
    "大きな取引先が一社あって、仕事の半分以上はそこからです。",
    "職人も高齢化していて、若い人を採ってもなかなか定着しないんです。",
    "教える余裕もないし、ベテランは自分のやり方を変えたがらない。",
    "息子が専務をやっているんですが、まだ任せきれないところがあってね。",
    "自分が何でも決めてきたから、息子も遠慮しているのかもしれない。",
    "課題は分かっているから、次に進んでくれないかな。",
    "そうですね、息子と腹を割って話したことはないかもしれない。",
]
TRAINEE = [
    "本日はお時間をいただきありがとうございます。",
    "以前の支援でがっかりされたことがあったのですね。どのようなことがあったのですか？",
    "書類ばかりだったのですね。今の事業のことも聞かせていただけますか？",
    "売り上げが横ばいなのですね。それで？",
    "大きな取引先とは、どのようなお付き合いなのですか？",
    "従業員は何名ですか？",
    "ベテランの方がやり方を変えたがらないのは、なぜだとお考えですか？",
    "ここまでのお話を整理させてください。売り上げが横ばいで、取引先に頼っていて、職人の定着が気がかりということでしょうか？",
    "息子さんに任せきれないと感じるのは、なぜなのでしょうか？",
    "ネット販売を始めるべきだと思いませんか？",
    "息子さんと話す機会を作った方がいいですよね？",
    "私はこれまで100社以上を支援してきました。",
    "その続きはどうなったのですか？",
    "それはご苦労されましたね。",
    "今一番の悩みは何ですか？",
]


def transcript() -> list[Utterance]:
    turns: list[Utterance] = []
    for i, t in enumerate(TRAINEE):
        turns.append(Utterance(speaker="trainee", text=t))
        turns.append(Utterance(speaker="owner", text=OWNER[i % len(OWNER)]))
    return turns  # 30 turns


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--cpu", action="store_true", help="process CPU time, not the wall clock")
    parser.add_argument("--fresh", action="store_true", help="new texts in every round (no warm caches)")
    args = parser.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter

    from simulator.analysis import analyse

    rubrics = load_rubrics()
    turns = transcript()
    prepared = [
        (analyse(u.text, turns[:i], "ja"), turns[:i])
        for i, u in enumerate(turns)
        if u.speaker == "trainee"
    ]
    score_conversation(turns, "ja")  # warm up (dictionary loading, caches)

    start = clock()
    for _ in range(args.rounds):
        for analysis, context in prepared:
            score_turn(analysis, context, rubrics)
    elapsed = clock() - start
    n = args.rounds * len(prepared)
    print(f"clock: {'process CPU time' if args.cpu else 'wall'}")
    print(f"score_turn:         {n / elapsed:8.1f} turns/s  ({n} turns, {elapsed:.2f} s)")

    rounds = [
        [Utterance(speaker=u.speaker, text=f"{u.text}（第{r + 1}回）") for u in turns]
        if args.fresh
        else turns
        for r in range(args.rounds)
    ]
    start = clock()
    for conversation in rounds:
        score_conversation(conversation, "ja", rubrics)
    elapsed = clock() - start
    n = args.rounds * len(turns)
    trainee = args.rounds * len(prepared)
    print(
        f"score_conversation: {n / elapsed:8.1f} turns/s, {trainee / elapsed:.1f} trainee turns/s  "
        f"({args.rounds} × {len(turns)}-turn transcript{', fresh texts' if args.fresh else ''}, "
        f"{elapsed:.2f} s, analyser included)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The blind playtest table: every owner × language × seed × bot kind.

    python benchmarks/playtest.py [--bots MODULE] [--seeds N] [--owners ID ...] [--langs ja en]
                                  [--examples K]

``--bots`` names a module with a ``BOTS`` mapping (default: the development bots
``simulator.playtest.bots_dev`` when present, else ``simulator.playtest.bots_mine``). Prints,
per row, the turn at which the owner put the underlying issue into words (— if never), trust
at the start and the end, the replies that do not fit what the trainee said (the rule is in
``simulator/playtest/fit.py``) and the replies said twice in one meeting; then the totals.
"""

from __future__ import annotations

import argparse
import importlib.util
import time

from simulator.playtest import format_table, load_bots, misfit_examples, run


def default_bots() -> str:
    dev = "simulator.playtest.bots_dev"
    return dev if importlib.util.find_spec(dev) else "simulator.playtest.bots_mine"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bots", default=None, help="module with BOTS (kind -> class)")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--owners", nargs="*", default=None)
    parser.add_argument("--langs", nargs="*", default=["ja", "en"])
    parser.add_argument("--examples", type=int, default=0, help="print this many misfit replies")
    args = parser.parse_args()
    module = args.bots or default_bots()
    started = time.perf_counter()
    results = run(load_bots(module), seeds=range(args.seeds), personas=args.owners, langs=args.langs)
    print(f"bots: {module}, seeds 0..{args.seeds - 1}, {len(results)} meetings "
          f"in {time.perf_counter() - started:.1f} s\n")
    print(format_table(results))
    if args.examples:
        print("\n" + misfit_examples(results, args.examples))


if __name__ == "__main__":
    main()

"""The playtest table: one row per owner × language × bot kind, seeds side by side."""

from __future__ import annotations

from collections import Counter, defaultdict

from .harness import PlayResult, cross_seed_same


def _cell(r: PlayResult) -> str:
    reached = f"t{r.reached_turn}" if r.reached_turn is not None else "—"
    end = "" if r.end_reason in (None, "turn_budget") else f" {r.end_reason}"
    return f"{reached} {r.trust_start:.0f}→{r.trust_end:.0f}{end}"


def format_table(results: list[PlayResult]) -> str:
    """A Markdown table and the totals: reached (turn), trust start→end, misfits, repeats
    (whole replies and sentences)."""
    rows: dict[tuple[str, str, str], list[PlayResult]] = defaultdict(list)
    for r in results:
        rows[r.persona, r.lang, r.bot].append(r)
    lines = [
        "| owner | lang | bot | per seed: reached turn, trust start→end | reached | misfit replies | repeated replies "
        "| repeated sentences | turns |",
        "|---|---|---|---|---:|---:|---:|---:|---:|",
    ]
    for (pid, lang, bot), rs in rows.items():
        rs.sort(key=lambda r: r.seed)
        lines.append(
            f"| {pid} | {lang} | {bot} | {' · '.join(_cell(r) for r in rs)} | "
            f"{sum(r.reached for r in rs)}/{len(rs)} | {sum(len(r.misfits) for r in rs)} | "
            f"{sum(r.repeats for r in rs)} | {sum(r.sentence_repeats for r in rs)} | {sum(r.turns for r in rs)} |"
        )
    lines += ["", summary(results)]
    return "\n".join(lines)


def summary(results: list[PlayResult]) -> str:
    out = []
    by: dict[tuple[str, str], list[PlayResult]] = defaultdict(list)
    for r in results:
        by[r.bot, r.lang].append(r)
    for (bot, lang), rs in sorted(by.items()):
        turns = sum(r.turns for r in rs)
        misfits = sum(len(r.misfits) for r in rs)
        repeats = sum(r.repeats for r in rs)
        sentences = sum(r.sentence_repeats for r in rs)
        lost = sum(r.trust_end < r.trust_start for r in rs)
        out.append(
            f"- {bot}/{lang}: reached {sum(r.reached for r in rs)}/{len(rs)}; trust fell in "
            f"{lost}/{len(rs)}; misfit replies {misfits}/{turns}; replies repeated in a session "
            f"{repeats}/{turns} ({100 * repeats / max(turns, 1):.1f} %); sentences said again {sentences}"
        )
    same, total = cross_seed_same(results)
    out.append(
        f"- replies said word for word in the first seed's meeting (same owner, language, bot): "
        f"{same}/{total} ({100 * same / max(total, 1):.1f} %)"
    )
    rules = Counter(m.rule for r in results for m in r.misfits)
    if rules:
        out.append("- misfit rules: " + ", ".join(f"{k} {v}" for k, v in rules.most_common()))
    return "\n".join(out)


def misfit_examples(results: list[PlayResult], limit: int = 20) -> str:
    lines = []
    for r in results:
        for m in r.misfits:
            lines.append(f"[{r.persona}/{r.lang}/{r.bot}/s{r.seed} t{m.turn} {m.rule}] {m.said} → {m.reply}")
    return "\n".join(lines[:limit])

"""Write demo transcripts (a listening and a pushy scripted trainee) to docs/transcripts/.

    python scripts/make_transcripts.py [--lang ja] [--persona ID ...]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from simulator import open_session, persona_ids
from simulator.bots import GoodTrainee, PoorTrainee, play
from simulator.report_names import RUBRIC_NAMES

OUT = Path(__file__).resolve().parent.parent / "docs" / "transcripts"


def sparkline(values: list[float]) -> str:
    bars = "▁▂▃▄▅▆▇█"
    return "".join(bars[min(7, int(v / 100 * 8))] for v in values)


def write(pid: str, lang: str, kind: str) -> str:
    session = open_session(pid, lang, store=None)
    trainee = GoodTrainee(lang) if kind == "good" else PoorTrainee(lang)
    turns = play(session, trainee, turns=25)
    report = session.report()
    ja = lang == "ja"
    title = "傾聴する支援者" if kind == "good" else "誘導・説教・詰問する支援者"
    if not ja:
        title = "A listening supporter" if kind == "good" else "A leading, lecturing supporter"
    lines = [
        f"# {session.persona.title.get(lang)} — {title}",
        "",
        f"{'信頼度の推移' if ja else 'Trust curve'}: `{sparkline(report.trust_curve)}` "
        + " → ".join(f"{v:.0f}" for v in report.trust_curve),
        "",
        f"{'裏課題への到達' if ja else 'Underlying issue reached'}: **{report.hidden_issue_reached}**　"
        f"{'開示された事実' if ja else 'facts disclosed'}: {len(report.revealed)}",
        "",
        "| " + " | ".join(RUBRIC_NAMES[r][lang] for r in report.scores) + " |",
        "|" + "---:|" * len(report.scores),
        "| " + " | ".join(f"{v:.0f}" for v in report.scores.values()) + " |",
        "",
    ]
    for t in turns:
        who_t, who_o = ("支援者", "経営者") if ja else ("Supporter", "Owner")
        lines.append(f"**{t.index + 1}. {who_t}**: {t.trainee_text}  ")
        lines.append(
            f"<sub>{', '.join(t.acts)} · trust {t.trust:.0f} ({t.trust_delta:+.1f}) · {t.reaction}"
            + (f" · 開示: {', '.join(t.revealed)}" if t.revealed else "")
            + "</sub>  "
        )
        lines.append(f"**{who_o}**: {t.owner_reply}")
        lines.append("")
    path = OUT / f"{pid}_{lang}_{kind}.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return f"{path.name}: {len(turns)} turns, reached={report.hidden_issue_reached}, trust {report.trust_curve[0]:.0f}→{report.trust_curve[-1]:.0f}, scores {report.scores}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="ja", choices=["ja", "en"])
    parser.add_argument("--persona", nargs="*", default=None)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    for pid in args.persona or persona_ids():
        for kind in ("good", "poor"):
            print(write(pid, args.lang, kind))


if __name__ == "__main__":
    main()

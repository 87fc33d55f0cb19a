"""Play one session a turn at a time from the shell (the blind instructor playtests' tool).

    PLAY_DB=/tmp/play.db .venv/bin/python benchmarks/play_cli.py owners
    PLAY_DB=/tmp/play.db .venv/bin/python benchmarks/play_cli.py new OWNER ja|en SEED
    PLAY_DB=/tmp/play.db .venv/bin/python benchmarks/play_cli.py say SESSION "発言"
    PLAY_DB=/tmp/play.db .venv/bin/python benchmarks/play_cli.py end SESSION

Each call opens the SQLite store at ``$PLAY_DB`` (default ``play.db``) and goes through the public
API only (``open_session``, ``resume_session``): ``say`` prints the owner's reply, trust, the acts,
the scores, every feedback line, the evidence and the suggestion; ``end`` prints the report.
"""

from __future__ import annotations

import os
import sys

from simulator import open_session, persona_ids, resume_session
from simulator.store import open_store

USAGE = "usage: play_cli.py owners | new OWNER ja|en SEED | say SESSION TEXT | end SESSION"


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else ""
    if cmd == "owners":
        print("\n".join(persona_ids()))
        return 0
    store = open_store(os.environ.get("PLAY_DB", "play.db"))
    if cmd == "new" and len(argv) == 4:
        owner, lang, seed = argv[1], argv[2], int(argv[3])
        session = open_session(owner, lang=lang, seed=seed, store=store)
        persona = session.persona
        print(f"session: {session.id}")
        print(f"owner: {persona.owner.name.get(lang)}  company: {persona.company.name.get(lang)}")
        print("briefing:", persona.briefing.get(lang))
        print(f"trust: {session.state.trust:.0f}")
    elif cmd == "say" and len(argv) == 3:
        turn = resume_session(argv[1], store=store).say(argv[2])
        print(f"OWNER: {turn.owner_reply}")
        print(f"trust: {turn.trust:.1f} ({turn.trust_delta:+.1f})  stage: {turn.stage}")
        print("acts:", ", ".join(turn.acts))
        print("scores:", ", ".join(f"{k} {'-' if v is None else round(v)}" for k, v in turn.scores.items()))
        for line in turn.feedback:
            print("feedback:", line)
        for line in turn.evidence:
            print("evidence:", line)
        if turn.suggestion:
            print("suggestion:", turn.suggestion)
        if turn.reaction == "end_early":
            print("(the owner ended the meeting)")
    elif cmd == "end" and len(argv) == 2:
        print(resume_session(argv[1], store=store).report().markdown)
    else:
        print(USAGE, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

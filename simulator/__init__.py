"""伴走支援 dialogue-practice simulator: scripted business owners and rubric scoring.

Public API (see ``shared/contracts.md``)::

    from simulator import open_session
    session = open_session("distrustful_founder", lang="ja")
    turn = session.say("本日はお時間をいただきありがとうございます。")
    report = session.report()
"""

from .datafiles import load_persona, persona_ids
from .errors import SimulatorError
from .reporting import Report
from .session import Partial, Session, Turn, branch_session, open_session, resume_session

__all__ = [
    "Partial",
    "Report",
    "Session",
    "SimulatorError",
    "Turn",
    "branch_session",
    "load_persona",
    "open_session",
    "persona_ids",
    "resume_session",
]
__version__ = "0.1.0"

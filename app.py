"""Start the practice app: ``python app.py`` (offline unless an LLM is configured).

Listens on ``SIM_HOST``/``SIM_PORT`` (or Gradio's ``GRADIO_SERVER_NAME``/``GRADIO_SERVER_PORT``),
127.0.0.1:7860 by default. Beyond 127.0.0.1 sign-in is required and the app refuses to start
without an account (``python -m simulator users add …``).
"""

from __future__ import annotations

import logging
import sys

from simulator.errors import SimulatorError
from simulator.settings import Settings


def main() -> int:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    from pydantic import ValidationError

    from simulator.ui import serve

    try:
        settings = Settings.from_env()
    except (ValidationError, ValueError) as exc:
        problems = exc.errors() if isinstance(exc, ValidationError) else [{"msg": str(exc)}]
        names = "; ".join(
            f"{'.'.join(map(str, p.get('loc', ()))) or 'value'}: {p['msg']}" for p in problems
        )
        print(f"error: invalid setting in the environment ({names})", file=sys.stderr)
        return 2
    try:
        serve(settings)
    except SimulatorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())

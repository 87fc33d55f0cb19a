"""Start the practice app: ``python app.py`` (offline unless an LLM is configured)."""

from __future__ import annotations

import os

from simulator.settings import Settings
from simulator.ui import build_app


def main() -> None:
    settings = Settings.from_env()
    demo = build_app(settings)
    demo.queue().launch(
        server_name=os.environ.get("SIM_HOST", "127.0.0.1"),
        server_port=int(os.environ.get("SIM_PORT", "7860")),
        show_error=True,
    )


if __name__ == "__main__":
    main()

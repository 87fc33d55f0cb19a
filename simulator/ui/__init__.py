"""The web app (Gradio): one module per page over one controller that calls the public API.

- :mod:`.controller` — who is asking, and the public API on their behalf (no Gradio);
- :mod:`.views`, :mod:`.report_view` — what a page shows, as plain functions (no Gradio);
- :mod:`.practice`, :mod:`.report_page`, :mod:`.sessions_page` — the pages;
- :mod:`.api` — the HTTP endpoints ``/start``, ``/say``, ``/finish``;
- :mod:`.app` — ``build_app``, ``launch_options``, ``serve``.
"""

from __future__ import annotations

from .app import build_app, launch_options, serve
from .controller import Controller

__all__ = ["Controller", "build_app", "launch_options", "serve"]

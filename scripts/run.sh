#!/bin/sh
# Install (into .venv) and start the app offline: http://127.0.0.1:7860
set -e
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --disable-pip-version-check -q -e .
exec .venv/bin/python app.py "$@"

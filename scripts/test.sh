#!/bin/sh
# Install (into .venv) with the test extras, validate the data files, run the whole test suite.
set -e
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --disable-pip-version-check -q -e '.[test]'
.venv/bin/python -m simulator check
.venv/bin/python -m ruff check simulator tests app.py benchmarks scripts
exec .venv/bin/python -m pytest "$@"

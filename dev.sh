#!/usr/bin/env bash
# Bilateral Lens developer entry point.
#   ./dev.sh demo   set up .venv, ingest seeds/ into ./data and start the dashboard
#   ./dev.sh test   set up .venv, lint (ruff), type-check (mypy) and run the whole test suite
#   ./dev.sh setup  only set up .venv
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3}

setup() {
  if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv || {
      echo "Could not create .venv: on Debian install the venv module first: apt-get install -y python3-venv" >&2
      exit 1
    }
  fi
  # Reinstall only when the project metadata changed since the last set-up.
  local stamp=.venv/.bilateral-lens-installed
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e ".[test]"
    touch "$stamp"
  fi
  # The project is installed in place (-e), so pip compiles none of its modules: compile them now, or every process
  # compiles them again where Python is told not to write bytecode (PYTHONDONTWRITEBYTECODE). Quick when up to date.
  .venv/bin/python -m compileall -q -j 0 core app_pages app.py >/dev/null
}

case "${1:-}" in
  setup) setup ;;
  demo)
    setup
    .venv/bin/bilateral-lens ingest seeds
    .venv/bin/bilateral-lens info
    exec .venv/bin/bilateral-lens serve "${@:2}"
    ;;
  test)
    setup
    .venv/bin/ruff check --quiet core app_pages bench tests app.py
    .venv/bin/python -m mypy core app.py app_pages bench
    exec .venv/bin/python -m pytest "${@:2}"
    ;;
  *)
    echo "usage: ./dev.sh demo|test|setup" >&2
    exit 2
    ;;
esac

#!/usr/bin/env bash
# Make sure uv exists (installing it with pip when missing) and the project's environment is in sync.
# Sourced by the other scripts; needs only Python 3.11+.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
if ! command -v uv >/dev/null 2>&1; then
  PY="$(command -v python3 || command -v python)"
  "$PY" -m pip install --quiet --user uv >&2 || "$PY" -m pip install --quiet uv >&2
  export PATH="$HOME/.local/bin:$PATH"
fi
uv sync --frozen --quiet >&2

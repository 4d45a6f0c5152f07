#!/usr/bin/env bash
# The whole test suite: lint, type check, then pytest against real PostgreSQL (and Meilisearch).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
uv run ruff check .
uv run ruff format --check .
uv run mypy
uv run pytest "$@"

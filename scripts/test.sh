#!/usr/bin/env bash
# The whole test suite: lint, type check, then pytest against real PostgreSQL (and Meilisearch).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
uv run ruff check .
uv run ruff format --check .
uv run mypy
# The search tests start their own Meilisearch from this binary (installed on first run).
MEILI_BIN="$("$(dirname "${BASH_SOURCE[0]}")/install-meilisearch.sh")"
export MEILI_BIN
uv run pytest "$@"

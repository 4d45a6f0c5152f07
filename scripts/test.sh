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
# The embed tests drive Debian's chromium (tests/embed); install it when missing and we may. Without it they
# skip, except under CI=true, where they fail.
if [[ ! -x /usr/bin/chromium && "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >&2
fi
if [[ ! -x /usr/bin/chromium && "${CI:-}" == "true" ]]; then
  echo "test.sh: /usr/bin/chromium is missing and could not be installed (the browser tests need it)" >&2
  exit 1
fi
uv run pytest "$@"

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
# The browser tests drive Debian's chromium (tests/browser) and the benchmark's quick run drives wrk (tests/bench);
# install them when missing and we may. Without them those tests skip, except under CI=true, where this fails.
missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
if (( ${#missing[@]} )) && [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
if [[ "${CI:-}" == "true" ]] && { [[ ! -x /usr/bin/chromium ]] || ! command -v wrk >/dev/null 2>&1; }; then
  echo "test.sh: chromium or wrk is missing and could not be installed (browser tests and the bench run need them)" >&2
  exit 1
fi
uv run pytest "$@"

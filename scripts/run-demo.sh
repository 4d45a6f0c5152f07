#!/usr/bin/env bash
# Run the API with demo content on http://127.0.0.1:8000, on an embedded PostgreSQL and (when its
# binary can be installed) a private Meilisearch; no other setup needed.
set -euo pipefail
HERE="$(dirname "${BASH_SOURCE[0]}")"
source "$HERE/bootstrap.sh"
if MEILI_BIN="$("$HERE/install-meilisearch.sh")"; then
  export MEILI_BIN
else
  echo "run-demo: no Meilisearch binary; search will answer from PostgreSQL (degraded)" >&2
fi
exec uv run kennisbank serve --demo "$@"

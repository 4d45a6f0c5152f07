#!/usr/bin/env bash
# Run the API with demo content on http://127.0.0.1:8000, on an embedded PostgreSQL (no setup needed).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
exec uv run kennisbank serve --demo "$@"

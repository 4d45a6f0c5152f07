"""The benchmark harness still works: ``python -m bench --quick`` end to end, as a real process.

It asserts that every section ran and produced numbers (requests made, no wrk errors, only the expected
statuses, nothing lost), never a timing: timings on a shared machine are for bench/README.md, not for CI.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("wrk") is None, reason="the harness drives load with wrk (apt: wrk)"),
]


def ran(side: dict[str, Any], *allowed: str) -> None:
    assert side["requests"] > 0
    assert side["socket_errors"] == 0
    assert side["non_2xx_3xx"] == 0
    assert side["statuses"], "every measured run counts its statuses"
    assert set(side["statuses"]) <= set(allowed), side["statuses"]


def test_quick_run_produces_every_section(tmp_path: Path) -> None:
    out = tmp_path / "quick.json"
    # The harness starts its own PostgreSQL and Meilisearch; it must not touch the test session's.
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "MEILI_URL", "MEILI_MASTER_KEY")}
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--out", str(out)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(out.read_text())
    sections = result["sections"]
    assert result["meta"]["records"] == 5_000
    assert sum(result["meta"]["seeded"].values()) >= 5_000

    indexing = sections["indexing"]
    assert indexing["raw"]["documents"] == indexing["reindex"]["documents"] > 4_000
    assert indexing["raw"]["docs_per_s"] > 0
    assert sections["lag"]["writes"] > 0
    assert sections["lag"]["seen"] == sections["lag"]["writes"]

    block = sections["workers1"]
    for name in ("item", "item_uncached", "list", "list_uncached", "graphql", "search"):
        ran(block[name]["c8"]["product"], "200")
        ran(block[name]["c8"]["baseline"], "200")
    ran(block["conditional"]["c8"]["product"], "304")
    ran(block["conditional"]["c8"]["baseline"], "200")
    assert len(block["rss_mb_after_load"]) == 1
    assert block["rss_mb_after_load"][0] > 0
    export = block["export"]
    assert export["status"] == 200
    assert export["lines"] > 4_000  # every published knowledge item, one per line
    for point in (sections["growth_small"], block["growth"]):
        ran(point["item"], "200")
        ran(point["search"], "200")
    assert sections["growth_small"]["published_items"] < block["growth"]["published_items"]

    load = sections["load"]["load"]
    assert load["reads"]["requests"] > 0
    assert load["five_xx"] == 0
    assert set(load["cached"]["statuses"]) <= {"304"}
    check = load["write_check"]
    assert check["acknowledged"] > 0
    assert check["lost_rows"] == check["lost_index_documents"] == 0

    # Every target became a row, marked met or missed.
    measures = " ".join(row["measure"] for row in result["rows"])
    for part in ("REST GET", "REST list page", "GraphQL page", "304", "/api/v1/search", "full reindex",
                 "sync lag", "RSS per API worker", "NDJSON export", "growth", "mixed load"):  # fmt: skip
        assert part in measures
    assert all(isinstance(row["met"], bool) for row in result["rows"])
    assert "| measure |" in result["table"]

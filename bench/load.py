"""Issue 7 item 7: a mixed load (anonymous reads plus editor writes) and a soak, against ``serve --workers 2``.

Three generators run at once, each in its own process on the client CPU:
- wrk with the read mix (REST items and list pages, GraphQL page queries, search) at concurrency 32;
- wrk with conditional item GETs (ETag-cached, answered 304) at concurrency 4, to time cached GETs under
  that saturating load;
- ``bench.writer``: an editor creating and publishing knowledge items at a steady rate.
Afterwards the outbox is drained and every acknowledged write is looked up in PostgreSQL and Meilisearch.
"""

from __future__ import annotations

import asyncio
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import asyncpg
import orjson

from app.db import create_engine, create_sessionmaker, transaction
from app.models.api_key import ApiKeyCreate, Role
from app.models.change import EntityType
from app.search.engine import SearchEngine
from app.services.auth import SYSTEM, create_api_key
from bench import scenarios, wrk
from bench.infra import CLIENT_CPUS, REPO, Stack, log, pinned, rss_mb, worker_pids
from bench.wrk import Req, Target

MIX = {"items": 35, "lists": 20, "graphql": 15, "search": 30}  # percent of read requests


def read_mix(c: scenarios.Corpus, search: list[Req]) -> list[Req]:
    pools = {
        "items": scenarios.item_gets(c),
        "lists": scenarios.list_pages(c),
        "graphql": scenarios.graphql_pages(c),
        "search": search,
    }
    out: list[Req] = []
    for name, share in MIX.items():
        pool = pools[name]
        out += [pool[i % len(pool)] for i in range(share * 20)]
    return wrk.shuffled(out)


async def editor_token(database_url: str) -> str:
    db = create_engine(database_url, pool_size=1, max_overflow=0)
    try:
        async with transaction(create_sessionmaker(db)) as session:
            _, token = await create_api_key(
                session=session, actor=SYSTEM, data=ApiKeyCreate(name=f"bench {secrets.token_hex(3)}", role=Role.editor)
            )
    finally:
        await db.dispose()
    return token


def start_writer(base: str, token: str, rate: float, seconds: float, tag: str, out: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "bench.writer", base, token, str(rate), str(seconds), tag, str(out)]
    return subprocess.Popen(pinned(command, CLIENT_CPUS), cwd=REPO, stdin=subprocess.DEVNULL)


async def pg_connections(dsn: str) -> int:
    conn = await asyncpg.connect(dsn)
    try:
        # Client backends of the API (and this probe), not PostgreSQL's own background processes.
        return int(
            await conn.fetchval(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND backend_type = 'client backend'"
            )
        )
    finally:
        await conn.close()


async def check_writes(stack: Stack, tag: str, acked: list[int], drain_timeout_s: float = 300) -> dict[str, Any]:
    """Wait for the outbox to drain, then look every acknowledged write up in PostgreSQL and Meilisearch."""
    conn = await asyncpg.connect(stack.asyncpg_dsn)
    try:
        started = time.monotonic()
        pending = -1
        while time.monotonic() - started < drain_timeout_s:
            pending = int(await conn.fetchval("SELECT count(*) FROM search_outbox WHERE status = 'pending'"))
            if pending == 0:
                break
            await asyncio.sleep(0.5)
        drain_s = time.monotonic() - started
        dead = int(await conn.fetchval("SELECT count(*) FROM search_outbox WHERE status <> 'pending'"))
        rows = await conn.fetch("SELECT id, status FROM knowledge_item WHERE title LIKE $1", f"Loadwrite {tag} %")
    finally:
        await conn.close()
    published = {r["id"] for r in rows if r["status"] == "published"}
    engine = SearchEngine(url=stack.meili_url, api_key=stack.meili_key, prefix="bench_", timeout_s=60)
    indexed: set[int] = set()
    try:
        uid = engine.uid(EntityType.knowledge_item)
        for offset in range(0, len(acked), 500):
            ids = [str(i) for i in acked[offset : offset + 500]]
            page = await engine.request(
                "POST", f"/indexes/{uid}/documents/fetch", {"ids": ids, "fields": ["id"], "limit": len(ids)}
            )
            indexed |= {int(d["id"]) for d in page["results"]}
    finally:
        await engine.close()
    return {
        "acknowledged": len(acked),
        "rows": len(rows),
        "rows_published": len(published),
        "lost_rows": len(set(acked) - published),
        "indexed": len(indexed),
        "lost_index_documents": len(set(acked) - indexed),
        "outbox_pending_after": pending,
        "outbox_dead": dead,
        "drain_seconds": drain_s,
    }


def _errors(result: dict[str, Any]) -> tuple[int, int]:
    """(requests that failed, of which 5xx) in one wrk result."""
    five = sum(n for s, n in result.get("statuses", {}).items() if s.startswith("5"))
    return result["errors"]["status"] + result["socket_errors"], five


def mixed(
    stack: Stack, base: str, process: subprocess.Popen[bytes], c: scenarios.Corpus, search: list[Req], *,
    seconds: float, write_rate: float, concurrency: int = 32, cached_requests: int = 200,
) -> dict[str, Any]:  # fmt: skip
    log("load: preparing")
    token = asyncio.run(editor_token(stack.database_url))
    mix = Target("mix", base, read_mix(c, search))
    cached = Target("cached", base, scenarios.conditional_gets(c, base, n=cached_requests))
    wrk.run(mix, concurrency=concurrency, seconds=min(5, seconds))  # warm-up, discarded
    tag = secrets.token_hex(4)
    out = Path(tempfile.mkstemp(prefix="kb-writer-", suffix=".json")[1])
    log("load: running")
    writer = start_writer(base, token, write_rate, seconds, tag, out)
    reads = wrk.run(mix, concurrency=concurrency, seconds=seconds, statuses=True, background=True)
    conditional = wrk.run(cached, concurrency=4, seconds=seconds, statuses=True, background=True)
    read_result, cached_result = wrk.finish(reads), wrk.finish(conditional)
    writer.wait(timeout=seconds + 120)
    writes = orjson.loads(out.read_bytes())
    out.unlink()
    rss = rss_mb(worker_pids(process))
    log("load: checking writes")
    check = asyncio.run(check_writes(stack, tag, writes["acked"]))
    read_failed, read_5xx = _errors(read_result)
    cached_failed, cached_5xx = _errors(cached_result)
    write_failed = len(writes["failures"])
    write_5xx = sum(n for s, n in writes["statuses"].items() if s.startswith("5"))
    total = read_result["requests"] + cached_result["requests"] + writes["requests"]
    return {
        "seconds": seconds,
        "reads": read_result,
        "cached": cached_result,
        "writes": {k: v for k, v in writes.items() if k != "acked"},
        "throughput_rps": (read_result["requests"] + cached_result["requests"] + writes["requests"])
        / read_result["duration_us"]
        * 1e6,
        "errors": read_failed + cached_failed + write_failed,
        "error_rate": (read_failed + cached_failed + write_failed) / total if total else 1.0,
        "five_xx": read_5xx + cached_5xx + write_5xx,
        "cached_p99_ms": cached_result["latency_us"]["p99"] / 1000,
        "rss_mb_after": rss,
        "write_check": check,
    }


def soak(
    stack: Stack, base: str, process: subprocess.Popen[bytes], c: scenarios.Corpus, search: list[Req], *,
    minutes: float, write_rate: float = 2, concurrency: int = 8,
) -> dict[str, Any]:  # fmt: skip
    """The read mix at concurrency 8 plus writes for ``minutes``; RSS per worker and PG connections each minute."""
    token = asyncio.run(editor_token(stack.database_url))
    seconds = minutes * 60
    mix = Target("mix", base, read_mix(c, search))
    tag = secrets.token_hex(4)
    out = Path(tempfile.mkstemp(prefix="kb-writer-", suffix=".json")[1])
    writer = start_writer(base, token, write_rate, seconds, tag, out)
    reads = wrk.run(mix, concurrency=concurrency, seconds=seconds, statuses=True, background=True)
    samples: list[dict[str, Any]] = []
    started = time.monotonic()
    interval = 60.0 if minutes >= 3 else max(1.0, seconds / 4)
    for n in range(int(seconds // interval) + 1):
        time.sleep(max(0.0, started + n * interval - time.monotonic()))
        pids = worker_pids(process)
        samples.append(
            {
                "minute": round((time.monotonic() - started) / 60, 2),
                "rss_mb": rss_mb(pids),
                "pg_connections": asyncio.run(pg_connections(stack.asyncpg_dsn)),
            }
        )
    read_result = wrk.finish(reads)
    writer.wait(timeout=300)
    writes = orjson.loads(out.read_bytes())
    out.unlink()
    check = asyncio.run(check_writes(stack, tag, writes["acked"]))
    # Flat: after the first sample (warm caches), no worker grows by more than 10% (at least 20 MB) and the
    # connection count at the end is no higher than the highest seen in the first half.
    later = samples[1:] or samples
    growth = [
        max(s["rss_mb"][i] for s in later) - later[0]["rss_mb"][i] for i in range(min(len(s["rss_mb"]) for s in later))
    ]
    rss_flat = all(g <= max(20.0, 0.1 * later[0]["rss_mb"][i]) for i, g in enumerate(growth))
    half = samples[: max(1, len(samples) // 2)]
    connections_flat = samples[-1]["pg_connections"] <= max(s["pg_connections"] for s in half)
    read_failed, read_5xx = _errors(read_result)
    return {
        "minutes": minutes,
        "samples": samples,
        "rss_growth_mb": growth,
        "rss_flat": rss_flat,
        "connections_flat": connections_flat,
        "reads": read_result,
        "read_errors": read_failed,
        "five_xx": read_5xx + sum(n for s, n in writes["statuses"].items() if s.startswith("5")),
        "writes": {k: v for k, v in writes.items() if k != "acked"},
        "write_check": check,
    }

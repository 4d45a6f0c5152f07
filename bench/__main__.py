"""The benchmark harness: the API measured against bare baselines on the same machine, in the same run.

    uv run python -m bench                       # 100,000 records, every section (~45 min on 2 cores)
    uv run python -m bench --quick --out r.json  # 5,000 records, tiny durations (~1 min): does it work?
    uv run python -m bench load --soak-minutes 30

See bench/README.md for what each section measures and the latest results.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import platform
import secrets
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg
import httpx2
import psutil
from sqlalchemy import text

from app.db import create_engine, create_sessionmaker, transaction
from app.search.engine import SearchEngine
from app.services.seed import seed_demo, seed_synthetic
from bench import indexing, load, report, scenarios, wrk
from bench.infra import ALL_CPUS, CLIENT_CPUS, SERVER_CPUS, TWO_CORES, Stack, log, pin_self, rss_mb, server, worker_pids
from bench.wrk import Target

SECTIONS = ("growth", "ingest", "lag", "item", "list", "graphql", "conditional", "search", "memory", "export", "load")


@dataclass
class Profile:
    reps: int
    seconds: float
    warmup_s: float
    concurrency: tuple[int, ...]
    workers: tuple[int, ...]
    lag_seconds: float
    growth_seconds: float
    load_seconds: float
    load_write_rate: float


FULL = Profile(3, 5, 2, (8, 32), (1, 2), 30, 5, 60, 10)
QUICK = Profile(1, 2, 1, (8,), (1,), 2, 2, 3, 4)


class Run:
    def __init__(self, args: argparse.Namespace, profile: Profile) -> None:
        self.args = args
        self.p = profile
        self.sections = [s for s in SECTIONS if s in args.only or (not args.only and s not in args.skip)]
        self.result: dict[str, Any] = {
            "meta": {
                "date": datetime.now(UTC).isoformat(timespec="seconds"),
                "command": " ".join(["uv run python -m bench", *sys.argv[1:]]),
                "machine": f"{platform.machine()}, {psutil.cpu_count()} cores, "
                f"{psutil.virtual_memory().total / 2**30:.1f} GiB, {platform.platform()}",
                "records": args.records,
                "write_rate": args.write_rate,
                "profile": profile.__dict__,
                "pinning": "servers (PostgreSQL, Meilisearch, API, baselines) on CPU 0 with --workers 1 and on "
                "CPUs 0-1 with --workers 2; wrk and the harness on CPU 1 (so with --workers 2 the load "
                "generator shares a core with the server)"
                if TWO_CORES
                else "one CPU: no pinning possible",
                "sections": self.sections,
            },
            "sections": {},
        }
        self.stack = Stack(tmp=Path(tempfile.mkdtemp(prefix="kb-bench-")))
        self.key = secrets.token_urlsafe(24)
        self.engine: SearchEngine | None = None

    # ----- setup -----

    def search_engine(self) -> SearchEngine:
        return SearchEngine(url=self.stack.meili_url, api_key=self.key, prefix="bench_", timeout_s=120)

    async def seed(self, count: int, *, demo: bool) -> dict[str, int]:
        db = create_engine(self.stack.database_url, pool_size=2, max_overflow=0)
        try:
            sessionmaker = create_sessionmaker(db)
            counts: dict[str, int] = {}
            if demo:
                async with transaction(sessionmaker) as session:
                    counts = await seed_demo(session=session)
            for offset in range(0, count, 20_000):
                async with transaction(sessionmaker) as session:
                    part = await seed_synthetic(session=session, count=min(20_000, count - offset))
                    # The bulk load queued every record; the index is built by the reindex instead.
                    await session.execute(text("DELETE FROM search_outbox"))
                for k, v in part.items():
                    counts[k] = counts.get(k, 0) + v
                log(f"seeded {offset + min(20_000, count - offset)}/{count}")
        finally:
            await db.dispose()
        return counts

    async def run_sql(self, statements: list[str]) -> None:
        """``--sql``: try a schema change (an index, a setting) on the seeded database before measuring."""
        conn = await asyncpg.connect(self.stack.asyncpg_dsn)
        try:
            for statement in statements:
                started = time.perf_counter()
                await conn.execute(statement)
                log(f"{statement} ({time.perf_counter() - started:.1f} s)")
        finally:
            await conn.close()
        self.result["meta"]["sql"] = statements

    async def index(self, *, measure: bool) -> dict[str, Any]:
        db = create_engine(self.stack.database_url, pool_size=4, max_overflow=0)
        engine = self.search_engine()
        try:
            await engine.setup()
            sessionmaker = create_sessionmaker(db)
            out: dict[str, Any] = {}
            if measure:
                docs = await indexing.documents(sessionmaker)
                out["raw"] = await indexing.ingest_raw(engine, docs)
                log(f"raw ingest {out['raw']['docs_per_s']:.0f} docs/s")
            out["reindex"] = await indexing.full_reindex(engine, sessionmaker)
            log(f"reindex {out['reindex']['docs_per_s']:.0f} docs/s")
            return out
        finally:
            await engine.close()
            await db.dispose()

    async def lag(self) -> dict[str, Any]:
        db = create_engine(self.stack.database_url, pool_size=10, max_overflow=10)
        engine = self.search_engine()
        try:
            await engine.setup()
            return await indexing.sync_lag(
                create_sessionmaker(db), engine, rate=self.args.write_rate, seconds=self.p.lag_seconds
            )
        finally:
            await engine.close()
            await db.dispose()

    # ----- measurements against running servers -----

    def growth_point(self, api: str, corpus: scenarios.Corpus, search: list[wrk.Req]) -> dict[str, Any]:
        out: dict[str, Any] = {"published_items": corpus.published}
        # Item GETs skip the response cache here: growth is about the database path (a hit is flat anyway).
        for name, requests in (("item", scenarios.item_gets(corpus, scenarios.NO_CACHE)), ("search", search)):
            target = Target(name, api, requests)
            wrk.run(target, concurrency=8, seconds=self.p.warmup_s)
            runs = [wrk.run(target, concurrency=8, seconds=self.p.growth_seconds, statuses=True)]
            out[name] = wrk.summarise(runs)
        log(f"growth at {corpus.published} items: item p50 {out['item']['p50_ms']:.1f} ms, "
            f"search p50 {out['search']['p50_ms']:.1f} ms")  # fmt: skip
        return out

    def export(self, api: str, process: subprocess.Popen[bytes]) -> dict[str, Any]:
        """Stream the full knowledge-item export while sampling the worker's RSS every 50 ms."""
        pid = worker_pids(process)[0]
        before = rss_mb([pid])[0]
        samples: list[float] = []
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                samples.extend(rss_mb([pid]))
                time.sleep(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        lines = size = 0
        started = time.perf_counter()
        with httpx2.stream("GET", f"{api}/api/v1/export/knowledge-items.ndjson", timeout=600) as response:
            status = response.status_code
            for chunk in response.iter_bytes():
                size += len(chunk)
                lines += chunk.count(b"\n")
        elapsed = time.perf_counter() - started
        done.set()
        sampler.join()
        peak = max(samples or [before])
        return {
            "status": status,
            "lines": lines,
            "mb": size / 2**20,
            "seconds": elapsed,
            "rss_before_mb": before,
            "rss_peak_mb": peak,
            "rss_growth_mb": peak - before,
            # Flat: the worker grows by less than 64 MB however much it streams.
            "flat": status == 200 and peak - before < 64,
        }

    @contextlib.contextmanager
    def servers(self, workers: int, *, background: bool = False) -> Iterator[tuple[str, subprocess.Popen[bytes], str]]:
        """The API (search worker and scheduler off: only requests are measured) and the baseline app."""
        cpus = SERVER_CPUS if workers == 1 else ALL_CPUS
        self.stack.pin_servers(cpus)
        off = {} if background else {"KENNISBANK_SEARCH_WORKER": "false", "KENNISBANK_SCHEDULER": "false"}
        # The proxy is measured, not its fallback: with the default 1.5 s budget an overloaded Meilisearch
        # makes the API answer from PostgreSQL instead (degraded), which is another query entirely.
        off["KENNISBANK_SEARCH_TIMEOUT_MS"] = "60000"
        with (
            server(self.stack, "api", workers=workers, cpus=cpus, **off) as (api, api_process),
            server(self.stack, "baseline", workers=workers, cpus=cpus) as (base, _),
        ):
            yield api, api_process, base

    def workers_block(self, workers: int, api: str, api_process: subprocess.Popen[bytes], base: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        corpus = asyncio.run(scenarios.corpus(self.stack.asyncpg_dsn))
        assert self.engine is not None
        mix = scenarios.search_mix(corpus)
        search_api = scenarios.search_api(mix)
        if workers == 1 and "growth" in self.sections:
            out["growth"] = self.growth_point(api, corpus, search_api)
        conditional = scenarios.conditional_gets(corpus, api, n=50 if self.args.quick else 300)
        editor = (("Authorization", f"Bearer {asyncio.run(load.editor_token(self.stack.database_url))}"),)
        pairs = {
            "item": (Target("rest item", api, scenarios.item_gets(corpus)),
                     Target("pg", base, scenarios.by_id(corpus))),
            "item_uncached": (Target("rest item, no-cache", api, scenarios.item_gets(corpus, scenarios.NO_CACHE)),
                              Target("pg", base, scenarios.by_id(corpus))),
            "item_editor": (Target("rest item, editor", api, scenarios.item_gets(corpus, editor)),
                            Target("pg", base, scenarios.by_id(corpus))),
            "list": (Target("rest list", api, scenarios.list_pages(corpus)),
                     Target("pg", base, scenarios.by_id(corpus))),
            "list_uncached": (Target("rest list, no-cache", api, scenarios.list_pages(corpus, scenarios.NO_CACHE)),
                              Target("pg", base, scenarios.by_id(corpus))),
            "graphql": (Target("graphql", api, scenarios.graphql_pages(corpus)),
                        Target("rest list", api, scenarios.list_pages(corpus))),
            "graphql_uncached": (Target("graphql, no-cache", api, scenarios.graphql_pages(corpus, scenarios.NO_CACHE)),
                                 Target("rest list, no-cache", api, scenarios.list_pages(corpus, scenarios.NO_CACHE))),
            "conditional": (Target("304", api, conditional),
                            Target("fixed", base, scenarios.fixed())),
            "search": (Target("api search", api, search_api),
                       Target("meili", self.stack.meili_url, scenarios.search_direct(mix, self.engine, self.key))),
        }  # fmt: skip
        for name, (product, baseline) in pairs.items():
            if name.removesuffix("_uncached").removesuffix("_editor") not in self.sections:
                continue
            for c in self.p.concurrency:
                r = wrk.compare(
                    product, baseline, concurrency=c, reps=self.p.reps, seconds=self.p.seconds,
                    warmup_s=self.p.warmup_s,
                )  # fmt: skip
                out.setdefault(name, {})[f"c{c}"] = r
                log(f"w{workers} {name} c{c}: {r['product']['rps']:.0f} vs {r['baseline']['rps']:.0f} req/s "
                    f"= {r['ratio']:.2f}")  # fmt: skip
        if "memory" in self.sections:
            out["rss_mb_after_load"] = rss_mb(worker_pids(api_process))
            log(f"w{workers} RSS after load: {out['rss_mb_after_load']}")
        if workers == 1 and "export" in self.sections:
            out["export"] = self.export(api, api_process)
            log(f"export: {out['export']}")
        return out

    def load_block(self, running: tuple[str, subprocess.Popen[bytes]] | None = None) -> dict[str, Any]:
        """Against a new ``serve --workers 2`` (with its search worker), or for --quick the running API."""
        out: dict[str, Any] = {}
        with contextlib.ExitStack() as stack:
            workers = 1 if running is not None else 2
            if running is None:
                self.stack.pin_servers(ALL_CPUS)
                running = stack.enter_context(server(self.stack, "api", workers=2, cpus=ALL_CPUS))
            api, process = running
            corpus = asyncio.run(scenarios.corpus(self.stack.asyncpg_dsn))
            search = scenarios.search_api(scenarios.search_mix(corpus))
            if "load" in self.sections:
                out["load"] = load.mixed(
                    self.stack, api, process, corpus, search, seconds=self.p.load_seconds,
                    write_rate=self.p.load_write_rate, cached_requests=50 if self.args.quick else 200,
                )  # fmt: skip
                out["load"]["workers"] = workers
                log(f"load: {out['load']['throughput_rps']:.0f} req/s, 5xx {out['load']['five_xx']}, "
                    f"writes {out['load']['write_check']}")  # fmt: skip
            if self.args.soak_minutes > 0:
                self.result["sections"]["load"] = out  # kept if the soak fails
                out["soak"] = load.soak(self.stack, api, process, corpus, search, minutes=self.args.soak_minutes)
                log(f"soak: rss flat {out['soak']['rss_flat']}, connections flat {out['soak']['connections_flat']}")
        return out

    # ----- the run -----

    def go(self) -> dict[str, Any]:
        sections = self.result["sections"]
        args = self.args
        pin_self(CLIENT_CPUS)
        try:
            self.stack.start(self.key)
            self.engine = self.search_engine()
            log(f"PostgreSQL and Meilisearch up; sections {self.sections}")
            small = 10_000 if args.records > 20_000 else max(1, args.records // 10)
            measured = {"item", "list", "graphql", "conditional", "search", "memory", "export", "growth"}
            need_one = bool(measured & set(self.sections)) and 1 in self.p.workers
            growth = "growth" in self.sections and need_one
            started = time.perf_counter()
            counts = asyncio.run(self.seed(small if growth else args.records, demo=True))
            with contextlib.ExitStack() as running:
                if growth:
                    asyncio.run(self.index(measure=False))
                if need_one:
                    # The one-worker servers stay up from the small corpus to the full one (idle meanwhile).
                    # --quick reuses it for the load section, so there its search worker runs.
                    one = running.enter_context(self.servers(1, background=self.args.quick))
                if growth:
                    corpus = asyncio.run(scenarios.corpus(self.stack.asyncpg_dsn))
                    sections["growth_small"] = self.growth_point(
                        one[0], corpus, scenarios.search_api(scenarios.search_mix(corpus))
                    )
                    more = asyncio.run(self.seed(args.records - small, demo=False))
                    counts = {k: counts.get(k, 0) + more.get(k, 0) for k in set(counts) | set(more)}
                self.result["meta"]["seeded"] = counts
                self.result["meta"]["seed_seconds"] = time.perf_counter() - started
                if args.sql:
                    asyncio.run(self.run_sql(args.sql))
                if {"ingest", "lag", "search", "growth", "load"} & set(self.sections) or args.soak_minutes > 0:
                    sections["indexing"] = asyncio.run(self.index(measure="ingest" in self.sections))
                if "lag" in self.sections:
                    sections["lag"] = asyncio.run(self.lag())
                    log(f"lag: {sections['lag']}")
                if need_one:
                    sections["workers1"] = self.workers_block(1, *one)
                if need_one and self.args.quick and "load" in self.sections:
                    sections["load"] = self.load_block(running=one[:2])
            if measured & set(self.sections):
                for workers in self.p.workers:
                    if workers != 1:
                        with self.servers(workers) as servers:
                            sections[f"workers{workers}"] = self.workers_block(workers, *servers)
            if ("load" in self.sections or args.soak_minutes > 0) and "load" not in sections:
                sections["load"] = self.load_block()
            if args.growth:
                started = time.perf_counter()
                asyncio.run(self.seed(max(0, args.growth - args.records), demo=False))
                reindexed = asyncio.run(self.index(measure=False))["reindex"]
                self.stack.pin_servers(SERVER_CPUS)
                with server(self.stack, "api", workers=1, cpus=SERVER_CPUS, KENNISBANK_SEARCH_WORKER="false") as (
                    api,
                    _,
                ):
                    corpus = asyncio.run(scenarios.corpus(self.stack.asyncpg_dsn))
                    sections["growth_large"] = self.growth_point(
                        api, corpus, scenarios.search_api(scenarios.search_mix(corpus))
                    )
                sections["growth_large"]["records"] = args.growth
                sections["growth_large"]["reindex"] = reindexed
                sections["growth_large"]["seconds"] = time.perf_counter() - started
        except Exception as exc:  # keep what was measured: the table and --out still get written
            log(f"run failed: {exc!r}")
            self.result["meta"]["error"] = repr(exc)
        finally:
            if self.engine is not None:
                with contextlib.suppress(Exception):
                    asyncio.run(self.engine.close())
            self.stack.close()
        return self.result


def main() -> None:
    # A SIGTERM (e.g. `kill <pid>`) unwinds like Ctrl-C: the finally blocks stop every server by pid.
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(143))
    parser = argparse.ArgumentParser(
        prog="python -m bench", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("mode", nargs="?", choices=["all", "load"], default="all", help="load: issue 7's load/soak")
    parser.add_argument("--records", type=int, default=None, help="synthetic records (default 100000)")
    parser.add_argument("--quick", action="store_true", help="5,000 records, tiny durations (~1 minute)")
    parser.add_argument("--only", action="append", default=[], choices=SECTIONS, help="run only these sections")
    parser.add_argument("--skip", action="append", default=[], choices=SECTIONS, help="skip these sections")
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    parser.add_argument("--soak-minutes", type=float, default=0, help="after the load section, soak this long")
    parser.add_argument("--growth", type=int, default=0, help="at the end, grow to this many records (e.g. 1000000)")
    parser.add_argument("--write-rate", type=float, default=20, help="writes/s for the sync-lag section")
    parser.add_argument("--seconds", type=float, help="duration of each measured wrk run")
    parser.add_argument("--reps", type=int, help="interleaved repetitions per comparison")
    parser.add_argument("--sql", action="append", default=[], help="SQL run after seeding (to try an index)")
    parser.add_argument("--workers", type=int, action="append", choices=[1, 2], help="API worker configs to compare")
    args = parser.parse_args()
    profile = QUICK if args.quick else FULL
    if args.seconds:
        profile.seconds = args.seconds
    if args.reps:
        profile.reps = args.reps
    if args.workers:
        profile.workers = tuple(sorted(set(args.workers)))
    if args.records is None:
        args.records = 5_000 if args.quick else 100_000
    if args.mode == "load" and not args.only:
        args.only = ["load"]
    started = time.perf_counter()
    result = Run(args, profile).go()
    result["meta"]["seconds"] = time.perf_counter() - started
    result["rows"] = report.rows(result)
    result["table"] = report.table(result)
    print(result["table"])
    if args.out:
        args.out.write_text(json.dumps(result, indent=1, default=str))
        log(f"wrote {args.out}")
    if "error" in result["meta"]:
        sys.exit(1)


if __name__ == "__main__":
    main()

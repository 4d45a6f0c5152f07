"""Editor writes at a steady rate, in their own process: create a knowledge item, then publish it.

    python -m bench.writer BASE_URL TOKEN RATE SECONDS TAG OUT.json

A write is acknowledged when the publish answered 200; OUT.json lists the acknowledged ids, every status
seen and the latency of each request, so the harness can count what was lost.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path
from typing import Any

import httpx2
import orjson


async def write_loop(base: str, token: str, rate: float, seconds: float, tag: str) -> dict[str, Any]:
    statuses: dict[str, int] = {}
    latencies: list[float] = []
    acked: list[int] = []
    failures: list[str] = []
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    pending: set[asyncio.Task[None]] = set()

    async def one(client: httpx2.AsyncClient, n: int) -> None:
        body = {"title": f"Loadwrite {tag} {n}", "kind": "news", "language": "nl" if n % 2 else "en"}
        try:
            started = time.perf_counter()
            created = await client.post("/api/v1/knowledge-items", content=orjson.dumps(body))
            latencies.append(time.perf_counter() - started)
            statuses[str(created.status_code)] = statuses.get(str(created.status_code), 0) + 1
            if created.status_code != 201:
                failures.append(f"create {created.status_code}")
                return
            item_id = created.json()["id"]
            started = time.perf_counter()
            published = await client.post(f"/api/v1/knowledge-items/{item_id}/publish")
            latencies.append(time.perf_counter() - started)
            statuses[str(published.status_code)] = statuses.get(str(published.status_code), 0) + 1
            if published.status_code == 200:
                acked.append(item_id)
            else:
                failures.append(f"publish {published.status_code}")
        except httpx2.HTTPError as exc:
            failures.append(type(exc).__name__)

    async with httpx2.AsyncClient(base_url=base, headers=headers, timeout=30) as client:
        started = time.perf_counter()
        for n in range(int(rate * seconds)):
            due = started + n / rate
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            task = asyncio.create_task(one(client, n))
            pending.add(task)
            task.add_done_callback(pending.discard)
        if pending:
            await asyncio.gather(*pending)
        elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "writes": int(rate * seconds),
        "seconds": elapsed,
        "acked": acked,
        "failures": failures,
        "statuses": statuses,
        "requests": len(latencies),
        "p50_ms": 1000 * latencies[len(latencies) // 2] if latencies else None,
        "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] if latencies else None,
    }


def main() -> None:
    base, token, rate, seconds, tag, out = sys.argv[1:7]
    result = asyncio.run(write_loop(base, token, float(rate), float(seconds), tag))
    Path(out).write_bytes(orjson.dumps(result))


if __name__ == "__main__":
    main()

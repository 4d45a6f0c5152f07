"""wrk runs: request files for bench/cycle.lua, closed-loop runs, and interleaved A/B comparisons."""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import random
import statistics
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.infra import CLIENT_CPUS, REPO, pinned

SCRIPT = REPO / "bench" / "cycle.lua"
SEP = "\x1f"


@dataclass(frozen=True)
class Req:
    method: str
    path: str
    headers: tuple[tuple[str, str], ...] = ()
    body: str = ""

    def line(self) -> str:
        if "\t" in self.path + self.body or "\n" in self.path + self.body:
            raise ValueError("tabs and newlines cannot be sent through the request file")
        headers = SEP.join(f"{k}: {v}" for k, v in self.headers)
        return f"{self.method}\t{self.path}\t{headers}\t{self.body}"


@dataclass
class Target:
    """One side of a comparison: a server and the requests cycled through."""

    name: str
    base: str
    requests: list[Req]
    file: Path = field(init=False)

    def __post_init__(self) -> None:
        handle, name = tempfile.mkstemp(prefix="kb-bench-", suffix=".tsv")
        with os.fdopen(handle, "w") as out:
            out.write("\n".join(r.line() for r in self.requests) + "\n")
        self.file = Path(name)
        atexit.register(self._remove)

    def _remove(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.file.unlink()


def run(target: Target, *, concurrency: int, seconds: float, statuses: bool = False, background: bool = False) -> Any:
    """One closed-loop wrk run (one thread, ``concurrency`` connections) on the client CPU."""
    env = os.environ | {"BENCH_REQUESTS": str(target.file)}
    if statuses:
        env["BENCH_STATUSES"] = "1"
    command = pinned(
        ["wrk", "-t1", f"-c{concurrency}", f"-d{max(1, round(seconds))}s", "--timeout", "10s", "-s", str(SCRIPT),
         target.base],
        CLIENT_CPUS,
    )  # fmt: skip
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if background:
        return process
    return finish(process)


def finish(process: subprocess.Popen[str]) -> dict[str, Any]:
    out, err = process.communicate(timeout=7200)
    for line in out.splitlines():
        if line.startswith("BENCHJSON "):
            result: dict[str, Any] = json.loads(line.removeprefix("BENCHJSON "))
            result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
            result["socket_errors"] = sum(v for k, v in result["errors"].items() if k != "status")
            return result
    raise RuntimeError(f"wrk gave no result (exit {process.returncode}): {err.strip()[:500]}")


def summarise(runs: list[dict[str, Any]]) -> dict[str, Any]:
    rps = [r["rps"] for r in runs]
    p50 = [r["latency_us"]["p50"] / 1000 for r in runs]
    p99 = [r["latency_us"]["p99"] / 1000 for r in runs]
    statuses: dict[str, int] = {}
    for r in runs:
        for status, n in r.get("statuses", {}).items():
            statuses[status] = statuses.get(status, 0) + n
    return {
        "rps": statistics.median(rps),
        "rps_min": min(rps),
        "rps_max": max(rps),
        "p50_ms": statistics.median(p50),
        "p50_min": min(p50),
        "p50_max": max(p50),
        "p99_ms": statistics.median(p99),
        "p99_min": min(p99),
        "p99_max": max(p99),
        "requests": sum(r["requests"] for r in runs),
        "non_2xx_3xx": sum(r["errors"]["status"] for r in runs),
        "socket_errors": sum(r["socket_errors"] for r in runs),
        "statuses": statuses,
        "reps": len(runs),
    }


def compare(
    product: Target, baseline: Target, *, concurrency: int, reps: int, seconds: float, warmup_s: float
) -> dict[str, Any]:
    """Interleaved repetitions (product, baseline, product, baseline, ...) after a discarded warm-up of both."""
    for target in (product, baseline):
        run(target, concurrency=concurrency, seconds=warmup_s)
    runs: dict[str, list[dict[str, Any]]] = {"product": [], "baseline": []}
    for _ in range(reps):
        runs["product"].append(run(product, concurrency=concurrency, seconds=seconds, statuses=True))
        runs["baseline"].append(run(baseline, concurrency=concurrency, seconds=seconds, statuses=True))
    p, b = summarise(runs["product"]), summarise(runs["baseline"])
    per_rep = [a["rps"] / c["rps"] for a, c in zip(runs["product"], runs["baseline"], strict=True)]
    return {
        "product": p,
        "baseline": b,
        "ratio": p["rps"] / b["rps"],
        "ratio_min": min(per_rep),
        "ratio_max": max(per_rep),
    }


def shuffled(requests: list[Req], seed: int = 7) -> list[Req]:
    out = list(requests)
    random.Random(seed).shuffle(out)
    return out

"""Targets (issues 7 and 9) checked against a run's results, and the Markdown table for bench/README.md."""

from __future__ import annotations

from typing import Any

COMPARISONS = (
    # section, measure, baseline, target ratio per concurrency
    ("item", "REST GET /api/v1/knowledge-items/{slug}", "bare FastAPI + asyncpg by id", {8: 0.50, 32: 0.50}),
    ("item_uncached", "the same, response cache skipped (Cache-Control: no-cache)", "bare FastAPI + asyncpg by id",
     {8: 0.60, 32: 0.60}),
    ("item_editor", "the same with an editor's API key (never cached)", "bare FastAPI + asyncpg by id",
     {8: 0.60, 32: 0.60}),
    ("list", "REST list page (20 items, include=themes,organisations)", "bare FastAPI + asyncpg by id",
     {8: 0.35, 32: 0.35}),
    ("list_uncached", "the same, response cache skipped (Cache-Control: no-cache; totals remembered)",
     "bare FastAPI + asyncpg by id", {8: 0.45, 32: 0.45}),
    ("graphql", "GraphQL page query (same 20 items and relations)", "REST list page", {8: 0.70, 32: 0.70}),
    ("graphql_uncached", "the same, response cache skipped on both sides", "REST list page, cache skipped",
     {8: 0.70, 32: 0.70}),
    ("conditional", "conditional item GET answered 304 (If-None-Match)", "bare FastAPI fixed JSON",
     {8: 0.60, 32: 0.60}),
    ("search", "/api/v1/search (query mix)", "the same multi-search bodies straight to Meilisearch",
     {8: 0.75, 32: 0.65}),
)  # fmt: skip


def _side(s: dict[str, Any]) -> str:
    return (
        f"{s['rps']:.0f} req/s ({s['rps_min']:.0f}-{s['rps_max']:.0f}); "
        f"p50 {s['p50_ms']:.1f} ms ({s['p50_min']:.1f}-{s['p50_max']:.1f}); "
        f"p99 {s['p99_ms']:.1f} ms ({s['p99_min']:.1f}-{s['p99_max']:.1f})"
    )


def rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    sections = result["sections"]
    out: list[dict[str, Any]] = []

    def add(measure: str, value: str, baseline: str, ratio: str, target: str, met: bool) -> None:
        out.append(
            {"measure": measure, "result": value, "baseline": baseline, "ratio": ratio, "target": target, "met": met}
        )

    for key in sorted(k for k in sections if k.startswith("workers")):
        workers = key.removeprefix("workers")
        block = sections[key]
        for name, measure, baseline, targets in COMPARISONS:
            for c_key, r in block.get(name, {}).items():
                c = int(c_key.removeprefix("c"))
                target = targets[c]
                add(
                    f"{measure}, --workers {workers}, c={c}",
                    _side(r["product"]),
                    f"{baseline}: {_side(r['baseline'])}",
                    f"{r['ratio']:.2f}x ({r['ratio_min']:.2f}-{r['ratio_max']:.2f})",
                    f"≥ {target:.2f}x",
                    r["ratio"] >= target,
                )
        if "rss_mb_after_load" in block:
            rss = block["rss_mb_after_load"]
            add(
                f"RSS per API worker after the load, --workers {workers}",
                ", ".join(f"{m:.0f} MB" for m in rss),
                "",
                "",
                "< 250 MB",
                bool(rss) and max(rss) < 250,
            )
        if "export" in block:
            e = block["export"]
            add(
                "NDJSON export of all knowledge items (/api/v1/export/knowledge-items.ndjson), worker RSS",
                f"{e['lines']} records, {e['mb']:.0f} MB in {e['seconds']:.1f} s; RSS {e['rss_before_mb']:.0f} → "
                f"peak {e['rss_peak_mb']:.0f} MB",
                "",
                f"+{e['rss_growth_mb']:.0f} MB",
                "flat (< +64 MB while streaming)",
                e["flat"],
            )
    indexing = sections.get("indexing", {})
    if "raw" in indexing:
        raw, re = indexing["raw"], indexing["reindex"]
        ratio = re["docs_per_s"] / raw["docs_per_s"]
        add(
            f"full reindex ({re['documents']} documents)",
            f"{re['docs_per_s']:.0f} docs/s ({re['seconds']:.0f} s)",
            f"raw Meilisearch ingest of the same documents: {raw['docs_per_s']:.0f} docs/s ({raw['seconds']:.0f} s)",
            f"{ratio:.2f}x",
            "≥ 0.70x",
            ratio >= 0.70,
        )
    if "lag" in sections:
        lag = sections["lag"]
        p95 = lag["p95_ms"]
        add(
            f"sync lag (commit → searchable) at {result['meta'].get('write_rate', 20):g} writes/s",
            f"p50 {lag['p50_ms']:.0f} ms, p95 {p95:.0f} ms, max {lag['max_ms']:.0f} ms "
            f"({lag['seen']}/{lag['writes']} writes seen)"
            if p95 is not None
            else "no write became searchable",
            "",
            "",
            "p95 < 1 s",
            p95 is not None and p95 < 1000 and lag["never_seen"] == 0,
        )
    small, large = sections.get("growth_small"), sections.get("workers1", {}).get("growth")
    for point in (large, sections.get("growth_large")):
        if small and point:
            for name in ("item", "search"):
                ratio = point[name]["p50_ms"] / small[name]["p50_ms"]
                add(
                    f"growth: {'item GET' if name == 'item' else 'search'} p50 at {point['published_items']} vs "
                    f"{small['published_items']} published items (--workers 1, c=8)",
                    f"{point[name]['p50_ms']:.1f} ms",
                    f"{small[name]['p50_ms']:.1f} ms",
                    f"{ratio:.2f}x",
                    "≤ 1.5x (the issue's bound for 1M vs 10k)",
                    ratio <= 1.5,
                )
    rebuilt = (sections.get("growth_large") or {}).get("reindex")
    if rebuilt:
        add(
            f"`kennisbank reindex` code path at {sections['growth_large']['records']} records",
            f"{rebuilt['documents']} documents in {rebuilt['seconds']:.0f} s ({rebuilt['docs_per_s']:.0f} docs/s), "
            "progress logged per tenth of each phase (sent, indexed)",
            "",
            "",
            "completes",
            rebuilt["documents"] > 0,
        )
    load = sections.get("load", {}).get("load")
    if load:
        reads, cached, writes, check = load["reads"], load["cached"], load["writes"], load["write_check"]
        lat = reads["latency_us"]
        add(
            f"mixed load, --workers {load.get('workers', 2)}, {load['seconds']:.0f} s: "
            "reads c=32 + cached GETs c=4 + editor writes",
            f"{load['throughput_rps']:.0f} req/s in all; reads p50 {lat['p50'] / 1000:.1f}"
            f" / p95 {lat['p95'] / 1000:.1f} / p99 {lat['p99'] / 1000:.1f} ms; writes {writes['requests']} requests, "
            f"p50 {writes['p50_ms'] or 0:.1f} / p99 {writes['p99_ms'] or 0:.1f} ms",
            "",
            f"error rate {100 * load['error_rate']:.3f}%",
            "zero 5xx",
            load["five_xx"] == 0,
        )
        add(
            "mixed load: lost writes (acknowledged vs rows published and documents indexed after the outbox drained)",
            f"{check['acknowledged']} acknowledged; {check['rows_published']} rows published; "
            f"{check['indexed']} indexed; outbox drained in {check['drain_seconds']:.1f} s",
            "",
            f"lost rows {check['lost_rows']}, lost documents {check['lost_index_documents']}",
            "zero lost",
            check["acknowledged"] > 0 and check["lost_rows"] == 0 and check["lost_index_documents"] == 0,
        )
        add(
            "mixed load: cached item GET (304) p99 at that load",
            f"{cached['latency_us']['p99'] / 1000:.1f} ms (p50 {cached['latency_us']['p50'] / 1000:.1f} ms, "
            f"{cached['rps']:.0f} req/s)",
            "",
            "",
            "< 50 ms",
            cached["latency_us"]["p99"] < 50_000,
        )
        add(
            f"RSS per API worker after the mixed load, --workers {load.get('workers', 2)}",
            ", ".join(f"{m:.0f} MB" for m in load["rss_mb_after"]),
            "",
            "",
            "< 250 MB",
            bool(load["rss_mb_after"]) and max(load["rss_mb_after"]) < 250,
        )
    soak = sections.get("load", {}).get("soak")
    if soak:
        first, last = soak["samples"][0], soak["samples"][-1]
        add(
            f"soak {soak['minutes']:g} min, --workers 2 (read mix c=8 + 2 writes/s): RSS per worker",
            " → ".join("/".join(f"{m:.0f}" for m in s["rss_mb"]) for s in (first, last))
            + f" MB (growth after minute 1: {', '.join(f'{g:+.0f}' for g in soak['rss_growth_mb'])} MB)",
            "",
            "",
            "flat",
            soak["rss_flat"],
        )
        add(
            "soak: open PostgreSQL connections (client backends)",
            " ".join(str(s["pg_connections"]) for s in soak["samples"]),
            "",
            f"{soak['five_xx']} 5xx; lost rows {soak['write_check']['lost_rows']}, "
            f"lost documents {soak['write_check']['lost_index_documents']}",
            "no growth",
            soak["connections_flat"],
        )
    return out


def table(result: dict[str, Any]) -> str:
    meta = result["meta"]
    lines = [
        f"Date {meta['date']}; machine: {meta['machine']}; {meta['records']} synthetic records "
        f"(seeded: {meta.get('seeded')}); command: `{meta['command']}`; took {meta.get('seconds', 0) / 60:.0f} min.",
        f"Pinning: {meta['pinning']}." + (f" SQL after seeding: {'; '.join(meta['sql'])}." if meta.get("sql") else ""),
        "",
        "| measure | result | baseline (same run) | ratio (min-max over reps) | target | |",
        "|---|---|---|---|---|---|",
    ]
    for r in result["rows"]:
        lines.append(
            f"| {r['measure']} | {r['result']} | {r['baseline']} | {r['ratio']} | {r['target']} | "
            f"{'met' if r['met'] else '**missed**'} |"
        )
    return "\n".join(lines)

"""``GET /metrics``: the Prometheus exposition of the HTTP metrics (app/web/observe.py) and the search outbox.

With several worker processes, set ``PROMETHEUS_MULTIPROC_DIR`` to an empty directory shared by the
workers; a scrape of any worker then reports all of them (prometheus-client's multiprocess mode).
"""

from __future__ import annotations

import os
from typing import Any

from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector

from app.search.outbox import OutboxLag, outbox_lag


class _OutboxCollector:
    """The search outbox as read on this scrape (the database is the source of truth, not the worker)."""

    def __init__(self, lag: OutboxLag) -> None:
        self.lag = lag

    def collect(self) -> Any:
        yield GaugeMetricFamily("kennisbank_search_outbox_pending", "Outbox rows waiting to sync", self.lag.pending)
        yield GaugeMetricFamily("kennisbank_search_outbox_dead", "Outbox rows dead-lettered", self.lag.dead)
        yield GaugeMetricFamily(
            "kennisbank_search_sync_lag_seconds",
            "Age of the oldest pending outbox row (0 when none is pending)",
            self.lag.oldest_pending_age_s or 0.0,
        )


router = APIRouter()


@router.get("/metrics", include_in_schema=False)
async def metrics(request: Request) -> Response:
    """Prometheus exposition: this process's (or all workers') counters, and the outbox read now."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        MultiProcessCollector(registry)  # type: ignore[no-untyped-call]  # prometheus_client leaves it unannotated
        body = generate_latest(registry)
    else:
        from prometheus_client import REGISTRY

        body = generate_latest(REGISTRY)
    async with request.app.state.sessionmaker() as session:
        lag = await outbox_lag(session=session)
    outbox = CollectorRegistry(auto_describe=False)
    outbox.register(_OutboxCollector(lag))
    return Response(body + generate_latest(outbox), media_type=CONTENT_TYPE_LATEST)

"""The webhook worker: sends queued deliveries, signs them, logs every attempt and retries with backoff.

One pass:
1. claim due pending deliveries of active subscriptions with ``FOR UPDATE SKIP LOCKED`` and push their
   ``next_attempt_at`` ahead by a lease, in a short transaction (so no lock is held while sending, and a
   worker that dies mid-send only delays its rows until the lease ends: delivery is at least once);
2. send them concurrently, outside any transaction: each hop's host is resolved and checked against the
   address policy, and the connection goes to the checked address (no second lookup to rebind); redirects
   are followed by hand, up to ``MAX_REDIRECTS``, each target checked the same way;
3. in one transaction, log each attempt and settle its delivery: delivered on a 2xx, else retried after
   an exponential backoff with jitter, and failed once the next try would fall outside the retry window.

Times are compared with ``clock_timestamp()``: ``now()`` is the start of the transaction, which for a
caller's long transaction (tests, a CLI drain) is not the moment the comparison is made.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import logging
import random
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from ipaddress import IPv6Address
from typing import Any
from urllib.parse import urljoin

import httpx
import orjson
from sqlalchemy import func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from app.models.base import utcnow
from app.models.webhook import DeliveryStatus, WebhookAttempt, WebhookDelivery, WebhookSubscription
from app.services.webhooks import Target, TargetPolicy, TargetRefused, check_target
from app.settings import Settings

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "Kennisbank-Signature"
EVENT_HEADER = "Kennisbank-Event"
DELIVERY_HEADER = "Kennisbank-Delivery"
USER_AGENT = "Kennisbank-Webhooks/1.0"
MAX_REDIRECTS = 3
MAX_ERROR_LENGTH = 1_000
REDIRECTS = {301, 302, 303, 307, 308}


@dataclass(frozen=True)
class WebhookConfig:
    policy: TargetPolicy
    timeout_s: float = 10.0
    retry_base_s: float = 30.0
    retry_max_s: float = 3_600.0
    retry_window_s: float = 86_400.0
    poll_s: float = 1.0
    batch_size: int = 20

    @classmethod
    def from_settings(cls, settings: Settings) -> WebhookConfig:
        return cls(
            policy=TargetPolicy.from_settings(settings),
            timeout_s=settings.webhook_timeout_s,
            retry_base_s=settings.webhook_retry_base_s,
            retry_max_s=settings.webhook_retry_max_s,
            retry_window_s=settings.webhook_retry_window_s,
            poll_s=settings.webhook_poll_s,
        )

    @property
    def lease_s(self) -> float:
        return self.timeout_s * (MAX_REDIRECTS + 1) + 30.0


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """The ``Kennisbank-Signature`` value: ``t=<unix time>,v1=<hex HMAC-SHA256(secret, "<t>." + body)>``."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


def backoff_s(attempts: int, config: WebhookConfig) -> float:
    """Delay after ``attempts`` failures: doubling from retry_base_s up to retry_max_s, the upper half jittered."""
    factor: int = 2 ** max(attempts - 1, 0)  # typeshed types ``int ** int`` as Any (a negative power is a float)
    delay = min(config.retry_max_s, config.retry_base_s * factor)
    return delay / 2 + random.uniform(0, delay / 2)


@dataclass(frozen=True)
class Claimed:
    id: int
    event: str
    payload: dict[str, Any]
    attempts: int
    created_at: datetime
    url: str
    secret: str


@dataclass(frozen=True)
class Outcome:
    attempted_at: datetime
    url: str
    status_code: int | None
    duration_ms: int
    error: str | None

    @property
    def delivered(self) -> bool:
        return self.error is None and self.status_code is not None and 200 <= self.status_code < 300


def _pinned_url(target: Target) -> str:
    """The target URL with its host replaced by the checked address it resolved to."""
    address = target.addresses[0]
    host = f"[{address}]" if isinstance(address, IPv6Address) else str(address)
    return target.parts._replace(netloc=f"{host}:{target.port}").geturl()


class WebhookWorker:
    """Sends due deliveries; any number may run at once (processes or tasks), they share the work."""

    def __init__(self, *, sessionmaker: async_sessionmaker[AsyncSession], config: WebhookConfig) -> None:
        self.sessionmaker = sessionmaker
        self.config = config

    async def _claim(self) -> list[Claimed]:
        async with self.sessionmaker() as session, session.begin():
            rows = (
                await session.execute(
                    select(WebhookDelivery, col(WebhookSubscription.url), col(WebhookSubscription.secret))
                    .join(WebhookSubscription, col(WebhookSubscription.id) == WebhookDelivery.subscription_id)
                    .where(
                        col(WebhookDelivery.status) == DeliveryStatus.pending,
                        col(WebhookDelivery.next_attempt_at) <= func.clock_timestamp(),
                        col(WebhookSubscription.active),
                    )
                    .order_by(col(WebhookDelivery.next_attempt_at), col(WebhookDelivery.id))
                    .limit(self.config.batch_size)
                    .with_for_update(of=WebhookDelivery, skip_locked=True)
                )
            ).all()
            if not rows:
                return []
            ids = [delivery.id for delivery, _, _ in rows]
            await session.execute(
                update(WebhookDelivery)
                .where(col(WebhookDelivery.id).in_(ids))
                .values(next_attempt_at=func.clock_timestamp() + timedelta(seconds=self.config.lease_s))
            )
            return [
                Claimed(
                    id=d.id,
                    event=d.event,
                    payload=d.payload,
                    attempts=d.attempts,
                    created_at=d.created_at,
                    url=url,
                    secret=secret,
                )
                for d, url, secret in rows
                if d.id is not None
            ]

    async def send(self, client: httpx.AsyncClient, delivery: Claimed) -> Outcome:
        """POST one delivery, following redirects by hand with every target checked; never raises."""
        body = orjson.dumps(delivery.payload)
        timestamp = int(time.time())
        headers = {
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            SIGNATURE_HEADER: sign(delivery.secret, timestamp, body),
            EVENT_HEADER: delivery.event,
            DELIVERY_HEADER: str(delivery.id),
        }
        url = delivery.url
        status_code: int | None = None
        attempted_at, started = utcnow(), time.monotonic()

        def outcome(error: str | None) -> Outcome:
            duration_ms = round((time.monotonic() - started) * 1000)
            return Outcome(
                attempted_at=attempted_at, url=url, status_code=status_code, duration_ms=duration_ms, error=error
            )

        try:
            async with asyncio.timeout(self.config.timeout_s):
                for hop in range(MAX_REDIRECTS + 1):
                    target = await check_target(url, self.config.policy)
                    request = client.build_request(
                        "POST",
                        _pinned_url(target),
                        content=body,
                        headers=headers | {"Host": target.parts.netloc},
                        extensions={"sni_hostname": target.host} if target.parts.scheme == "https" else {},
                    )
                    response = await client.send(request, stream=True)
                    await response.aclose()  # the answer's body is not ours to read
                    status_code = response.status_code
                    location = response.headers.get("location")
                    if status_code not in REDIRECTS or not location:
                        break
                    if hop == MAX_REDIRECTS:
                        return outcome(f"more than {MAX_REDIRECTS} redirects")
                    url = urljoin(url, location)
        except TargetRefused as exc:
            return outcome(f"refused: {exc}" + (" (redirect target)" if url != delivery.url else ""))
        except TimeoutError:
            return outcome(f"timed out after {self.config.timeout_s:g} s")
        except httpx.HTTPError as exc:
            return outcome(f"{type(exc).__name__}: {exc}"[:MAX_ERROR_LENGTH] or type(exc).__name__)
        if status_code is not None and not 200 <= status_code < 300:
            return outcome(f"HTTP {status_code}")
        return outcome(None)

    async def _settle(self, results: list[tuple[Claimed, Outcome]]) -> None:
        async with self.sessionmaker() as session, session.begin():
            await session.execute(
                insert(WebhookAttempt),
                [
                    {
                        "delivery_id": d.id,
                        "attempted_at": o.attempted_at,
                        "url": o.url,
                        "status_code": o.status_code,
                        "duration_ms": o.duration_ms,
                        "error": o.error[:MAX_ERROR_LENGTH] if o.error else None,
                    }
                    for d, o in results
                ],
            )
            now = await session.scalar(select(func.clock_timestamp()))
            assert now is not None
            for delivery, result in results:
                attempts = delivery.attempts + 1
                values: dict[str, Any] = {"attempts": attempts}
                if result.delivered:
                    values |= {"status": DeliveryStatus.delivered, "delivered_at": now}
                else:
                    delay = backoff_s(attempts, self.config)
                    deadline = delivery.created_at + timedelta(seconds=self.config.retry_window_s)
                    if now + timedelta(seconds=delay) > deadline:
                        values["status"] = DeliveryStatus.failed
                        log.warning("webhook delivery %d failed for good: %s", delivery.id, result.error)
                    else:
                        values["next_attempt_at"] = now + timedelta(seconds=delay)
                await session.execute(
                    update(WebhookDelivery)
                    .where(
                        col(WebhookDelivery.id) == delivery.id, col(WebhookDelivery.status) == DeliveryStatus.pending
                    )
                    .values(**values)
                )

    async def run_batch(self) -> int:
        """Claim, send and settle one batch of due deliveries; return how many were attempted."""
        claimed = await self._claim()
        if not claimed:
            return 0
        # No connection reuse: connections go to checked addresses, and one made (and TLS-verified) for one
        # host name must not carry another's request that happens to resolve to the same address.
        async with httpx.AsyncClient(
            follow_redirects=False,
            trust_env=False,
            timeout=self.config.timeout_s,
            limits=httpx.Limits(max_keepalive_connections=0),
        ) as client:
            outcomes = await asyncio.gather(*(self.send(client, d) for d in claimed))
        await self._settle(list(zip(claimed, outcomes, strict=True)))
        return len(claimed)

    async def drain(self, *, timeout_s: float = 60.0) -> int:
        """Attempt until nothing is due (tests and `sync-worker --once`); return the attempts made."""
        attempted = 0
        async with asyncio.timeout(timeout_s):
            while (done := await self.run_batch()) > 0:
                attempted += done
        return attempted

    async def run(self, stop: asyncio.Event) -> None:
        """Send forever (until ``stop`` is set), polling every ``poll_s`` while idle."""
        while not stop.is_set():
            pause = self.config.poll_s
            try:
                if await self.run_batch():
                    pause = 0
            except Exception:
                log.exception("webhook delivery batch failed")
            if pause:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), timeout=pause)

"""Webhooks: subscriptions (admins), the events a write queues for them, the delivery log and redelivery.

Events are queued by ``record_change`` in the writing transaction (one ``webhook_delivery`` row per
matching subscription), so a rolled-back write sends nothing and a committed one is never lost. The
worker in ``webhook_worker.py`` sends them. Only changes to public records become events: a draft's
edits are nobody's business, and ``content.unpublished``/``content.deleted`` carry only id, type and slug.

Receivers must be reachable over http(s) on a public address: a URL whose host resolves to a private,
loopback, link-local, multicast or reserved address is refused here and again before every attempt
(DNS may change in between), unless ``KENNISBANK_WEBHOOK_ALLOW_PRIVATE`` (or an allowed network) says so.
"""

from __future__ import annotations

import asyncio
import secrets
import socket
import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_address
from typing import Any
from urllib.parse import SplitResult, urlsplit

from sqlalchemy import ARRAY, String, cast, delete, func, insert, literal, select
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.errors import NotFoundError, ValidationFailedError
from app.models.base import utcnow
from app.models.change import ChangeOp, EntityType
from app.models.webhook import (
    EventSelector,
    WebhookAttempt,
    WebhookCreate,
    WebhookDelivery,
    WebhookEvent,
    WebhookSubscription,
    WebhookUpdate,
)
from app.services.auth import Principal, require_admin
from app.settings import Settings

SECRET_PREFIX = "whsec_"
RESOLVE_TIMEOUT_S = 5.0
DELIVERY_PAGE_MAX = 100
IPAddress = IPv4Address | IPv6Address
NAT64 = IPv6Network("64:ff9b::/96")

# Where a record lives in the REST API, for the ``path`` an event carries.
API_PATHS = {
    EntityType.knowledge_item: "/api/v1/knowledge-items",
    EntityType.position_paper: "/api/v1/position-papers",
    EntityType.organisation: "/api/v1/organisations",
}
CONTENT_EVENTS = {
    ChangeOp.created: WebhookEvent.content_published,  # only ever public when created through an import
    ChangeOp.updated: WebhookEvent.content_updated,
    ChangeOp.published: WebhookEvent.content_published,
    ChangeOp.unpublished: WebhookEvent.content_unpublished,
    ChangeOp.deleted: WebhookEvent.content_deleted,
}
ORGANISATION_EVENTS = {
    ChangeOp.created: WebhookEvent.organisation_created,
    ChangeOp.updated: WebhookEvent.organisation_updated,
    ChangeOp.deleted: WebhookEvent.organisation_deleted,
}
# Events about a record that is gone from public view say no more than which record it was.
MINIMAL_EVENTS = {WebhookEvent.content_unpublished, WebhookEvent.content_deleted, WebhookEvent.organisation_deleted}


# --- Target URLs ----------------------------------------------------------------------------------------


class TargetRefused(Exception):
    """A webhook URL we will not send to; the message says why (it is shown to the admin)."""


@dataclass(frozen=True)
class TargetPolicy:
    """Which addresses webhooks may reach."""

    allow_private: bool = False
    allowed_networks: tuple[IPv4Network | IPv6Network, ...] = ()

    @classmethod
    def from_settings(cls, settings: Settings) -> TargetPolicy:
        return cls(
            allow_private=settings.webhook_allow_private,
            allowed_networks=tuple(settings.webhook_allowed_network_list),
        )

    def allows(self, address: IPAddress) -> bool:
        if isinstance(address, IPv6Address):
            # An IPv6 address that carries an IPv4 one (mapped, 6to4, NAT64) is judged by the IPv4 address.
            embedded = address.ipv4_mapped or address.sixtofour
            if embedded is None and address in NAT64:
                embedded = IPv4Address(int(address) & 0xFFFFFFFF)
            if embedded is not None:
                address = embedded
        if address.is_unspecified or address.is_multicast:
            return False
        if self.allow_private or any(address in network for network in self.allowed_networks):
            return True
        return address.is_global and not (
            address.is_private or address.is_loopback or address.is_link_local or address.is_reserved
        )


ALLOW_ALL_PRIVATE = TargetPolicy(allow_private=True)


@dataclass(frozen=True)
class Target:
    """A checked URL and the addresses its host resolved to (the worker connects to these, not to a new lookup)."""

    url: str
    parts: SplitResult
    host: str
    port: int
    addresses: tuple[IPAddress, ...]


def parse_url(url: str) -> tuple[SplitResult, str, int]:
    """The URL's parts, host and port, or TargetRefused when it is not an absolute http(s) URL."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise TargetRefused(f"not a valid URL: {exc}") from None
    if parts.scheme not in ("http", "https"):
        raise TargetRefused("the URL must start with http:// or https://")
    host = parts.hostname
    if not host:
        raise TargetRefused("the URL must name a host")
    if parts.username is not None or parts.password is not None:
        raise TargetRefused("the URL must not carry credentials; verify requests with the signature instead")
    if any(c.isspace() or ord(c) < 32 for c in url):
        raise TargetRefused("the URL must not contain spaces or control characters")
    return parts, host, port or (443 if parts.scheme == "https" else 80)


async def resolve(host: str, port: int) -> tuple[IPAddress, ...]:
    """The host's addresses: an IP literal as it is, a name through the system resolver."""
    try:
        return (ip_address(host),)
    except ValueError:
        pass
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(RESOLVE_TIMEOUT_S):
            infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, TimeoutError, UnicodeError) as exc:
        raise TargetRefused(f"the host {host!r} does not resolve ({type(exc).__name__})") from None
    addresses = tuple(dict.fromkeys(ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos))
    if not addresses:
        raise TargetRefused(f"the host {host!r} does not resolve")
    return addresses


async def check_target(url: str, policy: TargetPolicy) -> Target:
    """Parse and resolve ``url`` and refuse it when any address it resolves to is not allowed."""
    parts, host, port = parse_url(url)
    addresses = await resolve(host, port)
    refused = [a for a in addresses if not policy.allows(a)]
    if refused:
        raise TargetRefused(_refusal(host, refused))
    return Target(url=url, parts=parts, host=host, port=port, addresses=addresses)


def _refusal(host: str, refused: Sequence[IPAddress]) -> str:
    """Why ``host`` is refused, by the kind of address only: the addresses a name resolved to would map
    internal DNS for whoever may try URLs (the host itself is what they sent)."""
    if any(not ALLOW_ALL_PRIVATE.allows(address) for address in refused):
        return (
            f"{host} resolves to a multicast or unspecified address, which webhooks never go to; unlike a "
            "private, loopback, link-local or reserved address, no setting allows it"
        )
    return (
        f"{host} resolves to a private, loopback, link-local or reserved address; webhooks only go to public "
        "addresses unless KENNISBANK_WEBHOOK_ALLOW_PRIVATE=true, or KENNISBANK_WEBHOOK_ALLOWED_NETWORKS lists "
        "the receiver's network (comma-separated CIDRs)"
    )


async def _checked_url(url: str, policy: TargetPolicy) -> str:
    try:
        await check_target(url, policy)
    except TargetRefused as exc:
        raise ValidationFailedError(str(exc), field="url") from None
    return url


# --- Subscriptions --------------------------------------------------------------------------------------


def _events(selected: Sequence[EventSelector]) -> list[str]:
    return list(dict.fromkeys(str(e) for e in selected))


async def create_webhook(
    *, session: AsyncSession, actor: Principal, data: WebhookCreate, policy: TargetPolicy
) -> WebhookSubscription:
    """Subscribe a URL to events (admins); the secret is generated unless given, and shown once by the caller."""
    require_admin(actor)
    url = await _checked_url(data.url, policy)
    webhook = WebhookSubscription(
        url=url,
        events=_events(data.events),
        secret=data.secret or SECRET_PREFIX + secrets.token_urlsafe(32),
        description=data.description,
        active=data.active,
    )
    session.add(webhook)
    await session.flush()
    return webhook


async def list_webhooks(*, session: AsyncSession, actor: Principal) -> list[WebhookSubscription]:
    """Every subscription, newest first (admins)."""
    require_admin(actor)
    return list((await session.scalars(select(WebhookSubscription).order_by(col(WebhookSubscription.id).desc()))).all())


async def get_webhook(*, session: AsyncSession, actor: Principal, webhook_id: int) -> WebhookSubscription:
    """One subscription (admins)."""
    require_admin(actor)
    webhook = await session.get(WebhookSubscription, webhook_id)
    if webhook is None:
        raise NotFoundError(f"no webhook with id {webhook_id}")
    return webhook


async def update_webhook(
    *, session: AsyncSession, actor: Principal, webhook_id: int, data: WebhookUpdate, policy: TargetPolicy
) -> WebhookSubscription:
    """Change a subscription's URL, events, secret, description or state (admins)."""
    webhook = await get_webhook(session=session, actor=actor, webhook_id=webhook_id)
    changes = data.model_dump(exclude_unset=True)
    for name in ("url", "events", "secret", "active"):
        if name in changes and changes[name] is None:
            raise ValidationFailedError(f"{name} cannot be null", field=name)
    if "url" in changes:
        webhook.url = await _checked_url(changes["url"], policy)
    if "events" in changes:
        webhook.events = _events(data.events or [])
    if "secret" in changes:
        webhook.secret = changes["secret"]
    if changes.get("description") is not None:
        webhook.description = changes["description"]
    if "active" in changes:
        webhook.active = changes["active"]
    webhook.updated_at = utcnow()
    await session.flush()
    return webhook


async def delete_webhook(*, session: AsyncSession, actor: Principal, webhook_id: int) -> None:
    """Remove a subscription with its pending deliveries and log (admins)."""
    webhook = await get_webhook(session=session, actor=actor, webhook_id=webhook_id)
    await session.execute(delete(WebhookSubscription).where(col(WebhookSubscription.id) == webhook.id))


# --- Events ---------------------------------------------------------------------------------------------


def event_for(entity_type: EntityType, op: ChangeOp, public: bool) -> WebhookEvent | None:
    """The webhook event a change makes, if any: only changes to public records are announced."""
    if not public:
        return None
    if entity_type in (EntityType.knowledge_item, EntityType.position_paper):
        return CONTENT_EVENTS.get(op)
    if entity_type == EntityType.organisation:
        return ORGANISATION_EVENTS.get(op)
    return None


async def enqueue_event(
    *,
    session: AsyncSession,
    entity_type: EntityType,
    entity_id: int,
    op: ChangeOp,
    slug: str,
    public: bool,
    version: int | None,
    details: Mapping[str, Any] | None = None,
) -> None:
    """Queue the change's event for every active subscription to it, in the caller's transaction."""
    event = event_for(entity_type, op, public)
    if event is None:
        return
    data: dict[str, Any] = {"id": entity_id, "type": str(entity_type), "slug": slug}
    if event not in MINIMAL_EVENTS:
        data |= {"version": version, "path": f"{API_PATHS[entity_type]}/{entity_id}", **(details or {})}
    event_id = uuid.uuid4()
    payload = {"id": str(event_id), "type": str(event), "occurred_at": utcnow().isoformat(), "data": data}
    family = str(event).split(".", 1)[0] + ".*"
    subscribers = select(
        col(WebhookSubscription.id),
        literal(str(event)),
        literal(event_id),
        literal(payload, JSONB),
    ).where(
        col(WebhookSubscription.active),
        # ``overlap`` comes from the PostgreSQL ARRAY comparator, which the ``list[str]`` annotation can't show.
        WebhookSubscription.events.overlap(cast([str(event), family], ARRAY(String))),  # type: ignore[attr-defined]
    )
    await session.execute(
        insert(WebhookDelivery).from_select(
            ["subscription_id", "event", "event_id", "payload"], subscribers, include_defaults=False
        )
    )


# --- Delivery log ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeliveryPage:
    deliveries: list[WebhookDelivery]
    attempts: dict[int, list[WebhookAttempt]]
    total: int
    next_before: int | None


async def list_deliveries(
    *,
    session: AsyncSession,
    actor: Principal,
    webhook_id: int,
    limit: int = 50,
    before: int | None = None,
) -> DeliveryPage:
    """A subscription's deliveries, newest first, each with every attempt made (admins)."""
    webhook = await get_webhook(session=session, actor=actor, webhook_id=webhook_id)
    limit = max(1, min(limit, DELIVERY_PAGE_MAX))
    query = select(WebhookDelivery).where(col(WebhookDelivery.subscription_id) == webhook.id)
    total = await session.scalar(select(func.count()).select_from(query.subquery())) or 0
    if before is not None:
        query = query.where(col(WebhookDelivery.id) < before)
    rows = list((await session.scalars(query.order_by(col(WebhookDelivery.id).desc()).limit(limit + 1))).all())
    more = len(rows) > limit
    rows = rows[:limit]
    attempts: dict[int, list[WebhookAttempt]] = defaultdict(list)
    if rows:
        found = await session.scalars(
            select(WebhookAttempt)
            .where(col(WebhookAttempt.delivery_id).in_([r.id for r in rows]))
            .order_by(col(WebhookAttempt.id))
        )
        for attempt in found:
            attempts[attempt.delivery_id].append(attempt)
    next_before = rows[-1].id if more and rows else None
    return DeliveryPage(deliveries=rows, attempts=dict(attempts), total=total, next_before=next_before)


async def redeliver(*, session: AsyncSession, actor: Principal, webhook_id: int, delivery_id: int) -> WebhookDelivery:
    """Queue a delivery's event again for its subscription, as a new delivery (admins); the log keeps both."""
    webhook = await get_webhook(session=session, actor=actor, webhook_id=webhook_id)
    original = await session.get(WebhookDelivery, delivery_id)
    if original is None or original.subscription_id != webhook.id:
        raise NotFoundError(f"webhook {webhook_id} has no delivery with id {delivery_id}")
    again = WebhookDelivery(
        subscription_id=original.subscription_id,
        event=original.event,
        event_id=original.event_id,
        payload=original.payload,
        redelivery_of=original.id,
    )
    session.add(again)
    await session.flush()
    await session.refresh(again)
    return again

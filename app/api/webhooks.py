"""REST: /api/v1/webhooks (admins subscribe receivers to events, read the delivery log, redeliver)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response
from pydantic import BaseModel, Field

from app.api.params import StrictQuery
from app.api.schemas import ListMeta, problem_responses
from app.models.webhook import (
    DeliveryStatus,
    EventSelector,
    WebhookAttempt,
    WebhookCreate,
    WebhookDelivery,
    WebhookSubscription,
    WebhookUpdate,
)
from app.services import webhooks as service
from app.services.webhooks import DELIVERY_PAGE_MAX, TargetPolicy
from app.web.deps import CurrentPrincipal, SessionDep
from app.web.responses import no_store, whole_list

router = APIRouter(prefix="/webhooks", tags=["webhooks"], dependencies=[StrictQuery])
ERRORS = problem_responses(400, 401, 403, 404, 413, 422)
WebhookId = Annotated[int, Path(ge=1, le=2_000_000_000, description="The subscription's id.")]
DeliveryId = Annotated[int, Path(ge=1, le=2**62, description="The delivery's id.")]
CURSOR_SCOPE = "webhook-deliveries"


class WebhookOut(BaseModel):
    id: int
    url: str
    events: list[EventSelector]
    description: str
    active: bool
    created_at: datetime
    updated_at: datetime | None


class WebhookCreated(WebhookOut):
    secret: str = Field(description="Signs every delivery (Kennisbank-Signature). Shown only now.")


class WebhookList(BaseModel):
    data: list[WebhookOut]
    meta: ListMeta


class AttemptOut(BaseModel):
    attempted_at: datetime
    url: str = Field(description="The URL last tried (a redirect target, when the receiver redirected).")
    status_code: int | None = Field(description="The receiver's HTTP status; null when there was no answer.")
    duration_ms: int
    error: str | None = Field(description="Why the attempt failed; null when it was delivered.")


class DeliveryOut(BaseModel):
    id: int = Field(description="Sent as the Kennisbank-Delivery header.")
    event: str
    event_id: str = Field(description="The event's id (the body's `id`): the same in every redelivery.")
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime | None = Field(description="When a pending delivery is tried next.")
    created_at: datetime
    delivered_at: datetime | None
    redelivery_of: int | None
    payload: dict[str, Any] = Field(description="The JSON body sent.")
    attempt_log: list[AttemptOut]


class DeliveryList(BaseModel):
    data: list[DeliveryOut]
    meta: ListMeta


def webhook_doc(webhook: WebhookSubscription) -> dict[str, Any]:
    return {
        "id": webhook.id,
        "url": webhook.url,
        "events": webhook.events,
        "description": webhook.description,
        "active": webhook.active,
        "created_at": webhook.created_at.isoformat(),
        "updated_at": webhook.updated_at.isoformat() if webhook.updated_at else None,
    }


def attempt_doc(attempt: WebhookAttempt) -> dict[str, Any]:
    return {
        "attempted_at": attempt.attempted_at.isoformat(),
        "url": attempt.url,
        "status_code": attempt.status_code,
        "duration_ms": attempt.duration_ms,
        "error": attempt.error,
    }


def delivery_doc(delivery: WebhookDelivery, attempts: list[WebhookAttempt]) -> dict[str, Any]:
    pending = delivery.status == DeliveryStatus.pending
    return {
        "id": delivery.id,
        "event": delivery.event,
        "event_id": str(delivery.event_id),
        "status": delivery.status,
        "attempts": delivery.attempts,
        "next_attempt_at": delivery.next_attempt_at.isoformat() if pending else None,
        "created_at": delivery.created_at.isoformat(),
        "delivered_at": delivery.delivered_at.isoformat() if delivery.delivered_at else None,
        "redelivery_of": delivery.redelivery_of,
        "payload": delivery.payload,
        "attempt_log": [attempt_doc(a) for a in attempts],
    }


def _policy(request: Request) -> TargetPolicy:
    return TargetPolicy.from_settings(request.app.state.settings)


@router.get(
    "",
    operation_id="listWebhooks",
    summary="List webhook subscriptions (never their secrets)",
    response_model=WebhookList,
    responses=ERRORS,
)
async def list_webhooks(session: SessionDep, principal: CurrentPrincipal) -> Response:
    hooks = [webhook_doc(w) for w in await service.list_webhooks(session=session, actor=principal)]
    return no_store(whole_list(hooks))


@router.post(
    "",
    operation_id="createWebhook",
    summary="Subscribe a URL to events; the signing secret is shown once",
    description="Events: content.published, content.updated, content.unpublished, content.deleted, "
    "organisation.created, organisation.updated, organisation.deleted, or content.* / organisation.*. "
    "The URL must be http(s) and resolve to a public address. See docs/webhooks.md for the signature.",
    status_code=201,
    response_model=WebhookCreated,
    responses=ERRORS,
)
async def create_webhook(
    request: Request, session: SessionDep, principal: CurrentPrincipal, data: WebhookCreate
) -> Response:
    webhook = await service.create_webhook(session=session, actor=principal, data=data, policy=_policy(request))
    return no_store(
        webhook_doc(webhook) | {"secret": webhook.secret},
        status_code=201,
        headers={"Location": f"/api/v1/webhooks/{webhook.id}"},
    )


@router.get(
    "/{webhook_id}",
    operation_id="getWebhook",
    summary="Get a webhook subscription",
    response_model=WebhookOut,
    responses=ERRORS,
)
async def get_webhook(session: SessionDep, principal: CurrentPrincipal, webhook_id: WebhookId) -> Response:
    return no_store(webhook_doc(await service.get_webhook(session=session, actor=principal, webhook_id=webhook_id)))


@router.patch(
    "/{webhook_id}",
    operation_id="updateWebhook",
    summary="Change a webhook's URL, events, secret, description or active state",
    response_model=WebhookOut,
    responses=ERRORS,
)
async def update_webhook(
    request: Request, session: SessionDep, principal: CurrentPrincipal, webhook_id: WebhookId, data: WebhookUpdate
) -> Response:
    webhook = await service.update_webhook(
        session=session, actor=principal, webhook_id=webhook_id, data=data, policy=_policy(request)
    )
    return no_store(webhook_doc(webhook))


@router.delete(
    "/{webhook_id}",
    operation_id="deleteWebhook",
    summary="Delete a webhook subscription with its pending deliveries and log",
    status_code=204,
    response_class=Response,
    responses=ERRORS,
)
async def delete_webhook(session: SessionDep, principal: CurrentPrincipal, webhook_id: WebhookId) -> Response:
    await service.delete_webhook(session=session, actor=principal, webhook_id=webhook_id)
    return Response(status_code=204)


@router.get(
    "/{webhook_id}/deliveries",
    operation_id="listWebhookDeliveries",
    summary="The delivery log of a webhook: deliveries newest first, each with every attempt",
    response_model=DeliveryList,
    responses=ERRORS,
)
async def list_deliveries(
    request: Request,
    session: SessionDep,
    principal: CurrentPrincipal,
    webhook_id: WebhookId,
    limit: Annotated[int, Query(ge=1, le=DELIVERY_PAGE_MAX)] = 50,
    cursor: Annotated[str | None, Query(max_length=200, description="`meta.next_cursor` of the last page.")] = None,
) -> Response:
    await service.get_webhook(session=session, actor=principal, webhook_id=webhook_id)  # 401/403/404 first
    cursors = request.app.state.cursors
    scope = f"{CURSOR_SCOPE}:{webhook_id}"
    before = cursors.decode(cursor, scope=scope, types=[int])[0] if cursor else None
    page = await service.list_deliveries(
        session=session, actor=principal, webhook_id=webhook_id, limit=limit, before=before
    )
    data = [delivery_doc(d, page.attempts.get(d.id or 0, [])) for d in page.deliveries]
    next_cursor = cursors.encode([page.next_before], scope=scope) if page.next_before is not None else None
    return no_store({"data": data, "meta": {"next_cursor": next_cursor, "total": page.total, "limit": limit}})


@router.post(
    "/{webhook_id}/deliveries/{delivery_id}/redeliver",
    operation_id="redeliverWebhookDelivery",
    summary="Send a delivery's event again, as a new delivery queued now",
    status_code=202,
    response_model=DeliveryOut,
    responses=ERRORS,
)
async def redeliver(
    session: SessionDep, principal: CurrentPrincipal, webhook_id: WebhookId, delivery_id: DeliveryId
) -> Response:
    again = await service.redeliver(session=session, actor=principal, webhook_id=webhook_id, delivery_id=delivery_id)
    return no_store(delivery_doc(again, []), status_code=202)

"""Publishing over REST (editors): ``POST .../{id}/publish`` and ``.../unpublish``.

The rule and its effects live in app/services/content/publishing.py; GraphQL's ``publishKnowledgeItem``
and the scheduler call the same functions.
"""

# No `from __future__ import annotations`: FastAPI reads these signatures at runtime.

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import APIRouter, Body, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from app.api.content.common import WRITE_ERRORS, IdOrSlug, item_response
from app.models.content import ScheduleMoment
from app.models.content_types import ContentSpec
from app.services.content.publishing import publish_content, unpublish_content
from app.web.conditional import expected_version
from app.web.deps import CurrentPrincipal, SessionDep


class PublishRequest(BaseModel):
    """The optional body of ``POST .../publish``."""

    model_config = ConfigDict(extra="forbid")
    published_at: ScheduleMoment | None = Field(
        default=None,
        description="The first publication date to record, with its offset (importing history). Not in the "
        "future: publishing later is `publish_at`. On an item already published it corrects the date.",
    )


def add_routes(router: APIRouter, spec: ContentSpec) -> None:
    async def publish(
        request: Request,
        session: SessionDep,
        principal: CurrentPrincipal,
        id_or_slug: IdOrSlug,
        body: Annotated[PublishRequest | None, Body()] = None,
    ) -> Response:
        item = await publish_content(
            session=session,
            actor=principal,
            spec=spec,
            id_or_slug=id_or_slug,
            expected_version=expected_version(request),
            published_at=body.published_at if body is not None else None,
        )
        return await item_response(request=request, session=session, principal=principal, spec=spec, item=item)

    async def unpublish(
        request: Request, session: SessionDep, principal: CurrentPrincipal, id_or_slug: IdOrSlug
    ) -> Response:
        item = await unpublish_content(
            session=session,
            actor=principal,
            spec=spec,
            id_or_slug=id_or_slug,
            expected_version=expected_version(request),
        )
        return await item_response(request=request, session=session, principal=principal, spec=spec, item=item)

    _add(router, spec, "publish", f"Publish a {spec.label}", publish, PUBLISH_DESCRIPTION)
    _add(router, spec, "unpublish", f"Take a {spec.label} back to draft", unpublish, None)


PUBLISH_DESCRIPTION = (
    "Without a body (or with `{}`) the item keeps its first publication date, or gets now. "
    '`{"published_at": "2019-05-01T09:00:00+02:00"}` records an original date (imports of history); '
    "a date in the future is a 422 (schedule with `publish_at` instead). Unknown fields are a 422."
)


def _add(
    router: APIRouter,
    spec: ContentSpec,
    action: str,
    summary: str,
    endpoint: Callable[..., Awaitable[Response]],
    description: str | None,
) -> None:
    """``POST /{id_or_slug}/<action>``: the service moves the item; the answer is the item as it is now."""
    router.add_api_route(
        f"/{{id_or_slug}}/{action}",
        endpoint,
        methods=["POST"],
        name=f"{action}_{spec.entity.value}",
        operation_id=f"{action}{spec.noun}",
        summary=summary,
        description=description,
        response_model=spec.public,
        responses=WRITE_ERRORS,
    )

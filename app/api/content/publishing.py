"""Publishing over REST (editors): ``POST .../{id}/publish`` and ``.../unpublish``.

The rule and its effects live in app/services/content/publishing.py; GraphQL's ``publishKnowledgeItem``
and the scheduler call the same functions.
"""

# No `from __future__ import annotations`: FastAPI reads these signatures at runtime.

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import APIRouter, Request, Response

from app.api.content.common import WRITE_ERRORS, IdOrSlug, item_response
from app.models.content_types import ContentSpec
from app.services.content.publishing import publish_content, unpublish_content
from app.web.conditional import expected_version
from app.web.deps import CurrentPrincipal, SessionDep


def add_routes(router: APIRouter, spec: ContentSpec) -> None:
    _transition(router, spec, "publish", f"Publish a {spec.label}", publish_content)
    _transition(router, spec, "unpublish", f"Take a {spec.label} back to draft", unpublish_content)


def _transition(
    router: APIRouter, spec: ContentSpec, action: str, summary: str, service: Callable[..., Awaitable[Any]]
) -> None:
    """``POST /{id_or_slug}/<action>``: the service moves the item; the answer is the item as it is now."""

    async def transition(
        request: Request, session: SessionDep, principal: CurrentPrincipal, id_or_slug: IdOrSlug
    ) -> Response:
        item = await service(
            session=session,
            actor=principal,
            spec=spec,
            id_or_slug=id_or_slug,
            expected_version=expected_version(request),
        )
        return await item_response(request=request, session=session, principal=principal, spec=spec, item=item)

    router.add_api_route(
        f"/{{id_or_slug}}/{action}",
        transition,
        methods=["POST"],
        name=f"{action}_{spec.entity.value}",
        operation_id=f"{action}{spec.noun}",
        summary=summary,
        response_model=spec.public,
        responses=WRITE_ERRORS,
    )

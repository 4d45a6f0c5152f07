"""REST routes of a content type (knowledge items, position papers): list, create, get, update,
delete, publish, unpublish. Both types share this shape; their filters and schemas differ."""

# No `from __future__ import annotations`: FastAPI must see the real body types of the closures.

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel, Field

from app.api.content_common import item_response, list_response
from app.api.deps import CurrentPrincipal, SessionDep
from app.api.http import expected_version
from app.api.params import CursorQuery, FieldsQuery, IncludeQuery, LimitQuery, SortQuery, StrictQuery
from app.api.schemas import ListOf, problem_responses
from app.models.base import ContentStatus, Language
from app.services import content as content_service
from app.services.content import ContentFilter, ContentSpec

Year = Annotated[int, Field(ge=1900, le=2200)]
READ_ERRORS = problem_responses(304, 400, 401, 404, 422)
WRITE_ERRORS = problem_responses(400, 401, 403, 404, 409, 412, 413, 422, 428)
IdOrSlug = Annotated[str, "id or slug"]


def common_filters(
    theme: Annotated[list[str] | None, Query(description="Theme slug.")] = None,
    language: Annotated[list[Language] | None, Query()] = None,
    status: Annotated[list[ContentStatus] | None, Query(description="Editors only.")] = None,
    organisation: Annotated[list[str] | None, Query(description="Organisation slug.")] = None,
    year: Annotated[list[Year] | None, Query(description="Publication year.")] = None,
    published_after: Annotated[datetime | None, Query()] = None,
    published_before: Annotated[datetime | None, Query()] = None,
) -> ContentFilter:
    """Filters both content types have; values within a field are OR'ed, fields are AND'ed."""
    return ContentFilter(
        themes=theme or (),
        languages=language or (),
        statuses=status or (),
        organisations=organisation or (),
        years=year or (),
        published_after=published_after,
        published_before=published_before,
    )


CommonFilters = Annotated[ContentFilter, Depends(common_filters)]


def content_router(
    *,
    spec: ContentSpec,
    prefix: str,
    noun: str,
    out_model: type[BaseModel],
    create_model: type[BaseModel],
    update_model: type[BaseModel],
    create: Callable[..., Awaitable[Any]],
    update: Callable[..., Awaitable[Any]],
    filters: Callable[..., ContentFilter],
) -> APIRouter:
    """Build the router; ``noun`` is the PascalCase name used in operation ids (``KnowledgeItem``)."""
    label = spec.label
    router = APIRouter(prefix=prefix, tags=[f"{label}s"], dependencies=[StrictQuery])

    @router.get(
        "",
        operation_id=f"list{noun}s",
        summary=f"List {label}s",
        description=f"Published {label}s for the public; editors also see drafts and archived ones (`status`). "
        "Repeated parameters are OR'ed within a field and AND'ed across fields.",
        response_model=ListOf[out_model],  # type: ignore[valid-type]
        responses=READ_ERRORS,
    )
    async def list_items(
        request: Request,
        session: SessionDep,
        principal: CurrentPrincipal,
        content_filter: Annotated[ContentFilter, Depends(filters)],
        sort: SortQuery = None,
        limit: LimitQuery = 20,
        cursor: CursorQuery = None,
        fields: FieldsQuery = None,
        include: IncludeQuery = None,
    ) -> Response:
        return await list_response(
            request=request,
            session=session,
            principal=principal,
            spec=spec,
            filters=content_filter,
            sort=sort,
            limit=limit,
            cursor=cursor,
            fields=fields,
            include=include,
        )

    @router.post(
        "",
        operation_id=f"create{noun}",
        summary=f"Create a {label} (as a draft)",
        status_code=201,
        response_model=out_model,
        responses=WRITE_ERRORS,
    )
    async def create_item(
        request: Request,
        session: SessionDep,
        principal: CurrentPrincipal,
        data: create_model,  # type: ignore[valid-type]
    ) -> Response:
        item = await create(session=session, actor=principal, data=data)
        return await item_response(
            request=request, session=session, principal=principal, spec=spec, item=item, status_code=201
        )

    @router.get(
        "/{id_or_slug}",
        name=f"get_{spec.entity.value}",
        operation_id=f"get{noun}",
        summary=f"Get a {label} by id or slug",
        response_model=out_model,
        responses=READ_ERRORS,
    )
    async def get_item(
        request: Request,
        session: SessionDep,
        principal: CurrentPrincipal,
        id_or_slug: IdOrSlug,
        fields: FieldsQuery = None,
        include: IncludeQuery = None,
    ) -> Response:
        item = await content_service.get_content(session=session, actor=principal, spec=spec, id_or_slug=id_or_slug)
        return await item_response(
            request=request,
            session=session,
            principal=principal,
            spec=spec,
            item=item,
            fields=fields,
            include=include,
        )

    @router.patch(
        "/{id_or_slug}",
        operation_id=f"update{noun}",
        summary=f"Update a {label} (JSON merge semantics)",
        description="Only the fields sent change; `null` clears an optional field. Send `If-Match` with the "
        "ETag you read to get 412 instead of overwriting someone else's change.",
        response_model=out_model,
        responses=WRITE_ERRORS,
    )
    async def update_item(
        request: Request,
        session: SessionDep,
        principal: CurrentPrincipal,
        id_or_slug: IdOrSlug,
        data: update_model,  # type: ignore[valid-type]
    ) -> Response:
        item = await update(
            session=session,
            actor=principal,
            id_or_slug=id_or_slug,
            data=data,
            expected_version=expected_version(request),
        )
        return await item_response(request=request, session=session, principal=principal, spec=spec, item=item)

    @router.delete(
        "/{id_or_slug}",
        operation_id=f"delete{noun}",
        summary=f"Delete a {label}",
        status_code=204,
        response_class=Response,
        responses=WRITE_ERRORS,
    )
    async def delete_item(
        request: Request, session: SessionDep, principal: CurrentPrincipal, id_or_slug: IdOrSlug
    ) -> Response:
        await content_service.delete_content(
            session=session,
            actor=principal,
            spec=spec,
            id_or_slug=id_or_slug,
            expected_version=expected_version(request),
        )
        return Response(status_code=204)

    def transition_route(service: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Response]]:
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

        return transition

    for action, service, summary in (
        ("publish", content_service.publish_content, f"Publish a {label}"),
        ("unpublish", content_service.unpublish_content, f"Take a {label} back to draft"),
    ):
        router.add_api_route(
            f"/{{id_or_slug}}/{action}",
            transition_route(service),
            methods=["POST"],
            operation_id=f"{action}{noun}",
            summary=summary,
            response_model=out_model,
            responses=WRITE_ERRORS,
        )
    return router

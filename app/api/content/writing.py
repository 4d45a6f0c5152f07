"""Writing content over REST (editors): create a draft, change it (JSON merge semantics), delete it."""

# No `from __future__ import annotations`: FastAPI must see the real body types of the closures.

from fastapi import APIRouter, Request, Response

from app.api.content.common import CREATE_ERRORS, WRITE_ERRORS, IdOrSlug, item_response
from app.api.links import created_links
from app.models.content_types import ContentSpec
from app.services.content.writes import create_content, delete_content, update_content
from app.web.conditional import expected_version
from app.web.deps import CurrentPrincipal, SessionDep


def add_create(router: APIRouter, spec: ContentSpec) -> None:
    create_model = spec.create
    noun = spec.noun

    @router.post(
        "",
        operation_id=f"create{noun}",
        summary=f"Create a {spec.label} (as a draft)",
        status_code=201,
        response_model=spec.public,
        responses=CREATE_ERRORS
        | created_links(noun, f"publish{noun}", f"unpublish{noun}", f"list{noun}Revisions", f"upload{noun}Attachment"),
    )
    async def create_item(
        request: Request,
        session: SessionDep,
        principal: CurrentPrincipal,
        data: create_model,  # type: ignore[valid-type]  # the type's create schema, known at runtime
    ) -> Response:
        item = await create_content(session=session, actor=principal, spec=spec, data=data)
        return await item_response(
            request=request, session=session, principal=principal, spec=spec, item=item, status_code=201
        )


def add_update_and_delete(router: APIRouter, spec: ContentSpec) -> None:
    update_model = spec.update

    @router.patch(
        "/{id_or_slug}",
        operation_id=f"update{spec.noun}",
        summary=f"Update a {spec.label} (JSON merge semantics)",
        description="Only the fields sent change; `null` clears an optional field. Send `If-Match` with the "
        "ETag you read to get 412 instead of overwriting someone else's change (or a record you did not mean).",
        response_model=spec.public,
        responses=WRITE_ERRORS,
    )
    async def update_item(
        request: Request,
        session: SessionDep,
        principal: CurrentPrincipal,
        id_or_slug: IdOrSlug,
        data: update_model,  # type: ignore[valid-type]  # the type's update schema, known at runtime
    ) -> Response:
        item = await update_content(
            session=session,
            actor=principal,
            spec=spec,
            id_or_slug=id_or_slug,
            data=data,
            expected_version=expected_version(request),
        )
        return await item_response(request=request, session=session, principal=principal, spec=spec, item=item)

    @router.delete(
        "/{id_or_slug}",
        operation_id=f"delete{spec.noun}",
        summary=f"Delete a {spec.label}",
        status_code=204,
        response_class=Response,
        responses=WRITE_ERRORS,
    )
    async def delete_item(
        request: Request, session: SessionDep, principal: CurrentPrincipal, id_or_slug: IdOrSlug
    ) -> Response:
        await delete_content(
            session=session,
            actor=principal,
            spec=spec,
            id_or_slug=id_or_slug,
            expected_version=expected_version(request),
        )
        return Response(status_code=204)

"""REST routes of a content type (knowledge items, position papers): list, create, get, update,
delete, publish, unpublish, revisions. Both types share this shape; their filters and schemas differ."""

# No `from __future__ import annotations`: FastAPI must see the real body types of the closures.

from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from pydantic import BaseModel, Field
from starlette.datastructures import UploadFile as StarletteUploadFile

from app.api.content_common import item_response, list_response
from app.api.links import created_links
from app.api.params import (
    CursorQuery,
    FieldsQuery,
    IncludeQuery,
    IsoDateTime,
    LimitQuery,
    SortQuery,
    StrictQuery,
)
from app.api.representations import attachment_doc
from app.api.schemas import AttachmentUploaded, ListOf, RevisionDetail, RevisionList, problem_responses
from app.errors import KennisbankError, ValidationFailedError
from app.models.base import ContentStatus, Language
from app.models.revision import ContentRevision
from app.services import attachments as attachment_service
from app.services import content as content_service
from app.services import revisions as revision_service
from app.services.auth import require_editor
from app.services.content import ContentFilter, ContentSpec
from app.web.conditional import expected_version
from app.web.deps import CurrentPrincipal, SessionDep
from app.web.responses import json_response

Year = Annotated[int, Field(ge=1900, le=2200)]
READ_ERRORS = problem_responses(304, 400, 401, 404, 422)
WRITE_ERRORS = problem_responses(400, 401, 403, 404, 409, 412, 413, 422, 428)
IdOrSlug = Annotated[str, "id or slug"]
RevisionNumber = Annotated[int, Path(ge=1, le=2_000_000_000, description="The revision's number.")]
AttachmentId = Annotated[int, Path(ge=1, le=2_000_000_000, description="The attachment's id.")]
EDITOR_READ_ERRORS = problem_responses(304, 401, 403, 404, 422)
# The public GETs the response cache serves (app/web/response_cache).
CACHED_READ: dict[int | str, dict[str, Any]] = {
    200: {
        "headers": {
            "ETag": {
                "description": "Names the record and version (what If-Match checks) and hashes this representation.",
                "schema": {"type": "string"},
            },
            "Kennisbank-Cache": {
                "description": "`hit` when a worker answered from its response cache (anonymous GETs only; "
                "`Cache-Control: no-cache` on the request skips it).",
                "schema": {"type": "string", "enum": ["hit"]},
            },
        }
    }
}


UPLOAD_BODY = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["file"],
                "properties": {"file": {"type": "string", "format": "binary", "description": "The file."}},
            }
        }
    },
}


class UploadTooLargeError(KennisbankError):
    code = "payload_too_large"
    title = "Payload too large"
    http_status = 413


def revision_doc(revision: ContentRevision) -> dict[str, Any]:
    return {
        "number": revision.number,
        "version": revision.version,
        "op": revision.op,
        "actor": revision.actor,
        "restored_from": revision.restored_from,
        "created_at": revision.created_at.isoformat(),
    }


async def common_filters(
    theme: Annotated[list[str], Query(description="Theme slug.")] = (),
    language: Annotated[list[Language] | None, Query()] = None,
    status: Annotated[list[ContentStatus] | None, Query(description="Editors only.")] = None,
    organisation: Annotated[list[str], Query(description="Organisation slug.")] = (),
    year: Annotated[list[Year] | None, Query(description="Publication year.")] = None,
    published_after: Annotated[IsoDateTime | None, Query()] = None,
    published_before: Annotated[IsoDateTime | None, Query()] = None,
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
    filters: Callable[..., Awaitable[ContentFilter]],
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
        responses=READ_ERRORS | CACHED_READ,
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
        responses=WRITE_ERRORS
        | created_links(noun, f"publish{noun}", f"unpublish{noun}", f"list{noun}Revisions", f"upload{noun}Attachment"),
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
        responses=READ_ERRORS | CACHED_READ,
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
        "ETag you read to get 412 instead of overwriting someone else's change (or a record you did not mean).",
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

    @router.get(
        "/{id_or_slug}/revisions",
        operation_id=f"list{noun}Revisions",
        summary=f"List the revisions of a {label} (editors)",
        description="One revision per change, oldest first: who made it (the API key's name) and when.",
        response_model=RevisionList,
        responses=EDITOR_READ_ERRORS,
    )
    async def list_revisions(
        request: Request, session: SessionDep, principal: CurrentPrincipal, id_or_slug: IdOrSlug
    ) -> Response:
        rows = await revision_service.list_revisions(session=session, actor=principal, spec=spec, id_or_slug=id_or_slug)
        return json_response(request, {"data": [revision_doc(r) for r in rows]}, principal=principal)

    @router.get(
        "/{id_or_slug}/revisions/{number}",
        operation_id=f"get{noun}Revision",
        summary=f"Get a revision of a {label} with its diff against the current version (editors)",
        response_model=RevisionDetail,
        responses=EDITOR_READ_ERRORS,
    )
    async def get_revision(
        request: Request,
        session: SessionDep,
        principal: CurrentPrincipal,
        id_or_slug: IdOrSlug,
        number: RevisionNumber,
    ) -> Response:
        found = await revision_service.get_revision(
            session=session, actor=principal, spec=spec, id_or_slug=id_or_slug, number=number
        )
        doc = revision_doc(found.revision) | {
            "content": found.revision.data,
            "diff": {name: {"revision": old, "current": new} for name, (old, new) in found.changes.items()},
        }
        return json_response(request, doc, principal=principal)

    @router.post(
        "/{id_or_slug}/revisions/{number}/restore",
        operation_id=f"restore{noun}Revision",
        summary=f"Restore a revision of a {label} (editors)",
        description="Writes the revision's content back as a new change, and so a new revision; history is "
        "kept. Status, dates, schedule and translation link keep their current values. A deleted record "
        "cannot be restored (404).",
        response_model=out_model,
        responses=WRITE_ERRORS,
    )
    async def restore_revision(
        request: Request,
        session: SessionDep,
        principal: CurrentPrincipal,
        id_or_slug: IdOrSlug,
        number: RevisionNumber,
    ) -> Response:
        item = await revision_service.restore_revision(
            session=session,
            actor=principal,
            spec=spec,
            id_or_slug=id_or_slug,
            number=number,
            expected_version=expected_version(request),
        )
        return await item_response(request=request, session=session, principal=principal, spec=spec, item=item)

    @router.post(
        "/{id_or_slug}/attachments",
        operation_id=f"upload{noun}Attachment",
        summary=f"Attach a file to a {label} (editors)",
        description="Multipart upload (field `file`) of a PDF, DOCX, ODT or PNG/JPEG/GIF/WebP image. The type "
        "is read from the content; a declared type or extension that contradicts it is refused. A PDF's "
        "text goes into the search document; an encrypted or unreadable PDF is stored all the same and "
        "`text_extraction` says so.",
        status_code=201,
        response_model=AttachmentUploaded,
        responses=WRITE_ERRORS,
        openapi_extra={"requestBody": UPLOAD_BODY},
    )
    async def upload_attachment(
        request: Request, session: SessionDep, principal: CurrentPrincipal, id_or_slug: IdOrSlug
    ) -> Response:
        # The body is read here rather than declared as a parameter, so that nobody without an editor's key
        # gets to make the server parse up to 50 MiB (FastAPI reads declared bodies before any check).
        require_editor(principal)
        settings = request.app.state.settings
        async with request.form(max_files=1, max_fields=5) as form:
            file = form.get("file")
            if not isinstance(file, StarletteUploadFile):
                raise ValidationFailedError("send the file as the multipart/form-data field `file`", field="file")
            data = await file.read(settings.max_upload_bytes + 1)
            file_name, declared_type = file.filename, file.content_type
        if len(data) > settings.max_upload_bytes:
            raise UploadTooLargeError(f"attachments are limited to {settings.max_upload_bytes} bytes")
        upload = await attachment_service.attach_file(
            session=session,
            actor=principal,
            spec=spec,
            id_or_slug=id_or_slug,
            data=data,
            file_name=file_name,
            declared_type=declared_type,
            media_dir=settings.media_path,
            public_base=str(request.base_url).rstrip("/"),
            expected_version=expected_version(request),
        )
        extraction = upload.extraction
        doc = attachment_doc(upload.attachment, full=True) | {
            "text_extraction": {"status": extraction.status, "detail": extraction.detail}
        }
        return json_response(
            request, doc, principal=principal, status_code=201, headers={"Location": upload.attachment.url}
        )

    @router.delete(
        "/{id_or_slug}/attachments/{attachment_id}",
        operation_id=f"delete{noun}Attachment",
        summary=f"Remove an attachment from a {label} (editors)",
        description="A new version and revision of the item; the file's `/media` address stops working once "
        "no attachment names it.",
        status_code=204,
        response_class=Response,
        responses=WRITE_ERRORS,
    )
    async def delete_attachment(
        request: Request,
        session: SessionDep,
        principal: CurrentPrincipal,
        id_or_slug: IdOrSlug,
        attachment_id: AttachmentId,
    ) -> Response:
        await attachment_service.detach_file(
            session=session,
            actor=principal,
            spec=spec,
            id_or_slug=id_or_slug,
            attachment_id=attachment_id,
            expected_version=expected_version(request),
        )
        return Response(status_code=204)

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

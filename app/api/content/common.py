"""What the content routes share: parameter types, documented errors, and the two response shapes."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Path, Request, Response
from sqlalchemy.ext.asyncio import AsyncSession

from app.api.params import comma_list, sparse
from app.api.schemas import problem_responses
from app.models.content_types import ContentSpec
from app.services.auth import Principal
from app.services.common import RecordVersion
from app.services.content.listing import DEFAULT_SORT, SORTABLE, ContentFilter, count_content, sort_types
from app.services.content.representation import INCLUDES, Document, documents_by_id, list_documents
from app.services.pagination import parse_sort, scope_of
from app.services.rich_text import excerpt, markdown_html
from app.services.site_links import site_links
from app.web import response_cache
from app.web.responses import json_response, page_links

READ_ERRORS = problem_responses(304, 400, 401, 404, 422)
WRITE_ERRORS = problem_responses(400, 401, 403, 404, 409, 412, 413, 422, 428)
CREATE_ERRORS = problem_responses(400, 401, 403, 409, 413, 422)  # no record yet: no If-Match
EDITOR_READ_ERRORS = problem_responses(304, 401, 403, 404, 422)
IdOrSlug = Annotated[str, "id or slug"]
RevisionNumber = Annotated[int, Path(ge=1, le=2_000_000_000, description="The revision's number.")]
AttachmentId = Annotated[int, Path(ge=1, le=2_000_000_000, description="The attachment's id.")]


def field_names(spec: ContentSpec) -> tuple[str, ...]:
    return tuple(spec.public.model_fields)


def shown(request: Request, doc: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    """The document as asked for: its canonical url, the opt-in fields computed when ``fields`` names them,
    then only ``fields``."""
    themes = doc.get("themes") or [None]
    doc = doc | {
        "url": site_links(request.app.state.settings).url(doc["type"], doc["slug"]),
        "primary_theme": themes[0],
    }
    if "body_html" in fields:
        doc = doc | {"body_html": markdown_html(doc.get("body") or "")}
    if "excerpt" in fields:
        doc = doc | {"excerpt": excerpt(doc.get("summary"), doc.get("body"))}
    return sparse(doc, fields)


async def list_response(
    *,
    request: Request,
    session: AsyncSession,
    principal: Principal,
    spec: ContentSpec,
    filters: ContentFilter,
    sort: str | None,
    limit: int,
    cursor: str | None,
    fields: str | None,
    include: str | None,
) -> Response:
    """One page of content as ``{data, meta}`` with a Link header and an ETag."""
    sort_fields = parse_sort(sort, allowed=SORTABLE, default=DEFAULT_SORT)
    wanted = comma_list(fields, allowed=field_names(spec), name="fields")
    includes = comma_list(include, allowed=INCLUDES, name="include")
    scope = scope_of(spec.entity.value, sort_fields)
    codec = request.app.state.cursors
    after = codec.decode(cursor, scope=scope, types=sort_types(sort_fields)) if cursor else None
    page = await list_documents(
        session=session,
        actor=principal,
        spec=spec,
        filters=filters,
        sort=sort_fields,
        after=after,
        limit=limit,
        include=includes,
    )
    total = await response_cache.counted(
        request,
        session,
        entity=spec.entity.value,
        key=(principal.visibility, filters.key()),
        count=lambda: count_content(session=session, actor=principal, spec=spec, filters=filters),
    )
    next_cursor = codec.encode(page.next_after, scope=scope) if page.next_after else None
    await response_cache.offer(request, session, entity=spec.entity.value, record_ids=())
    payload = {
        "data": [shown(request, document.doc, wanted) for document in page.items],
        "meta": {"next_cursor": next_cursor, "total": total, "limit": limit},
    }
    return json_response(request, payload, principal=principal, headers=page_links(request, next_cursor))


async def item_response(
    *,
    request: Request,
    session: AsyncSession,
    principal: Principal,
    spec: ContentSpec,
    item: Any,
    status_code: int = 200,
) -> Response:
    """The item a write just changed, read back in the write's transaction."""
    [document] = await documents_by_id(session=session, actor=principal, spec=spec, ids=[item.id])
    return await document_response(
        request=request, session=session, principal=principal, spec=spec, document=document, status_code=status_code
    )


async def document_response(
    *,
    request: Request,
    session: AsyncSession,
    principal: Principal,
    spec: ContentSpec,
    document: Document,
    fields: tuple[str, ...] = (),
    status_code: int = 200,
) -> Response:
    """One item, its ETag naming the item and version that If-Match checks."""
    await response_cache.offer(
        request, session, entity=spec.entity.value, record_ids=[document.id, document.translation_id]
    )
    headers = None
    if status_code == 201:
        headers = {"Location": str(request.url_for(f"get_{spec.entity.value}", id_or_slug=str(document.id)))}
    return json_response(
        request,
        shown(request, document.doc, fields),
        principal=principal,
        record=RecordVersion(spec.entity, document.id, document.version),
        status_code=status_code,
        headers=headers,
    )

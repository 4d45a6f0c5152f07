"""REST: /api/v1/content, knowledge items and position papers in one list ("latest from the Kennisbank")."""

# No `from __future__ import annotations`: FastAPI reads these signatures at runtime.

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel

from app.api.content.common import READ_ERRORS, field_names, shown
from app.api.content.reading import common_filters
from app.api.params import CursorQuery, FieldsQuery, LimitQuery, SortQuery, StrictQuery, comma_list
from app.api.schemas import ListMeta
from app.models.content_public import KnowledgeItemOut, PositionPaperOut
from app.models.content_types import CONTENT_SPECS, spec_of
from app.services.content.listing import DEFAULT_SORT, SORTABLE, ContentFilter, sort_types
from app.services.content.mixed import list_mixed_content
from app.services.content.representation import documents_by_id
from app.services.pagination import parse_sort, scope_of
from app.web.deps import PreviewingPrincipal, SessionDep
from app.web.responses import json_response, page_links

router = APIRouter(prefix="/content", tags=["content"], dependencies=[StrictQuery])
FIELDS = tuple(dict.fromkeys(name for spec in CONTENT_SPECS for name in field_names(spec)))


class MixedList(BaseModel):
    data: list[KnowledgeItemOut | PositionPaperOut]
    meta: ListMeta


@router.get(
    "",
    operation_id="listContent",
    summary="Knowledge items and position papers in one list",
    description="The filters, sort orders and keyset pages of the two lists, over both types at once (each "
    "record has its `type`); `type` narrows it to one. Published content for the public; editors also "
    "see drafts and archived content (`status`).",
    response_model=MixedList,
    responses=READ_ERRORS,
)
async def list_content(
    request: Request,
    session: SessionDep,
    principal: PreviewingPrincipal,
    filters: Annotated[ContentFilter, Depends(common_filters)],
    type: Annotated[list[Literal["knowledge_item", "position_paper"]] | None, Query()] = None,
    sort: SortQuery = None,
    limit: LimitQuery = 20,
    cursor: CursorQuery = None,
    fields: FieldsQuery = None,
) -> Response:
    sort_fields = parse_sort(sort, allowed=SORTABLE, default=DEFAULT_SORT)
    wanted = comma_list(fields, allowed=FIELDS, name="fields")
    specs = [spec_of(t) for t in dict.fromkeys(type)] if type else list(CONTENT_SPECS)
    scope = scope_of("content:" + ",".join(s.entity.value for s in specs), sort_fields)
    codec = request.app.state.cursors
    after = codec.decode(cursor, scope=scope, types=sort_types(sort_fields)) if cursor else None
    page = await list_mixed_content(
        session=session, actor=principal, filters=filters, sort=sort_fields, after=after, limit=limit, specs=specs
    )
    docs: dict[tuple[str, int], dict[str, Any]] = {}
    for spec in specs:
        ids = [row.record_id for row in page.items if row.spec is spec]
        for document in await documents_by_id(session=session, actor=principal, spec=spec, ids=ids):
            docs[(spec.entity.value, document.id)] = document.doc
    data = [shown(request, docs[(row.spec.entity.value, row.record_id)], wanted) for row in page.items]
    next_cursor = codec.encode(page.next_after, scope=scope) if page.next_after else None
    payload = {"data": data, "meta": {"next_cursor": next_cursor, "total": page.total, "limit": limit}}
    return json_response(request, payload, principal=principal, headers=page_links(request, next_cursor))

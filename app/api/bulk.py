"""REST: batch writes, NDJSON exports and the change feed."""

# No `from __future__ import annotations`: FastAPI reads these signatures at runtime.

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Annotated, Any, Literal, Self

from fastapi import APIRouter, Path, Query, Request, Response
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.api.params import LimitQuery, StrictQuery
from app.api.representations import change_doc, organisation_docs, theme_doc, working_group_docs
from app.api.schemas import ChangeList, problem_responses
from app.errors import ValidationFailedError
from app.models.content_types import CONTENT_SPECS, ContentSpec
from app.services.auth import Principal
from app.services.batch import MAX_BATCH, BatchOp, run_batch
from app.services.change_feed import START, list_changes
from app.services.common import ExpectedVersion
from app.services.content.representation import document_batches
from app.services.organisations import list_all_organisations
from app.services.themes import list_themes
from app.services.working_groups import list_working_groups
from app.web.conditional import parse_if_match
from app.web.deps import CurrentPrincipal, SessionDep
from app.web.responses import cache_control, dumps, json_response

router = APIRouter(tags=["bulk"], dependencies=[StrictQuery])


class BatchOperation(BaseModel):
    model_config = ConfigDict(extra="forbid")
    op: Literal["create", "update"]
    id_or_slug: str | None = Field(default=None, max_length=120, description="The record to update.")
    expected_version: int | None = Field(default=None, ge=1, description="Refuse the update unless at this version.")
    if_match: str | None = Field(
        default=None,
        max_length=500,
        description="The ETag read for the record, as in an If-Match header: the update is refused unless it "
        "names this record at its current version. Instead of `expected_version`.",
    )
    data: dict[str, Any] = Field(description="The fields, as for a single create or update.")

    @model_validator(mode="after")
    def _one_precondition(self) -> Self:
        if self.expected_version is not None and self.if_match is not None:
            raise ValueError("send expected_version or if_match, not both")
        return self

    def precondition(self) -> ExpectedVersion:
        return parse_if_match(self.if_match) if self.if_match is not None else self.expected_version


class BatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    operations: list[BatchOperation] = Field(min_length=1, max_length=MAX_BATCH)


class BatchResult(BaseModel):
    index: int
    id: int
    slug: str
    version: int


class BatchResponse(BaseModel):
    data: list[BatchResult]


def batch_route(spec: ContentSpec) -> Callable[..., Awaitable[Response]]:
    async def batch(request: Request, session: SessionDep, principal: CurrentPrincipal, body: BatchRequest) -> Response:
        records = await run_batch(
            session=session,
            actor=principal,
            spec=spec,
            ops=[
                BatchOp(op=o.op, data=o.data, id_or_slug=o.id_or_slug, expected_version=o.precondition())
                for o in body.operations
            ],
        )
        results = [{"index": i, "id": r.id, "slug": r.slug, "version": r.version} for i, r in enumerate(records)]
        return json_response(request, {"data": results}, principal=principal)

    return batch


for _spec in CONTENT_SPECS:
    router.add_api_route(
        f"/{_spec.path}:batch",
        batch_route(_spec),
        methods=["POST"],
        operation_id=f"batch{_spec.noun}s",
        summary=f"Create or update up to {MAX_BATCH} {_spec.label}s in one transaction (all or nothing)",
        description="Every operation is checked; if any fails, nothing is written and the 422 problem lists "
        "each failure under `errors` with its `index`.",
        response_model=BatchResponse,
        responses=problem_responses(400, 401, 403, 413, 422),
    )

ExportResource = Literal["knowledge-items", "position-papers", "organisations", "themes", "working-groups"]


async def export_lines(request: Request, principal: Principal, resource: str) -> AsyncIterator[bytes]:
    """NDJSON, one record per line, in the same shape as the single-record GET."""
    async with request.app.state.sessionmaker() as session, session.begin():
        spec = next((s for s in CONTENT_SPECS if s.path == resource), None)
        if spec is not None:
            batches = document_batches(session=session, actor=principal, spec=spec, include=("attachments",))
            async for documents in batches:
                yield b"".join(dumps(document.doc) + b"\n" for document in documents)
        elif resource == "organisations":
            async for orgs in list_all_organisations(session=session):
                yield b"".join(dumps(d) + b"\n" for d in await organisation_docs(session=session, organisations=orgs))
        elif resource == "themes":
            yield b"".join(dumps(theme_doc(t)) + b"\n" for t in await list_themes(session=session))
        else:
            groups = await list_working_groups(session=session)
            yield b"".join(dumps(d) + b"\n" for d in await working_group_docs(session=session, groups=groups))


@router.get(
    "/export/{resource}.ndjson",
    operation_id="exportRecords",
    summary="Export every record of a type as NDJSON (published only, unless you are an editor)",
    response_class=StreamingResponse,
    responses={
        200: {"content": {"application/x-ndjson": {}}, "description": "One JSON record per line."},
        **problem_responses(400, 401, 404, 422),
    },
)
async def export(
    request: Request, principal: CurrentPrincipal, resource: Annotated[ExportResource, Path()]
) -> StreamingResponse:
    return StreamingResponse(
        export_lines(request, principal, resource),
        media_type="application/x-ndjson",
        headers={
            "Cache-Control": cache_control(principal),
            "Content-Disposition": f'attachment; filename="{resource}.ndjson"',
        },
    )


@router.get(
    "/changes",
    operation_id="listChanges",
    summary="What changed since a cursor, to mirror content incrementally",
    description="Created, updated, published, unpublished and deleted records (deletions as tombstones), "
    "in transaction order. Start without `since`, then pass `meta.next_cursor` back as `since`. "
    "Each event carries the record's version: when one record appears twice, the higher version wins.",
    response_model=ChangeList,
    responses=problem_responses(400, 401, 422),
)
async def changes(
    request: Request,
    session: SessionDep,
    principal: CurrentPrincipal,
    since: Annotated[str | None, Query(max_length=512, description="`meta.next_cursor` of the previous call.")] = None,
    limit: LimitQuery = 100,
) -> Response:
    codec = request.app.state.cursors
    position = codec.decode(since, scope="changes", types=[int, int]) if since else START
    if len(position) != 2:  # pragma: no cover - decode guarantees the arity
        raise ValidationFailedError("invalid cursor", field="since")
    events, next_position, has_more = await list_changes(
        session=session, actor=principal, since=(position[0], position[1]), limit=limit
    )
    payload = {
        "data": [change_doc(e) for e in events],
        "meta": {"next_cursor": codec.encode(next_position, scope="changes"), "has_more": has_more},
    }
    return json_response(request, payload, principal=principal)

"""REST: batch writes, NDJSON exports and the change feed."""

# No `from __future__ import annotations`: FastAPI reads these signatures at runtime.

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Annotated, Any, Literal, Self

from fastapi import APIRouter, Path, Query, Request, Response
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, WrapValidator, create_model, model_validator

from app.api.params import LimitQuery, StrictQuery
from app.api.representations import change_doc
from app.api.schemas import ChangeList, problem_responses
from app.errors import ValidationFailedError
from app.models.content import ScheduleMoment
from app.models.content_types import CONTENT_SPECS, ContentSpec
from app.services.auth import Principal
from app.services.batch import MAX_BATCH, BatchOp, run_batch
from app.services.change_feed import START, list_changes
from app.services.common import ExpectedVersion
from app.services.transfer import export_records, ndjson
from app.web.conditional import parse_if_match
from app.web.deps import CurrentPrincipal, PreviewingPrincipal, SessionDep
from app.web.responses import cache_control, json_response

router = APIRouter(tags=["bulk"], dependencies=[StrictQuery])


# The operations are typed for OpenAPI and generated clients (a create's `data` is the type's create
# schema, an update's its update schema), but `data` and `published_at` are validated per operation by
# app/services/batch.py, so that a failing batch lists every failure with its index: `_as_sent` passes
# the value on as sent while the schema keeps the type (pydantic's SkipValidation would inline the schema).


def _unvalidated(value: Any, _handler: Any) -> Any:
    return value


_as_sent = WrapValidator(_unvalidated)


class BatchCreateOperation(BaseModel):
    model_config = ConfigDict(extra="forbid")
    op: Literal["create"]
    data: Any


class _OnExisting(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id_or_slug: str = Field(min_length=1, max_length=120, description="The record: its id or slug.")
    expected_version: int | None = Field(default=None, ge=1, description="Refuse unless the record is at this version.")
    if_match: str | None = Field(
        default=None,
        max_length=500,
        description="The ETag read for the record, as in an If-Match header: refused unless it names this "
        "record at its current version. Instead of `expected_version`.",
    )

    @model_validator(mode="after")
    def _one_precondition(self) -> Self:
        if self.expected_version is not None and self.if_match is not None:
            raise ValueError("send expected_version or if_match, not both")
        return self

    def precondition(self) -> ExpectedVersion:
        return parse_if_match(self.if_match) if self.if_match is not None else self.expected_version


class BatchUpdateOperation(_OnExisting):
    op: Literal["update"]
    data: Any


class BatchPublishOperation(_OnExisting):
    """Publish a record (a draft created earlier in the batch included), optionally with its original date."""

    op: Literal["publish"]
    published_at: Annotated[ScheduleMoment | None, _as_sent] = Field(
        default=None,
        description="The first publication date to record (not in the future; importing history). Without it "
        "the record keeps its first publication date, or gets now.",
    )


# Types built at runtime from each content type's schemas; typed Any so that mypy does not read them as
# type expressions.
_ANNOTATED: Any = Annotated
_LIST: Any = list


def batch_request_model(spec: ContentSpec) -> type[BaseModel]:
    """``<Noun>BatchRequest``: its create and update operations carry the type's own write schemas."""
    create: Any = create_model(
        f"{spec.noun}BatchCreate",
        __base__=BatchCreateOperation,
        data=(_ANNOTATED[spec.create, _as_sent], Field(description=f"The fields, as for creating one {spec.label}.")),
    )
    update: Any = create_model(
        f"{spec.noun}BatchUpdate",
        __base__=BatchUpdateOperation,
        data=(_ANNOTATED[spec.update, _as_sent], Field(description=f"The fields to change, as for one {spec.label}.")),
    )
    operation = _ANNOTATED[create | update | BatchPublishOperation, Field(discriminator="op")]
    return create_model(
        f"{spec.noun}BatchRequest",
        __config__=ConfigDict(extra="forbid"),
        operations=(_LIST[operation], Field(min_length=1, max_length=MAX_BATCH)),
    )


class BatchResult(BaseModel):
    index: int
    id: int
    slug: str
    version: int


class BatchResponse(BaseModel):
    data: list[BatchResult]


def _batch_op(operation: Any) -> BatchOp:
    if isinstance(operation, BatchPublishOperation):
        return BatchOp(
            op="publish",
            id_or_slug=operation.id_or_slug,
            expected_version=operation.precondition(),
            published_at=operation.published_at,
        )
    if isinstance(operation, BatchUpdateOperation):
        return BatchOp(
            op="update", data=operation.data, id_or_slug=operation.id_or_slug, expected_version=operation.precondition()
        )
    return BatchOp(op="create", data=operation.data)


def batch_route(spec: ContentSpec) -> Callable[..., Awaitable[Response]]:
    request_model = batch_request_model(spec)

    async def batch(
        request: Request,
        session: SessionDep,
        principal: CurrentPrincipal,
        body: request_model,  # type: ignore[valid-type]  # the type's batch schema, built at runtime
    ) -> Response:
        operations = body.operations  # type: ignore[attr-defined]  # of the runtime-built model
        records = await run_batch(session=session, actor=principal, spec=spec, ops=[_batch_op(o) for o in operations])
        results = [{"index": i, "id": r.id, "slug": r.slug, "version": r.version} for i, r in enumerate(records)]
        return json_response(request, {"data": results}, principal=principal)

    return batch


for _spec in CONTENT_SPECS:
    router.add_api_route(
        f"/{_spec.path}:batch",
        batch_route(_spec),
        methods=["POST"],
        operation_id=f"batch{_spec.noun}s",
        summary=f"Create, update or publish up to {MAX_BATCH} {_spec.label}s in one transaction (all or nothing)",
        description="Operations run in order, so a later one can publish a record an earlier one created "
        "(name it by the `slug` you gave it). `publish` takes an optional `published_at` (not in the future) "
        "to keep an imported record's original date. Every operation is checked; if any fails, nothing is "
        "written and the 422 problem lists each failure under `errors` with its `index`.",
        response_model=BatchResponse,
        responses=problem_responses(400, 401, 403, 413, 422),
    )

ExportResource = Literal["knowledge-items", "position-papers", "organisations", "themes", "working-groups"]


async def export_lines(request: Request, principal: Principal, resource: str) -> AsyncIterator[bytes]:
    """NDJSON, one record per line, in the same shape as the single-record GET."""
    async with request.app.state.sessionmaker() as session, session.begin():
        async for records in export_records(session=session, actor=principal, resource=resource):
            yield ndjson(records)


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
    request: Request, principal: PreviewingPrincipal, resource: Annotated[ExportResource, Path()]
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

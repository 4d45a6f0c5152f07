"""Bulk writes: up to 500 creates, updates and publications of one content type in one transaction, all or nothing.

Importing history: create the records as drafts, then publish them with their original ``published_at``
(in the same batch, naming them by slug, or in a later one).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import TypeAdapter, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import KennisbankError
from app.models.content import ScheduleMoment
from app.models.content_types import ContentSpec
from app.services.auth import Principal, require_editor
from app.services.common import ExpectedVersion
from app.services.content.publishing import publish_content
from app.services.content.writes import create_content, update_content

MAX_BATCH = 500


class BatchFailedError(KennisbankError):
    """At least one operation failed; nothing of the batch was written. ``errors`` lists each failure."""

    code = "batch_failed"
    title = "Batch failed"
    http_status = 422


_PUBLISHED_AT: TypeAdapter[Any] = TypeAdapter(ScheduleMoment | None)


@dataclass(frozen=True)
class BatchOp:
    op: Literal["create", "update", "publish"]
    data: Any = field(default_factory=dict)  # validated here, by the type's write schema
    id_or_slug: str | None = None
    expected_version: ExpectedVersion = None
    published_at: Any = None  # publish only; validated here


def _invalid_part(op: BatchOp) -> str:
    """What an error without a field path is about: the published_at of a publish, else the data."""
    return "published_at" if op.op == "publish" else "data"


async def run_batch(*, session: AsyncSession, actor: Principal, spec: ContentSpec, ops: Sequence[BatchOp]) -> list[Any]:
    """Apply every operation; if any fails, raise with the failures of all of them (the caller rolls back)."""
    require_editor(actor)
    if len(ops) > MAX_BATCH:
        raise BatchFailedError(f"at most {MAX_BATCH} operations per batch", errors=[])
    results: list[Any] = []
    errors: list[dict[str, Any]] = []
    for index, op in enumerate(ops):
        try:
            # A savepoint per operation: a failed one is undone and the rest can still be checked.
            async with session.begin_nested():
                if op.op == "create":
                    data = spec.create.model_validate(op.data)
                    record = await create_content(session=session, actor=actor, spec=spec, data=data)
                elif not op.id_or_slug:
                    raise BatchFailedError(f"{op.op} needs id_or_slug")
                elif op.op == "publish":
                    record = await publish_content(
                        session=session,
                        actor=actor,
                        spec=spec,
                        id_or_slug=op.id_or_slug,
                        expected_version=op.expected_version,
                        published_at=_PUBLISHED_AT.validate_python(op.published_at),
                    )
                else:
                    record = await update_content(
                        session=session,
                        actor=actor,
                        spec=spec,
                        id_or_slug=op.id_or_slug,
                        data=spec.update.model_validate(op.data),
                        expected_version=op.expected_version,
                    )
            results.append(record)
        except ValidationError as exc:
            errors.append(
                {
                    "index": index,
                    "code": "validation_failed",
                    "detail": "the data is not valid",
                    "errors": [
                        {"field": ".".join(str(p) for p in e["loc"]) or _invalid_part(op), "message": e["msg"]}
                        for e in exc.errors()
                    ],
                }
            )
        except KennisbankError as exc:
            field = getattr(exc, "field", None)
            errors.append(
                {"index": index, "code": exc.code, "detail": exc.detail} | ({"field": field} if field else {})
            )
    if errors:
        raise BatchFailedError(f"{len(errors)} of {len(ops)} operations failed; nothing was written", errors=errors)
    return results

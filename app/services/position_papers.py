"""Position papers: create and update (audience, ministry, occasion, signatories on top of content)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import ValidationFailedError
from app.models.change import ChangeOp
from app.models.organisation import Organisation
from app.models.position_paper import (
    Audience,
    PositionPaper,
    PositionPaperCreate,
    PositionPaperSignatory,
    PositionPaperUpdate,
)
from app.services.auth import Principal, require_editor
from app.services.common import ExpectedVersion, check_version, ids_for_slugs
from app.services.content import (
    POSITION_PAPERS,
    apply_shared_changes,
    assign_slug,
    create_shell,
    finish_write,
    get_content_for_update,
    reject_nulls,
    run_due_schedule,
)

SCALAR_FIELDS = ("title", "summary", "body", "language", "audience", "ministry", "occasion")


async def set_signatories(*, session: AsyncSession, paper_id: int, slugs: Sequence[str]) -> None:
    ids = await ids_for_slugs(session=session, model=Organisation, slugs=slugs, field="signatories")
    await session.execute(delete(PositionPaperSignatory).where(PositionPaperSignatory.position_paper_id == paper_id))
    session.add_all([PositionPaperSignatory(position_paper_id=paper_id, organisation_id=i) for i in ids])


def apply_scalars(paper: PositionPaper, changes: dict[str, Any]) -> None:
    for name in SCALAR_FIELDS:
        if name in changes:
            value = changes[name]
            if name == "audience":
                value = [str(Audience(a)) for a in dict.fromkeys(value)]
            setattr(paper, name, value)
    if Audience.ministry in paper.audience and not (paper.ministry or "").strip():
        raise ValidationFailedError("name the ministry when the audience includes a ministry", field="ministry")


async def create_position_paper(*, session: AsyncSession, actor: Principal, data: PositionPaperCreate) -> PositionPaper:
    """Create a position paper as a draft (editors)."""
    require_editor(actor)
    changes = data.model_dump(exclude_unset=True)
    reject_nulls(changes)
    paper: PositionPaper = await create_shell(
        session=session,
        spec=POSITION_PAPERS,
        fields={"title": data.title, "language": data.language},
        slug=data.slug,
    )
    apply_scalars(paper, changes)
    await apply_shared_changes(session=session, spec=POSITION_PAPERS, item=paper, changes=changes, raw=data)
    assert paper.id is not None
    if data.signatories is not None:
        await set_signatories(session=session, paper_id=paper.id, slugs=data.signatories)
    await finish_write(session=session, actor=actor, spec=POSITION_PAPERS, item=paper, op=ChangeOp.created, bump=False)
    await run_due_schedule(session=session, actor=actor, spec=POSITION_PAPERS, item=paper)
    return paper


async def update_position_paper(
    *,
    session: AsyncSession,
    actor: Principal,
    id_or_slug: str,
    data: PositionPaperUpdate,
    expected_version: ExpectedVersion = None,
    restored_from: int | None = None,
) -> PositionPaper:
    """Apply the given fields (JSON merge semantics) to a position paper (editors)."""
    require_editor(actor)
    paper: PositionPaper = await get_content_for_update(session=session, spec=POSITION_PAPERS, id_or_slug=id_or_slug)
    check_version(entity=POSITION_PAPERS.entity, record=paper, expected=expected_version)
    changes = data.model_dump(exclude_unset=True)
    reject_nulls(changes)
    apply_scalars(paper, changes)
    await assign_slug(session=session, spec=POSITION_PAPERS, item=paper, changes=changes)
    await apply_shared_changes(session=session, spec=POSITION_PAPERS, item=paper, changes=changes, raw=data)
    assert paper.id is not None
    if data.signatories is not None:
        await set_signatories(session=session, paper_id=paper.id, slugs=data.signatories)
    await finish_write(
        session=session, actor=actor, spec=POSITION_PAPERS, item=paper, op=ChangeOp.updated, restored_from=restored_from
    )
    await run_due_schedule(session=session, actor=actor, spec=POSITION_PAPERS, item=paper)
    return paper

"""Small builders for test data, going through the real services, and moments relative to now."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.models.content_types import KNOWLEDGE, POSITION_PAPERS
from app.models.knowledge import KnowledgeItem, KnowledgeItemCreate
from app.models.organisation import Organisation, OrganisationCreate
from app.models.position_paper import PositionPaper, PositionPaperCreate
from app.models.theme import Theme, ThemeCreate
from app.services.auth import SYSTEM
from app.services.content.publishing import publish_content
from app.services.content.writes import create_content
from app.services.organisations import create_organisation
from app.services.themes import create_theme


async def theme(session: AsyncSession, name: str = "Vrouwen, vrede en veiligheid", **extra: Any) -> Theme:
    return await create_theme(session=session, actor=SYSTEM, data=ThemeCreate(name_nl=name, name_en=name, **extra))


async def organisation(session: AsyncSession, name: str = "Atria", kind: str = "member", **extra: Any) -> Organisation:
    data = OrganisationCreate(name=name, kind=kind, **extra)  # type: ignore[arg-type]
    return await create_organisation(session=session, actor=SYSTEM, data=data)


async def knowledge_item(
    session: AsyncSession, title: str = "Oriëntatie op NAP 1325", *, publish: bool = False, **extra: Any
) -> KnowledgeItem:
    values: dict[str, Any] = {"kind": "report", "language": "nl"} | extra
    item = await create_content(
        spec=KNOWLEDGE, session=session, actor=SYSTEM, data=KnowledgeItemCreate(title=title, **values)
    )
    if publish:
        await publish_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=item.slug)
    return item


async def position_paper(
    session: AsyncSession, title: str = "Inbreng CSW69", *, publish: bool = False, **extra: Any
) -> PositionPaper:
    values: dict[str, Any] = {"language": "nl"} | extra
    paper = await create_content(
        spec=POSITION_PAPERS, session=session, actor=SYSTEM, data=PositionPaperCreate(title=title, **values)
    )
    if publish:
        await publish_content(session=session, actor=SYSTEM, spec=POSITION_PAPERS, id_or_slug=paper.slug)
    return paper


def in_(seconds: float) -> datetime:
    """A moment ``seconds`` from now (negative: ago), timezone-aware."""
    return datetime.now(UTC) + timedelta(seconds=seconds)

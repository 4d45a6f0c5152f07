"""REST: /api/v1/knowledge-items and /api/v1/position-papers."""

# No `from __future__ import annotations`: FastAPI reads these signatures at runtime.

from typing import Annotated

from fastapi import Query

from app.api.content_routes import CommonFilters, content_router
from app.api.schemas import KnowledgeItemOut, PositionPaperOut
from app.models.knowledge import KnowledgeItemCreate, KnowledgeItemUpdate, KnowledgeKind
from app.models.position_paper import Audience, PositionPaperCreate, PositionPaperUpdate
from app.services import knowledge as knowledge_service
from app.services import position_papers as paper_service
from app.services.content import KNOWLEDGE, POSITION_PAPERS, ContentFilter


async def knowledge_filters(
    common: CommonFilters,
    kind: Annotated[list[KnowledgeKind] | None, Query()] = None,
    tag: Annotated[list[str], Query(max_length=64)] = (),
) -> ContentFilter:
    return ContentFilter(**{**common.__dict__, "kinds": kind or (), "tags": [t.lower() for t in tag or ()]})


async def paper_filters(
    common: CommonFilters,
    audience: Annotated[list[Audience] | None, Query()] = None,
) -> ContentFilter:
    return ContentFilter(**{**common.__dict__, "audiences": audience or ()})


knowledge_items = content_router(
    spec=KNOWLEDGE,
    prefix="/knowledge-items",
    noun="KnowledgeItem",
    out_model=KnowledgeItemOut,
    create_model=KnowledgeItemCreate,
    update_model=KnowledgeItemUpdate,
    create=knowledge_service.create_knowledge_item,
    update=knowledge_service.update_knowledge_item,
    filters=knowledge_filters,
)
position_papers = content_router(
    spec=POSITION_PAPERS,
    prefix="/position-papers",
    noun="PositionPaper",
    out_model=PositionPaperOut,
    create_model=PositionPaperCreate,
    update_model=PositionPaperUpdate,
    create=paper_service.create_position_paper,
    update=paper_service.update_position_paper,
    filters=paper_filters,
)

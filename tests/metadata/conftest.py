"""A small published corpus with drafts beside it, for the metadata surfaces (feeds, JSON-LD, citations, OAI-PMH)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.models.knowledge import KnowledgeItem
from app.models.organisation import Organisation
from app.models.position_paper import PositionPaper
from app.models.theme import Theme, ThemeCreate
from app.services.auth import SYSTEM
from app.services.themes import create_theme
from tests import factories

DRAFT_MARK = "GEHEIM-CONCEPT"


@dataclass
class Corpus:
    theme: Theme
    other_theme: Theme
    author: Organisation
    publisher: Organisation
    report: KnowledgeItem
    english_news: KnowledgeItem
    paper: PositionPaper
    draft_item: KnowledgeItem
    draft_paper: PositionPaper


@pytest.fixture
async def corpus(session) -> Corpus:
    theme = await create_theme(
        session=session,
        actor=SYSTEM,
        data=ThemeCreate(
            name_nl="Vrouwen, vrede en veiligheid",
            name_en="Women, peace and security",
            description="Resolutie 1325 en het Nationaal Actieplan.",
        ),
    )
    other = await create_theme(
        session=session,
        actor=SYSTEM,
        data=ThemeCreate(name_nl="Economische zelfstandigheid", name_en="Economic empowerment"),
    )
    author = await factories.organisation(session, "Atria", kind="knowledge_institute", website="https://atria.nl/")
    publisher = await factories.organisation(session, "WO=MEN Dutch Gender Platform", acronym="WO=MEN")
    report = await factories.knowledge_item(
        session,
        "Oriëntatie op NAP 1325: {vrede} & 100% veiligheid",
        publish=True,
        kind="report",
        summary="Een verkenning van het Nationaal Actieplan 1325.\nTweede regel.",
        themes=[theme.slug],
        tags=["NAP-1325"],
        organisations=[
            {"organisation": author.slug, "role": "author"},
            {"organisation": publisher.slug, "role": "publisher"},
        ],
    )
    english_news = await factories.knowledge_item(
        session, "Economic rights update", publish=True, kind="news", language="en", themes=[other.slug]
    )
    paper = await factories.position_paper(
        session,
        "Inbreng CSW69",
        publish=True,
        summary="Inbreng voor de Commission on the Status of Women.",
        themes=[theme.slug],
        signatories=[author.slug, publisher.slug],
        audience=["un_csw"],
    )
    draft_item = await factories.knowledge_item(
        session, f"{DRAFT_MARK} rapport", kind="report", themes=[theme.slug], summary=DRAFT_MARK
    )
    draft_paper = await factories.position_paper(session, f"{DRAFT_MARK} inbreng", themes=[theme.slug])
    await session.flush()
    return Corpus(theme, other, author, publisher, report, english_news, paper, draft_item, draft_paper)

"""Atom feeds under /feeds: all content, per content type and kind, per theme and per language."""

# No `from __future__ import annotations`: FastAPI reads these signatures at runtime.

from fastapi import APIRouter, Request, Response

from app.api.metadata import document_response
from app.api.params import StrictQuery
from app.api.schemas import problem_responses
from app.errors import NotFoundError
from app.models.base import Language
from app.models.content_types import KNOWLEDGE, POSITION_PAPERS
from app.models.knowledge import KnowledgeKind
from app.services import feeds as feed_service
from app.services.feeds import FeedScope
from app.web.deps import SessionDep

ATOM = "application/atom+xml; charset=utf-8"
FEED_RESPONSES = {200: {"content": {"application/atom+xml": {}}}, **problem_responses(304, 400, 404)}

router = APIRouter(prefix="/feeds", tags=["feeds"], dependencies=[StrictQuery])


async def feed_response(request: Request, session: SessionDep, scope: FeedScope) -> Response:
    base_url = str(request.base_url)
    entries = await feed_service.feed_entries(session=session, scope=scope, base_url=base_url)
    body = feed_service.atom_feed(scope=scope, entries=entries, self_url=str(request.url), base_url=base_url)
    return document_response(request, body, media_type=ATOM)


@router.get("/all.atom", summary="Everything published, newest first", responses=FEED_RESPONSES)
async def all_content(request: Request, session: SessionDep) -> Response:
    return await feed_response(request, session, feed_service.everything())


@router.get("/knowledge-items.atom", summary="Published knowledge items", responses=FEED_RESPONSES)
async def knowledge_items(request: Request, session: SessionDep) -> Response:
    return await feed_response(request, session, feed_service.content_type(KNOWLEDGE))


@router.get("/position-papers.atom", summary="Published position papers", responses=FEED_RESPONSES)
async def position_papers(request: Request, session: SessionDep) -> Response:
    return await feed_response(request, session, feed_service.content_type(POSITION_PAPERS))


@router.get("/knowledge-items/{kind}.atom", summary="Published knowledge items of one kind", responses=FEED_RESPONSES)
async def knowledge_kind(request: Request, session: SessionDep, kind: str) -> Response:
    if kind not in KnowledgeKind.__members__:
        raise NotFoundError(f"no feed for kind {kind!r}; kinds: {', '.join(KnowledgeKind)}")
    return await feed_response(request, session, feed_service.knowledge_kind(KnowledgeKind(kind)))


@router.get("/themes/{slug}.atom", summary="Published content about one theme", responses=FEED_RESPONSES)
async def theme(request: Request, session: SessionDep, slug: str) -> Response:
    return await feed_response(request, session, await feed_service.theme(session=session, slug=slug))


@router.get("/{language}.atom", summary="Published content in one language (nl, en)", responses=FEED_RESPONSES)
async def language(request: Request, session: SessionDep, language: str) -> Response:
    if language not in Language.__members__:
        raise NotFoundError(f"no feed {language!r}; languages: {', '.join(Language)}")
    return await feed_response(request, session, feed_service.language(Language(language)))

"""What routes, GraphQL and the session dependency tell the cache about the request they are answering."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable, Sequence
from dataclasses import dataclass

from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession

from app.web.response_cache.store import CONTENT_TYPES, GRAPHQL, AnswerStore

# Request state shared with the middleware (middleware.py).
OFFER = "kennisbank_cache_offer"  # the route's Offer
WATCHING = "kennisbank_cache_watching"  # the cache, while it may keep this request's answer
WRITTEN = "kennisbank_wrote"  # the request's transaction committed a write


@dataclass(slots=True)
class Offer:
    """What a route tells the cache about the answer it is giving: what it shows, and until when."""

    tokens: tuple[str, ...]
    expires: float


def mark_written(request: Request) -> None:
    """The request's transaction committed a write (called by the session dependency)."""
    request.scope.setdefault("state", {})[WRITTEN] = True


async def offer(request: Request, session: AsyncSession, *, entity: str, record_ids: Sequence[int | None]) -> None:
    """Let the cache keep this answer: ``record_ids`` are the records it shows, or empty for a list.

    Does nothing unless the cache is watching this request (an anonymous read while it listens).
    """
    ids = {i for i in record_ids if i is not None}
    tokens = tuple(f"{entity}:{i}" for i in sorted(ids)) if record_ids else (entity,)
    await _offer(request, session, tokens=tokens, entities=(entity,))


async def offer_graphql(request: Request, session: AsyncSession) -> None:
    """Let the cache keep a GraphQL answer (a query without search): any change drops it."""
    await _offer(request, session, tokens=(GRAPHQL,), entities=CONTENT_TYPES)


async def _offer(request: Request, session: AsyncSession, *, tokens: tuple[str, ...], entities: Sequence[str]) -> None:
    state = request.scope.get("state") or {}
    cache: AnswerStore | None = state.get(WATCHING)
    if cache is None:
        return
    expires = min([await cache.expiry(session, entity) for entity in entities])
    state[OFFER] = Offer(tokens=tokens, expires=expires)


async def counted(
    request: Request, session: AsyncSession, *, entity: str, key: Hashable, count: Callable[[], Awaitable[int]]
) -> int:
    """A list's total, remembered until a record of ``entity`` changes (counting is a scan; pages are not).

    ``key`` must tell apart everything the count depends on (who asks, which filter).
    """
    cache: AnswerStore | None = getattr(request.app.state, "response_cache", None)
    if cache is None or not cache.listening:
        return await count()
    kept = cache.count(entity, key)
    if kept is not None:
        return kept
    generation = cache.generation
    value = await count()
    cache.keep_count(entity, key, value, generation=generation, expires=await cache.expiry(session, entity))
    return value

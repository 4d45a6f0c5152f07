"""Public answers of the content routes, kept in memory until PostgreSQL says their records changed.

A frontend's page build or a partner's site asks for the same published items and list pages over and
over; each answer costs several queries and a render, and a conditional GET would cost the same just to
answer 304. So every API process keeps the 200 answers it gave to anonymous GETs of knowledge items
and position papers (one record, or one list page) and serves them again, 304s included, without
touching the database, until one of three things says they may be stale:

- a change notification: triggers on the content tables (migration 0007) send ``<type>:<id>`` on the
  ``kennisbank_changes`` channel when the writing transaction commits, whoever wrote (the API, the
  CLI, the scheduler, psql). The record's answers and its translation's go, and every list of its
  type; ``*`` (a theme or organisation changed) empties the cache;
- the clock: an answer expires at the next ``publish_at``/``unpublish_at`` of its type, when what
  the public may see changes without any write;
- losing the notification connection: the cache is emptied and unused until it listens again.

Answers are never kept for a caller with an ``Authorization`` header (editors see drafts), for any
status but 200, or when a notification arrived while the answer was being made (it may predate it).
Once a write made through this process has committed, and before its response goes out, the cache
serves and keeps nothing until this process has heard that write's notifications (``settle``), so a
client that writes and then reads here never reads the old answer, and the writer does not wait.
Another process hears them a moment later (milliseconds on one machine).
``Cache-Control: no-cache`` on a request skips the stored answer (and stores the fresh one).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import itertools
import logging
import os
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import asyncpg
from fastapi import FastAPI, Request, Response
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.http import SPARED_ANSWER, etag_matches

log = logging.getLogger(__name__)

CHANNEL = "kennisbank_changes"
PING_INTERVAL_S = 10.0
BARRIER_TIMEOUT_S = 2.0
MAX_ANSWER_BYTES = 1 << 20
MAX_COUNTS = 10_000  # list totals kept per content type
MAX_GRAPHQL_BODY = 64 * 1024
GRAPHQL = "graphql"  # the token of every GraphQL answer
GRAPHQL_PATH = "/graphql"
CONTENT_TYPES = ("knowledge_item", "position_paper")
HIT_HEADER = (b"kennisbank-cache", b"hit")
_OFFER = "kennisbank_cache_offer"
_WATCHING = "kennisbank_cache_watching"
_WRITTEN = "kennisbank_wrote"
_SAFE = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})

Key = tuple[bytes, bytes, bytes, bytes, bytes]  # path, query, host, scheme, accept

# Seconds until the next publish_at/unpublish_at of a content type (partial indexes of migration 0005).
_NEXT_BOUNDARY = {
    table: text(
        "SELECT extract(epoch FROM least("
        f"(SELECT min(publish_at) FROM {table} WHERE publish_at > now()), "
        f"(SELECT min(unpublish_at) FROM {table} WHERE unpublish_at > now())) - now())"
    )
    for table in CONTENT_TYPES
}


@dataclass(slots=True)
class Answer:
    headers: list[tuple[bytes, bytes]]
    body: bytes
    etag: str
    tokens: tuple[str, ...]
    expires: float  # time.monotonic(); inf when nothing is scheduled
    route_context: Any  # FastAPI's matched route, for the metrics' route label

    @property
    def size(self) -> int:
        return len(self.body) + 64 * len(self.headers) + 200


@dataclass(slots=True)
class Offer:
    """What a route tells the cache about the answer it is giving: what it shows, and until when."""

    tokens: tuple[str, ...]
    expires: float


class ResponseCache:
    """The answers of one process, with the notification connection that keeps them current."""

    def __init__(self, *, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.size = 0
        self.generation = 0  # moves on every notification and every clear
        self.listening = False
        self._answers: OrderedDict[Key, Answer] = OrderedDict()
        self._keys_by_token: dict[str, set[Key]] = {}
        self._boundaries: dict[str, float] = {}  # type -> monotonic time of its next schedule boundary
        self._counts: dict[str, dict[Hashable, tuple[int, float]]] = {}  # type -> filter -> (total, expires)
        self._connection: asyncpg.Connection | None = None
        self._lock = asyncio.Lock()
        self._sync_channel = f"kennisbank_sync_{os.getpid()}_{id(self)}"
        self._barrier_ids = itertools.count(1)
        self._barriers: dict[str, list[asyncio.Future[None]]] = {}  # sent, awaiting their echo
        self._waiting: list[asyncio.Future[None]] = []  # writers for the next barrier
        self._sender: asyncio.Task[None] | None = None
        self._settling = 0  # writes whose notifications this process has not heard yet
        self._settlers: set[asyncio.Task[None]] = set()

    # ----- answers -----

    def get(self, key: Key) -> Answer | None:
        if self._settling:
            return None
        answer = self._answers.get(key)
        if answer is None:
            return None
        if answer.expires <= time.monotonic():
            self._drop(key)
            return None
        self._answers.move_to_end(key)
        return answer

    def put(self, key: Key, answer: Answer, *, generation: int) -> bool:
        """Keep ``answer`` unless anything changed since ``generation`` was read (it may be stale)."""
        if not self.listening or self._settling or generation != self.generation or answer.size > self.max_bytes:
            return False
        self._drop(key)
        self._answers[key] = answer
        self.size += answer.size
        for token in answer.tokens:
            self._keys_by_token.setdefault(token, set()).add(key)
        while self.size > self.max_bytes:
            self._drop(next(iter(self._answers)))
        return True

    def _drop(self, key: Key) -> None:
        answer = self._answers.pop(key, None)
        if answer is None:
            return
        self.size -= answer.size
        for token in answer.tokens:
            keys = self._keys_by_token.get(token)
            if keys is not None:
                keys.discard(key)
                if not keys:
                    del self._keys_by_token[token]

    def __len__(self) -> int:
        return len(self._answers)

    def clear(self) -> None:
        self.generation += 1
        self._answers.clear()
        self._keys_by_token.clear()
        self._boundaries.clear()
        self._counts.clear()
        self.size = 0

    def changed(self, payload: str) -> None:
        """A notification: ``<type>:<id>`` drops that record's answers, its type's lists and every GraphQL
        answer (which may show anything); ``*`` drops all."""
        self.generation += 1
        entity, _, record_id = payload.partition(":")
        if entity == "*" or not record_id:
            self.clear()
            return
        self._boundaries.pop(entity, None)
        self._counts.pop(entity, None)
        for token in (entity, payload, GRAPHQL):
            for key in list(self._keys_by_token.get(token, ())):
                self._drop(key)

    # ----- list totals -----

    def count(self, entity: str, key: Hashable) -> int | None:
        kept = None if self._settling else self._counts.get(entity, {}).get(key)
        if kept is None or kept[1] <= time.monotonic():
            return None
        return kept[0]

    def keep_count(self, entity: str, key: Hashable, value: int, *, generation: int, expires: float) -> None:
        if not self.listening or self._settling or generation != self.generation:
            return
        counts = self._counts.setdefault(entity, {})
        if len(counts) >= MAX_COUNTS:
            counts.clear()
        counts[key] = (value, expires)

    # ----- the schedule -----

    async def expiry(self, session: AsyncSession, entity: str) -> float:
        """When answers showing ``entity`` records expire: its next publish_at/unpublish_at, or never."""
        known = self._boundaries.get(entity)
        if known is not None and known > time.monotonic():
            return known
        generation = self.generation
        seconds = await session.scalar(_NEXT_BOUNDARY[entity])
        expires = float("inf") if seconds is None else time.monotonic() + max(0.0, float(seconds))
        if generation == self.generation:
            self._boundaries[entity] = expires
        return expires

    # ----- notifications -----

    async def listen(self, dsn: str) -> None:
        """Hold the notification connection, reconnecting after a loss; the cache works only meanwhile."""
        backoff = 0.5
        while True:
            connection: asyncpg.Connection | None = None
            try:
                connection = await asyncpg.connect(
                    dsn, timeout=10, server_settings={"application_name": "kennisbank-response-cache"}
                )
                lost = asyncio.Event()
                connection.add_termination_listener(lambda _connection, lost=lost: lost.set())
                await connection.add_listener(CHANNEL, self._on_change)
                await connection.add_listener(self._sync_channel, self._on_sync)
                self._connection = connection
                self.clear()  # whatever happened while nobody listened is unknown
                self.listening = True
                backoff = 0.5
                while not lost.is_set():
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(lost.wait(), PING_INTERVAL_S)
                    if not lost.is_set():
                        async with self._lock:
                            await connection.execute("SELECT 1", timeout=5)
                log.warning("response cache: lost the notification connection; reconnecting")
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("response cache: no notification connection (%s); retrying", exc)
            finally:
                self._stop_listening()
                if connection is not None:
                    with contextlib.suppress(Exception):
                        await asyncio.wait_for(connection.close(), 2)
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, 10.0)

    def _stop_listening(self) -> None:
        self.listening = False
        self._connection = None
        self.clear()
        for futures in [*self._barriers.values(), self._waiting]:
            self._release(futures)  # nothing is cached any more: nothing to wait for
        self._barriers.clear()

    def _on_change(self, _connection: Any, _pid: int, _channel: str, payload: str) -> None:
        self.changed(payload)

    def _on_sync(self, _connection: Any, _pid: int, _channel: str, payload: str) -> None:
        self._release(self._barriers.pop(payload, []))

    async def barrier(self) -> None:
        """Return once this process has heard every notification committed before the call.

        PostgreSQL delivers notifications in commit order, so once a notification sent after the call
        comes back, every earlier one has been handled. Writers that ask meanwhile share one such
        notification (a write waits one round trip, however many there are). If it does not come back
        in time, forget everything.
        """
        if self._connection is None:
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append(future)
        if self._sender is None or self._sender.done():
            self._sender = asyncio.create_task(self._send_barriers(), name="response-cache-barrier")
        try:
            await asyncio.wait_for(asyncio.shield(future), BARRIER_TIMEOUT_S)
        except TimeoutError:
            log.warning("response cache: could not confirm a write's notifications; emptying the cache")
            self.clear()

    def settle(self) -> None:
        """A write just committed here: serve and keep nothing until its notifications are heard.

        The writer does not wait (its response goes out now); reads meanwhile go to the database.
        """
        if self._connection is None:
            return
        self._settling += 1
        self.generation += 1  # answers being made now may predate the write
        task = asyncio.create_task(self._settled(), name="response-cache-settle")
        self._settlers.add(task)
        task.add_done_callback(self._settlers.discard)

    async def _settled(self) -> None:
        try:
            await self.barrier()
        finally:
            self._settling -= 1

    async def _send_barriers(self) -> None:
        """Send one barrier notification for everyone waiting; repeat while more arrive meanwhile."""
        while self._waiting:
            waiting, self._waiting = self._waiting, []
            barrier_id = str(next(self._barrier_ids))
            self._barriers[barrier_id] = waiting
            connection = self._connection
            try:
                if connection is None:
                    raise ConnectionError("not listening")
                async with self._lock:
                    await connection.execute(f"NOTIFY {self._sync_channel}, '{barrier_id}'", timeout=BARRIER_TIMEOUT_S)
            except Exception:
                self.clear()  # nothing kept: nothing stale to wait for
                self._release(self._barriers.pop(barrier_id, []))

    @staticmethod
    def _release(futures: list[asyncio.Future[None]]) -> None:
        for future in futures:
            if not future.done():
                future.set_result(None)


# ----- what routes and the session dependency call -----


def mark_written(request: Request) -> None:
    """The request's transaction committed a write (called by the session dependency)."""
    request.scope.setdefault("state", {})[_WRITTEN] = True


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
    cache: ResponseCache | None = state.get(_WATCHING)
    if cache is None:
        return
    expires = min([await cache.expiry(session, entity) for entity in entities])
    state[_OFFER] = Offer(tokens=tokens, expires=expires)


async def counted(
    request: Request, session: AsyncSession, *, entity: str, key: Hashable, count: Callable[[], Awaitable[int]]
) -> int:
    """A list's total, remembered until a record of ``entity`` changes (counting is a scan; pages are not).

    ``key`` must tell apart everything the count depends on (who asks, which filter).
    """
    cache: ResponseCache | None = getattr(request.app.state, "response_cache", None)
    if cache is None or not cache.listening:
        return await count()
    kept = cache.count(entity, key)
    if kept is not None:
        return kept
    generation = cache.generation
    value = await count()
    cache.keep_count(entity, key, value, generation=generation, expires=await cache.expiry(session, entity))
    return value


# ----- the middleware -----


class CachedResponses:
    """Serve kept answers to anonymous reads; keep what the routes offer; pause the cache after writes."""

    def __init__(self, app: ASGIApp, *, cache: ResponseCache) -> None:
        self.app = app
        self.cache = cache

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
        elif scope["method"] == "GET":
            await self._get(scope, receive, send)
        elif scope["method"] == "POST" and scope["path"] == GRAPHQL_PATH:
            await self._graphql_post(scope, receive, send)
        elif scope["method"] in _SAFE:
            await self.app(scope, receive, send)
        else:
            await self._write(scope, receive, send)

    async def _get(self, scope: Scope, receive: Receive, send: Send) -> None:
        cache = self.cache
        if not cache.listening:
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])  # the few read here are never repeated
        if b"authorization" in headers:
            await self.app(scope, receive, send)
            return
        key: Key = (
            scope["path"].encode(),
            scope["query_string"],
            headers.get(b"host", b""),
            scope["scheme"].encode(),
            headers.get(b"accept", b""),
        )
        await self._serve_or_fill(scope, receive, send, key, headers)

    async def _graphql_post(self, scope: Scope, receive: Receive, send: Send) -> None:
        """An anonymous GraphQL query is a read sent as POST: its body is part of the key."""
        cache = self.cache
        headers = dict(scope["headers"])  # the few that matter are never repeated
        if not cache.listening or b"authorization" in headers or b"x-search-key" in headers:
            await self._write(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more and size <= MAX_GRAPHQL_BODY:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            more = message.get("more_body", False)
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": more}
            return await receive()

        if more:  # too large to be a cached query: pass it on as it came
            await self._write(scope, replay, send)
            return
        accept = headers.get(b"accept", b"") + b"|" + headers.get(b"content-type", b"")
        key: Key = (
            scope["path"].encode(),
            hashlib.sha256(body).digest(),
            headers.get(b"host", b""),
            scope["scheme"].encode(),
            accept,
        )
        await self._serve_or_fill(scope, replay, send, key, headers)

    async def _serve_or_fill(
        self, scope: Scope, receive: Receive, send: Send, key: Key, headers: dict[bytes, bytes]
    ) -> None:
        """The kept answer (a 304 when the client's copy matches), unless the request says no-cache."""
        if b"no-cache" not in headers.get(b"cache-control", b"").lower():
            answer = self.cache.get(key)
            if answer is not None:
                await self._send_kept(scope, send, answer, headers.get(b"if-none-match", b""))
                return
        await self._fill(scope, receive, send, key)

    async def _fill(self, scope: Scope, receive: Receive, send: Send, key: Key) -> None:
        """Run the app, and keep its answer if the route offered it and nothing changed meanwhile."""
        cache = self.cache
        generation = cache.generation
        state = scope.setdefault("state", {})
        state[_WATCHING] = cache
        status = 0
        headers: list[tuple[bytes, bytes]] = []
        chunks: list[bytes] = []
        size = 0

        async def capture(message: Message) -> None:
            nonlocal status, headers, size
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", ()))
            elif message["type"] == "http.response.body" and status == 200 and size <= MAX_ANSWER_BYTES:
                chunk = message.get("body", b"")
                chunks.append(chunk)
                size += len(chunk)
            await send(message)

        await self.app(scope, receive, capture)
        offered: Offer | None = state.pop(_OFFER, None)
        state.pop(_WATCHING, None)
        spared = state.pop(SPARED_ANSWER, None)
        if offered is None:
            return
        if status == 304 and spared is not None:  # a conditional GET: keep the answer it was spared
            full = Response(spared[0], media_type="application/json", headers=spared[1])
            status, headers, chunks, size = 200, full.raw_headers, [bytes(full.body)], len(full.body)
        if status != 200 or size > MAX_ANSWER_BYTES:
            return
        etag = next((v.decode() for n, v in headers if n == b"etag"), "")
        answer = Answer(
            headers=headers,
            body=b"".join(chunks),
            etag=etag,
            tokens=offered.tokens,
            expires=offered.expires,
            route_context=(scope.get("fastapi") or {}).get("effective_route_context"),
        )
        cache.put(key, answer, generation=generation)

    @staticmethod
    async def _send_kept(scope: Scope, send: Send, answer: Answer, if_none_match: bytes) -> None:
        if answer.route_context is not None:
            scope.setdefault("fastapi", {})["effective_route_context"] = answer.route_context
        if if_none_match and answer.etag and etag_matches(if_none_match.decode("latin-1"), answer.etag):
            headers = [(n, v) for n, v in answer.headers if n not in (b"content-type", b"content-length")]
            await send({"type": "http.response.start", "status": 304, "headers": [*headers, HIT_HEADER]})
            await send({"type": "http.response.body", "body": b""})
            return
        await send({"type": "http.response.start", "status": 200, "headers": [*answer.headers, HIT_HEADER]})
        await send({"type": "http.response.body", "body": answer.body})

    async def _write(self, scope: Scope, receive: Receive, send: Send) -> None:
        cache = self.cache

        async def after_news(message: Message) -> None:
            if message["type"] == "http.response.start" and (scope.get("state") or {}).get(_WRITTEN):
                cache.settle()  # before the response: a read that follows it cannot get an old answer
            await send(message)

        await self.app(scope, receive, after_news if cache.listening else send)


def asyncpg_dsn(database_url: str) -> str:
    """The SQLAlchemy URL as a plain asyncpg DSN."""
    return make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)


@asynccontextmanager
async def response_cache_runtime(app: FastAPI, database_url: str) -> AsyncIterator[None]:
    """Listen for change notifications while the app runs (when the cache is on)."""
    cache: ResponseCache | None = app.state.response_cache
    if cache is None:
        yield
        return
    task = asyncio.create_task(cache.listen(asyncpg_dsn(database_url)), name="response-cache-listener")
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

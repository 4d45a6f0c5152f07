"""The ASGI middleware: serve kept answers to anonymous reads, keep what routes offer, pause after writes."""

from __future__ import annotations

import hashlib

from fastapi import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.web.conditional import SPARED_ANSWER, etag_matches
from app.web.response_cache.listener import ResponseCache
from app.web.response_cache.offers import OFFER, WATCHING, WRITTEN, Offer
from app.web.response_cache.store import Answer, Key

MAX_ANSWER_BYTES = 1 << 20
MAX_GRAPHQL_BODY = 64 * 1024
HIT_HEADER = (b"kennisbank-cache", b"hit")
_SAFE = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


class CachedResponses:
    """Serve kept answers to anonymous reads; keep what the routes offer; pause the cache after writes.

    A POST to ``graphql_path`` (the GraphQL endpoint, named by app/main.py) may be a query: a read whose
    body is part of the key. Any other POST is a write.
    """

    def __init__(self, app: ASGIApp, *, cache: ResponseCache, graphql_path: str | None = None) -> None:
        self.app = app
        self.cache = cache
        self.graphql_path = graphql_path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
        elif scope["method"] == "GET":
            await self._get(scope, receive, send)
        elif scope["method"] == "POST" and scope["path"] == self.graphql_path:
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
        if b"authorization" in headers or b"x-preview-token" in headers:  # a key or a preview may see drafts
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
        if (
            not cache.listening
            or b"authorization" in headers
            or b"x-search-key" in headers
            or b"x-preview-token" in headers
        ):
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
        state[WATCHING] = cache
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
        offered: Offer | None = state.pop(OFFER, None)
        state.pop(WATCHING, None)
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
            if message["type"] == "http.response.start" and (scope.get("state") or {}).get(WRITTEN):
                cache.settle()  # before the response: a read that follows it cannot get an old answer
            await send(message)

        await self.app(scope, receive, after_news if cache.listening else send)

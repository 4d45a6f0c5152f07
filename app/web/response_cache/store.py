"""The answers one process keeps, the list totals, and when the schedule makes them expire."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

MAX_COUNTS = 10_000  # list totals kept per content type
GRAPHQL = "graphql"  # the token of every GraphQL answer
CONTENT_TYPES = ("knowledge_item", "position_paper")

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


class AnswerStore:
    """Answers by key (least recently used first out), list totals, and the schedule's next boundaries.

    It keeps nothing unless ``listening``, and serves and keeps nothing while ``_settling`` (both are
    kept by the notification listener, listener.py); ``generation`` moves on every change, so an answer
    made while one arrived is not kept.
    """

    def __init__(self, *, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.size = 0
        self.generation = 0  # moves on every notification and every clear
        self.listening = False
        self._settling = 0  # writes whose notifications this process has not heard yet
        self._answers: OrderedDict[Key, Answer] = OrderedDict()
        self._keys_by_token: dict[str, set[Key]] = {}
        self._boundaries: dict[str, float] = {}  # type -> monotonic time of its next schedule boundary
        self._counts: dict[str, dict[Hashable, tuple[int, float]]] = {}  # type -> filter -> (total, expires)

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

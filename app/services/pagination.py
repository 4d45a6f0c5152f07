"""Keyset pagination: sort specs, opaque tamper-evident cursors, and the "after this row" condition."""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

import orjson
from sqlalchemy import ColumnElement, SQLColumnExpression, and_, false, or_

from app.errors import ValidationFailedError

T = TypeVar("T")
DEFAULT_LIMIT = 20
MAX_LIMIT = 100


@dataclass(frozen=True, slots=True)
class SortField:
    name: str
    descending: bool


def parse_sort(raw: str | None, *, allowed: Sequence[str], default: str) -> tuple[SortField, ...]:
    """Parse ``-published_at,title`` against a whitelist. The id tie-breaker is added by the caller."""
    text = raw if raw else default
    fields: list[SortField] = []
    for part in text.split(","):
        token = part.strip()
        descending = token.startswith("-")
        name = token.lstrip("-+")
        if name not in allowed:
            raise ValidationFailedError(
                f"cannot sort by {name!r}; allowed: {', '.join(allowed)} (prefix - for descending)",
                field="sort",
            )
        if any(f.name == name for f in fields):
            raise ValidationFailedError(f"sort field {name!r} given twice", field="sort")
        fields.append(SortField(name, descending))
    return tuple(fields)


def keyset_after(
    columns: Sequence[SQLColumnExpression[Any]], descending: Sequence[bool], values: Sequence[Any]
) -> ColumnElement[bool]:
    """Rows strictly after ``values`` in the order given by ``columns`` (the last one unique)."""
    clauses = []
    for i, column in enumerate(columns):
        equal_prefix = [columns[j] == values[j] for j in range(i)]
        beyond = column < values[i] if descending[i] else column > values[i]
        clauses.append(and_(*equal_prefix, beyond))
    return or_(*clauses) if clauses else false()


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: list[T]
    next_after: tuple[Any, ...] | None
    total: int


class CursorCodec:
    """Opaque cursors: the sort key of the last row, bound to the query's sort, HMAC-signed."""

    def __init__(self, secret: str) -> None:
        self._key = hashlib.sha256(b"kennisbank-cursor:" + secret.encode()).digest()

    def encode(self, values: Sequence[Any], *, scope: str) -> str:
        payload = orjson.dumps([scope, [_to_json(v) for v in values]])
        mac = hmac.new(self._key, payload, hashlib.sha256).digest()[:12]
        return base64.urlsafe_b64encode(payload + mac).decode().rstrip("=")

    def decode(self, cursor: str, *, scope: str, types: Sequence[type]) -> tuple[Any, ...]:
        invalid = ValidationFailedError("invalid or expired cursor: start again from the first page", field="cursor")
        try:
            raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        except (ValueError, TypeError):
            raise invalid from None
        payload, mac = raw[:-12], raw[-12:]
        expected = hmac.new(self._key, payload, hashlib.sha256).digest()[:12]
        if len(raw) <= 12 or not hmac.compare_digest(mac, expected):
            raise invalid
        try:
            cursor_scope, values = orjson.loads(payload)
            if cursor_scope != scope or len(values) != len(types):
                raise invalid
            return tuple(_from_json(v, t) for v, t in zip(values, types, strict=True))
        except (orjson.JSONDecodeError, ValueError, TypeError):
            raise invalid from None


def _to_json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def _from_json(value: Any, kind: type) -> Any:
    if kind is datetime:
        return datetime.fromisoformat(value)
    if not isinstance(value, kind):
        raise TypeError(f"cursor value {value!r} is not {kind.__name__}")
    return value


def scope_of(name: str, sort: Sequence[SortField]) -> str:
    """Cursors only work for the listing and sort order they came from."""
    order = ",".join(("-" if f.descending else "") + f.name for f in sort)
    return f"{name}:{order}"

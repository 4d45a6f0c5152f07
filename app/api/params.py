"""Query-string rules shared by every route: unknown parameters, lists, sparse fields, includes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import Annotated, Literal

from fastapi import Depends, Query, Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from pydantic import BeforeValidator

from app.errors import KennisbankError, ValidationFailedError
from app.services.common import MAX_FILTER_VALUES

_known_params: dict[int, frozenset[str]] = {}


class UnknownParameterError(KennisbankError):
    code = "unknown_parameter"
    title = "Unknown query parameter"
    http_status = 400


def _query_names(dependant: Dependant) -> set[str]:
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def known_parameters(route: APIRoute) -> frozenset[str]:
    """Every query parameter the route declares, its dependencies' included (computed once per route)."""
    cached = _known_params.get(id(route))
    if cached is None:
        cached = frozenset(_query_names(route.dependant))
        _known_params[id(route)] = cached
    return cached


async def reject_unknown_parameters(request: Request) -> None:
    """A misspelt filter must fail loudly (400), not silently return everything."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    known = known_parameters(route)
    unknown = sorted({name for name in request.query_params if name not in known})
    if unknown:
        raise UnknownParameterError(
            f"unknown query parameter{'s' if len(unknown) > 1 else ''}: {', '.join(unknown)}; "
            f"this endpoint accepts: {', '.join(sorted(known)) or 'none'}",
            parameters=unknown,
        )
    for name in known:
        if len(request.query_params.getlist(name)) > MAX_FILTER_VALUES:
            raise ValidationFailedError(f"at most {MAX_FILTER_VALUES} values for {name}", field=name)
    # PostgreSQL text cannot hold NUL: refuse it here rather than fail in the database.
    for name, value in [*request.query_params.multi_items(), *request.path_params.items()]:
        if "\x00" in str(value):
            raise ValidationFailedError(f"{name} contains a NUL character", field=name)


StrictQuery = Depends(reject_unknown_parameters)

LOCALES = ("nl", "en")
DEFAULT_LOCALE = "nl"


def preferred_locale(locale: str | None, accept_language: str | None) -> str:
    """``locale`` when given, else the first of ours that ``Accept-Language`` prefers, else Dutch."""
    if locale is not None:
        return locale
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate((accept_language or "").split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                continue
        language = tag.strip().lower().split("-")[0]
        if language in LOCALES and quality > 0:
            ranked.append((-quality, index, language))
    return min(ranked)[2] if ranked else DEFAULT_LOCALE


async def requested_locale(
    request: Request,
    locale: Annotated[
        Literal["nl", "en"] | None,
        Query(description="Language of `description` (else `Accept-Language`, else nl); Dutch when no English text."),
    ] = None,
) -> None:
    request.state.locale = preferred_locale(locale, request.headers.get("accept-language"))


LocaleParam = Depends(requested_locale)


def comma_list(raw: str | None, *, allowed: Iterable[str], name: str) -> tuple[str, ...]:
    """Parse ``a,b,c`` and check every value against ``allowed``."""
    if not raw:
        return ()
    values = tuple(dict.fromkeys(v.strip() for v in raw.split(",") if v.strip()))
    allowed_set = set(allowed)
    unknown = [v for v in values if v not in allowed_set]
    if unknown:
        raise ValidationFailedError(
            f"unknown {name}: {', '.join(unknown)}; allowed: {', '.join(sorted(allowed_set))}", field=name
        )
    return values


def sparse(document: dict[str, object], fields: tuple[str, ...]) -> dict[str, object]:
    return {k: document[k] for k in fields if k in document} if fields else document


def _iso_datetime(value: object) -> object:
    # Pydantic reads a bare number as a Unix timestamp; the documented format is ISO 8601 only.
    if isinstance(value, str) and _NUMBER.fullmatch(value.strip()):
        raise ValueError("use an ISO 8601 date-time such as 2024-05-01T00:00:00Z")
    return value


_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
IsoDateTime = Annotated[datetime, BeforeValidator(_iso_datetime)]
LimitQuery = Annotated[int, Query(ge=1, le=100, description="Items per page (1-100).")]
CursorQuery = Annotated[
    str | None,
    Query(max_length=512, description="Opaque cursor from `meta.next_cursor` of the previous page."),
]
FieldsQuery = Annotated[
    str | None,
    Query(max_length=500, description="Comma-separated fields to return (sparse fieldset), e.g. `title,slug`."),
]
IncludeQuery = Annotated[
    str | None,
    Query(max_length=200, description="Comma-separated relations to return in full instead of compactly."),
]
SortQuery = Annotated[
    str | None,
    Query(max_length=200, description="Comma-separated sort fields; prefix `-` for descending."),
]

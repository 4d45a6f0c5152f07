"""What a search asks for and what it answers: the validated request, a partner key's scope, the result.

Every value is checked here before either engine sees it: nothing the caller sends reaches Meilisearch
as filter syntax or PostgreSQL as anything but a bound parameter.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from app.errors import ValidationFailedError
from app.models.base import SLUG_PATTERN, Language
from app.models.change import EntityType
from app.models.knowledge import KnowledgeKind
from app.models.organisation import OrganisationKind
from app.search.indexes import INDEX_SUFFIX, MAX_TOTAL_HITS

MAX_QUERY_LENGTH = 200
MAX_LIMIT = 50
MAX_VALUES = 20
SUGGEST_LIMIT = 8
TYPES = {str(t): t for t in INDEX_SUFFIX}
# Public facet names and the document attribute each counts.
FACETS = {
    "type": "type",
    "theme": "themes",
    "kind": "kind",
    "language": "language",
    "year": "year",
    "organisation": "organisations",
}
SORTS = {
    "relevance": None,
    "newest": "published_at:desc",
    "oldest": "published_at:asc",
    "title": "title:asc",
    "-title": "title:desc",
}
KINDS = {str(k) for k in KnowledgeKind} | {str(k) for k in OrganisationKind}
LANGUAGES = {str(lang) for lang in Language}
SLUG = re.compile(SLUG_PATTERN)
# Private-use characters mark highlights, so the text around them can be HTML-escaped before <mark> goes in.
PRE, POST = "\ue000", "\ue001"


def check_query(q: str) -> None:
    if len(q) > MAX_QUERY_LENGTH:
        raise ValidationFailedError(f"the query is longer than {MAX_QUERY_LENGTH} characters", field="q")


@dataclass(frozen=True)
class SearchRequest:
    """A search as the caller asked for it; ``validate`` checks every value before it is used."""

    q: str = ""
    types: Sequence[str] = ()
    themes: Sequence[str] = ()
    kinds: Sequence[str] = ()
    languages: Sequence[str] = ()
    years: Sequence[int] = ()
    organisations: Sequence[str] = ()
    # A partner key's fixed languages: content in these languages, and the directory (which has none).
    scope_languages: Sequence[str] = ()
    sort: str = "relevance"
    limit: int = 20
    offset: int = 0
    facets: Sequence[str] = ()

    def validate(self) -> None:
        check_query(self.q)
        if not 1 <= self.limit <= MAX_LIMIT:
            raise ValidationFailedError(f"limit must be between 1 and {MAX_LIMIT}", field="limit")
        if not 0 <= self.offset <= MAX_TOTAL_HITS - self.limit:
            raise ValidationFailedError(
                f"offset must be between 0 and {MAX_TOTAL_HITS} minus limit; refine the query instead", field="offset"
            )
        if self.sort not in SORTS:
            raise ValidationFailedError(f"sort must be one of: {', '.join(SORTS)}", field="sort")
        checks: list[tuple[str, Sequence[Any], Any]] = [
            ("type", self.types, lambda v: v in TYPES),
            ("theme", self.themes, lambda v: len(v) <= 120 and SLUG.match(v)),
            ("organisation", self.organisations, lambda v: len(v) <= 120 and SLUG.match(v)),
            ("kind", self.kinds, lambda v: v in KINDS),
            ("language", self.languages, lambda v: v in LANGUAGES),
            ("language", self.scope_languages, lambda v: v in LANGUAGES),
            ("year", self.years, lambda v: 1900 <= v <= 2200),
            ("facets", self.facets, lambda v: v in FACETS),
        ]
        for name, values, ok in checks:
            if len(values) > MAX_VALUES:
                raise ValidationFailedError(f"at most {MAX_VALUES} values for {name}", field=name)
            bad = [str(v) for v in values if not ok(v)]
            if bad:
                raise ValidationFailedError(f"unknown {name}: {', '.join(bad[:5])}", field=name)

    @property
    def entity_types(self) -> list[EntityType]:
        return [TYPES[t] for t in self.types] if self.types else list(INDEX_SUFFIX)


@dataclass(frozen=True)
class SearchScope:
    """The fixed filters of a partner search key: a search made with it can narrow them, never widen them.

    Fixed languages scope content only: organisations have no language, and a Dutch partner site still
    searches the whole directory (as the widget's "... en organisaties" promises).
    """

    key_id: int
    themes: Sequence[str] = ()
    languages: Sequence[str] = ()
    kinds: Sequence[str] = ()

    def narrow(self, request: SearchRequest) -> SearchRequest | None:
        """The request within this scope; None when it only asks for values outside it (nothing can match)."""
        themes = _within(self.themes, request.themes)
        kinds = _within(self.kinds, request.kinds)
        languages = [v for v in request.languages if v in self.languages] if self.languages else request.languages
        if themes is None or kinds is None or (request.languages and not languages):
            return None
        return replace(request, themes=themes, languages=languages, kinds=kinds, scope_languages=self.languages)


def _within(fixed: Sequence[str], asked: Sequence[str]) -> Sequence[str] | None:
    """The asked values a scope allows (all of the scope's when none are asked); None when none are allowed."""
    if not fixed:
        return asked
    values = [v for v in asked if v in fixed] if asked else list(fixed)
    return values or None


@dataclass
class SearchResult:
    query: str
    hits: list[dict[str, Any]]
    estimated_total_hits: int
    limit: int
    offset: int
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    degraded: bool = False
    processing_time_ms: int = 0


def marked(text: str | None) -> str:
    """HTML-escape highlighted text and turn our private markers into <mark> tags."""
    return html.escape(text or "").replace(PRE, "<mark>").replace(POST, "</mark>")


def suggestion(hit: dict[str, Any], highlight: str) -> dict[str, Any]:
    """A search-as-you-type answer: what a hit needs to be shown and linked, and its title highlighted."""
    return {key: hit.get(key) for key in ("type", "id", "slug", "title", "url")} | {"highlight": highlight}

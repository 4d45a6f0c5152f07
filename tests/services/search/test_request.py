"""The search request (app/services/search/request.py, meili.py): validation, filter building, highlight escaping."""

from __future__ import annotations

import pytest

from app.errors import ValidationFailedError
from app.services.search.labels import preferred_locale
from app.services.search.meili import meili_filter
from app.services.search.request import POST, PRE, SearchRequest, SearchScope, marked


def test_filters_are_built_from_validated_values_only() -> None:
    request = SearchRequest(themes=["vvv", "klimaat"], kinds=["report"], years=[2024], languages=["nl"])
    request.validate()
    assert meili_filter(request) == [
        'themes IN ["vvv", "klimaat"]',
        'kind IN ["report"]',
        'language IN ["nl"]',
        "year IN [2024]",
    ]


@pytest.mark.parametrize(
    ("request_", "field"),
    [
        (SearchRequest(themes=['x" OR type = "user']), "theme"),
        (SearchRequest(kinds=["secret"]), "kind"),
        (SearchRequest(languages=["de"]), "language"),
        (SearchRequest(years=[1066]), "year"),
        (SearchRequest(facets=["body"]), "facets"),
        (SearchRequest(types=["api_key"]), "type"),
        (SearchRequest(limit=0), "limit"),
        (SearchRequest(offset=990, limit=20), "offset"),
        (SearchRequest(sort="published_at:asc"), "sort"),
        (SearchRequest(themes=[f"t{n}" for n in range(21)]), "theme"),
    ],
)
def test_invalid_requests_name_the_field(request_: SearchRequest, field: str) -> None:
    with pytest.raises(ValidationFailedError) as raised:
        request_.validate()
    assert raised.value.field == field


def test_highlights_are_escaped_before_mark_tags_go_in() -> None:
    assert marked(f"<script>{PRE}x{POST}</script>") == "&lt;script&gt;<mark>x</mark>&lt;/script&gt;"


def test_a_keys_languages_scope_content_and_leave_the_directory_in() -> None:
    scope = SearchScope(key_id=1, languages=["nl"])
    free = scope.narrow(SearchRequest())
    assert free is not None and free.languages == [] and free.scope_languages == ["nl"]
    assert meili_filter(free) == ['(language IN ["nl"] OR type = "organisation")']
    asked = scope.narrow(SearchRequest(languages=["nl"]))
    assert asked is not None and meili_filter(asked) == [
        'language IN ["nl"]',
        '(language IN ["nl"] OR type = "organisation")',
    ]
    assert scope.narrow(SearchRequest(languages=["en"])) is None  # outside the scope: nothing
    with pytest.raises(ValidationFailedError):
        SearchRequest(scope_languages=['nl"] OR x']).validate()


@pytest.mark.parametrize(
    ("header", "locale"),
    [
        (None, "nl"),
        ("", "nl"),
        ("en", "en"),
        ("en-GB,en;q=0.9", "en"),
        ("de-DE, en;q=0.8, nl;q=0.5", "en"),
        ("en;q=0.4, nl-BE", "nl"),
        ("fr, de", "nl"),
        ("en;q=0, nl;q=0.1", "nl"),
        ("en;q=oops, nl", "nl"),
        ("nl, en", "nl"),
    ],
)
def test_the_preferred_locale_follows_accept_language_and_falls_back_to_dutch(header: str | None, locale: str) -> None:
    assert preferred_locale(header) == locale

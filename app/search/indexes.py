"""Index design in code: one public index per type, its settings, and applying them idempotently."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.models.change import EntityType

INDEX_SUFFIX = {
    EntityType.knowledge_item: "knowledge_items",
    EntityType.position_paper: "position_papers",
    EntityType.organisation: "organisations",
}

# Ranking order: a match in the title beats one in the summary, which beats one in the body.
SEARCHABLE = {
    EntityType.knowledge_item: [
        "title", "summary", "tags", "theme_names", "organisation_names", "body", "attachment_text",
    ],
    EntityType.position_paper: [
        "title", "summary", "theme_names", "organisation_names", "occasion", "ministry", "body", "attachment_text",
    ],
    EntityType.organisation: ["title", "acronym", "summary", "theme_names", "city", "body"],
}  # fmt: skip
# ``unpublish_at`` (epoch seconds) is for the publication window only: every query and tenant token filters on it.
FILTERABLE = ["type", "kind", "themes", "language", "year", "organisations", "country", "audience", "unpublish_at"]
SORTABLE = ["published_at", "title"]
# What a search hit may show; the body, attachment text and sync bookkeeping (version, digest) stay inside.
DISPLAYED = [
    "id", "type", "slug", "title", "summary", "url", "language", "year", "published_at", "kind", "tags",
    "themes", "theme_names", "organisations", "organisation_names", "audience", "acronym", "country", "city",
]  # fmt: skip
LOCALIZED_TEXT = ["title", "summary", "body", "attachment_text", "tags", "theme_names", "occasion"]
MAX_TOTAL_HITS = 1000
MAX_FACET_VALUES = 100

DUTCH_STOP_WORDS = [
    "de", "het", "een", "en", "of", "van", "in", "op", "te", "voor", "met", "aan", "bij", "door", "over",
    "naar", "uit", "als", "dat", "die", "dit", "deze", "is", "zijn", "was", "wordt", "worden", "er", "om",
    "ook", "tot", "niet", "maar", "nog", "wel", "dan", "hun", "haar", "hij", "zij", "ze", "we", "wij",
]  # fmt: skip
ENGLISH_STOP_WORDS = [
    "the", "a", "an", "and", "or", "of", "in", "on", "to", "for", "with", "at", "by", "from", "as", "is",
    "are", "was", "were", "be", "been", "this", "that", "these", "those", "it", "its", "into", "about",
]  # fmt: skip

# Groups of equivalent terms from the field's vocabulary; every term is a synonym of every other.
SYNONYM_GROUPS = [
    ["sdg 5", "sdg5", "duurzaam ontwikkelingsdoel 5", "sustainable development goal 5"],
    ["1325", "vrouwen vrede en veiligheid", "women peace and security", "wps"],
    ["gbv", "gender-based violence", "gendergerelateerd geweld"],
    ["srgr", "srhr", "seksuele en reproductieve gezondheid en rechten", "sexual and reproductive health and rights"],
    ["csw", "commission on the status of women", "vn-vrouwenrechtencommissie"],
]  # fmt: skip


def synonyms() -> dict[str, list[str]]:
    """The synonym groups as Meilisearch wants them: each term mapped to the others."""
    mapping: dict[str, list[str]] = {}
    for group in SYNONYM_GROUPS:
        for term in group:
            mapping[term] = [other for other in group if other != term]
    return mapping


def index_settings(entity_type: EntityType) -> dict[str, Any]:
    """The full settings of one index, in Meilisearch's JSON shape."""
    return {
        "searchableAttributes": SEARCHABLE[entity_type],
        "filterableAttributes": FILTERABLE,
        "sortableAttributes": SORTABLE,
        "displayedAttributes": DISPLAYED,
        "localizedAttributes": [{"attributePatterns": LOCALIZED_TEXT, "locales": ["nld", "eng"]}],
        "stopWords": sorted(set(DUTCH_STOP_WORDS + ENGLISH_STOP_WORDS)),
        "synonyms": synonyms(),
        "typoTolerance": {
            "enabled": True,
            "minWordSizeForTypos": {"oneTypo": 5, "twoTypos": 9},
            # Slugs and codes are matched exactly: "sdg 5" must not find "sdg 6".
            "disableOnAttributes": ["tags"],
            "disableOnNumbers": True,
        },
        "pagination": {"maxTotalHits": MAX_TOTAL_HITS},
        "faceting": {"maxValuesPerFacet": MAX_FACET_VALUES},
    }


# Settings whose order Meilisearch ignores (and may return sorted).
UNORDERED = {"stopWords", "filterableAttributes", "sortableAttributes", "disableOnAttributes", "locales"}


def _matches(desired: Any, current: Any, key: str = "") -> bool:
    """Whether the server's value covers ours; keys we don't set are left to the server's defaults."""
    if isinstance(desired, dict):
        return isinstance(current, dict) and all(_matches(v, current.get(k), k) for k, v in desired.items())
    if isinstance(desired, list) and key in UNORDERED:
        return isinstance(current, list) and sorted(map(str, desired)) == sorted(map(str, current))
    if isinstance(desired, list):
        return (
            isinstance(current, list)
            and len(desired) == len(current)
            and all(_matches(d, c, key) for d, c in zip(desired, current, strict=True))
        )
    return bool(desired == current)


def settings_diff(desired: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
    """The settings in ``desired`` that the server does not have yet (an empty dict means up to date)."""
    changed: dict[str, Any] = {}
    for key, value in desired.items():
        if key == "synonyms":
            have = {k: sorted(v) for k, v in (current.get(key) or {}).items()}
            if have != {k: sorted(v) for k, v in value.items()}:
                changed[key] = value
        elif not _matches(value, current.get(key), key):
            changed[key] = value
    return changed


def indexed_types(names: Iterable[str] | None = None) -> list[EntityType]:
    """The entity types to act on: all indexed types, or the ones named (by type or index suffix)."""
    if not names:
        return list(INDEX_SUFFIX)
    by_name = {str(t): t for t in INDEX_SUFFIX} | {suffix: t for t, suffix in INDEX_SUFFIX.items()}
    return [by_name[n] for n in names]

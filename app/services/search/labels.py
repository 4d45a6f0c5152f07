"""Facet labels: what a person reads for a facet value, in Dutch or English.

Themes are labelled with their own names (``name_nl``/``name_en``), organisations with theirs, years as
themselves; types, kinds and languages from the small translated table below. REST search, GraphQL
search, the widget (through REST) and InstantSearch pages (through ``GET /api/v1/search/labels``) all
read labels here, so a value reads the same everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.errors import ValidationFailedError
from app.models.organisation import Organisation
from app.models.theme import Theme

LOCALES = ("nl", "en")
DEFAULT_LOCALE = "nl"  # the platform's own language: what an unknown or absent preference gets

# value -> (Dutch, English)
FIXED: dict[str, dict[str, tuple[str, str]]] = {
    "type": {
        "knowledge_item": ("Kennisbank", "Knowledge base"),
        "position_paper": ("Standpunt", "Position paper"),
        "organisation": ("Organisatie", "Organisation"),
    },
    "kind": {
        "publication": ("Publicatie", "Publication"),
        "report": ("Rapport", "Report"),
        "toolkit": ("Toolkit", "Toolkit"),
        "good_practice": ("Goed voorbeeld", "Good practice"),
        "news": ("Nieuws", "News"),
        "newsletter": ("Nieuwsbrief", "Newsletter"),
        "training": ("Training", "Training"),
        "event_report": ("Verslag", "Event report"),
        "member": ("Lid", "Member"),
        "partner": ("Partner", "Partner"),
        "alliance": ("Alliantie", "Alliance"),
        "network": ("Netwerk", "Network"),
        "government": ("Overheid", "Government"),
        "knowledge_institute": ("Kennisinstituut", "Knowledge institute"),
        "funder": ("Financier", "Funder"),
    },
    "language": {"nl": ("Nederlands", "Dutch"), "en": ("Engels", "English")},
}


@dataclass(frozen=True)
class FacetValue:
    """One value of a facet: the value a filter takes, its label in the asked language, its count."""

    value: str
    label: str
    count: int


def check_locale(locale: str) -> str:
    """A locale asked for explicitly (``?locale=``, GraphQL ``locale``): nl or en, else a 400."""
    if locale not in LOCALES:
        raise ValidationFailedError(f"locale must be one of: {', '.join(LOCALES)}", field="locale")
    return locale


def preferred_locale(accept_language: str | None) -> str:
    """The best of nl/en by an ``Accept-Language`` header (q-values honoured); Dutch when neither is there."""
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.partition(";")
        language = tag.strip().lower().split("-")[0]
        try:
            q = float(params.strip().removeprefix("q=")) if params.strip() else 1.0
        except ValueError:
            continue
        if language in LOCALES and q > 0:
            ranked.append((q, -position, language))  # a tie goes to the one listed first
    return max(ranked)[2] if ranked else DEFAULT_LOCALE


def _fixed(facet: str, value: str, locale: str) -> str:
    names = FIXED[facet].get(value)
    if names is None:
        return value.replace("_", " ").capitalize()
    return names[LOCALES.index(locale)]


async def theme_names(*, session: AsyncSession, slugs: Iterable[str] | None, locale: str) -> dict[str, str]:
    """Theme names by slug in the locale (every theme when ``slugs`` is None)."""
    name = col(Theme.name_en) if locale == "en" else col(Theme.name_nl)
    query = select(col(Theme.slug), name)
    if slugs is not None:
        query = query.where(col(Theme.slug).in_(list(slugs)))
    return {slug: label for slug, label in (await session.execute(query)).all()}


async def organisation_names(*, session: AsyncSession, slugs: Iterable[str]) -> dict[str, str]:
    """Organisation names by slug (names are not translated)."""
    query = select(col(Organisation.slug), col(Organisation.name)).where(col(Organisation.slug).in_(list(slugs)))
    return {slug: label for slug, label in (await session.execute(query)).all()}


async def label_facets(
    *, session: AsyncSession, facets: Mapping[str, Mapping[str, int]], locale: str
) -> dict[str, list[FacetValue]]:
    """Facet counts as labelled values, most frequent first (then by label)."""
    themes = await theme_names(session=session, slugs=facets["theme"], locale=locale) if facets.get("theme") else {}
    organisations = (
        await organisation_names(session=session, slugs=facets["organisation"]) if facets.get("organisation") else {}
    )
    labelled: dict[str, list[FacetValue]] = {}
    for facet, counts in facets.items():
        values = []
        for value, count in counts.items():
            if facet == "theme":
                label = themes.get(value, value)
            elif facet == "organisation":
                label = organisations.get(value, value)
            elif facet in FIXED:
                label = _fixed(facet, value, locale)
            else:
                label = str(value)
            values.append(FacetValue(value=str(value), label=label, count=count))
        values.sort(key=lambda v: (-v.count, v.label.casefold()))
        labelled[facet] = values
    return labelled


async def search_labels(*, session: AsyncSession, locale: str) -> dict[str, dict[str, str]]:
    """Every label a search page needs for type, kind, language and theme, by facet and value."""
    labels = {facet: {value: _fixed(facet, value, locale) for value in values} for facet, values in FIXED.items()}
    labels["theme"] = dict(sorted((await theme_names(session=session, slugs=None, locale=locale)).items()))
    return labels

"""Canonical URLs: where each public record lives on the site built on the Kennisbank.

``KENNISBANK_SITE_URL`` (default https://www.wo-men.nl) plus a path pattern per type
(``KENNISBANK_SITE_PATHS``, a JSON object overriding ``app.settings.DEFAULT_SITE_PATHS``), with the
record's slug in place of ``{slug}``. Slugs are stable once published, so these URLs are too.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import quote

from app.models.change import EntityType
from app.settings import Settings


class SiteLinks:
    """The canonical URL of a record from its type and slug."""

    def __init__(self, site_url: str, patterns: Mapping[str, str]) -> None:
        self.site_url = site_url.rstrip("/")
        self.patterns = dict(patterns)

    def url(self, entity: EntityType | str, slug: str) -> str:
        return self.site_url + self.patterns[str(entity)].replace("{slug}", quote(slug, safe=""))


def site_links(settings: Settings) -> SiteLinks:
    """The links of these settings."""
    return SiteLinks(settings.site_url, settings.site_path_patterns)

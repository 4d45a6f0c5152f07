"""Citable metadata of published content: schema.org JSON-LD and citations (CSL-JSON, BibTeX, RIS).

Feeds and OAI-PMH build on the same ``CitableItem``, so every public surface names authors,
publishers, dates and themes the same way. Only published content is ever loaded here (the
anonymous visibility rule), so a draft cannot reach any of these formats.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

import orjson
from sqlalchemy.ext.asyncio import AsyncSession

from app.models.base import Language
from app.models.content import Attachment
from app.models.content_types import Citation, ContentModel, ContentSpec
from app.models.organisation import Organisation
from app.models.theme import Theme
from app.services.auth import ANONYMOUS
from app.services.content.listing import content_by_ids, get_content
from app.services.content.relations import attachments_for, organisations_for, themes_for

# Position papers are WO=MEN's own lobby documents: the platform publishes them, signatories author them.
PLATFORM_PUBLISHER = "WO=MEN Dutch Gender Platform"
PLATFORM_URL = "https://www.wo-men.nl/"
# Atom ids and other identifiers that must not change when the API moves host (RFC 4151 tag URIs).
TAG_AUTHORITY = "tag:wo-men.nl,2026:kennisbank"


class CitationFormat(StrEnum):
    csl_json = "csl-json"
    bibtex = "bibtex"
    ris = "ris"


CITATION_MEDIA_TYPES = {
    CitationFormat.csl_json: "application/vnd.citationstyles.csl+json",
    CitationFormat.bibtex: "application/x-bibtex; charset=utf-8",
    CitationFormat.ris: "application/x-research-info-systems; charset=utf-8",
}


@dataclass(frozen=True, slots=True)
class CitableItem:
    """A published item with what every metadata format needs, and its absolute URL."""

    spec: ContentSpec
    item: ContentModel
    url: str
    themes: list[Theme]
    authors: list[Organisation]
    publishers: list[Organisation]
    attachments: list[Attachment]
    translation_url: str | None

    @property
    def style(self) -> Citation:
        """How the citation formats describe this kind of item (its ``ContentSpec.citation``)."""
        return self.spec.citation(self.item)

    @property
    def genre(self) -> str:
        return self.style.genre

    @property
    def publisher_names(self) -> list[str]:
        if self.spec.platform_publishes:
            return [PLATFORM_PUBLISHER]
        return [org.name for org in self.publishers]

    @property
    def published(self) -> datetime:
        assert self.item.published_at is not None  # published content always has a date (CHECK constraint)
        return self.item.published_at

    @property
    def modified(self) -> datetime:
        """When the record last changed publicly: its last edit, or its publication if that came later."""
        return max(self.item.updated_at or self.published, self.published)

    @property
    def tag_uri(self) -> str:
        return f"{TAG_AUTHORITY}:{self.spec.entity.value.replace('_', '-')}/{self.item.id}"

    def theme_name(self, theme: Theme) -> str:
        return theme.name_en if self.item.language == Language.en else theme.name_nl

    @property
    def keywords(self) -> list[str]:
        return [self.theme_name(t) for t in self.themes] + self.spec.keywords(self.item)


def item_url(base_url: str, spec: ContentSpec, slug: str) -> str:
    """The canonical public URL of an item (slugs are stable once published)."""
    return f"{base_url.rstrip('/')}/api/v1/{spec.path}/{slug}"


async def citable_items(
    *, session: AsyncSession, spec: ContentSpec, items: Sequence[ContentModel], base_url: str
) -> list[CitableItem]:
    """Wrap published items with their themes, organisations, attachments and translation, in a few queries."""
    ids = [item.id for item in items if item.id is not None]
    themes = await themes_for(session=session, spec=spec, ids=ids)
    organisations = await organisations_for(session=session, spec=spec, ids=ids)
    attachments = await attachments_for(session=session, spec=spec, ids=ids)
    partner_ids = [item.translation_id for item in items if item.translation_id is not None]
    # A translation that is still a draft must not be linked: content_by_ids applies the public rule.
    partners = await content_by_ids(session=session, actor=ANONYMOUS, spec=spec, ids=partner_ids)
    wrapped = []
    for item in items:
        assert item.id is not None
        orgs = organisations.get(item.id, [])
        partner = partners.get(item.translation_id) if item.translation_id is not None else None
        wrapped.append(
            CitableItem(
                spec=spec,
                item=item,
                url=item_url(base_url, spec, item.slug),
                themes=themes.get(item.id, []),
                authors=[org for org, role in orgs if role in ("author", "signatory")],
                publishers=[org for org, role in orgs if role == "publisher"],
                attachments=attachments.get(item.id, []),
                translation_url=item_url(base_url, spec, partner.slug) if partner is not None else None,
            )
        )
    return wrapped


async def get_citable_item(*, session: AsyncSession, spec: ContentSpec, id_or_slug: str, base_url: str) -> CitableItem:
    """One published item by id or slug; drafts are 'not found' (metadata is always public)."""
    item = await get_content(session=session, actor=ANONYMOUS, spec=spec, id_or_slug=id_or_slug)
    [citable] = await citable_items(session=session, spec=spec, items=[item], base_url=base_url)
    return citable


# ----- schema.org JSON-LD -----


def _organisation_node(org: Organisation) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "Organization", "name": org.name}
    if org.acronym:
        node["alternateName"] = org.acronym
    if org.website:
        node["url"] = org.website
    return node


def json_ld(citable: CitableItem) -> dict[str, Any]:
    """The item as a schema.org JSON-LD document."""
    item = citable.item
    doc: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": citable.style.schema_org,
        "@id": citable.url,
        "url": citable.url,
        "identifier": citable.tag_uri,
        "name": item.title,
        "headline": item.title[:110],  # Google's advice for headline length; name keeps the full title
        "inLanguage": item.language,
        "genre": citable.genre,
        "datePublished": citable.published.isoformat(),
        "dateModified": citable.modified.isoformat(),
        "isAccessibleForFree": True,
        "author": [_organisation_node(org) for org in citable.authors],
        "about": [
            {
                "@type": "DefinedTerm",
                "name": citable.theme_name(theme),
                "alternateName": theme.name_nl if item.language == Language.en else theme.name_en,
                "termCode": theme.slug,
            }
            for theme in citable.themes
        ],
    }
    if citable.spec.platform_publishes:
        doc["publisher"] = {"@type": "Organization", "name": PLATFORM_PUBLISHER, "url": PLATFORM_URL}
    elif citable.publishers:
        doc["publisher"] = [_organisation_node(org) for org in citable.publishers]
    if item.summary:
        doc["abstract"] = item.summary
        doc["description"] = item.summary
    doc |= citable.spec.json_ld(item)
    if citable.attachments:
        doc["associatedMedia"] = [
            {
                "@type": "MediaObject",
                "name": a.file_name,
                "contentUrl": a.url,
                "encodingFormat": a.media_type,
                "contentSize": f"{a.size} B",
            }
            for a in citable.attachments
        ]
    if citable.translation_url:
        doc["workTranslation"] = {"@id": citable.translation_url}
    return doc


# ----- citations -----


def csl_json(citable: CitableItem) -> list[dict[str, Any]]:
    """CSL-JSON (a list of one item), as read by Zotero, Pandoc and citeproc."""
    item = citable.item
    published = citable.published
    entry: dict[str, Any] = {
        "id": f"{citable.spec.entity.value.replace('_', '-')}-{item.id}",
        "type": citable.style.csl,
        "title": item.title,
        "author": [{"literal": org.name} for org in citable.authors],
        "issued": {"date-parts": [[published.year, published.month, published.day]]},
        "language": item.language,
        "genre": citable.genre,
        "URL": citable.url,
    }
    if citable.publisher_names:
        entry["publisher"] = "; ".join(citable.publisher_names)
    if item.summary:
        entry["abstract"] = item.summary
    if citable.keywords:
        entry["keyword"] = ", ".join(citable.keywords)
    return [entry]


_BIBTEX_SPECIAL = re.compile(r"([\\{}&%$#_^~])")
_BIBTEX_REPLACEMENTS = {"\\": r"\textbackslash{}", "^": r"\textasciicircum{}", "~": r"\textasciitilde{}"}


def _bibtex_escape(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        char = match.group(1)
        return _BIBTEX_REPLACEMENTS.get(char, "\\" + char)

    return _BIBTEX_SPECIAL.sub(replace, " ".join(text.split()))


def bibtex(citable: CitableItem) -> str:
    """A BibTeX entry; organisations are braced so BibTeX doesn't split them into first and last names."""
    item = citable.item
    is_report = citable.style.bibtex_report
    fields: list[tuple[str, str]] = [("title", "{" + _bibtex_escape(item.title) + "}")]
    if citable.authors:
        fields.append(("author", " and ".join("{" + _bibtex_escape(org.name) + "}" for org in citable.authors)))
    publishers = "; ".join(citable.publisher_names)
    if is_report:
        institution = publishers or "; ".join(org.name for org in citable.authors)
        if institution:
            fields.append(("institution", _bibtex_escape(institution)))
        fields.append(("type", _bibtex_escape(citable.genre.capitalize())))
    elif publishers:
        fields.append(("publisher", _bibtex_escape(publishers)))
    published = citable.published
    fields += [
        ("year", str(published.year)),
        ("month", str(published.month)),
        ("date", published.date().isoformat()),
        ("language", "dutch" if item.language == Language.nl else "english"),
        ("url", citable.url),
    ]
    if not is_report:
        fields.append(("howpublished", "\\url{" + citable.url + "}"))
    if item.summary:
        fields.append(("abstract", _bibtex_escape(item.summary)))
    if citable.keywords:
        fields.append(("keywords", _bibtex_escape(", ".join(citable.keywords))))
    entry_type = "techreport" if is_report else "misc"
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{entry_type}{{{item.slug},\n{body}\n}}\n"


def _ris_value(text: str) -> str:
    return " ".join(text.split())


def ris(citable: CitableItem) -> str:
    """A RIS record (CRLF line ends, as the format asks)."""
    item = citable.item
    published = citable.published
    lines = [("TY", citable.style.ris), ("TI", item.title)]
    lines += [("AU", org.name) for org in citable.authors]
    lines += [("PB", name) for name in citable.publisher_names]
    lines += [
        ("PY", str(published.year)),
        ("DA", published.strftime("%Y/%m/%d/")),
        ("LA", item.language),
        ("M3", citable.genre),
        ("UR", citable.url),
    ]
    if item.summary:
        lines.append(("AB", item.summary))
    lines += [("KW", keyword) for keyword in citable.keywords]
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {_ris_value(value)}\r\n" for tag, value in lines)


def citation(citable: CitableItem, citation_format: CitationFormat) -> str:
    """The item cited in ``citation_format``, as the text of the document."""
    if citation_format is CitationFormat.csl_json:
        return orjson.dumps(csl_json(citable)).decode()
    if citation_format is CitationFormat.bibtex:
        return bibtex(citable)
    return ris(citable)

"""Atom feeds (RFC 4287) of published content: everything, per content type, kind, theme and language."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from lxml import etree
from sqlalchemy.ext.asyncio import AsyncSession

from app.models.base import Language
from app.models.content_types import CONTENT_SPECS, KNOWLEDGE, ContentSpec, genre
from app.models.knowledge import KnowledgeKind
from app.services.auth import ANONYMOUS
from app.services.common import xml_text
from app.services.content.listing import ContentFilter, list_content
from app.services.metadata import (
    PLATFORM_PUBLISHER,
    PLATFORM_URL,
    TAG_AUTHORITY,
    CitableItem,
    citable_items,
)
from app.services.pagination import SortField
from app.services.themes import get_theme

ATOM_NS = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
FEED_SIZE = 50
NEWEST_FIRST = (SortField("published_at", descending=True),)
# An empty feed still needs an atom:updated; a fixed date keeps its ETag stable.
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class FeedScope:
    """Which published content one feed carries."""

    key: str
    title: str
    specs: tuple[ContentSpec, ...] = CONTENT_SPECS
    filters: ContentFilter = field(default_factory=ContentFilter)
    language: Language | None = None


def everything() -> FeedScope:
    return FeedScope(key="all", title="Kennisbank WO=MEN")


def content_type(spec: ContentSpec) -> FeedScope:
    return FeedScope(key=spec.path, title=f"Kennisbank WO=MEN: {spec.plural}", specs=(spec,))


def knowledge_kind(kind: KnowledgeKind) -> FeedScope:
    return FeedScope(
        key=f"knowledge-items/{kind.value}",
        title=f"Kennisbank WO=MEN: {genre(kind)}",
        specs=(KNOWLEDGE,),
        filters=ContentFilter(kinds=(kind,)),
    )


def language(lang: Language) -> FeedScope:
    title = "Kennisbank WO=MEN (Nederlands)" if lang == Language.nl else "Kennisbank WO=MEN (English)"
    return FeedScope(key=lang.value, title=title, filters=ContentFilter(languages=(lang,)), language=lang)


async def theme(*, session: AsyncSession, slug: str) -> FeedScope:
    """The feed of one theme; an unknown theme is 'not found'."""
    found = await get_theme(session=session, id_or_slug=slug)
    return FeedScope(
        key=f"themes/{found.slug}",
        title=f"Kennisbank WO=MEN: {found.name_nl} / {found.name_en}",
        filters=ContentFilter(themes=(found.slug,)),
    )


async def feed_entries(*, session: AsyncSession, scope: FeedScope, base_url: str) -> list[CitableItem]:
    """The newest published items in scope, newest first (only published content: the public rule)."""
    entries: list[CitableItem] = []
    for spec in scope.specs:
        page = await list_content(
            session=session,
            actor=ANONYMOUS,
            spec=spec,
            filters=scope.filters,
            sort=NEWEST_FIRST,
            limit=FEED_SIZE,
            with_total=False,
        )
        entries += await citable_items(session=session, spec=spec, items=page.items, base_url=base_url)
    entries.sort(key=lambda c: (c.published, c.tag_uri), reverse=True)
    return entries[:FEED_SIZE]


def _rfc3339(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attributes: str) -> etree._Element:
    element = etree.SubElement(parent, f"{{{ATOM_NS}}}{tag}", {k: xml_text(v) for k, v in attributes.items()})
    if text is not None:
        element.text = xml_text(text)
    return element


def atom_feed(*, scope: FeedScope, entries: list[CitableItem], self_url: str, base_url: str) -> bytes:
    """The feed document. Entries inherit the feed's author (WO=MEN) when they name none."""
    feed = etree.Element(f"{{{ATOM_NS}}}feed", nsmap={None: ATOM_NS})
    if scope.language is not None:
        feed.set(XML_LANG, scope.language.value)
    _sub(feed, "id", f"{TAG_AUTHORITY}:feeds/{scope.key}")
    _sub(feed, "title", scope.title, type="text")
    _sub(feed, "updated", _rfc3339(max((c.modified for c in entries), default=EPOCH)))
    _sub(feed, "link", rel="self", type="application/atom+xml", href=self_url)
    author = _sub(feed, "author")
    _sub(author, "name", PLATFORM_PUBLISHER)
    _sub(author, "uri", PLATFORM_URL)
    _sub(feed, "generator", "Kennisbank API", uri=base_url.rstrip("/") + "/", version="1.0")
    theme_scheme = base_url.rstrip("/") + "/api/v1/themes/"
    for citable in entries:
        item = citable.item
        entry = _sub(feed, "entry")
        entry.set(XML_LANG, item.language)
        _sub(entry, "id", citable.tag_uri)
        _sub(entry, "title", item.title, type="text")
        _sub(entry, "updated", _rfc3339(citable.modified))
        _sub(entry, "published", _rfc3339(citable.published))
        for org in citable.authors:
            org_author = _sub(entry, "author")
            _sub(org_author, "name", org.name)
            if org.website:
                _sub(org_author, "uri", org.website)
        _sub(entry, "link", rel="alternate", type="application/json", href=citable.url)
        _sub(entry, "link", rel="alternate", type="application/ld+json", href=citable.url + ".jsonld")
        for attachment in citable.attachments:
            _sub(
                entry,
                "link",
                rel="enclosure",
                type=attachment.media_type,
                href=attachment.url,
                length=str(attachment.size),
                title=attachment.file_name,
            )
        for item_theme in citable.themes:
            _sub(entry, "category", term=item_theme.slug, scheme=theme_scheme, label=citable.theme_name(item_theme))
        _sub(entry, "category", term=citable.genre, label=citable.genre)
        if item.summary:
            _sub(entry, "summary", item.summary, type="text")
    document: bytes = etree.tostring(feed, encoding="utf-8")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + document

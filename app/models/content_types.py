"""Knowledge items and position papers, each described once.

A content type is its table and write schemas (``knowledge.py``, ``position_paper.py``) plus what its
``ContentSpec`` records here: its names (REST path, GraphQL noun, labels), its links to themes,
organisations and attachments, the fields only it has and how they are stored, its list filters, its
published representation (``public``) and how citation formats describe it. REST routes and schemas,
GraphQL types and inputs, search documents, revisions, exports, feeds and citations all read it from
here: nowhere else does code ask which of the two types it holds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from app.errors import ValidationFailedError
from app.models.base import Link
from app.models.change import EntityType
from app.models.content import Attachment, ContentWrite
from app.models.content_public import KnowledgeItemOut, PositionPaperOut
from app.models.knowledge import (
    KnowledgeItem,
    KnowledgeItemCreate,
    KnowledgeItemOrganisation,
    KnowledgeItemTheme,
    KnowledgeItemUpdate,
    KnowledgeKind,
)
from app.models.position_paper import (
    Audience,
    PositionPaper,
    PositionPaperCreate,
    PositionPaperSignatory,
    PositionPaperTheme,
    PositionPaperUpdate,
)

ContentModel = KnowledgeItem | PositionPaper


def _unchanged(value: Any) -> Any:
    return value


def _text(value: Any) -> Any:
    return None if value is None else str(value)


def _tags(values: Sequence[str]) -> list[str]:
    """Trimmed, lowercased and de-duplicated, in their order."""
    return list(dict.fromkeys(t.strip().lower() for t in values if t.strip()))


def _audience(values: Sequence[str]) -> list[str]:
    return [str(Audience(a)) for a in dict.fromkeys(values)]


@dataclass(frozen=True)
class OwnField:
    """A column only this type has; ``store`` turns a validated input value into the column's value."""

    name: str
    store: Callable[[Any], Any] = _unchanged
    searchable: bool = True  # part of the type's search documents


@dataclass(frozen=True)
class ListFilter:
    """A list filter only this type has: ``name`` in ContentFilter and GraphQL, ``param`` over REST.

    ``values`` is the type of one value (an enum, or ``str`` of at most ``max_length`` characters, which
    ``normalise`` turns into what the column holds).
    """

    name: str
    param: str
    column: Any
    values: type = str
    array: bool = False  # the column holds a list: an item matches when one value is in common
    max_length: int | None = None
    normalise: Callable[[str], str] = _unchanged


@dataclass(frozen=True)
class OrganisationLink(Link):
    """The organisations a type names: ``field`` in every representation, with a ``role`` column or not."""

    field: str = "organisations"
    default_role: str = "signatory"  # the role of every organisation of a type without a role column


@dataclass(frozen=True)
class Citation:
    """How citation formats (schema.org, CSL, RIS, BibTeX, Atom, OAI-PMH) describe one item."""

    genre: str
    schema_org: str
    csl: str
    ris: str
    bibtex_report: bool


@dataclass(frozen=True)
class ContentSpec:
    """One content type, as every part of the service sees it."""

    model: type[KnowledgeItem] | type[PositionPaper]
    entity: EntityType
    label: str  # "knowledge item"
    plural: str  # "Knowledge items"
    path: str  # "knowledge-items": REST collection, feeds, exports
    noun: str  # "KnowledgeItem": GraphQL type and operation names
    create: type[ContentWrite]
    update: type[ContentWrite]
    public: type[BaseModel]  # the REST representation (OpenAPI's schema for it)
    themes: Link
    organisations: OrganisationLink
    attachment_owner: Any
    own: tuple[OwnField, ...]
    filters: tuple[ListFilter, ...]
    citation: Callable[[Any], Citation]
    keywords: Callable[[Any], list[str]]  # besides theme names
    json_ld: Callable[[Any], dict[str, Any]]  # schema.org properties only this type has
    platform_publishes: bool  # the platform is the publisher (its own lobby papers)
    check: Callable[[Any], None] = _unchanged  # a rule across fields, checked after every write

    @property
    def own_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.own)


# ----- knowledge items -----

_GENRES = {
    KnowledgeKind.publication: Citation("publication", "ScholarlyArticle", "article", "GEN", False),
    KnowledgeKind.report: Citation("report", "Report", "report", "RPRT", True),
    KnowledgeKind.event_report: Citation("event report", "Report", "report", "RPRT", True),
    KnowledgeKind.toolkit: Citation("toolkit", "CreativeWork", "document", "GEN", False),
    KnowledgeKind.good_practice: Citation("good practice", "Article", "document", "GEN", False),
    KnowledgeKind.news: Citation("news", "NewsArticle", "article", "GEN", False),
    KnowledgeKind.newsletter: Citation("newsletter", "Article", "document", "GEN", False),
    KnowledgeKind.training: Citation("training", "LearningResource", "document", "GEN", False),
}


def genre(kind: KnowledgeKind | str) -> str:
    """What a kind of knowledge item is called in feeds and citations ("event report")."""
    return _GENRES[KnowledgeKind(kind)].genre


def _knowledge_json_ld(item: Any) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    if item.tags:
        extra["keywords"] = list(item.tags)
    if item.source_url:
        extra["sameAs"] = item.source_url
    if item.cover_image_url:
        extra["image"] = item.cover_image_url
    return extra


KNOWLEDGE = ContentSpec(
    model=KnowledgeItem,
    entity=EntityType.knowledge_item,
    label="knowledge item",
    plural="Knowledge items",
    path="knowledge-items",
    noun="KnowledgeItem",
    create=KnowledgeItemCreate,
    update=KnowledgeItemUpdate,
    public=KnowledgeItemOut,
    themes=Link(KnowledgeItemTheme, KnowledgeItemTheme.knowledge_item_id, KnowledgeItemTheme.theme_id),
    organisations=OrganisationLink(
        KnowledgeItemOrganisation,
        KnowledgeItemOrganisation.knowledge_item_id,
        KnowledgeItemOrganisation.organisation_id,
        KnowledgeItemOrganisation.role,
        field="organisations",
    ),
    attachment_owner=Attachment.knowledge_item_id,
    own=(
        OwnField("kind"),
        OwnField("tags", _tags),
        OwnField("source_url", _text, searchable=False),
        OwnField("cover_image_url", _text, searchable=False),
    ),
    filters=(
        ListFilter("kinds", "kind", KnowledgeItem.kind, values=KnowledgeKind),
        ListFilter("tags", "tag", KnowledgeItem.tags, array=True, max_length=64, normalise=str.lower),
    ),
    citation=lambda item: _GENRES[KnowledgeKind(item.kind)],
    keywords=lambda item: list(item.tags),
    json_ld=_knowledge_json_ld,
    platform_publishes=False,
)


# ----- position papers -----


def _ministry_named(paper: Any) -> None:
    if Audience.ministry in paper.audience and not (paper.ministry or "").strip():
        raise ValidationFailedError("name the ministry when the audience includes a ministry", field="ministry")


POSITION_PAPER_CITATION = Citation("position paper", "Report", "report", "RPRT", True)

POSITION_PAPERS = ContentSpec(
    model=PositionPaper,
    entity=EntityType.position_paper,
    label="position paper",
    plural="Position papers",
    path="position-papers",
    noun="PositionPaper",
    create=PositionPaperCreate,
    update=PositionPaperUpdate,
    public=PositionPaperOut,
    themes=Link(PositionPaperTheme, PositionPaperTheme.position_paper_id, PositionPaperTheme.theme_id),
    organisations=OrganisationLink(
        PositionPaperSignatory,
        PositionPaperSignatory.position_paper_id,
        PositionPaperSignatory.organisation_id,
        field="signatories",
    ),
    attachment_owner=Attachment.position_paper_id,
    own=(OwnField("audience", _audience), OwnField("ministry"), OwnField("occasion")),
    filters=(ListFilter("audiences", "audience", PositionPaper.audience, values=Audience, array=True),),
    citation=lambda item: POSITION_PAPER_CITATION,
    keywords=lambda item: [],
    json_ld=lambda item: (
        {"audience": [{"@type": "Audience", "audienceType": a} for a in item.audience]} if item.audience else {}
    ),
    platform_publishes=True,
    check=_ministry_named,
)

CONTENT_SPECS = (KNOWLEDGE, POSITION_PAPERS)
_BY_ENTITY = {spec.entity: spec for spec in CONTENT_SPECS}


def spec_of(entity: EntityType | str) -> ContentSpec:
    """The content type stored under ``entity`` (KeyError for organisations and the like)."""
    return _BY_ENTITY[EntityType(entity)]

"""The Kennisbank: knowledge items, their themes and their author/publisher organisations."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import ARRAY, Column, ForeignKey, Integer, String, text
from sqlmodel import Field, SQLModel

from app.models.base import (
    MAX_RELATED,
    MAX_TAGS,
    SLUG_MAX,
    TAG_MAX,
    TITLE_MAX,
    URL_MAX,
    Language,
    Tag,
    Url,
    WriteSchema,
)
from app.models.content import ContentColumns, ContentWrite, content_table_args, enum_check


class KnowledgeKind(StrEnum):
    publication = "publication"
    report = "report"
    toolkit = "toolkit"
    good_practice = "good_practice"
    news = "news"
    newsletter = "newsletter"
    training = "training"
    event_report = "event_report"


class OrganisationRole(StrEnum):
    author = "author"
    publisher = "publisher"


class KnowledgeItem(ContentColumns, table=True):
    __tablename__ = "knowledge_item"
    __table_args__ = content_table_args("knowledge_item", enum_check("kind", KnowledgeKind))

    kind: KnowledgeKind = Field(sa_type=String(32))
    tags: list[str] = Field(
        default_factory=list,
        sa_column=Column(ARRAY(String(TAG_MAX)), nullable=False, server_default=text("'{}'")),
    )
    source_url: str | None = Field(default=None, max_length=URL_MAX)
    cover_image_url: str | None = Field(default=None, max_length=URL_MAX)
    translation_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("knowledge_item.id", ondelete="SET NULL"), unique=True),
    )


class KnowledgeItemTheme(SQLModel, table=True):
    __tablename__ = "knowledge_item_theme"

    knowledge_item_id: int = Field(
        sa_column=Column(Integer, ForeignKey("knowledge_item.id", ondelete="CASCADE"), primary_key=True)
    )
    theme_id: int = Field(
        sa_column=Column(Integer, ForeignKey("theme.id", ondelete="RESTRICT"), primary_key=True, index=True)
    )


class KnowledgeItemOrganisation(SQLModel, table=True):
    __tablename__ = "knowledge_item_organisation"
    __table_args__ = (enum_check("role", OrganisationRole),)

    knowledge_item_id: int = Field(
        sa_column=Column(Integer, ForeignKey("knowledge_item.id", ondelete="CASCADE"), primary_key=True)
    )
    organisation_id: int = Field(
        sa_column=Column(Integer, ForeignKey("organisation.id", ondelete="RESTRICT"), primary_key=True, index=True)
    )
    role: OrganisationRole = Field(default=OrganisationRole.author, sa_type=String(16))


class OrganisationRef(WriteSchema):
    organisation: str = Field(min_length=1, max_length=SLUG_MAX, description="Slug of the organisation.")
    role: OrganisationRole = OrganisationRole.author


class KnowledgeItemWrite(ContentWrite):
    tags: list[Tag] | None = Field(default=None, max_length=MAX_TAGS)
    organisations: list[OrganisationRef] | None = Field(default=None, max_length=MAX_RELATED)
    source_url: Url | None = None
    cover_image_url: Url | None = None


class KnowledgeItemCreate(KnowledgeItemWrite):
    title: str = Field(min_length=1, max_length=TITLE_MAX)
    kind: KnowledgeKind
    language: Language


class KnowledgeItemUpdate(KnowledgeItemWrite):
    title: str | None = Field(default=None, min_length=1, max_length=TITLE_MAX)
    kind: KnowledgeKind | None = None
    language: Language | None = None

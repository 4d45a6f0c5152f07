"""The published representation of knowledge items and position papers (REST answers, OpenAPI schemas).

Each content type's ``ContentSpec.public`` names its model; the read path builds exactly these fields
(app/services/content/representation.py), so OpenAPI and the answers cannot drift apart.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from app.models.base import ContentStatus, Language
from app.models.knowledge import KnowledgeKind
from app.models.organisation import OrganisationKind
from app.models.position_paper import Audience


class ThemeSummary(BaseModel):
    id: int
    slug: str
    name_nl: str
    name_en: str
    description: str | None = Field(default=None, description="Only with `include=themes` (Dutch).")
    description_en: str | None = Field(default=None, description="Only with `include=themes`: English, or empty.")


class OrganisationSummary(BaseModel):
    id: int
    slug: str
    name: str
    role: str | None = Field(default=None, description="The organisation's role here (author, member, ...).")
    acronym: str | None = None
    kind: OrganisationKind | None = None
    country: str | None = None
    website: str | None = None


class AttachmentOut(BaseModel):
    id: int = Field(description="Names the attachment in `DELETE .../attachments/{attachment_id}`.")
    file_name: str
    media_type: str
    size: int
    url: str
    width: int | None = Field(description="Image width in pixels, measured at upload; null for other files.")
    height: int | None = Field(description="Image height in pixels, measured at upload; null for other files.")
    alt: str | None = Field(description='Text alternative of an image ("" marks it decorative; null: none given).')
    extracted_text: str | None = Field(default=None, description="Only with `include=attachments`.")


class TranslationSummary(BaseModel):
    id: int
    slug: str
    language: Language
    title: str
    summary: str | None = Field(default=None, description="Only with `include=translation`.")


# Fields computed from others when asked for in ``fields`` (app/services/rich_text.py), not read from the row.
OPT_IN_FIELDS = ("excerpt", "body_html")
COMPUTED_FIELDS = (
    "url",
    "primary_theme",
    *OPT_IN_FIELDS,
)  # url: always there, from the settings (app/services/site_links.py)


class ContentOut(BaseModel):
    id: int
    type: str
    slug: str
    url: str = Field(description="The canonical page on the site (KENNISBANK_SITE_URL + the type's path).")
    title: str
    summary: str
    body: str = Field(description="CommonMark Markdown with tables and strikethrough; raw HTML shows as text.")
    body_html: str | None = Field(
        default=None,
        description="Only when `fields` names it: `body` as sanitised HTML (headings, lists, links with safe "
        "schemes and rel=noopener, emphasis, tables, blockquotes, code, images from /media only).",
    )
    excerpt: str | None = Field(
        default=None,
        description="Only when `fields` names it: plain text of the summary (else the body), at most 160 "
        "characters, cut between words, for meta descriptions.",
    )
    language: Language
    status: ContentStatus
    themes: list[ThemeSummary] = Field(description="In the order of their Dutch names.")
    primary_theme: ThemeSummary | None = Field(
        description="The first of `themes` (for breadcrumbs); null without themes."
    )
    attachments: list[AttachmentOut]
    translation: TranslationSummary | None
    published_at: datetime | None
    publish_at: datetime | None = Field(description="Scheduled publication (editors see it until it happens).")
    unpublish_at: datetime | None = Field(description="Scheduled expiry: the item is archived at this moment.")
    created_at: datetime
    updated_at: datetime | None
    version: int


class KnowledgeItemOut(ContentOut):
    model_config = ConfigDict(
        json_schema_extra={
            "example": {
                "id": 12,
                "type": "knowledge_item",
                "slug": "orientatie-op-nap-1325",
                "title": "Oriëntatie op NAP 1325",
                "summary": "Wat het vierde Nationaal Actieplan 1325 vraagt van het maatschappelijk middenveld.",
                "body": "## Inleiding\n...",
                "language": "nl",
                "status": "published",
                "kind": "report",
                "tags": ["nap-1325"],
                "themes": [
                    {
                        "id": 3,
                        "slug": "vrouwen-vrede-en-veiligheid",
                        "name_nl": "Vrouwen, vrede en veiligheid",
                        "name_en": "Women, peace and security",
                    }
                ],
                "organisations": [{"id": 7, "slug": "wo-men", "name": "WO=MEN", "role": "publisher"}],
                "attachments": [],
                "translation": None,
                "source_url": None,
                "cover_image_url": None,
                "published_at": "2024-10-31T09:00:00+00:00",
                "publish_at": None,
                "unpublish_at": None,
                "created_at": "2024-10-30T15:12:00+00:00",
                "updated_at": None,
                "version": 2,
            }
        }
    )
    kind: KnowledgeKind
    tags: list[str]
    organisations: list[OrganisationSummary] = Field(description="Authors and publishers, with their role.")
    source_url: str | None
    cover_image_url: str | None


class PositionPaperOut(ContentOut):
    audience: list[Audience]
    ministry: str | None
    occasion: str | None
    signatories: list[OrganisationSummary]

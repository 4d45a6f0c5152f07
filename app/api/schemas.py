"""Response shapes for the OpenAPI document (the contract clients are generated from).

Content's own representation is its ``ContentSpec.public`` model (app/models/content_public.py); these
describe the directory, keys, changes, revisions and problems. A test checks real responses against them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from app.models.api_key import Role
from app.models.content_public import AttachmentOut, OrganisationSummary, ThemeSummary
from app.models.organisation import OrganisationKind, OrganisationStatus

T = TypeVar("T")


class OrganisationOut(BaseModel):
    id: int
    slug: str
    url: str = Field(description="The canonical page on the site (KENNISBANK_SITE_URL + the type's path).")
    name: str
    acronym: str | None
    kind: OrganisationKind
    status: OrganisationStatus
    description: str = Field(
        description="In the requested locale (`?locale=`, else `Accept-Language`), Dutch when there is no "
        "English text; as written, Dutch."
    )
    description_en: str = Field(description="The English description as stored; empty when there is none yet.")
    website: str | None
    email: str | None
    country: str | None
    city: str | None
    member_since: date | None
    logo_url: str | None
    themes: list[ThemeSummary]
    members: list[OrganisationSummary] = Field(description="Member organisations (alliances and networks).")
    member_of: list[OrganisationSummary] = Field(description="Alliances and networks this organisation belongs to.")
    version: int
    created_at: datetime
    updated_at: datetime | None


class ThemeOut(ThemeSummary):
    url: str = Field(description="The canonical page on the site (KENNISBANK_SITE_URL + the type's path).")
    version: int
    created_at: datetime
    updated_at: datetime | None


class WorkingGroupOut(BaseModel):
    id: int
    slug: str
    url: str = Field(description="The canonical page on the site (KENNISBANK_SITE_URL + the type's path).")
    name: str
    description: str = Field(
        description="In the requested locale (`?locale=`, else `Accept-Language`), Dutch when there is no "
        "English text; as written, Dutch."
    )
    description_en: str = Field(description="The English description as stored; empty when there is none yet.")
    theme: ThemeSummary | None
    members: list[OrganisationSummary]
    version: int
    created_at: datetime
    updated_at: datetime | None


class ListMeta(BaseModel):
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page.")
    total: int = Field(description="How many records match the filters.")
    limit: int


class ListOf(BaseModel, Generic[T]):
    data: list[T]
    meta: ListMeta


class ApiKeyOut(BaseModel):
    id: int
    name: str
    role: Role
    prefix: str = Field(description="The token's first characters, to tell keys apart.")
    created_at: datetime
    last_used_at: datetime | None
    expires_at: datetime | None
    revoked_at: datetime | None


class ApiKeyCreated(ApiKeyOut):
    token: str = Field(description="The secret token. Shown only in this response; store it now.")


class ChangeOut(BaseModel):
    id: int
    type: Literal["theme", "organisation", "working_group", "knowledge_item", "position_paper"]
    record_id: int
    slug: str
    op: Literal["created", "updated", "published", "unpublished", "deleted"]
    version: int | None
    occurred_at: datetime


class ChangesMeta(BaseModel):
    next_cursor: str = Field(description="Pass as `since` to continue; returned even when nothing is new.")
    has_more: bool


class ChangeList(BaseModel):
    data: list[ChangeOut]
    meta: ChangesMeta


class FieldError(BaseModel):
    field: str
    message: str
    location: str | None = None
    type: str | None = None


class BatchOperationError(BaseModel):
    """One failed operation of a batch (``batch-failed`` problems)."""

    index: int
    code: str
    detail: str
    field: str | None = None
    errors: list[FieldError] | None = None


class Problem(BaseModel):
    """RFC 9457 problem details."""

    model_config = ConfigDict(extra="allow")
    type: str = Field(examples=["https://kennisbank.wo-men.nl/problems/not-found"])
    title: str
    status: int
    detail: str
    errors: list[FieldError | BatchOperationError] | None = None


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the problem responses an operation can give."""
    descriptions = {
        304: "Not modified (If-None-Match matched)",
        400: "Bad request: an unknown query parameter or malformed input",
        401: "No valid API key",
        403: "The API key's role does not allow this",
        404: "Not found (drafts are not found for those who may not see them)",
        409: "Conflict: duplicate slug, or still referenced",
        412: "Precondition failed: If-Match names a stale version",
        413: "Request body too large",
        422: "Validation failed; `errors` lists the fields",
        428: "If-Match required by this server",
    }
    responses: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        if status == 304:
            responses[status] = {"description": descriptions[status]}
        else:
            responses[status] = {
                "description": descriptions[status],
                "model": Problem,
                "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
            }
    return responses


class RevisionOut(BaseModel):
    number: int = Field(description="1 for the creation, then one more per change.")
    version: int = Field(description="The record's version after this change.")
    op: Literal["created", "updated", "published", "unpublished", "deleted"]
    actor: str = Field(description="Name of the API key that made the change (`scheduler` for scheduled ones).")
    restored_from: int | None = Field(description="The revision this change restored, if it was a restore.")
    created_at: datetime


class RevisionList(BaseModel):
    data: list[RevisionOut]


class FieldDiff(BaseModel):
    revision: Any = Field(description="The field's value in this revision.")
    current: Any = Field(description="The field's value now.")


class RevisionDetail(RevisionOut):
    content: dict[str, Any] = Field(description="The record's full content as this change left it.")
    diff: dict[str, FieldDiff] = Field(description="Fields whose current value differs from this revision.")


class TextExtractionOut(BaseModel):
    status: Literal["ok", "encrypted", "failed", "not_applicable"] = Field(
        description="Whether the file's text went into the search document (PDFs only)."
    )
    detail: str | None


class AttachmentUploaded(AttachmentOut):
    text_extraction: TextExtractionOut

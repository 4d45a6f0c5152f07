"""Preview tokens: short-lived, signed, read-only access to drafts (one record, or all of them)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, model_validator
from sqlmodel import Field

from app.models.base import WriteSchema

DEFAULT_PREVIEW_SECONDS = 3600
MAX_PREVIEW_SECONDS = 86_400
PreviewType = Literal["knowledge_item", "position_paper"]


class PreviewTokenCreate(WriteSchema):
    """What a preview token may show: one record (``type`` and ``id``, an id or a slug) or, with neither,
    every draft."""

    type: PreviewType | None = Field(default=None, description="The record's type; omit for all drafts.")
    id: str | None = Field(default=None, max_length=200, description="The record's id or slug.")
    expires_in: int = Field(
        default=DEFAULT_PREVIEW_SECONDS,
        ge=60,
        le=MAX_PREVIEW_SECONDS,
        description="Seconds until the token stops working (60 to 86400, default 3600).",
    )

    @model_validator(mode="after")
    def _type_and_id_together(self) -> PreviewTokenCreate:
        if (self.type is None) != (self.id is None):
            raise ValueError("give both type and id (one record), or neither (all drafts)")
        return self


class PreviewTokenOut(BaseModel):
    token: str = Field(description="Send as X-Preview-Token on GET requests and GraphQL queries.")
    expires_at: datetime
    type: PreviewType | None = Field(description="The record's type, or null: the token shows every draft.")
    id: int | None = Field(description="The record's id, or null: the token shows every draft.")

"""Partner search keys: a scoped, search-only key for a partner site, stored as a hash of its secret.

Each key owns one Meilisearch API key (the parent of its tenant tokens); deleting that parent key is
what revokes every token handed out for it.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, StringConstraints, field_validator
from sqlalchemy import Column, String, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import Field, SQLModel

from app.models.api_key import expiry_ahead
from app.models.base import NAME_MAX, Language, Slug, WriteSchema, created_at_field, timestamp_field

MAX_ORIGINS = 20
MAX_FIXED_VALUES = 20
ORIGIN_MAX = 200
ORIGIN_SHAPE = re.compile(r"^(https?)://([a-z0-9]([a-z0-9.-]*[a-z0-9])?)(:([0-9]{1,5}))?$")
DEFAULT_PORTS = {"http": "80", "https": "443"}
ORIGIN_HELP = "an origin is http(s)://host with an optional port and nothing after it, e.g. https://www.partner.nl"


def normalised_origin(value: str) -> str | None:
    """An origin as browsers send it (lower case, no default port, no trailing slash); None if it is none.

    A partner copies ``https://www.Partner.nl/`` or ``https://www.partner.nl:443`` from the address bar;
    the browser's ``Origin`` header says ``https://www.partner.nl``: both are stored and compared in that form.
    """
    match = ORIGIN_SHAPE.match(value.strip().lower().removesuffix("/"))
    if match is None:
        return None
    scheme, host, port = match.group(1), match.group(2), match.group(5)
    if port is None:
        return f"{scheme}://{host}"
    number = int(port)
    if not 0 < number < 65536:
        return None
    return f"{scheme}://{host}" if str(number) == DEFAULT_PORTS[scheme] else f"{scheme}://{host}:{number}"


def _origin(value: str) -> str:
    origin = normalised_origin(value)
    if origin is None:
        raise ValueError(f"{value[:80]!r} is not an origin: {ORIGIN_HELP}")
    return origin


# scheme://host[:port], nothing after: what browsers send in the Origin header.
Origin = Annotated[str, StringConstraints(max_length=ORIGIN_MAX), AfterValidator(_origin)]
KindName = Annotated[str, StringConstraints(pattern=r"^[a-z_]{1,32}$")]


def _text_array(length: int) -> Column[list[str]]:
    return Column(ARRAY(String(length)), nullable=False, server_default=text("'{}'"))


class SearchKey(SQLModel, table=True):
    __tablename__ = "search_key"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=NAME_MAX)
    # First characters of the secret, to tell keys apart without revealing them.
    prefix: str = Field(max_length=16)
    secret_hash: str = Field(max_length=64, unique=True)
    allowed_origins: list[str] = Field(default_factory=list, sa_column=_text_array(ORIGIN_MAX))
    # Fixed filters: every search made with the key is narrowed to these (empty means no restriction).
    themes: list[str] = Field(default_factory=list, sa_column=_text_array(120))
    languages: list[str] = Field(default_factory=list, sa_column=_text_array(8))
    kinds: list[str] = Field(default_factory=list, sa_column=_text_array(32))
    # The Meilisearch API key that signs this key's tenant tokens; only its uid is kept, never its secret.
    meili_key_uid: str | None = Field(default=None, max_length=64)
    created_at: datetime = created_at_field()
    expires_at: datetime | None = timestamp_field()
    revoked_at: datetime | None = timestamp_field()


class SearchKeyCreate(WriteSchema):
    name: str = Field(min_length=1, max_length=NAME_MAX)
    allowed_origins: list[Origin] = Field(min_length=1, max_length=MAX_ORIGINS)
    themes: list[Slug] = Field(default_factory=list, max_length=MAX_FIXED_VALUES)
    languages: list[Language] = Field(default_factory=list, max_length=len(Language))
    kinds: list[KindName] = Field(default_factory=list, max_length=MAX_FIXED_VALUES)
    expires_at: datetime | None = None

    @field_validator("expires_at")
    @classmethod
    def _aware_and_ahead(cls, value: datetime | None) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("expires_at needs a time zone, e.g. 2027-01-01T00:00:00Z")
        return expiry_ahead(value)

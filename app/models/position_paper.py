"""Position papers: WO=MEN's lobby documents, with audience, occasion and signatories."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import ARRAY, CheckConstraint, Column, ForeignKey, Integer, String, text
from sqlmodel import Field, SQLModel

from app.models.base import MAX_RELATED, NAME_MAX, TITLE_MAX, Language
from app.models.content import ContentColumns, ContentWrite, content_table_args


class Audience(StrEnum):
    house_of_representatives = "house_of_representatives"
    senate = "senate"
    ministry = "ministry"
    european_parliament = "european_parliament"
    european_commission = "european_commission"
    un_csw = "un_csw"
    other = "other"


AUDIENCE_VALUES = ", ".join(f"'{a.value}'" for a in Audience)


class PositionPaper(ContentColumns, table=True):
    __tablename__ = "position_paper"
    __table_args__ = content_table_args(
        "position_paper",
        CheckConstraint(f"audience <@ ARRAY[{AUDIENCE_VALUES}]::varchar[]", name="audience_valid"),
    )

    audience: list[str] = Field(
        default_factory=list,
        sa_column=Column(ARRAY(String(32)), nullable=False, server_default=text("'{}'")),
    )
    ministry: str | None = Field(default=None, max_length=NAME_MAX)
    occasion: str | None = Field(default=None, max_length=NAME_MAX)
    translation_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("position_paper.id", ondelete="SET NULL"), unique=True),
    )


class PositionPaperTheme(SQLModel, table=True):
    __tablename__ = "position_paper_theme"

    position_paper_id: int = Field(
        sa_column=Column(Integer, ForeignKey("position_paper.id", ondelete="CASCADE"), primary_key=True)
    )
    theme_id: int = Field(
        sa_column=Column(Integer, ForeignKey("theme.id", ondelete="RESTRICT"), primary_key=True, index=True)
    )


class PositionPaperSignatory(SQLModel, table=True):
    __tablename__ = "position_paper_signatory"

    position_paper_id: int = Field(
        sa_column=Column(Integer, ForeignKey("position_paper.id", ondelete="CASCADE"), primary_key=True)
    )
    organisation_id: int = Field(
        sa_column=Column(Integer, ForeignKey("organisation.id", ondelete="RESTRICT"), primary_key=True, index=True)
    )


class PositionPaperWrite(ContentWrite):
    audience: list[Audience] | None = Field(default=None, max_length=len(Audience))
    ministry: str | None = Field(default=None, max_length=NAME_MAX)
    occasion: str | None = Field(default=None, max_length=NAME_MAX)
    signatories: list[str] | None = Field(
        default=None, max_length=MAX_RELATED, description="Slugs of the signatory organisations."
    )


class PositionPaperCreate(PositionPaperWrite):
    title: str = Field(min_length=1, max_length=TITLE_MAX)
    language: Language


class PositionPaperUpdate(PositionPaperWrite):
    title: str | None = Field(default=None, min_length=1, max_length=TITLE_MAX)
    language: Language | None = None

"""What items link to (themes, organisations, attachments, translation), for many items at once.

As rows for the services that need them (GraphQL's dataloaders, revisions, citations), or as the JSON
the REST representation embeds, built by PostgreSQL in one statement for a whole page.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, Select, any_, bindparam, func, literal_column, null, select
from sqlalchemy.dialects.postgresql import ARRAY as PG_ARRAY
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlmodel import col

from app.models.change import EntityType
from app.models.content import Attachment
from app.models.content_types import ContentSpec
from app.models.organisation import Organisation
from app.models.theme import Theme
from app.services.auth import Principal
from app.services.content.visibility import visible_clause
from app.services.links import linked


async def themes_for(*, session: AsyncSession, spec: ContentSpec, ids: Sequence[int]) -> dict[int, list[Theme]]:
    """Themes of many items in one query, by name."""
    return await linked(session=session, link=spec.themes, target=Theme, owner_ids=ids, order_by=[Theme.name_nl])


async def organisations_for(
    *, session: AsyncSession, spec: ContentSpec, ids: Sequence[int]
) -> dict[int, list[tuple[Organisation, str]]]:
    """Organisations of many items (authors/publishers, or signatories) with their role, in one query."""
    link = spec.organisations
    role = link.role if link.role is not None else literal_column(f"'{link.default_role}'")
    return await linked(
        session=session, link=link, target=Organisation, owner_ids=ids, order_by=[Organisation.name], role=role
    )


async def attachments_for(
    *, session: AsyncSession, spec: ContentSpec, ids: Sequence[int]
) -> dict[int, list[Attachment]]:
    """Attachments of many items in one query."""
    if not ids:
        return {}
    owner = spec.attachment_owner
    rows = await session.scalars(select(Attachment).where(owner.in_(ids)).order_by(col(Attachment.id)))
    grouped: dict[int, list[Attachment]] = defaultdict(list)
    for attachment in rows.all():
        grouped[getattr(attachment, owner.key)].append(attachment)
    return grouped


@dataclass(frozen=True, slots=True)
class Relations:
    """What an item's representation embeds, as plain dicts: themes, organisations, attachments, translation."""

    themes: list[dict[str, Any]]
    organisations: list[dict[str, Any]]  # with "role" (signatories: "signatory")
    attachments: list[dict[str, Any]]
    translation: dict[str, Any] | None  # only when ``actor`` may see it


async def relations_of(
    *, session: AsyncSession, actor: Principal, spec: ContentSpec, ids: Sequence[int], attachment_text: bool = False
) -> dict[int, Relations]:
    """Every relation of many items in one query, built as JSON by PostgreSQL (REST representations)."""
    if not ids:
        return {}
    statement = _relations_query(spec, actor, attachment_text=attachment_text)
    rows = await session.execute(statement, {"ids": list(ids)})
    return {
        row.id: Relations(row.themes, row.organisations, row.attachments, row.translation)  # decoded by the driver
        for row in rows
    }


_RELATIONS: dict[tuple[EntityType, bool, bool], Select[Any]] = {}


def _json_list(value: Any, order_by: Sequence[Any]) -> Any:
    return func.coalesce(func.json_agg(aggregate_order_by(value, *order_by)), literal_column("'[]'::json"))


def _json_object(fields: dict[str, Any]) -> Any:
    return func.json_build_object(*(part for name, column in fields.items() for part in (name, column)))


def _linked_json(*, link: Any, target: Any, item_id: Any, fields: dict[str, Any], order_by: list[Any]) -> Any:
    """The records an item links to through a link table, as a JSON array (a correlated sub-select)."""
    return (
        select(_json_list(_json_object(fields), order_by))
        .select_from(link.table)
        .join(target, target.id == link.target)
        .where(link.owner == item_id)
        .scalar_subquery()
    )


THEME_FIELDS = ("id", "slug", "name_nl", "name_en", "description")
ORGANISATION_FIELDS = ("id", "slug", "name", "acronym", "kind", "country", "website")
ATTACHMENT_FIELDS = ("id", "file_name", "media_type", "size", "url")
TRANSLATION_FIELDS = ("id", "slug", "language", "title", "summary")


def _relations_query(spec: ContentSpec, actor: Principal, *, attachment_text: bool) -> Select[Any]:
    shape = (spec.entity, actor.can_edit, attachment_text)
    statement = _RELATIONS.get(shape)
    if statement is not None:
        return statement
    model = spec.model
    themes = _linked_json(
        link=spec.themes,
        target=Theme,
        item_id=model.id,
        fields={name: getattr(Theme, name) for name in THEME_FIELDS},
        order_by=[Theme.name_nl, Theme.id],
    )
    link = spec.organisations
    role = link.role if link.role is not None else literal_column(f"'{link.default_role}'")
    organisations = _linked_json(
        link=link,
        target=Organisation,
        item_id=model.id,
        fields={name: getattr(Organisation, name) for name in ORGANISATION_FIELDS} | {"role": role},
        order_by=[Organisation.name, Organisation.id],
    )
    text = Attachment.extracted_text if attachment_text else null()
    attachment_fields = {name: getattr(Attachment, name) for name in ATTACHMENT_FIELDS} | {"extracted_text": text}
    attachments = (
        select(_json_list(_json_object(attachment_fields), [Attachment.id]))
        .where(spec.attachment_owner == model.id)
        .scalar_subquery()
    )
    partner = aliased(model)
    translation = (
        select(_json_object({name: getattr(partner, name) for name in TRANSLATION_FIELDS}))
        .where(col(partner.id) == model.translation_id, visible_clause(spec, actor, partner))
        .scalar_subquery()
    )
    statement = select(
        col(model.id),
        themes.label("themes"),
        organisations.label("organisations"),
        attachments.label("attachments"),
        translation.label("translation"),
    ).where(col(model.id) == any_(bindparam("ids", type_=PG_ARRAY(Integer))))
    _RELATIONS[shape] = statement
    return statement

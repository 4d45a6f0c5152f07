"""Items as the REST API shows them: exactly the fields of their ``ContentSpec.public`` model.

The model is the description (and OpenAPI's schema); this builds its fields from the rows and from the
relations PostgreSQL returns as JSON for a whole page at once. Embedded records come compact (the
required fields of their summary model) or, with ``include``, full (all of them).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from app.models.change import EntityType
from app.models.content_public import AttachmentOut, OrganisationSummary, ThemeSummary, TranslationSummary
from app.models.content_types import ContentModel, ContentSpec
from app.services.auth import Principal
from app.services.content.relations import Relations, relations_of

INCLUDES = ("themes", "organisations", "attachments", "translation")


def iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _shapes(model: type[BaseModel], *, also: tuple[str, ...] = ()) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The compact fields of an embedded record (its model's required ones, plus ``also``) and the full ones."""
    full = tuple(model.model_fields)
    compact = tuple(n for n, f in model.model_fields.items() if f.is_required() or n in also)
    return compact, full


THEME = _shapes(ThemeSummary)
ORGANISATION_WITH_ROLE = _shapes(OrganisationSummary, also=("role",))
ORGANISATION = _shapes(OrganisationSummary)
ATTACHMENT = _shapes(AttachmentOut)
TRANSLATION = _shapes(TranslationSummary)


def _pick(loaded: dict[str, Any], shape: tuple[tuple[str, ...], tuple[str, ...]], full: bool) -> dict[str, Any]:
    return {key: loaded[key] for key in shape[1 if full else 0]}


Field = Callable[[ContentModel, Relations, frozenset[str]], Any]


def _fields(spec: ContentSpec) -> dict[str, Field]:
    """How each field of the type's public model is made."""
    organisation = ORGANISATION_WITH_ROLE if spec.organisations.role is not None else ORGANISATION
    relations: dict[str, Field] = {
        "type": lambda item, rel, inc: spec.entity.value,
        "themes": lambda item, rel, inc: [_pick(t, THEME, "themes" in inc) for t in rel.themes],
        spec.organisations.field: lambda item, rel, inc: [
            _pick(o, organisation, "organisations" in inc) for o in rel.organisations
        ],
        "attachments": lambda item, rel, inc: [_pick(a, ATTACHMENT, "attachments" in inc) for a in rel.attachments],
        "translation": lambda item, rel, inc: (
            None if rel.translation is None else _pick(rel.translation, TRANSLATION, "translation" in inc)
        ),
    }
    fields: dict[str, Field] = {}
    for name, info in spec.public.model_fields.items():
        if name in relations:
            fields[name] = relations[name]
        elif info.annotation in (datetime, datetime | None):
            fields[name] = _timestamp(name)
        else:
            fields[name] = _column(name)
    return fields


def _column(name: str) -> Field:
    return lambda item, rel, inc: getattr(item, name)


def _timestamp(name: str) -> Field:
    return lambda item, rel, inc: iso(getattr(item, name))


_FIELDS: dict[EntityType, dict[str, Field]] = {}


async def content_docs(
    *,
    session: AsyncSession,
    actor: Principal,
    spec: ContentSpec,
    items: Sequence[ContentModel],
    include: Sequence[str] = (),
) -> list[dict[str, Any]]:
    """Items as their public model describes them, all relations of all items loaded in one query."""
    ids = [item.id for item in items if item.id is not None]
    relations = await relations_of(
        session=session, actor=actor, spec=spec, ids=ids, attachment_text="attachments" in include
    )
    fields = _FIELDS.get(spec.entity) or _FIELDS.setdefault(spec.entity, _fields(spec))
    wanted = frozenset(include)
    docs = []
    for item in items:
        assert item.id is not None
        related = relations[item.id]
        docs.append({name: make(item, related, wanted) for name, make in fields.items()})
    return docs

"""Related content: published knowledge items and position papers that share themes, organisations or tags.

Ranked by a score, 3 per shared theme, 2 per shared organisation (authors, publishers, signatories) and 1
per shared tag (knowledge items have tags), then newest first. Only published content is ever related,
whoever asks; the item itself is never its own relative. Each type is one statement, scored in PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.dialects.postgresql import ARRAY as PG_ARRAY
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.errors import ValidationFailedError
from app.models.content_types import CONTENT_SPECS, ContentSpec
from app.queries import public_clause
from app.services.auth import Principal
from app.services.content.listing import get_content

MAX_RELATED = 20
THEME_WEIGHT, ORGANISATION_WEIGHT, TAG_WEIGHT = 3, 2, 1


@dataclass(frozen=True, slots=True)
class Relative:
    """One related record: its type, id and why it ranks where it does."""

    spec: ContentSpec
    id: int
    score: int
    when: datetime


async def _targets(session: AsyncSession, link: Any, owner_id: int) -> list[int]:
    return list((await session.scalars(select(link.target).where(link.owner == owner_id))).all())


def _shared(link: Any, model: Any, ids: Sequence[int]) -> Any:
    """How many of ``ids`` the candidate links to through ``link``."""
    return (
        select(func.count())
        .select_from(link.table)
        .where(link.owner == model.id, link.target.in_(list(ids)))
        .correlate(model)
        .scalar_subquery()
    )


async def related_content(
    *, session: AsyncSession, actor: Principal, spec: ContentSpec, id_or_slug: str, limit: int = 5
) -> list[Relative]:
    """The best ``limit`` published records related to the item (which ``actor`` must be able to see)."""
    if not 1 <= limit <= MAX_RELATED:
        raise ValidationFailedError(f"limit must be between 1 and {MAX_RELATED}", field="limit")
    item = await get_content(session=session, actor=actor, spec=spec, id_or_slug=id_or_slug)
    themes = await _targets(session, spec.themes, item.id)
    organisations = await _targets(session, spec.organisations, item.id)
    tags = list(getattr(item, "tags", None) or [])
    found: list[Relative] = []
    for candidate in CONTENT_SPECS:
        model = candidate.model
        score: Any = THEME_WEIGHT * _shared(candidate.themes, model, themes) + ORGANISATION_WEIGHT * _shared(
            candidate.organisations, model, organisations
        )
        if tags and hasattr(model, "tags"):
            own_tags = func.unnest(type_coerce(model.tags, PG_ARRAY(String))).table_valued("tag").render_derived()
            shared_tags = (
                select(func.count()).select_from(own_tags).where(own_tags.c.tag.in_(tags)).correlate(model)
            ).scalar_subquery()
            score = score + TAG_WEIGHT * shared_tags
        when = func.coalesce(model.published_at, model.created_at)
        scored = (
            select(col(model.id).label("id"), score.label("score"), when.label("when"))
            .where(public_clause(model))
            .subquery()
        )
        query = select(scored).where(scored.c.score > 0)
        if candidate is spec:
            query = query.where(scored.c.id != item.id)
        query = query.order_by(scored.c.score.desc(), scored.c.when.desc(), scored.c.id.desc()).limit(limit)
        found += [Relative(candidate, row.id, row.score, row.when) for row in await session.execute(query)]
    found.sort(key=lambda r: (-r.score, -r.when.timestamp(), r.spec.entity.value, -r.id))
    return found[:limit]

"""The one visibility rule: drafts, and items outside their publication window, are for editors only.

In SQL it is ``app.queries.public_clause`` (shared with the search infrastructure, which indexes exactly
what is public).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, or_, true
from sqlmodel import col

from app.models.base import ContentStatus, utcnow
from app.models.change import EntityType
from app.models.content_types import ContentModel, ContentSpec
from app.queries import public_clause
from app.services.auth import Principal


def is_public(item: ContentModel, *, now: datetime | None = None) -> bool:
    """Whether anyone may see the item: published, and inside its schedule right now.

    The schedule is part of the rule itself, so an item is hidden the moment its ``unpublish_at`` passes
    (and never shown before its ``publish_at``) whether or not the scheduler has flipped its status yet.
    """
    now = now or utcnow()
    return (
        item.status == ContentStatus.published
        and (item.publish_at is None or item.publish_at <= now)
        and (item.unpublish_at is None or item.unpublish_at > now)
    )


def was_listed(item: ContentModel) -> bool:
    """Whether public surfaces may still show the item (its status says published): mirrors must hear it left."""
    return item.status == ContentStatus.published


def visible_clause(spec: ContentSpec, actor: Principal, model: Any = None) -> ColumnElement[bool]:
    """The rule that keeps drafts and scheduled or expired items away from everyone but editors (and
    previewers), in SQL (on ``spec``'s table, or on ``model``, an alias of it). A preview token scoped to
    one record adds that record, and nothing else, to what the public sees."""
    if actor.sees_drafts:
        return true()
    if model is not None:
        clause = public_clause(model)
    elif spec.entity in _PUBLIC:
        clause = _PUBLIC[spec.entity]
    else:
        clause = _PUBLIC[spec.entity] = public_clause(spec.model)  # built once: lists build it per request
    scoped = actor.draft_record
    if scoped is not None and scoped[0] == spec.entity.value:
        return or_(clause, col((model if model is not None else spec.model).id) == scoped[1])
    return clause


_PUBLIC: dict[EntityType, ColumnElement[bool]] = {}

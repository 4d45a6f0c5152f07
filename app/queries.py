"""SQL the services and the search infrastructure must agree on, below both (it imports only app.models).

Search must index exactly what the public surfaces show, so the publication rule it filters on lives here,
where the services can share it, rather than in a service the search infrastructure may not import.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_
from sqlmodel import col

from app.models.base import ContentStatus


def public_clause(model: Any) -> ColumnElement[bool]:
    """A knowledge item or position paper anyone may see: published, and inside its schedule right now."""
    return and_(
        col(model.status) == ContentStatus.published,
        or_(col(model.publish_at).is_(None), col(model.publish_at) <= func.now()),
        or_(col(model.unpublish_at).is_(None), col(model.unpublish_at) > func.now()),
    )

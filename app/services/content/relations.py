"""What items link to (themes, organisations, attachments), as rows for many items at once.

For the services that need rows (GraphQL's dataloaders, revisions, citations); the REST representation
embeds the same relations as JSON built by PostgreSQL (``representation``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import literal_column, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.models.content import Attachment
from app.models.content_types import ContentSpec
from app.models.organisation import Organisation
from app.models.theme import Theme
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

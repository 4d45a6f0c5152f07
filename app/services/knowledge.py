"""Knowledge items: create and update (kind, tags, author/publisher organisations on top of content)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from app.models.change import ChangeOp
from app.models.knowledge import (
    KnowledgeItem,
    KnowledgeItemCreate,
    KnowledgeItemOrganisation,
    KnowledgeItemUpdate,
)
from app.models.knowledge import OrganisationRef as KnowledgeOrganisationRef
from app.models.organisation import Organisation
from app.services.auth import Principal, require_editor
from app.services.common import ExpectedVersion, check_version, ids_for_slugs
from app.services.content import (
    KNOWLEDGE,
    apply_shared_changes,
    assign_slug,
    create_shell,
    finish_write,
    get_content_for_update,
    reject_nulls,
    run_due_schedule,
)

SCALAR_FIELDS = ("title", "summary", "body", "kind", "language", "tags", "source_url", "cover_image_url")


def normalise_tags(tags: Sequence[str]) -> list[str]:
    """Tags are trimmed, lowercased and de-duplicated, keeping their order."""
    return list(dict.fromkeys(t.strip().lower() for t in tags if t.strip()))


async def set_organisations(*, session: AsyncSession, item_id: int, refs: Sequence[KnowledgeOrganisationRef]) -> None:
    ids = await ids_for_slugs(
        session=session, model=Organisation, slugs=[r.organisation for r in refs], field="organisations"
    )
    roles = {r.organisation: r.role for r in refs}
    await session.execute(
        delete(KnowledgeItemOrganisation).where(KnowledgeItemOrganisation.knowledge_item_id == item_id)
    )
    session.add_all(
        [
            KnowledgeItemOrganisation(knowledge_item_id=item_id, organisation_id=org_id, role=roles[slug])
            for slug, org_id in zip(dict.fromkeys(roles), ids, strict=True)
        ]
    )


def apply_scalars(item: KnowledgeItem, changes: dict[str, Any]) -> None:
    for name in SCALAR_FIELDS:
        if name not in changes:
            continue
        value = changes[name]
        if name == "tags":
            value = normalise_tags(value)
        elif name in ("source_url", "cover_image_url") and value is not None:
            value = str(value)
        setattr(item, name, value)


async def create_knowledge_item(*, session: AsyncSession, actor: Principal, data: KnowledgeItemCreate) -> KnowledgeItem:
    """Create a knowledge item as a draft (editors)."""
    require_editor(actor)
    changes = data.model_dump(exclude_unset=True)
    changes.setdefault("tags", [])
    reject_nulls(changes)
    item: KnowledgeItem = await create_shell(
        session=session,
        spec=KNOWLEDGE,
        fields={"title": data.title, "kind": data.kind, "language": data.language},
        slug=data.slug,
    )
    apply_scalars(item, changes)
    await apply_shared_changes(session=session, spec=KNOWLEDGE, item=item, changes=changes, raw=data)
    assert item.id is not None
    if data.organisations is not None:
        await set_organisations(session=session, item_id=item.id, refs=data.organisations)
    await finish_write(session=session, actor=actor, spec=KNOWLEDGE, item=item, op=ChangeOp.created, bump=False)
    await run_due_schedule(session=session, actor=actor, spec=KNOWLEDGE, item=item)
    return item


async def update_knowledge_item(
    *,
    session: AsyncSession,
    actor: Principal,
    id_or_slug: str,
    data: KnowledgeItemUpdate,
    expected_version: ExpectedVersion = None,
    restored_from: int | None = None,
) -> KnowledgeItem:
    """Apply the given fields (JSON merge semantics) to a knowledge item (editors)."""
    require_editor(actor)
    item: KnowledgeItem = await get_content_for_update(session=session, spec=KNOWLEDGE, id_or_slug=id_or_slug)
    check_version(entity=KNOWLEDGE.entity, record=item, expected=expected_version)
    changes = data.model_dump(exclude_unset=True)
    reject_nulls(changes)
    apply_scalars(item, changes)
    await assign_slug(session=session, spec=KNOWLEDGE, item=item, changes=changes)
    await apply_shared_changes(session=session, spec=KNOWLEDGE, item=item, changes=changes, raw=data)
    assert item.id is not None
    if data.organisations is not None:
        await set_organisations(session=session, item_id=item.id, refs=data.organisations)
    await finish_write(
        session=session, actor=actor, spec=KNOWLEDGE, item=item, op=ChangeOp.updated, restored_from=restored_from
    )
    await run_due_schedule(session=session, actor=actor, spec=KNOWLEDGE, item=item)
    return item

"""Creating, changing and deleting knowledge items and position papers (editors).

Both types are written by the same code: the fields both have, then the fields only the type has
(``ContentSpec.own``, stored as their ``store`` says) and its organisations (with a role or without),
then the rule across fields the type may have (``ContentSpec.check``). Every write ends in
``finish_write`` (version, change log, revision) and carries out whatever of its schedule is due.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, inspect, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.errors import ConflictError, ValidationFailedError
from app.models.base import ContentStatus
from app.models.change import ChangeOp
from app.models.content import Attachment, AttachmentIn, ContentWrite
from app.models.content_types import ContentModel, ContentSpec
from app.models.organisation import Organisation
from app.models.theme import Theme
from app.services.auth import Principal, require_editor
from app.services.changes import record_change
from app.services.common import ExpectedVersion, check_version, flush_or_conflict, slug_for
from app.services.content.listing import get_content_for_update
from app.services.content.publishing import apply_schedule, run_due_schedule
from app.services.content.record import finish_write
from app.services.content.revisions import record_revision
from app.services.content.visibility import was_listed
from app.services.links import replace_links

# The columns every content type has that a write sets as given.
CONTENT_FIELDS = ("title", "summary", "body", "language")


def reject_nulls(spec: ContentSpec, changes: dict[str, Any]) -> None:
    """JSON merge semantics: null clears a field, except one whose column can't be empty or a list of links
    (``slug: null`` asks for a slug made from the title)."""
    columns = inspect(spec.model).local_table.columns  # SQLModel declares no ``__table__`` for mypy
    lists = ("themes", "attachments", spec.organisations.field)
    for name, value in changes.items():
        if value is None and name != "slug" and (name in lists or (name in columns and not columns[name].nullable)):
            raise ValidationFailedError(f"{name} cannot be null", field=name)


def _set_fields(spec: ContentSpec, item: ContentModel, changes: dict[str, Any]) -> None:
    for name in CONTENT_FIELDS:
        if name in changes:
            setattr(item, name, changes[name])
    for own in spec.own:
        if own.name in changes:
            setattr(item, own.name, own.store(changes[own.name]))
    spec.check(item)


async def create_content(*, session: AsyncSession, actor: Principal, spec: ContentSpec, data: ContentWrite) -> Any:
    """Create a knowledge item or position paper as a draft (editors)."""
    require_editor(actor)
    changes = data.model_dump(exclude_unset=True)
    reject_nulls(spec, changes)
    required = {name: changes[name] for name, field in type(data).model_fields.items() if field.is_required()}
    item = spec.model(**required, status=ContentStatus.draft, version=1)
    item.slug = await slug_for(session=session, model=spec.model, explicit=data.slug, source=item.title)
    session.add(item)
    await flush_or_conflict(session, spec.label)  # relations can point at it from here on
    await _write(session=session, spec=spec, item=item, changes=changes, data=data, new=True)
    await finish_write(session=session, actor=actor, spec=spec, item=item, op=ChangeOp.created, bump=False)
    await run_due_schedule(session=session, actor=actor, spec=spec, item=item)
    return item


async def update_content(
    *,
    session: AsyncSession,
    actor: Principal,
    spec: ContentSpec,
    id_or_slug: str,
    data: ContentWrite,
    expected_version: ExpectedVersion = None,
    restored_from: int | None = None,
) -> Any:
    """Apply the given fields (JSON merge semantics) to a knowledge item or position paper (editors)."""
    require_editor(actor)
    item = await get_content_for_update(session=session, spec=spec, id_or_slug=id_or_slug)
    check_version(entity=spec.entity, record=item, expected=expected_version)
    changes = data.model_dump(exclude_unset=True)
    reject_nulls(spec, changes)
    await _write(session=session, spec=spec, item=item, changes=changes, data=data, new=False)
    await finish_write(
        session=session, actor=actor, spec=spec, item=item, op=ChangeOp.updated, restored_from=restored_from
    )
    await run_due_schedule(session=session, actor=actor, spec=spec, item=item)
    return item


async def _write(
    *,
    session: AsyncSession,
    spec: ContentSpec,
    item: ContentModel,
    changes: dict[str, Any],
    data: ContentWrite,
    new: bool,
) -> None:
    """Apply ``changes`` (``data`` as validated) to the fields and relations of ``item``."""
    assert item.id is not None
    _set_fields(spec, item, changes)
    if not new:
        await _assign_slug(session=session, spec=spec, item=item, changes=changes)
    await apply_schedule(session=session, item=item, changes=changes)
    if "themes" in changes:
        themes = changes["themes"]
        await replace_links(
            session=session, link=spec.themes, owner_id=item.id, target=Theme, slugs=themes, field="themes"
        )
    if "attachments" in changes:
        await _set_attachments(session=session, spec=spec, item_id=item.id, attachments=data.attachments or [])
    if "translation" in changes:
        await _set_translation(session=session, spec=spec, item=item, translation_slug=changes["translation"])
    elif "language" in changes and item.translation_id is not None:
        partner = await session.get(spec.model, item.translation_id)
        if partner is not None and partner.language == item.language:
            raise ValidationFailedError("the translation is already in that language", field="language")
    link = spec.organisations
    if link.field in changes:
        await _set_organisations(session=session, spec=spec, item_id=item.id, refs=getattr(data, link.field))


async def _assign_slug(
    *, session: AsyncSession, spec: ContentSpec, item: ContentModel, changes: dict[str, Any]
) -> None:
    """Slugs follow the title until first publication and are stable after it."""
    explicit = changes.get("slug")
    ever_published = item.published_at is not None
    if explicit is not None and explicit != item.slug:
        if ever_published:
            raise ConflictError("the slug of published content is stable and cannot be changed", field="slug")
        item.slug = await slug_for(session=session, model=spec.model, explicit=explicit, source="", exclude_id=item.id)
    elif "title" in changes and explicit is None and not ever_published:
        item.slug = await slug_for(
            session=session, model=spec.model, explicit=None, source=item.title, exclude_id=item.id
        )


async def _set_organisations(*, session: AsyncSession, spec: ContentSpec, item_id: int, refs: Sequence[Any]) -> None:
    """Authors and publishers with their role (``OrganisationRef``), or signatories by slug."""
    link = spec.organisations
    roles = {r.organisation: r.role for r in refs} if link.role is not None else None
    slugs = list(roles) if roles is not None else list(refs)
    await replace_links(
        session=session, link=link, owner_id=item_id, target=Organisation, slugs=slugs, field=link.field, roles=roles
    )


async def _set_attachments(
    *, session: AsyncSession, spec: ContentSpec, item_id: int, attachments: Sequence[AttachmentIn]
) -> None:
    await session.execute(delete(Attachment).where(spec.attachment_owner == item_id))
    owner: dict[str, Any] = {spec.attachment_owner.key: item_id}  # knowledge_item_id or position_paper_id
    session.add_all(
        [
            Attachment(
                file_name=a.file_name,
                media_type=a.media_type,
                size=a.size,
                url=str(a.url),
                extracted_text=a.extracted_text,
                width=a.width,
                height=a.height,
                alt=a.alt,
                **owner,
            )
            for a in attachments
        ]
    )


async def _set_translation(
    *, session: AsyncSession, spec: ContentSpec, item: ContentModel, translation_slug: str | None
) -> None:
    """Link ``item`` with the same content in the other language (both ways), or unlink it."""
    model = spec.model
    partner = None
    if translation_slug is not None:
        partner = await session.scalar(select(model).where(col(model.slug) == translation_slug))
        if partner is None:
            raise ValidationFailedError(f"unknown translation: {translation_slug}", field="translation")
        if partner.id == item.id:
            raise ValidationFailedError("an item cannot be its own translation", field="translation")
        if partner.language == item.language:
            raise ValidationFailedError("a translation must be in the other language", field="translation")
    # Clear every old link touching either side first: translation_id is unique.
    old_ids = [i for i in (item.id, partner.id if partner else None) if i is not None]
    await session.execute(
        update(model)
        .where(or_(col(model.id).in_(old_ids), col(model.translation_id).in_(old_ids)))
        .values(translation_id=None)
        .execution_options(synchronize_session="fetch")
    )
    if partner is not None:
        await session.execute(update(model).where(col(model.id) == item.id).values(translation_id=partner.id))
        await session.execute(update(model).where(col(model.id) == partner.id).values(translation_id=item.id))
        item.translation_id = partner.id
    else:
        item.translation_id = None


async def delete_content(
    *,
    session: AsyncSession,
    actor: Principal,
    spec: ContentSpec,
    id_or_slug: str,
    expected_version: ExpectedVersion = None,
) -> None:
    """Delete an item and its links (editors); the change log keeps a tombstone, the revisions its history."""
    require_editor(actor)
    item = await get_content_for_update(session=session, spec=spec, id_or_slug=id_or_slug)
    check_version(entity=spec.entity, record=item, expected=expected_version)
    assert item.id is not None
    await record_revision(session=session, spec=spec, item=item, actor=actor, op=ChangeOp.deleted)
    await session.execute(delete(spec.model).where(col(spec.model.id) == item.id))
    await record_change(
        session=session,
        entity_type=spec.entity,
        entity_id=item.id,
        op=ChangeOp.deleted,
        slug=item.slug,
        public=was_listed(item),
        version=item.version,
    )

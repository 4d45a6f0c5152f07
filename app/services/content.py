"""What knowledge items and position papers share: visibility, listing, relations, publish, delete.

The two types differ only in a few fields (kind and tags versus audience and signatories); their own
modules (``knowledge.py``, ``position_papers.py``) handle those and call into this one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    and_,
    any_,
    bindparam,
    delete,
    exists,
    func,
    literal_column,
    null,
    or_,
    select,
    true,
    type_coerce,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY as PG_ARRAY
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.errors import ConflictError, NotFoundError, ValidationFailedError
from app.models.base import ContentStatus, Language, utcnow
from app.models.change import ChangeOp, EntityType
from app.models.content import Attachment, AttachmentIn
from app.models.knowledge import KnowledgeItem, KnowledgeItemOrganisation, KnowledgeItemTheme
from app.models.organisation import Organisation
from app.models.position_paper import PositionPaper, PositionPaperSignatory, PositionPaperTheme
from app.models.theme import Theme
from app.services.auth import Principal, require_editor
from app.services.changes import record_change
from app.services.common import (
    ExpectedVersion,
    check_filter_values,
    check_version,
    flush_or_conflict,
    ids_for_slugs,
    slug_for,
)
from app.services.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page, SortField, keyset_after
from app.services.slugs import is_id
from app.services.themes import themes_by_owner

ContentModel = KnowledgeItem | PositionPaper


@dataclass(frozen=True)
class ContentSpec:
    """How one content type is stored: its table and link tables."""

    model: type[KnowledgeItem] | type[PositionPaper]
    entity: EntityType
    label: str
    theme_owner: Any
    theme_id: Any
    org_owner: Any
    org_id: Any
    org_role: Any | None
    attachment_owner: Any


KNOWLEDGE = ContentSpec(
    model=KnowledgeItem,
    entity=EntityType.knowledge_item,
    label="knowledge item",
    theme_owner=KnowledgeItemTheme.knowledge_item_id,
    theme_id=KnowledgeItemTheme.theme_id,
    org_owner=KnowledgeItemOrganisation.knowledge_item_id,
    org_id=KnowledgeItemOrganisation.organisation_id,
    org_role=KnowledgeItemOrganisation.role,
    attachment_owner=Attachment.knowledge_item_id,
)
POSITION_PAPERS = ContentSpec(
    model=PositionPaper,
    entity=EntityType.position_paper,
    label="position paper",
    theme_owner=PositionPaperTheme.position_paper_id,
    theme_id=PositionPaperTheme.theme_id,
    org_owner=PositionPaperSignatory.position_paper_id,
    org_id=PositionPaperSignatory.organisation_id,
    org_role=None,
    attachment_owner=Attachment.position_paper_id,
)

SORTABLE = ("published_at", "title", "created_at", "updated_at")
DEFAULT_SORT = "-published_at"


@dataclass(frozen=True)
class ContentFilter:
    """List filters: values within a field are OR'ed, fields are AND'ed."""

    themes: Sequence[str] = ()
    kinds: Sequence[str] = ()
    languages: Sequence[Language] = ()
    statuses: Sequence[ContentStatus] = ()
    organisations: Sequence[str] = ()
    years: Sequence[int] = ()
    tags: Sequence[str] = ()
    audiences: Sequence[str] = ()
    published_after: datetime | None = None
    published_before: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def key(self) -> tuple[Any, ...]:
        """The filter as a hashable value: equal for filters that select the same items."""
        return tuple(
            (name, tuple(sorted(map(str, value))) if isinstance(value, (list, tuple)) else str(value))
            for name, value in sorted(self.__dict__.items())
            if name != "extra"
        ) + tuple(sorted((k, repr(v)) for k, v in self.extra.items()))

    def check_sizes(self) -> None:
        check_filter_values(
            self, ("themes", "kinds", "languages", "statuses", "organisations", "years", "tags", "audiences")
        )


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


def public_clause(model: type[KnowledgeItem] | type[PositionPaper]) -> ColumnElement[bool]:
    """``is_public`` in SQL, for every public surface: lists, feeds, OAI-PMH, exports and search."""
    return and_(
        model.status == ContentStatus.published,
        or_(model.publish_at.is_(None), model.publish_at <= func.now()),  # type: ignore[union-attr,operator]
        or_(model.unpublish_at.is_(None), model.unpublish_at > func.now()),  # type: ignore[union-attr,operator]
    )


def visible_clause(spec: ContentSpec, actor: Principal, model: Any = None) -> ColumnElement[bool]:
    """The rule that keeps drafts and scheduled or expired items away from everyone but editors, in SQL
    (on ``spec``'s table, or on ``model``, an alias of it)."""
    if actor.can_edit:
        return true()
    return public_clause(spec.model if model is None else model)


def sort_column(spec: ContentSpec, name: str) -> ColumnElement[Any]:
    model = spec.model
    if name == "published_at":
        # Drafts have no publication date yet; they sort by creation time (the listing index covers this).
        return func.coalesce(model.published_at, model.created_at)
    if name == "updated_at":
        return func.coalesce(model.updated_at, model.created_at)
    return getattr(model, name)  # type: ignore[no-any-return]


def sort_value(item: ContentModel, name: str) -> Any:
    if name == "published_at":
        return item.published_at or item.created_at
    if name == "updated_at":
        return item.updated_at or item.created_at
    return getattr(item, name)


def sort_types(sort: Sequence[SortField]) -> list[type]:
    return [str if f.name == "title" else datetime for f in sort] + [int]


def filter_clauses(spec: ContentSpec, actor: Principal, filters: ContentFilter) -> list[ColumnElement[bool]]:
    filters.check_sizes()
    model = spec.model
    clauses: list[ColumnElement[bool]] = [visible_clause(spec, actor)]
    if filters.statuses:
        if not actor.can_edit and set(filters.statuses) != {ContentStatus.published}:
            raise ValidationFailedError("only editors can list drafts or archived content", field="status")
        clauses.append(model.status.in_(filters.statuses))  # type: ignore[attr-defined]
    if filters.themes:
        clauses.append(
            exists().where(spec.theme_owner == model.id, spec.theme_id == Theme.id, Theme.slug.in_(filters.themes))  # type: ignore[attr-defined]
        )
    if filters.organisations:
        clauses.append(
            exists().where(
                spec.org_owner == model.id,
                spec.org_id == Organisation.id,
                Organisation.slug.in_(filters.organisations),  # type: ignore[attr-defined]
            )
        )
    if filters.kinds and model is KnowledgeItem:
        clauses.append(KnowledgeItem.kind.in_(filters.kinds))  # type: ignore[attr-defined]
    if filters.tags and model is KnowledgeItem:
        clauses.append(type_coerce(KnowledgeItem.tags, PG_ARRAY(String)).overlap(list(filters.tags)))
    if filters.audiences and model is PositionPaper:
        clauses.append(type_coerce(PositionPaper.audience, PG_ARRAY(String)).overlap(list(filters.audiences)))
    if filters.languages:
        clauses.append(model.language.in_(filters.languages))  # type: ignore[attr-defined]
    if filters.years:
        clauses.append(
            or_(
                *(
                    and_(
                        model.published_at >= datetime(year, 1, 1, tzinfo=UTC),  # type: ignore[operator]
                        model.published_at < datetime(year + 1, 1, 1, tzinfo=UTC),  # type: ignore[operator]
                    )
                    for year in filters.years
                )
            )
        )
    if filters.published_after is not None:
        clauses.append(model.published_at >= filters.published_after)  # type: ignore[operator]
    if filters.published_before is not None:
        clauses.append(model.published_at < filters.published_before)  # type: ignore[operator]
    return clauses


async def list_content(
    *,
    session: AsyncSession,
    actor: Principal,
    spec: ContentSpec,
    filters: ContentFilter,
    sort: Sequence[SortField],
    after: Sequence[Any] | None = None,
    limit: int = DEFAULT_LIMIT,
    with_total: bool = True,
) -> Page[Any]:
    """One page of the items ``actor`` may see, in ``sort`` order with id as the tie-breaker."""
    if not 1 <= limit <= MAX_LIMIT:
        raise ValidationFailedError(f"limit must be between 1 and {MAX_LIMIT}", field="limit")
    model = spec.model
    clauses = filter_clauses(spec, actor, filters)
    columns = [sort_column(spec, f.name) for f in sort] + [model.id]
    descending = [f.descending for f in sort] + [sort[-1].descending if sort else True]
    query: Select[Any] = select(model).where(*clauses)
    if after is not None:
        query = query.where(keyset_after(columns, descending, after))
    order = [c.desc() if d else c.asc() for c, d in zip(columns, descending, strict=True)]
    rows = list((await session.scalars(query.order_by(*order).limit(limit + 1))).all())
    next_after = None
    if len(rows) > limit:
        rows = rows[:limit]
        last = rows[-1]
        next_after = (*(sort_value(last, f.name) for f in sort), last.id)
    total = await count_content(session=session, actor=actor, spec=spec, filters=filters) if with_total else 0
    return Page(items=rows, next_after=next_after, total=total)


async def count_content(*, session: AsyncSession, actor: Principal, spec: ContentSpec, filters: ContentFilter) -> int:
    """How many items ``actor`` may see that match ``filters`` (a list's ``meta.total``)."""
    clauses = filter_clauses(spec, actor, filters)
    return await session.scalar(select(func.count()).select_from(spec.model).where(*clauses)) or 0


async def get_content(*, session: AsyncSession, actor: Principal, spec: ContentSpec, id_or_slug: str) -> Any:
    """One item by id or slug; a draft is 'not found' for anyone who may not see it."""
    by_id = is_id(id_or_slug)
    statement = _lookup(spec, actor, by_id=by_id)
    item = await session.scalar(statement, {"key": int(id_or_slug) if by_id else id_or_slug})
    if item is None:
        raise NotFoundError(f"no {spec.label} {id_or_slug!r}")
    return item


_LOOKUPS: dict[tuple[EntityType, bool, bool], Select[Any]] = {}  # (type, by id, can edit)


def _lookup(spec: ContentSpec, actor: Principal, *, by_id: bool) -> Select[Any]:
    """``get_content``'s query, built once per shape (building SQL per request costs more than running it);
    what ``visible_clause`` gives depends on the actor only through ``can_edit``."""
    shape = (spec.entity, by_id, actor.can_edit)
    statement = _LOOKUPS.get(shape)
    if statement is None:
        model = spec.model
        key = model.id == bindparam("key") if by_id else model.slug == bindparam("key")
        statement = select(model).where(key, visible_clause(spec, actor))
        _LOOKUPS[shape] = statement
    return statement


async def get_content_for_update(*, session: AsyncSession, spec: ContentSpec, id_or_slug: str) -> Any:
    """The item row locked for this transaction, so concurrent writers queue instead of racing."""
    model = spec.model
    key = model.id == int(id_or_slug) if is_id(id_or_slug) else model.slug == id_or_slug
    item = await session.scalar(select(model).where(key).with_for_update())
    if item is None:
        raise NotFoundError(f"no {spec.label} {id_or_slug!r}")
    return item


# ----- relations, loaded in batches (REST embedding and GraphQL dataloaders both use these) -----


async def themes_for(*, session: AsyncSession, spec: ContentSpec, ids: Sequence[int]) -> dict[int, list[Theme]]:
    """Themes of many items in one query."""
    return await themes_by_owner(
        session=session, link_owner_column=spec.theme_owner, link_theme_column=spec.theme_id, owner_ids=ids
    )


async def organisations_for(
    *, session: AsyncSession, spec: ContentSpec, ids: Sequence[int]
) -> dict[int, list[tuple[Organisation, str]]]:
    """Organisations of many items (authors/publishers, or signatories) with their role, in one query."""
    if not ids:
        return {}
    role = spec.org_role if spec.org_role is not None else func.cast("signatory", Organisation.name.type)  # type: ignore[attr-defined]
    rows = await session.execute(
        select(spec.org_owner, Organisation, role)
        .join(Organisation, Organisation.id == spec.org_id)
        .where(spec.org_owner.in_(ids))
        .order_by(Organisation.name)
    )
    grouped: dict[int, list[tuple[Organisation, str]]] = defaultdict(list)
    for owner_id, organisation, org_role in rows.all():
        grouped[owner_id].append((organisation, str(org_role)))
    return grouped


async def attachments_for(
    *, session: AsyncSession, spec: ContentSpec, ids: Sequence[int]
) -> dict[int, list[Attachment]]:
    """Attachments of many items in one query."""
    if not ids:
        return {}
    rows = await session.scalars(select(Attachment).where(spec.attachment_owner.in_(ids)).order_by(Attachment.id))
    grouped: dict[int, list[Attachment]] = defaultdict(list)
    for attachment in rows.all():
        grouped[getattr(attachment, spec.attachment_owner.key)].append(attachment)
    return grouped


async def content_by_ids(
    *, session: AsyncSession, actor: Principal, spec: ContentSpec, ids: Sequence[int]
) -> dict[int, Any]:
    """Items by id that ``actor`` may see (translations, GraphQL nodes)."""
    if not ids:
        return {}
    rows = await session.scalars(
        select(spec.model).where(spec.model.id.in_(ids), visible_clause(spec, actor))  # type: ignore[union-attr]
    )
    return {item.id: item for item in rows.all()}


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


def _json_list(value: Any, order_by: Any) -> Any:
    return func.coalesce(func.json_agg(aggregate_order_by(value, *order_by)), literal_column("'[]'::json"))


def _linked(
    *, owner: Any, target: Any, target_id: Any, item_id: Any, fields: dict[str, Any], order_by: list[Any]
) -> Any:
    """The records an item links to through a link table, as a JSON array (a correlated sub-select)."""
    pairs = [part for name, column in fields.items() for part in (name, column)]
    return (
        select(_json_list(func.json_build_object(*pairs), order_by))
        .select_from(owner.table)
        .join(target, target.id == target_id)
        .where(owner == item_id)
        .scalar_subquery()
    )


def _relations_query(spec: ContentSpec, actor: Principal, *, attachment_text: bool) -> Select[Any]:
    shape = (spec.entity, actor.can_edit, attachment_text)
    statement = _RELATIONS.get(shape)
    if statement is not None:
        return statement
    model = spec.model
    themes = _linked(
        owner=spec.theme_owner,
        target=Theme,
        target_id=spec.theme_id,
        item_id=model.id,
        fields={"id": Theme.id, "slug": Theme.slug, "name_nl": Theme.name_nl, "name_en": Theme.name_en,
                "description": Theme.description},
        order_by=[Theme.name_nl, Theme.id],
    )  # fmt: skip
    role = spec.org_role if spec.org_role is not None else literal_column("'signatory'")
    organisations = _linked(
        owner=spec.org_owner,
        target=Organisation,
        target_id=spec.org_id,
        item_id=model.id,
        fields={"id": Organisation.id, "slug": Organisation.slug, "name": Organisation.name, "role": role,
                "acronym": Organisation.acronym, "kind": Organisation.kind, "country": Organisation.country,
                "website": Organisation.website},
        order_by=[Organisation.name, Organisation.id],
    )  # fmt: skip
    attachments = (
        select(
            _json_list(
                func.json_build_object(
                    "id", Attachment.id, "file_name", Attachment.file_name, "media_type", Attachment.media_type,
                    "size", Attachment.size, "url", Attachment.url,
                    "extracted_text", Attachment.extracted_text if attachment_text else null(),
                ),
                [Attachment.id],
            )
        )
        .where(spec.attachment_owner == model.id)
        .scalar_subquery()
    )  # fmt: skip
    partner = aliased(model)  # type: ignore[arg-type]
    translation = (
        select(
            func.json_build_object(
                "id", partner.id, "slug", partner.slug, "language", partner.language, "title", partner.title,
                "summary", partner.summary,
            )
        )
        .where(partner.id == model.translation_id, visible_clause(spec, actor, partner))
        .scalar_subquery()
    )  # fmt: skip
    statement = select(
        model.id,
        themes.label("themes"),
        organisations.label("organisations"),
        attachments.label("attachments"),
        translation.label("translation"),
    ).where(model.id == any_(bindparam("ids", type_=PG_ARRAY(Integer))))
    _RELATIONS[shape] = statement
    return statement


# ----- writes -----

# Fields a PATCH may not set to null (JSON merge semantics: null clears, and these can't be cleared).
NOT_NULLABLE = {
    "title",
    "kind",
    "language",
    "summary",
    "body",
    "tags",
    "themes",
    "organisations",
    "attachments",
    "audience",
    "signatories",
}


def reject_nulls(changes: dict[str, Any]) -> None:
    for name, value in changes.items():
        if value is None and name in NOT_NULLABLE:
            raise ValidationFailedError(f"{name} cannot be null", field=name)


async def assign_slug(*, session: AsyncSession, spec: ContentSpec, item: ContentModel, changes: dict[str, Any]) -> None:
    """Slugs follow the title until first publication and are stable after it."""
    explicit = changes.get("slug")
    ever_published = item.published_at is not None
    if explicit is not None and explicit != item.slug:
        if ever_published:
            raise ConflictError("the slug of published content is stable and cannot be changed", field="slug")
        item.slug = await slug_for(session=session, model=spec.model, explicit=explicit, source="", exclude_id=item.id)
    elif "title" in changes and explicit is None and not ever_published and item.id is not None:
        item.slug = await slug_for(
            session=session, model=spec.model, explicit=None, source=item.title, exclude_id=item.id
        )


async def set_themes(*, session: AsyncSession, spec: ContentSpec, item_id: int, slugs: Sequence[str]) -> None:
    theme_ids = await ids_for_slugs(session=session, model=Theme, slugs=slugs, field="themes")
    link = spec.theme_owner.class_
    await session.execute(delete(link).where(spec.theme_owner == item_id))
    if theme_ids:
        session.add_all([link(**{spec.theme_owner.key: item_id, spec.theme_id.key: tid}) for tid in theme_ids])


async def set_attachments(
    *, session: AsyncSession, spec: ContentSpec, item_id: int, attachments: Sequence[AttachmentIn]
) -> None:
    await session.execute(delete(Attachment).where(spec.attachment_owner == item_id))
    session.add_all(
        [
            Attachment(
                file_name=a.file_name,
                media_type=a.media_type,
                size=a.size,
                url=str(a.url),
                extracted_text=a.extracted_text,
                **{spec.attachment_owner.key: item_id},
            )
            for a in attachments
        ]
    )


async def set_translation(
    *, session: AsyncSession, spec: ContentSpec, item: ContentModel, translation_slug: str | None
) -> None:
    """Link ``item`` with the same content in the other language (both ways), or unlink it."""
    model = spec.model
    partner = None
    if translation_slug is not None:
        partner = await session.scalar(select(model).where(model.slug == translation_slug))
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
        .where(or_(model.id.in_(old_ids), model.translation_id.in_(old_ids)))  # type: ignore[union-attr,attr-defined]
        .values(translation_id=None)
        .execution_options(synchronize_session="fetch")
    )
    if partner is not None:
        await session.execute(update(model).where(model.id == item.id).values(translation_id=partner.id))
        await session.execute(update(model).where(model.id == partner.id).values(translation_id=item.id))
        item.translation_id = partner.id
    else:
        item.translation_id = None


# A write that sets or moves a publish_at/unpublish_at says so on this channel; PostgreSQL delivers it when
# the transaction commits, to the scheduler of every process (app/services/scheduling.py), which then
# recomputes its next moment instead of sleeping through it.
SCHEDULE_CHANNEL = "kennisbank_schedule"


async def announce_schedule(session: AsyncSession) -> None:
    """Wake every scheduler once this transaction commits (one notification however often it is called)."""
    await session.execute(select(func.pg_notify(SCHEDULE_CHANNEL, "")))


def apply_schedule(item: ContentModel, changes: dict[str, Any]) -> None:
    """Set ``publish_at``/``unpublish_at`` from a write; what is already due happens in ``run_due_schedule``."""
    if "publish_at" in changes:
        publish_at = changes["publish_at"]
        if publish_at is not None and item.status == ContentStatus.published:
            # Already public: a moment in the past changes nothing, one ahead needs it taken offline first.
            if publish_at > utcnow():
                raise ConflictError(
                    "this item is already published: unpublish it first to schedule its publication",
                    field="publish_at",
                )
        else:
            item.publish_at = publish_at
    if "unpublish_at" in changes:
        item.unpublish_at = changes["unpublish_at"]
    if item.publish_at is not None and item.unpublish_at is not None and item.unpublish_at <= item.publish_at:
        raise ValidationFailedError("unpublish_at must be later than publish_at", field="unpublish_at")


async def run_due_schedule(
    *, session: AsyncSession, actor: Principal, spec: ContentSpec, item: ContentModel, now: datetime | None = None
) -> None:
    """Carry out whatever of the item's schedule is due at ``now``, through the ordinary services.

    Afterwards nothing about the item is due any more (the scheduler relies on that to make progress):
    a due ``publish_at`` publishes it, a due ``unpublish_at`` archives a published item and is simply
    dropped from one that is not public. Both may be due after downtime: it ends archived, as it would have.
    """
    now = now or utcnow()
    assert item.id is not None
    if item.publish_at is not None and item.publish_at <= now:
        # A first publication is dated at the scheduled moment, even when the scheduler catches up late.
        first = item.publish_at if item.published_at is None else None
        await publish_content(session=session, actor=actor, spec=spec, id_or_slug=str(item.id), published_at=first)
    if item.unpublish_at is not None and item.unpublish_at <= now:
        if item.status == ContentStatus.published:
            item.unpublish_at = None  # the expiry happens now; written with the archiving below
            await archive_content(session=session, actor=actor, spec=spec, id_or_slug=str(item.id))
        else:
            item.unpublish_at = None
            await finish_write(session=session, actor=actor, spec=spec, item=item, op=ChangeOp.updated)


async def apply_shared_changes(
    *, session: AsyncSession, spec: ContentSpec, item: ContentModel, changes: dict[str, Any], raw: Any
) -> None:
    """Write the fields and relations both content types have; ``raw`` is the validated input model."""
    assert item.id is not None
    before = (item.publish_at, item.unpublish_at)
    apply_schedule(item, changes)
    moments = (item.publish_at, item.unpublish_at)
    if moments != before and any(moment is not None for moment in moments):
        await announce_schedule(session)
    if "themes" in changes:
        await set_themes(session=session, spec=spec, item_id=item.id, slugs=changes["themes"])
    if "attachments" in changes:
        await set_attachments(session=session, spec=spec, item_id=item.id, attachments=raw.attachments)
    if "translation" in changes:
        await set_translation(session=session, spec=spec, item=item, translation_slug=changes["translation"])
    elif "language" in changes and item.translation_id is not None:
        partner = await session.get(spec.model, item.translation_id)
        if partner is not None and partner.language == item.language:
            raise ValidationFailedError("the translation is already in that language", field="language")


async def finish_write(
    *,
    session: AsyncSession,
    actor: Principal,
    spec: ContentSpec,
    item: ContentModel,
    op: ChangeOp,
    bump: bool = True,
    was_public: bool = False,
    restored_from: int | None = None,
) -> None:
    """Bump the version, flush (turning unique races into 409), log the change and store the revision.

    The change is public (shown in the anonymous change feed) when the item is public now, or was
    public before this change (so mirrors learn about unpublishing); a draft's history never is.
    """
    # revisions.py builds on this module (and on the two type modules), so it is imported here.
    from app.services.revisions import record_revision

    if bump:
        item.version += 1
        item.updated_at = utcnow()
    await flush_or_conflict(session, spec.label)
    assert item.id is not None
    await record_change(
        session=session,
        entity_type=spec.entity,
        entity_id=item.id,
        op=op,
        slug=item.slug,
        public=is_public(item) or was_public,
        version=item.version,
        details={
            "title": item.title,
            "language": str(item.language),
            "published_at": item.published_at.isoformat() if item.published_at else None,
        },
    )
    await record_revision(session=session, spec=spec, item=item, actor=actor, op=op, restored_from=restored_from)


async def create_shell(*, session: AsyncSession, spec: ContentSpec, fields: dict[str, Any], slug: str | None) -> Any:
    """Insert the row (as a draft) so relations can point at it."""
    item = spec.model(**fields, status=ContentStatus.draft, version=1)
    item.slug = await slug_for(session=session, model=spec.model, explicit=slug, source=item.title)
    session.add(item)
    await flush_or_conflict(session, spec.label)
    return item


async def publish_content(
    *,
    session: AsyncSession,
    actor: Principal,
    spec: ContentSpec,
    id_or_slug: str,
    expected_version: ExpectedVersion = None,
    published_at: datetime | None = None,
) -> Any:
    """Publish an item now (editors), replacing any scheduled ``publish_at``.

    The first publication date is kept when republishing.
    """
    require_editor(actor)
    item = await get_content_for_update(session=session, spec=spec, id_or_slug=id_or_slug)
    check_version(entity=spec.entity, record=item, expected=expected_version)
    if item.status == ContentStatus.published and item.publish_at is None:
        return item
    item.status = ContentStatus.published
    item.publish_at = None
    item.published_at = published_at or item.published_at or utcnow()
    await finish_write(session=session, actor=actor, spec=spec, item=item, op=ChangeOp.published)
    return item


async def archive_content(
    *,
    session: AsyncSession,
    actor: Principal,
    spec: ContentSpec,
    id_or_slug: str,
    expected_version: ExpectedVersion = None,
) -> Any:
    """Archive a published item (editors): kept for the record, no longer public."""
    require_editor(actor)
    item = await get_content_for_update(session=session, spec=spec, id_or_slug=id_or_slug)
    check_version(entity=spec.entity, record=item, expected=expected_version)
    if item.published_at is None:
        raise ConflictError("only content that was published can be archived")
    if item.status == ContentStatus.archived:
        return item
    was_public = was_listed(item)
    item.status = ContentStatus.archived
    if item.unpublish_at is not None and item.unpublish_at <= utcnow():
        item.unpublish_at = None  # the expiry has happened
    await finish_write(
        session=session, actor=actor, spec=spec, item=item, op=ChangeOp.unpublished, was_public=was_public
    )
    return item


async def unpublish_content(
    *,
    session: AsyncSession,
    actor: Principal,
    spec: ContentSpec,
    id_or_slug: str,
    expected_version: ExpectedVersion = None,
) -> Any:
    """Take an item back to draft (editors); it disappears from every public surface."""
    require_editor(actor)
    item = await get_content_for_update(session=session, spec=spec, id_or_slug=id_or_slug)
    check_version(entity=spec.entity, record=item, expected=expected_version)
    if item.status == ContentStatus.draft:
        return item
    was_public = was_listed(item)
    item.status = ContentStatus.draft
    await finish_write(
        session=session, actor=actor, spec=spec, item=item, op=ChangeOp.unpublished, was_public=was_public
    )
    return item


async def delete_content(
    *,
    session: AsyncSession,
    actor: Principal,
    spec: ContentSpec,
    id_or_slug: str,
    expected_version: ExpectedVersion = None,
) -> None:
    """Delete an item and its links (editors); the change log keeps a tombstone, the revisions its history."""
    from app.services.revisions import record_revision

    require_editor(actor)
    item = await get_content_for_update(session=session, spec=spec, id_or_slug=id_or_slug)
    check_version(entity=spec.entity, record=item, expected=expected_version)
    assert item.id is not None
    await record_revision(session=session, spec=spec, item=item, actor=actor, op=ChangeOp.deleted)
    await session.execute(delete(spec.model).where(spec.model.id == item.id))
    await record_change(
        session=session,
        entity_type=spec.entity,
        entity_id=item.id,
        op=ChangeOp.deleted,
        slug=item.slug,
        public=was_listed(item),
        version=item.version,
    )


async def content_batches(
    *, session: AsyncSession, actor: Principal, spec: ContentSpec, batch_size: int = 500
) -> AsyncIterator[list[Any]]:
    """Every item ``actor`` may see, in id order, a batch at a time (exports never hold it all in memory)."""
    last_id = 0
    while True:
        rows = list(
            (
                await session.scalars(
                    select(spec.model)
                    .where(spec.model.id > last_id, visible_clause(spec, actor))  # type: ignore[operator]
                    .order_by(spec.model.id)
                    .limit(batch_size)
                )
            ).all()
        )
        if not rows:
            return
        yield rows
        session.expunge_all()  # keep the identity map from growing with the export
        last_id = rows[-1].id

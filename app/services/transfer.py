"""NDJSON exports and their import, so content can move between databases (and be backed up).

An export is one file per resource, ``<resource>.ndjson``: one record a line, in the shape of the
single-record GET. ``GET /api/v1/export/{resource}.ndjson`` and ``kennisbank export`` both write it
through ``export_records`` and ``ndjson``, so they give the same bytes to the same caller.

Records are matched by slug on import: an existing slug is left alone, so an import can be re-run after a failure.
Relations are given by slug and resolved once the records they name exist (translations, members).
The ``kennisbank import`` command and the demo seeding (``app/demo/data``) both load files through here.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import ValidationFailedError
from app.models.content_types import CONTENT_SPECS, ContentSpec
from app.models.organisation import MemberRef, Organisation, OrganisationCreate, OrganisationUpdate
from app.models.theme import Theme, ThemeCreate
from app.models.working_group import WorkingGroup, WorkingGroupCreate
from app.services.auth import Principal, require_editor
from app.services.content.publishing import archive_content, publish_content
from app.services.content.representation import document_batches
from app.services.content.visibility import visible_clause
from app.services.content.writes import create_content, update_content
from app.services.directory_representation import organisation_docs, theme_doc, working_group_docs
from app.services.organisations import create_organisation, list_all_organisations, update_organisation
from app.services.themes import create_theme, list_themes
from app.services.working_groups import create_working_group, list_working_groups

# In the order an import needs them: what a record links to is imported before it.
RESOURCES = ("themes", "organisations", "working-groups", "knowledge-items", "position-papers")

# Told ``(label, advance)`` after each record an import handled, created or already there.
Progress = Callable[[str, int], None]


def no_progress(label: str, advance: int) -> None:
    return None


async def export_records(
    *, session: AsyncSession, actor: Principal, resource: str
) -> AsyncIterator[list[dict[str, Any]]]:
    """Every record of ``resource`` that ``actor`` may see, a batch at a time, as the single-record GET shows it."""
    spec = next((s for s in CONTENT_SPECS if s.path == resource), None)
    if spec is not None:
        async for documents in document_batches(session=session, actor=actor, spec=spec, include=("attachments",)):
            yield [document.doc for document in documents]
    elif resource == "organisations":
        async for organisations in list_all_organisations(session=session):
            yield await organisation_docs(session=session, organisations=organisations)
    elif resource == "themes":
        yield [theme_doc(theme) for theme in await list_themes(session=session)]
    elif resource == "working-groups":
        yield await working_group_docs(session=session, groups=await list_working_groups(session=session))
    else:
        raise ValidationFailedError(f"cannot export {resource!r}; choose one of: {', '.join(RESOURCES)}")


async def count_records(*, session: AsyncSession, actor: Principal, resource: str) -> int:
    """How many records ``export_records`` gives ``actor`` (a progress bar's total)."""
    spec = next((s for s in CONTENT_SPECS if s.path == resource), None)
    if spec is not None:
        query = select(func.count()).select_from(spec.model).where(visible_clause(spec, actor))
    else:
        model = {"organisations": Organisation, "themes": Theme, "working-groups": WorkingGroup}[resource]
        query = select(func.count()).select_from(model)
    return await session.scalar(query) or 0


async def read_one_snapshot(session: AsyncSession) -> None:
    """Have the rest of ``session``'s transaction read one snapshot (REPEATABLE READ), so that the files of one
    export agree with each other: a record never names one that another file lacks. Call before any query."""
    await session.connection(execution_options={"isolation_level": "REPEATABLE READ"})


def ndjson(records: Iterable[dict[str, Any]]) -> bytes:
    """Records as NDJSON lines, the export's bytes."""
    return b"".join(orjson.dumps(record, option=orjson.OPT_NON_STR_KEYS) + b"\n" for record in records)


def read_exports(paths: Sequence[Path]) -> dict[str, list[dict[str, Any]]]:
    """The records of NDJSON export files named ``<resource>.ndjson``, by resource."""
    exports: dict[str, list[dict[str, Any]]] = {}
    for path in paths:
        resource = path.name.removesuffix(".ndjson")
        if resource not in RESOURCES:
            names = ", ".join(r + ".ndjson" for r in RESOURCES)
            raise ValidationFailedError(f"cannot tell what {path.name} holds; name it one of: {names}")
        try:
            exports[resource] = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
        except orjson.JSONDecodeError as exc:
            raise ValidationFailedError(f"{path.name} is not NDJSON: {exc}") from exc
    return exports


async def import_exports(
    *,
    session: AsyncSession,
    actor: Principal,
    exports: Mapping[str, list[dict[str, Any]]],
    progress: Progress = no_progress,
) -> dict[str, int]:
    """Import exported resources in dependency order; returns how many records of each were created."""
    return {
        resource: await import_records(
            session=session, actor=actor, resource=resource, docs=exports[resource], progress=progress
        )
        for resource in RESOURCES
        if resource in exports
    }


async def _existing_slugs(session: AsyncSession, model: Any) -> set[str]:
    return set((await session.scalars(select(model.slug))).all())


def _slugs(refs: Iterable[dict[str, Any]]) -> list[str]:
    return [ref["slug"] for ref in refs]


async def import_records(
    *,
    session: AsyncSession,
    actor: Principal,
    resource: str,
    docs: list[dict[str, Any]],
    progress: Progress = no_progress,
) -> int:
    """Create the records of one exported resource that don't exist yet; returns how many were created."""
    require_editor(actor)
    label = resource.replace("-", " ")

    def handled() -> None:
        progress(label, 1)

    if resource == "themes":
        return await _import_themes(session, actor, docs, handled)
    if resource == "organisations":
        return await _import_organisations(session, actor, docs, handled)
    if resource == "working-groups":
        return await _import_working_groups(session, actor, docs, handled)
    spec = next(spec for spec in CONTENT_SPECS if spec.path == resource)
    return await _import_content(session, actor, spec, docs, handled)


Handled = Callable[[], None]


def _new(docs: list[dict[str, Any]], existing: set[str], handled: Handled) -> list[dict[str, Any]]:
    """The docs whose slug is not taken yet; the others are handled already."""
    new = []
    for doc in docs:
        if doc["slug"] in existing:
            handled()
        else:
            new.append(doc)
    return new


async def _import_themes(session: AsyncSession, actor: Principal, docs: list[dict[str, Any]], handled: Handled) -> int:
    new = _new(docs, await _existing_slugs(session, Theme), handled)
    for doc in new:
        data = ThemeCreate(
            slug=doc["slug"],
            name_nl=doc["name_nl"],
            name_en=doc["name_en"],
            description=doc.get("description") or "",
            description_en=doc.get("description_en") or "",
        )
        await create_theme(session=session, actor=actor, data=data)
        handled()
    return len(new)


ORGANISATION_FIELDS = (
    "name",
    "acronym",
    "kind",
    "status",
    "description",
    "description_en",
    "website",
    "email",
    "country",
    "city",
    "member_since",
    "logo_url",
)


def _members(doc: dict[str, Any]) -> list[MemberRef]:
    return [MemberRef(organisation=m["slug"], role=m.get("role") or "member") for m in doc.get("members", [])]


async def _import_organisations(
    session: AsyncSession, actor: Principal, docs: list[dict[str, Any]], handled: Handled
) -> int:
    new = _new(docs, await _existing_slugs(session, Organisation), handled)
    for doc in new:
        fields = {k: doc[k] for k in ORGANISATION_FIELDS if doc.get(k) is not None}
        data = OrganisationCreate(slug=doc["slug"], themes=_slugs(doc.get("themes", [])), **fields)
        await create_organisation(session=session, actor=actor, data=data)
        handled()
    for doc in new:  # members once every organisation exists
        if doc.get("members"):
            await update_organisation(
                session=session, actor=actor, id_or_slug=doc["slug"], data=OrganisationUpdate(members=_members(doc))
            )
    return len(new)


async def _import_working_groups(
    session: AsyncSession, actor: Principal, docs: list[dict[str, Any]], handled: Handled
) -> int:
    new = _new(docs, await _existing_slugs(session, WorkingGroup), handled)
    for doc in new:
        data = WorkingGroupCreate(
            slug=doc["slug"],
            name=doc["name"],
            description=doc.get("description") or "",
            description_en=doc.get("description_en") or "",
            theme=(doc.get("theme") or {}).get("slug"),
            members=_members(doc),
        )
        await create_working_group(session=session, actor=actor, data=data)
        handled()
    return len(new)


def _attachments(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            k: a[k]
            for k in ("file_name", "media_type", "size", "url", "extracted_text", "width", "height", "alt")
            if a.get(k) is not None
        }
        for a in doc.get("attachments", [])
    ]


def _own_fields(spec: ContentSpec, doc: dict[str, Any]) -> dict[str, Any]:
    """The exported fields only this type has, and its organisations as its write schema takes them."""
    link = spec.organisations
    organisations = [
        {"organisation": o["slug"], **({"role": o["role"]} if o.get("role") else {})}
        if link.role is not None
        else o["slug"]
        for o in doc.get(link.field, [])
    ]
    own = {name: doc[name] for name in spec.own_names if doc.get(name) is not None}
    return own | {link.field: organisations}


async def _import_content(
    session: AsyncSession, actor: Principal, spec: ContentSpec, docs: list[dict[str, Any]], handled: Handled
) -> int:
    existing = await _existing_slugs(session, spec.model)
    new = _new(docs, existing, handled)
    # A translation whose other side exists already is linked on creation, as an editor would; the
    # others are linked once both sides exist, which costs the first side an update (a new version).
    linked: set[frozenset[str]] = set()
    for doc in new:
        partner = (doc.get("translation") or {}).get("slug")
        translation = partner if partner in existing else None
        common = {
            "slug": doc["slug"],
            "title": doc["title"],
            "summary": doc.get("summary") or "",
            "body": doc.get("body") or "",
            "language": doc["language"],
            "themes": _slugs(doc.get("themes", [])),
            "attachments": _attachments(doc),
            # A schedule travels with the record (one already due is carried out on import).
            **{k: doc[k] for k in ("publish_at", "unpublish_at") if doc.get(k)},
            **({"translation": translation} if translation else {}),
        }
        data = spec.create.model_validate(common | _own_fields(spec, doc))
        await create_content(session=session, actor=actor, spec=spec, data=data)
        existing.add(doc["slug"])
        if translation:
            linked.add(frozenset((doc["slug"], translation)))
        # Status and first publication date as exported: published or archived content keeps its date.
        if doc.get("published_at") and doc["status"] != "draft":
            when = datetime.fromisoformat(doc["published_at"])
            await publish_content(session=session, actor=actor, spec=spec, id_or_slug=doc["slug"], published_at=when)
            if doc["status"] == "archived":
                await archive_content(session=session, actor=actor, spec=spec, id_or_slug=doc["slug"])
        handled()
    for doc in new:
        partner = (doc.get("translation") or {}).get("slug")
        if partner and frozenset((doc["slug"], partner)) not in linked:
            linked.add(frozenset((doc["slug"], partner)))
            await update_content(
                session=session,
                actor=actor,
                spec=spec,
                id_or_slug=doc["slug"],
                data=spec.update.model_validate({"translation": partner}),
            )
    return len(new)

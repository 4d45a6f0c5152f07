"""Revisions over REST (editors): the history of an item, one revision with its diff, and restoring one."""

# No `from __future__ import annotations`: FastAPI reads these signatures at runtime.

from typing import Any

from fastapi import APIRouter, Request, Response

from app.api.content.common import EDITOR_READ_ERRORS, WRITE_ERRORS, IdOrSlug, RevisionNumber, item_response
from app.api.schemas import RevisionDetail, RevisionList
from app.models.content_types import ContentSpec
from app.models.revision import ContentRevision
from app.services.content import restore, revisions
from app.web.conditional import expected_version
from app.web.deps import CurrentPrincipal, SessionDep
from app.web.responses import json_response


def revision_doc(revision: ContentRevision) -> dict[str, Any]:
    return {
        "number": revision.number,
        "version": revision.version,
        "op": revision.op,
        "actor": revision.actor,
        "restored_from": revision.restored_from,
        "created_at": revision.created_at.isoformat(),
    }


def add_routes(router: APIRouter, spec: ContentSpec) -> None:
    @router.get(
        "/{id_or_slug}/revisions",
        operation_id=f"list{spec.noun}Revisions",
        summary=f"List the revisions of a {spec.label} (editors)",
        description="One revision per change, oldest first: who made it (the API key's name) and when.",
        response_model=RevisionList,
        responses=EDITOR_READ_ERRORS,
    )
    async def list_revisions(
        request: Request, session: SessionDep, principal: CurrentPrincipal, id_or_slug: IdOrSlug
    ) -> Response:
        rows = await revisions.list_revisions(session=session, actor=principal, spec=spec, id_or_slug=id_or_slug)
        return json_response(request, {"data": [revision_doc(r) for r in rows]}, principal=principal)

    @router.get(
        "/{id_or_slug}/revisions/{number}",
        operation_id=f"get{spec.noun}Revision",
        summary=f"Get a revision of a {spec.label} with its diff against the current version (editors)",
        response_model=RevisionDetail,
        responses=EDITOR_READ_ERRORS,
    )
    async def get_revision(
        request: Request,
        session: SessionDep,
        principal: CurrentPrincipal,
        id_or_slug: IdOrSlug,
        number: RevisionNumber,
    ) -> Response:
        found = await revisions.get_revision(
            session=session, actor=principal, spec=spec, id_or_slug=id_or_slug, number=number
        )
        doc = revision_doc(found.revision) | {
            "content": found.revision.data,
            "diff": {name: {"revision": old, "current": new} for name, (old, new) in found.changes.items()},
        }
        return json_response(request, doc, principal=principal)

    @router.post(
        "/{id_or_slug}/revisions/{number}/restore",
        operation_id=f"restore{spec.noun}Revision",
        summary=f"Restore a revision of a {spec.label} (editors)",
        description="Writes the revision's content back as a new change, and so a new revision; history is "
        "kept. Status, dates, schedule and translation link keep their current values. A deleted record "
        "cannot be restored (404).",
        response_model=spec.public,
        responses=WRITE_ERRORS,
    )
    async def restore_revision(
        request: Request,
        session: SessionDep,
        principal: CurrentPrincipal,
        id_or_slug: IdOrSlug,
        number: RevisionNumber,
    ) -> Response:
        item = await restore.restore_revision(
            session=session,
            actor=principal,
            spec=spec,
            id_or_slug=id_or_slug,
            number=number,
            expected_version=expected_version(request),
        )
        return await item_response(request=request, session=session, principal=principal, spec=spec, item=item)

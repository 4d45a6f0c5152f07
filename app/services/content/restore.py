"""Writing an old revision's content back: a new change (and revision), never a rewrite of history."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError as PydanticValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import ValidationFailedError
from app.models.content_types import ContentSpec
from app.services.auth import Principal
from app.services.common import ExpectedVersion
from app.services.content.revisions import editable_item, revision_of
from app.services.content.writes import update_content

# Workflow and links to other records, not content: a restore keeps their current values.
KEPT_FIELDS = frozenset({"slug", "translation", "publish_at", "unpublish_at"})


def restored_fields(spec: ContentSpec) -> frozenset[str]:
    """What a restore writes back: every field of the type's update schema but the workflow ones."""
    return frozenset(spec.update.model_fields) - KEPT_FIELDS


async def restore_revision(
    *,
    session: AsyncSession,
    actor: Principal,
    spec: ContentSpec,
    id_or_slug: str,
    number: int,
    expected_version: ExpectedVersion = None,
) -> Any:
    """Write revision ``number``'s content back as a new change (and so a new revision); 404 once deleted."""
    item = await editable_item(session=session, actor=actor, spec=spec, id_or_slug=id_or_slug)
    revision = await revision_of(session=session, spec=spec, item=item, number=number)
    wanted = restored_fields(spec)
    fields = {k: v for k, v in revision.data.items() if k in wanted}
    if item.published_at is None and revision.data.get("slug"):
        fields["slug"] = revision.data["slug"]  # a slug is stable once published, free before
    try:
        data = spec.update.model_validate(fields)
    except PydanticValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ValidationFailedError(
            f"revision {number} no longer passes validation ({where}: {first['msg']})", field=where or None
        ) from None
    return await update_content(
        session=session,
        actor=actor,
        spec=spec,
        id_or_slug=str(item.id),
        data=data,
        expected_version=expected_version,
        restored_from=number,
    )

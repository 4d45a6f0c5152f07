"""Per-request DataLoaders: every relation field batches through one of these (no N+1).

Each loader wraps a batch function of the service layer; none of them builds SQL of its own.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any

from strawberry.dataloader import DataLoader

from app.graphql.database import Database
from app.models.content import Attachment
from app.models.content_types import CONTENT_SPECS, ContentSpec
from app.models.organisation import Organisation
from app.models.revision import ContentRevision
from app.models.theme import Theme
from app.models.working_group import WorkingGroup
from app.services.auth import Principal
from app.services.content.listing import content_by_ids
from app.services.content.relations import attachments_for, organisations_for, themes_for
from app.services.content.revisions import current_snapshots, revisions_of
from app.services.organisations import members_of, memberships_of, organisations_by_ids, themes_of_organisations
from app.services.themes import themes_by_ids
from app.services.working_groups import (
    members_of_groups,
    working_groups_by_ids,
    working_groups_of_organisations,
    working_groups_of_themes,
)

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession


Fetch = Callable[["AsyncSession", list[int]], Awaitable[dict[int, Any]]]


def _loader(db: Database, fetch: Fetch, missing: Callable[[], Any]) -> DataLoader[int, Any]:
    """A loader answering each key from one ``fetch`` of all keys; ``missing()`` for absent ones."""

    async def load(keys: Sequence[int]) -> list[Any]:
        found = await db.run(lambda session: fetch(session, list(keys)))
        return [found[key] if key in found else missing() for key in keys]

    return DataLoader(load_fn=load)


def _none() -> None:
    return None


class ContentLoaders:
    """Relations of one content type (knowledge items or position papers)."""

    def __init__(self, db: Database, actor: Principal, spec: ContentSpec) -> None:
        self.by_id: DataLoader[int, Any] = _loader(
            db, lambda s, ids: content_by_ids(session=s, actor=actor, spec=spec, ids=ids), _none
        )
        self.themes: DataLoader[int, list[Theme]] = _loader(
            db, lambda s, ids: themes_for(session=s, spec=spec, ids=ids), list
        )
        self.organisations: DataLoader[int, list[tuple[Organisation, str]]] = _loader(
            db, lambda s, ids: organisations_for(session=s, spec=spec, ids=ids), list
        )
        self.attachments: DataLoader[int, list[Attachment]] = _loader(
            db, lambda s, ids: attachments_for(session=s, spec=spec, ids=ids), list
        )
        self.revisions: DataLoader[int, list[ContentRevision]] = _loader(
            db, lambda s, ids: revisions_of(session=s, actor=actor, spec=spec, ids=ids), list
        )
        self.current_content: DataLoader[int, dict[str, Any]] = _loader(
            db, lambda s, ids: current_snapshots(session=s, spec=spec, ids=ids), dict
        )


class Loaders:
    """All loaders of one request; created fresh per request (and after each mutation)."""

    def __init__(self, db: Database, actor: Principal) -> None:
        self._content = {spec.entity: ContentLoaders(db, actor, spec) for spec in CONTENT_SPECS}
        self.theme: DataLoader[int, Theme | None] = _loader(db, lambda s, ids: themes_by_ids(session=s, ids=ids), _none)
        self.organisation: DataLoader[int, Organisation | None] = _loader(
            db, lambda s, ids: organisations_by_ids(session=s, ids=ids), _none
        )
        self.working_group: DataLoader[int, WorkingGroup | None] = _loader(
            db, lambda s, ids: working_groups_by_ids(session=s, ids=ids), _none
        )
        self.organisation_themes: DataLoader[int, list[Theme]] = _loader(
            db, lambda s, ids: themes_of_organisations(session=s, ids=ids), list
        )
        self.alliance_members: DataLoader[int, list[tuple[Organisation, str]]] = _loader(
            db, lambda s, ids: members_of(session=s, alliance_ids=ids), list
        )
        self.memberships: DataLoader[int, list[tuple[Organisation, str]]] = _loader(
            db, lambda s, ids: memberships_of(session=s, member_ids=ids), list
        )
        self.group_members: DataLoader[int, list[tuple[Organisation, str]]] = _loader(
            db, lambda s, ids: members_of_groups(session=s, group_ids=ids), list
        )
        self.groups_of_organisation: DataLoader[int, list[tuple[WorkingGroup, str]]] = _loader(
            db, lambda s, ids: working_groups_of_organisations(session=s, organisation_ids=ids), list
        )
        self.groups_of_theme: DataLoader[int, list[WorkingGroup]] = _loader(
            db, lambda s, ids: working_groups_of_themes(session=s, theme_ids=ids), list
        )

    def content(self, spec: ContentSpec) -> ContentLoaders:
        return self._content[spec.entity]

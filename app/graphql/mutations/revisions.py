"""Restore an old revision of a knowledge item or position paper (``restoreKnowledgeItemRevision`` ...).

The rule is app/services/content/restore.py's; REST's ``POST .../revisions/{n}/restore`` calls the same.
"""

# No `from __future__ import annotations`: strawberry must see the real types of the resolvers built here.

from typing import Any

import strawberry
from strawberry.types.field import StrawberryField

from app.graphql.context import Info
from app.graphql.mutations.common import RESULTS, ExpectedVersion, Id, Slug, change_record
from app.models.content_types import ContentSpec
from app.services.content.restore import restore_revision


def restore(spec: ContentSpec) -> StrawberryField:
    async def restore_item_revision(
        info: Info,
        number: int,
        id: Id = None,
        slug: Slug = None,
        expected_version: ExpectedVersion = None,
    ) -> Any:
        return await change_record(
            info, spec, id, slug, restore_revision, number=number, expected_version=expected_version
        )

    return strawberry.mutation(
        restore_item_revision,
        description="Write a revision's content back as a new change (editors); status and schedule are kept.",
        graphql_type=RESULTS[spec.entity],
    )

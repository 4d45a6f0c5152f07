"""Publish a knowledge item or position paper, or take it back to draft (``publishKnowledgeItem`` ...).

The rule and its effects are app/services/content/publishing.py's; REST's ``POST .../publish``
(app/api/content/publishing.py) and the scheduler call the same functions.
"""

# No `from __future__ import annotations`: strawberry must see the real types of the resolvers built here.

from datetime import datetime
from typing import Annotated, Any

import strawberry
from strawberry.types.field import StrawberryField

from app.graphql.context import Info
from app.graphql.mutations.common import RESULTS, ExpectedVersion, Id, Slug, change_record
from app.models.content_types import ContentSpec
from app.services.content.publishing import publish_content, unpublish_content


def publish(spec: ContentSpec) -> StrawberryField:
    async def publish_item(
        info: Info,
        id: Id = None,
        slug: Slug = None,
        expected_version: ExpectedVersion = None,
        published_at: Annotated[
            datetime | None,
            strawberry.argument(
                description="The first publication date to record, with its offset (importing history); not in "
                "the future (publishing later is publishAt). Also corrects the date of a published item."
            ),
        ] = None,
    ) -> Any:
        return await change_record(
            info, spec, id, slug, publish_content, expected_version=expected_version, published_at=published_at
        )

    return strawberry.mutation(
        publish_item,
        description=f"Publish a {spec.label} (editors); the first publication date is kept.",
        graphql_type=RESULTS[spec.entity],
    )


def unpublish(spec: ContentSpec) -> StrawberryField:
    async def unpublish_item(
        info: Info, id: Id = None, slug: Slug = None, expected_version: ExpectedVersion = None
    ) -> Any:
        return await change_record(info, spec, id, slug, unpublish_content, expected_version=expected_version)

    return strawberry.mutation(
        unpublish_item, description=f"Take a {spec.label} back to draft (editors).", graphql_type=RESULTS[spec.entity]
    )

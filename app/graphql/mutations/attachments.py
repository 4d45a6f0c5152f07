"""Describe an attachment: set its text alternative (``updateKnowledgeItemAttachment`` ...).

The rule is app/services/attachments.py's ``describe_attachment``; REST's
``PATCH .../{id}/attachments/{attachment_id}`` calls the same. Files are uploaded over REST (multipart).
"""

# No `from __future__ import annotations`: strawberry must see the real types of the resolvers built here.

from typing import Annotated, Any

import strawberry
from strawberry.types.field import StrawberryField

from app.errors import ValidationFailedError
from app.graphql.context import Info
from app.graphql.mutations.common import RESULTS, ExpectedVersion, Id, Slug, change_record
from app.models.content_types import ContentSpec
from app.services.attachments import describe_attachment

AttachmentId = Annotated[strawberry.ID, strawberry.argument(description="`Attachment.id`.")]
Alt = Annotated[
    str | None, strawberry.argument(description='Text alternative ("" marks an image decorative; null clears it).')
]


async def _describe(*, attachment_id: str, **arguments: Any) -> Any:
    if not (attachment_id.isascii() and attachment_id.isdigit() and 0 < int(attachment_id[:11]) < 2**31):
        raise ValidationFailedError("not an attachment id", field="attachmentId")
    return (await describe_attachment(attachment_id=int(attachment_id), **arguments)).item


def update(spec: ContentSpec) -> StrawberryField:
    async def update_item_attachment(
        info: Info,
        attachment_id: AttachmentId,
        alt: Alt,
        id: Id = None,
        slug: Slug = None,
        expected_version: ExpectedVersion = None,
    ) -> Any:
        return await change_record(
            info, spec, id, slug, _describe, attachment_id=attachment_id, alt=alt, expected_version=expected_version
        )

    return strawberry.mutation(
        update_item_attachment,
        description=f"Set the text alternative of one of a {spec.label}'s attachments (editors); a new version.",
        graphql_type=RESULTS[spec.entity],
    )

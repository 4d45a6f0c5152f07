"""The Mutation root: editors' writes, one module per use case, through the same services as REST.

``content`` (create, update, delete), ``publishing`` (publish, unpublish), ``revisions`` (restore) for
knowledge items and position papers alike, ``attachments`` (text alternatives), and ``organisations`` for
the directory.
"""

import strawberry

from app.graphql.mutations import attachments, content, organisations, preview, publishing, revisions
from app.models.content_types import KNOWLEDGE, POSITION_PAPERS


@strawberry.type
class Mutation:
    create_knowledge_item = content.create(KNOWLEDGE)
    update_knowledge_item = content.update(KNOWLEDGE)
    publish_knowledge_item = publishing.publish(KNOWLEDGE)
    unpublish_knowledge_item = publishing.unpublish(KNOWLEDGE)
    restore_knowledge_item_revision = revisions.restore(KNOWLEDGE)
    delete_knowledge_item = content.delete(KNOWLEDGE)
    update_knowledge_item_attachment = attachments.update(KNOWLEDGE)

    create_position_paper = content.create(POSITION_PAPERS)
    update_position_paper = content.update(POSITION_PAPERS)
    publish_position_paper = publishing.publish(POSITION_PAPERS)
    unpublish_position_paper = publishing.unpublish(POSITION_PAPERS)
    restore_position_paper_revision = revisions.restore(POSITION_PAPERS)
    delete_position_paper = content.delete(POSITION_PAPERS)
    update_position_paper_attachment = attachments.update(POSITION_PAPERS)

    create_organisation = organisations.create_organisation
    update_organisation = organisations.update_organisation

    create_preview_token = preview.create_preview_token_mutation

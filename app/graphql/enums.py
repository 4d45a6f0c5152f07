"""The models' enums registered as GraphQL enums (values as in the REST API and the database)."""

from __future__ import annotations

import strawberry

from app.models.base import ContentStatus, Language
from app.models.knowledge import KnowledgeKind, OrganisationRole
from app.models.organisation import OrganisationKind, OrganisationStatus
from app.models.position_paper import Audience

# strawberry.enum registers the class in place, so the names below are the models' own enums.
for _enum, _description in (
    (Language, "Content language."),
    (ContentStatus, "Publication state; drafts are for editors."),
    (KnowledgeKind, "What kind of knowledge item."),
    (OrganisationRole, "An organisation's part in a knowledge item."),
    (OrganisationKind, "What kind of organisation."),
    (OrganisationStatus, "Whether the organisation is still active."),
    (Audience, "Whom a position paper addresses."),
):
    strawberry.enum(_enum, description=_description)

__all__ = [
    "Audience",
    "ContentStatus",
    "KnowledgeKind",
    "Language",
    "OrganisationKind",
    "OrganisationRole",
    "OrganisationStatus",
]

"""The models' enums registered as GraphQL enums, and the one rule that names every GraphQL enum value.

The Python, REST and database values stay lowercase (``nl``, ``draft``, ``good_practice``); GraphQL shows
the same members in SCREAMING_SNAKE_CASE (``NL``, ``DRAFT``, ``GOOD_PRACTICE``), the GraphQL convention,
through ``EnumValueNames`` in the schema's config. Resolvers still see and return the models' members.
"""

from __future__ import annotations

import strawberry
from strawberry.schema.name_converter import NameConverter
from strawberry.types.enum import EnumValue, StrawberryEnumDefinition

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


def graphql_enum_name(member_name: str) -> str:
    """The GraphQL name of an enum member: SCREAMING_SNAKE_CASE (``good_practice`` -> ``GOOD_PRACTICE``)."""
    return member_name.upper()


class EnumValueNames(NameConverter):
    """Names every enum value of the schema in SCREAMING_SNAKE_CASE, whatever the Python member is called."""

    def from_enum_value(self, enum: StrawberryEnumDefinition, enum_value: EnumValue) -> str:
        return graphql_enum_name(super().from_enum_value(enum, enum_value))


__all__ = [
    "Audience",
    "ContentStatus",
    "EnumValueNames",
    "KnowledgeKind",
    "Language",
    "OrganisationKind",
    "OrganisationRole",
    "OrganisationStatus",
    "graphql_enum_name",
]

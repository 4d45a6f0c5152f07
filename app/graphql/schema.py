"""The schema with its limits, built per settings (introspection can be switched off)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import strawberry
from graphql.validation import ASTValidationRule, NoSchemaIntrospectionCustomRule
from strawberry.extensions import AddValidationRules, MaxTokensLimiter, SchemaExtension
from strawberry.schema.config import StrawberryConfig

from app.graphql.caching import CachedParser, CachedValidation
from app.graphql.enums import EnumValueNames
from app.graphql.errors import ErrorCodes
from app.graphql.limits import CostLimiter
from app.graphql.mutations import Mutation
from app.graphql.queries import Query
from app.graphql.types import KnowledgeItem, Organisation, PositionPaper, Theme, WorkingGroup

MAX_TOKENS = 2_000
MAX_BATCH = 10


class KennisbankSchema(strawberry.Schema):
    def process_errors(self, errors: Any, execution_context: Any = None) -> None:
        """Client errors are not server errors: ErrorCodes logs the unexpected ones, with their cause."""


def create_schema(*, introspection: bool = True) -> strawberry.Schema:
    """The Kennisbank schema; without introspection, ``__schema``/``__type`` queries are refused and error
    messages suggest no names ("Did you mean ...?")."""
    # Depth, aliases and size are checked by CachedValidation before these rules (app/graphql/limits.py).
    rules: list[type[ASTValidationRule]] = [] if introspection else [NoSchemaIntrospectionCustomRule]
    extensions: list[type[SchemaExtension] | Callable[[], SchemaExtension]] = [
        partial(ErrorCodes, hide_suggestions=not introspection),
        partial(MaxTokensLimiter, max_token_count=MAX_TOKENS),
        CachedParser,
        partial(AddValidationRules, rules),
        partial(CachedValidation, hide_suggestions=not introspection),
        CostLimiter,
    ]
    return KennisbankSchema(
        query=Query,
        mutation=Mutation,
        types=[KnowledgeItem, PositionPaper, Organisation, Theme, WorkingGroup],
        extensions=extensions,
        config=StrawberryConfig(batching_config={"max_operations": MAX_BATCH}, name_converter=EnumValueNames()),
    )


def schema_sdl() -> str:
    """The SDL of the schema, as committed in ``schema.graphql``."""
    return create_schema().as_str() + "\n"

"""Parsed and validated documents reused across requests: frontends send the same few queries again and again.

Measured with ``python -m bench`` (bench/README.md): parsing and validating the same page query made up
about a fifth of a GraphQL request's CPU. Both caches are bounded LRU caches keyed by the query text (and
the parse options, so the token limit still applies) and by the document and the rules.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from functools import lru_cache

from graphql import ASTValidationRule, DocumentNode, GraphQLError, GraphQLSchema, validate
from strawberry.extensions import ParserCache, SchemaExtension
from strawberry.schema.validation_rules.maybe_null import MaybeNullValidationRule
from strawberry.schema.validation_rules.one_of import OneOfInputValidationRule

from app.graphql.limits import document_errors

CACHE_SIZE = 256


class CachedParser(ParserCache):
    """strawberry's ParserCache, but a document that does not parse is left to strawberry to parse again.

    The plain ParserCache raises the syntax error from inside the parse hook, where strawberry does not turn
    it into a coded GraphQL error; leaving the document unset lets the normal path report it.
    """

    def __init__(self) -> None:
        super().__init__(maxsize=CACHE_SIZE)

    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        if isinstance(context.query, str) and context.query:
            try:
                context.graphql_document = self.cached_parse_document(context.query, **context.parse_options)
            except GraphQLError:
                context.graphql_document = None
        yield


@lru_cache(maxsize=CACHE_SIZE)
def _validate(
    schema: GraphQLSchema,
    document: DocumentNode,
    rules: tuple[type[ASTValidationRule], ...],
    hide_suggestions: bool,
) -> tuple[GraphQLError, ...]:
    # The document's size first: graphql-core's rules only ever see a document whose expansion is bounded.
    refusals = document_errors(document)
    if refusals:
        return tuple(refusals)
    every_rule = (*rules, MaybeNullValidationRule, OneOfInputValidationRule)  # as strawberry's own validation
    return tuple(validate(schema, document, every_rule, hide_suggestions=hide_suggestions))


class CachedValidation(SchemaExtension):
    """Validation with the document's limits checked first, cached per document and rules.

    The rules must be the same classes on every request (``create_schema`` builds its list once), and a
    cached error list is copied per request. ``hide_suggestions`` leaves "Did you mean ...?" out of the
    messages, for a schema that keeps itself to itself (no introspection).
    """

    def __init__(self, *, hide_suggestions: bool = False) -> None:
        self.hide_suggestions = hide_suggestions

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        if context.graphql_document is not None:
            rules: Collection[type[ASTValidationRule]] = context.validation_rules
            errors = _validate(context.schema._schema, context.graphql_document, tuple(rules), self.hide_suggestions)
            context.pre_execution_errors = list(errors)
        yield

"""Parsed and validated documents reused across requests: frontends send the same few queries again and again.

Measured with ``python -m bench`` (bench/README.md): parsing and validating the same page query made up
about a fifth of a GraphQL request's CPU. Both caches are bounded LRU caches keyed by the query text (and
the parse options, so the token limit still applies) and by the document and the rules.
"""

from __future__ import annotations

from collections.abc import Iterator

from graphql import GraphQLError
from strawberry.extensions import ParserCache, ValidationCache

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


class CachedValidation(ValidationCache):
    """strawberry's ValidationCache with a copy of the cached error list per request.

    Its key is the (cached) document and the tuple of rules, so the rules must be the same classes on every
    request: ``create_schema`` builds the depth and alias rules once instead of once per request.
    """

    def __init__(self) -> None:
        super().__init__(maxsize=CACHE_SIZE)

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        if context.graphql_document is not None:
            errors = self.cached_validate_document(
                context.schema._schema, context.graphql_document, context.validation_rules
            )
            context.pre_execution_errors = list(errors)
        yield

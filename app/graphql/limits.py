"""Abuse limits beyond strawberry's own (depth, aliases, tokens): page sizes and query cost.

Cost is the number of objects a query can produce: each field counts once per parent object, and
below a connection every field counts ``first`` (or ``last``) times, so nested connections multiply.
It is computed after validation from the document and the variables, before any resolver runs.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from graphql import (
    ExecutionResult,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    VariableNode,
)
from strawberry.extensions import SchemaExtension

from app.services.pagination import DEFAULT_LIMIT, MAX_LIMIT

MAX_COST = 5_000
MAX_NODE_IDS = 100
PAGE_ARGUMENTS = ("first", "last")


class QueryTooComplex(GraphQLError):
    pass


def _page_size(field: FieldNode, variables: Mapping[str, Any]) -> int | None:
    """``first``/``last`` of a connection field (DEFAULT_LIMIT when neither is given); None if no connection."""
    arguments = {a.name.value: a.value for a in field.arguments or ()}
    if not any(name in arguments for name in PAGE_ARGUMENTS) and not _is_connection(field):
        return None
    for name in PAGE_ARGUMENTS:
        node = arguments.get(name)
        value: Any = None
        if isinstance(node, IntValueNode):
            value = int(node.value)
        elif isinstance(node, VariableNode):
            value = variables.get(node.name.value)
        if isinstance(value, int):
            if not 1 <= value <= MAX_LIMIT:
                raise QueryTooComplex(
                    f"{name} must be between 1 and {MAX_LIMIT}", nodes=[field], extensions={"code": "BAD_USER_INPUT"}
                )
            return value
    return DEFAULT_LIMIT


def _is_connection(field: FieldNode) -> bool:
    # A connection selected without arguments still returns a default page: find it by its shape.
    selections = field.selection_set.selections if field.selection_set else ()
    names = {s.name.value for s in selections if isinstance(s, FieldNode)}
    return bool(names & {"edges", "pageInfo", "totalCount"}) or (
        "nodes" in names and field.name.value not in ("nodes", "node")
    )


class _Cost:
    def __init__(self, fragments: Mapping[str, FragmentDefinitionNode], variables: Mapping[str, Any]) -> None:
        self.fragments = fragments
        self.variables = variables

    def of(self, selection_set: SelectionSetNode | None, multiplier: int) -> int:
        if selection_set is None:
            return 0
        total = 0
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                total += multiplier
                size = _page_size(selection, self.variables)
                if selection.name.value == "nodes" and size is None:
                    size = self._ids_count(selection)
                total += self.of(selection.selection_set, multiplier * size if size else multiplier)
            elif isinstance(selection, InlineFragmentNode):
                total += self.of(selection.selection_set, multiplier)
            elif isinstance(selection, FragmentSpreadNode):
                fragment = self.fragments.get(selection.name.value)
                total += self.of(fragment.selection_set if fragment else None, multiplier)
        return total

    def _ids_count(self, field: FieldNode) -> int | None:
        for argument in field.arguments or ():
            if argument.name.value != "ids":
                continue
            value = argument.value
            count = (
                len(self.variables.get(value.name.value) or ())
                if isinstance(value, VariableNode)
                else len(getattr(value, "values", ()))
            )
            if count > MAX_NODE_IDS:
                raise QueryTooComplex(
                    f"at most {MAX_NODE_IDS} ids in one nodes() call",
                    nodes=[argument],
                    extensions={"code": "BAD_USER_INPUT"},
                )
            return max(count, 1)
        return None


def query_cost(document: Any, operation_name: str | None, variables: Mapping[str, Any] | None) -> int:
    """The cost of the operation that will run; raises QueryTooComplex for an out-of-range page size."""
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    operation = next(
        (o for o in operations if operation_name is None or (o.name and o.name.value == operation_name)), None
    )
    if operation is None:
        return 0
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
    return _Cost(fragments, variables or {}).of(operation.selection_set, 1)


class CostLimiter(SchemaExtension):
    """Refuse operations whose cost exceeds ``max_cost`` (code QUERY_TOO_COMPLEX) before they run."""

    def __init__(self, max_cost: int = MAX_COST) -> None:
        self.max_cost = max_cost

    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        if context.graphql_document is not None:
            error: GraphQLError | None = None
            try:
                cost = query_cost(context.graphql_document, context.operation_name, context.variables)
                if cost > self.max_cost:
                    error = GraphQLError(
                        f"the query may produce {cost} objects, more than the limit of {self.max_cost}: "
                        "ask for smaller pages or fewer nested connections",
                        extensions={"code": "QUERY_TOO_COMPLEX", "cost": cost, "maxCost": self.max_cost},
                    )
            except QueryTooComplex as exc:
                error = exc
            if error is not None:
                context.result = ExecutionResult(data=None, errors=[error])
        yield

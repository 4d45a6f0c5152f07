"""What a GraphQL document may ask for, measured in time linear in the document.

A fragment can be spread many times, and a fragment can spread others: expanding spreads while walking
(as strawberry's depth and alias limiters and graphql-core's rules around them do) doubles the work per
level of ``fragment F0 { ...F1 ...F1 }``, so 30 levels, about 250 tokens, would hold a worker for
hours. Here every fragment definition is measured once and its measure reused at each spread
(``_Measure``), so the whole document costs one walk over its nodes, whatever it would expand to.

Two checks use those measures:

- ``document_errors`` (before graphql-core's own validation, with it cached per document): the depth of
  nested selections (introspection fields don't count), the number of aliases, the number of field
  selections the document expands to, how often one name repeats in one selection set, and the number of
  fragments. A document past any of these goes no further, so graphql-core's overlap check, quadratic in
  repeated names and in fragments, only ever sees documents small enough for it (well under 100 ms).
- ``query_cost`` (after validation, with the variables): the number of objects the operation can produce:
  each field counts once per parent object, and below a connection every field counts ``first`` (or
  ``last``) times, so nested connections multiply.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from graphql import (
    DocumentNode,
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

MAX_DEPTH = 10
MAX_ALIASES = 15
# Field selections an operation may expand to (fragments spread in full). The page query of a frontend
# expands to about 60, GraphiQL's introspection query to about 230 (tests/graphql/test_limits.py).
MAX_SELECTIONS = 1_000
# The same response name selected this often in one selection set (counting inline fragments): a name
# repeated n times costs graphql-core's overlap check n² comparisons.
MAX_REPEATS = 10
# Fragment definitions in one document: graphql-core's overlap check compares fragments pairwise.
MAX_FRAGMENTS = 50
MAX_COST = 5_000
MAX_NODE_IDS = 100
PAGE_ARGUMENTS = ("first", "last")


class QueryTooComplex(GraphQLError):
    pass


def _refusal(message: str, code: str, node: Any = None, **extensions: Any) -> GraphQLError:
    return GraphQLError(message, nodes=[node] if node is not None else None, extensions={"code": code, **extensions})


@dataclass(frozen=True, slots=True)
class Size:
    """What a selection set expands to."""

    depth: int = 0  # nested selections below it (leaf fields and introspection add none)
    aliases: int = 0
    selections: int = 0  # field selections, fragments spread in full
    repeats: int = 0  # the most times one response name occurs in one of its selection sets


_EMPTY = Size()


class _Measure:
    """Sizes of selection sets; each fragment's computed once, however often it is spread.

    ``visited`` counts the selections walked: each selection of the document once.
    """

    def __init__(self, fragments: Mapping[str, FragmentDefinitionNode]) -> None:
        self.fragments = fragments
        self.sizes: dict[str, Size] = {}
        self.open: set[str] = set()  # fragments being measured (a cycle graphql-core reports on its own)
        self.visited = 0

    def fragment(self, name: str) -> Size:
        known = self.sizes.get(name)
        if known is not None:
            return known
        definition = self.fragments.get(name)
        if definition is None or name in self.open:
            return _EMPTY
        self.open.add(name)
        size = self.selection_set(definition.selection_set)
        self.open.discard(name)
        self.sizes[name] = size
        return size

    def selection_set(self, selection_set: SelectionSetNode | None) -> Size:
        if selection_set is None:
            return _EMPTY
        total = _Total()
        self._add(selection_set, total, {})
        return Size(depth=total.depth, aliases=total.aliases, selections=total.selections, repeats=total.repeats)

    def _add(self, selection_set: SelectionSetNode, total: _Total, names: dict[str, int]) -> None:
        """Add a selection set's selections to ``total``; an inline fragment's count as its parent's."""
        for selection in selection_set.selections:
            self.visited += 1
            if isinstance(selection, FieldNode):
                key = (selection.alias or selection.name).value
                names[key] = repeats = names.get(key, 0) + 1
                total.repeats = max(total.repeats, repeats)
                total.selections += 1
                total.aliases += selection.alias is not None
                if selection.selection_set is not None:
                    below = self.selection_set(selection.selection_set)
                    # Introspection (``__schema``, ``__type``) nests deeply by nature and reads no data:
                    # its depth does not count (as in strawberry's depth limiter), its size does.
                    introspection = selection.name.value.startswith("__")
                    total.add(below, depth=0 if introspection else below.depth + 1)
            elif isinstance(selection, InlineFragmentNode):
                self._add(selection.selection_set, total, names)
            elif isinstance(selection, FragmentSpreadNode):
                spread = self.fragment(selection.name.value)
                total.add(spread, depth=spread.depth)


@dataclass(slots=True)
class _Total:
    depth: int = 0
    aliases: int = 0
    selections: int = 0
    repeats: int = 0

    def add(self, size: Size, *, depth: int) -> None:
        self.depth = max(self.depth, depth)
        self.aliases += size.aliases
        self.selections += size.selections
        self.repeats = max(self.repeats, size.repeats)


def _fragments(document: DocumentNode) -> dict[str, FragmentDefinitionNode]:
    return {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}


def measure(document: DocumentNode) -> tuple[dict[OperationDefinitionNode, Size], int]:
    """The size of each operation in the document, and how many selections that took to find out."""
    walker = _Measure(_fragments(document))
    sizes = {
        d: walker.selection_set(d.selection_set) for d in document.definitions if isinstance(d, OperationDefinitionNode)
    }
    return sizes, walker.visited


def document_errors(document: DocumentNode) -> list[GraphQLError]:
    """Refusals of operations too deep, with too many aliases, or expanding to too many selections."""
    fragments = sum(isinstance(d, FragmentDefinitionNode) for d in document.definitions)
    if fragments > MAX_FRAGMENTS:
        message = f"the document defines {fragments} fragments, more than the limit of {MAX_FRAGMENTS}"
        return [_refusal(message, "QUERY_TOO_COMPLEX")]
    sizes, _ = measure(document)
    errors = []
    for operation, size in sizes.items():
        name = operation.name.value if operation.name else "anonymous"
        if size.selections > MAX_SELECTIONS:
            errors.append(
                _refusal(
                    f"'{name}' expands to {size.selections} field selections, more than the limit of "
                    f"{MAX_SELECTIONS}: spread fragments fewer times",
                    "QUERY_TOO_COMPLEX",
                    operation,
                    selections=size.selections,
                    maxSelections=MAX_SELECTIONS,
                )
            )
        elif size.repeats > MAX_REPEATS:
            errors.append(
                _refusal(
                    f"'{name}' selects one field {size.repeats} times in one place, more than the limit of "
                    f"{MAX_REPEATS}",
                    "QUERY_TOO_COMPLEX",
                    operation,
                )
            )
        if size.depth > MAX_DEPTH:
            errors.append(
                _refusal(f"'{name}' exceeds maximum operation depth of {MAX_DEPTH}", "QUERY_TOO_DEEP", operation)
            )
        if size.aliases > MAX_ALIASES:
            errors.append(
                _refusal(
                    f"{size.aliases} aliases found. Allowed: {MAX_ALIASES}",
                    "TOO_MANY_ALIASES",
                    operation,
                )
            )
    return errors


# ----- cost, with the variables -----


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
    """Objects a selection set produces per parent object; a fragment's computed once (cost is linear in the
    multiplier, so a spread under ``n`` parents costs ``n`` times its fragment's)."""

    def __init__(self, fragments: Mapping[str, FragmentDefinitionNode], variables: Mapping[str, Any]) -> None:
        self.fragments = fragments
        self.variables = variables
        self.costs: dict[str, int] = {}
        self.open: set[str] = set()

    def of(self, selection_set: SelectionSetNode | None) -> int:
        if selection_set is None:
            return 0
        total = 0
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                size = _page_size(selection, self.variables)
                if selection.name.value == "nodes" and size is None:
                    size = self._ids_count(selection)
                total += 1 + (size or 1) * self.of(selection.selection_set)
            elif isinstance(selection, InlineFragmentNode):
                total += self.of(selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode):
                total += self.fragment(selection.name.value)
        return total

    def fragment(self, name: str) -> int:
        if name not in self.costs:
            definition = self.fragments.get(name)
            if definition is None or name in self.open:
                return 0
            self.open.add(name)
            self.costs[name] = self.of(definition.selection_set)
            self.open.discard(name)
        return self.costs[name]

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


def query_cost(document: DocumentNode, operation_name: str | None, variables: Mapping[str, Any] | None) -> int:
    """The cost of the operation that will run; raises QueryTooComplex for an out-of-range page size."""
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    operation = next(
        (o for o in operations if operation_name is None or (o.name and o.name.value == operation_name)), None
    )
    if operation is None:
        return 0
    return _Cost(_fragments(document), variables or {}).of(operation.selection_set)


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
                    error = _refusal(
                        f"the query may produce {cost} objects, more than the limit of {self.max_cost}: "
                        "ask for smaller pages or fewer nested connections",
                        "QUERY_TOO_COMPLEX",
                        cost=cost,
                        maxCost=self.max_cost,
                    )
            except QueryTooComplex as exc:
                error = exc
            if error is not None:
                context.result = ExecutionResult(data=None, errors=[error])
        yield

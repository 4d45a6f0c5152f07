"""What a GraphQL document measures (app/graphql/limits.py: measure, document_errors, query_cost), on
parsed documents alone: no schema execution, no HTTP."""

from __future__ import annotations

import pytest
from graphql import parse

from app.graphql.limits import (
    MAX_ALIASES,
    MAX_DEPTH,
    MAX_FRAGMENTS,
    MAX_NODE_IDS,
    MAX_REPEATS,
    MAX_SELECTIONS,
    QueryTooComplex,
    Size,
    document_errors,
    measure,
    query_cost,
)
from app.services.pagination import DEFAULT_LIMIT, MAX_LIMIT


def sizes(source: str) -> list[Size]:
    measured, _ = measure(parse(source))
    return list(measured.values())


def codes(source: str) -> list[str]:
    return [error.extensions["code"] for error in document_errors(parse(source))]


def nested(depth: int) -> str:
    """A selection ``depth`` levels below the root field."""
    return "{ a " + "{ b " * depth + "c" + " }" * depth + " }"


# ----- measure -----


def test_a_flat_query_has_depth_zero_and_counts_each_field() -> None:
    assert sizes("{ a b c }") == [Size(depth=0, aliases=0, selections=3, repeats=1)]


def test_depth_counts_the_levels_of_nested_selections() -> None:
    assert sizes(nested(3))[0].depth == 3
    assert sizes("{ a { b } c { d { e } } }")[0] == Size(depth=2, aliases=0, selections=5, repeats=1)


def test_aliases_and_repeated_names_are_counted() -> None:
    [size] = sizes("{ x: a y: a a b { a a } }")
    assert size.aliases == 2 and size.repeats == 2 and size.selections == 6


def test_an_inline_fragment_counts_its_fields_as_its_parents() -> None:
    [size] = sizes("{ node { id ... on A { id name } ... on B { id } } }")
    assert size.repeats == 3 and size.depth == 1 and size.selections == 5


def test_a_fragment_counts_in_full_at_every_spread_but_is_walked_once() -> None:
    source = "query Q { a { ...F } b { ...F } c { ...F } } fragment F on T { x y z }"
    measured, visited = measure(parse(source))
    assert list(measured.values()) == [Size(depth=1, aliases=0, selections=12, repeats=1)]
    assert visited == 3 + 3 + 3  # three fields, three spreads, and the fragment's three fields once


def test_each_operation_is_measured_on_its_own() -> None:
    measured, _ = measure(parse("query A { a } query B { b { c } } fragment F on T { x }"))
    assert {op.name.value: size.selections for op, size in measured.items()} == {"A": 1, "B": 2}


def test_introspection_adds_size_but_no_depth() -> None:
    deep = "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }"
    [size] = sizes(deep)
    assert size.depth == 0 and size.selections == 9


def test_unknown_and_cyclic_fragments_measure_as_empty_without_looping() -> None:
    assert sizes("{ a { ...Missing } }")[0] == Size(depth=1, aliases=0, selections=1, repeats=1)
    [size] = sizes("{ a { ...A } } fragment A on T { x ...B } fragment B on T { y ...A }")
    assert size.selections == 3


def test_a_doubling_fragment_chain_is_measured_in_linear_time() -> None:
    levels = 40
    fragments = " ".join(f"fragment F{n} on T {{ ...F{n + 1} ...F{n + 1} }}" for n in range(levels))
    source = f"{{ a {{ ...F0 }} }} {fragments} fragment F{levels} on T {{ x }}"
    measured, visited = measure(parse(source))
    [size] = measured.values()
    assert size.selections == 1 + 2**levels  # what it would expand to
    assert visited == 2 + 2 * levels + 1  # what measuring it cost


# ----- document_errors -----


def test_a_document_within_every_limit_has_no_errors() -> None:
    assert document_errors(parse(nested(MAX_DEPTH))) == []


def test_each_limit_is_refused_with_its_code() -> None:
    assert codes(nested(MAX_DEPTH + 1)) == ["QUERY_TOO_DEEP"]
    aliases = " ".join(f"a{n}: a" for n in range(MAX_ALIASES + 1))
    assert codes("{ " + aliases + " }") == ["TOO_MANY_ALIASES"]
    assert codes("{ " + "a " * (MAX_REPEATS + 1) + "}") == ["QUERY_TOO_COMPLEX"]
    fields = " ".join(f"f{n}" for n in range(MAX_SELECTIONS + 1))
    assert codes("{ " + fields + " }") == ["QUERY_TOO_COMPLEX"]
    definitions = " ".join(f"fragment F{n} on T {{ x }}" for n in range(MAX_FRAGMENTS + 1))
    assert codes("{ a } " + definitions) == ["QUERY_TOO_COMPLEX"]


def test_one_operation_can_break_several_limits_at_once() -> None:
    aliases = " ".join(f"a{n}: a" for n in range(MAX_ALIASES + 1))
    assert sorted(codes("{ " + aliases + " " + nested(MAX_DEPTH + 1)[2:])) == ["QUERY_TOO_DEEP", "TOO_MANY_ALIASES"]


def test_refusals_name_the_operation_and_say_how_large() -> None:
    fields = " ".join(f"f{n}" for n in range(MAX_SELECTIONS + 1))
    [error] = document_errors(parse("query Big { " + fields + " }"))
    assert "'Big' expands to 1001 field selections" in error.message
    assert error.extensions["selections"] == MAX_SELECTIONS + 1


# ----- query_cost -----


def cost(source: str, variables: dict[str, object] | None = None, operation: str | None = None) -> int:
    return query_cost(parse(source), operation, variables)


def test_each_field_costs_one_per_parent_object() -> None:
    assert cost("{ a b { c d } }") == 4


def test_below_a_connection_fields_count_once_per_page_entry() -> None:
    assert cost("{ items(first: 10) { edges { node { id title } } } }") == 1 + 10 * (1 + 1 * (1 + 2))


def test_nested_connections_multiply() -> None:
    source = "{ a(first: 10) { nodes { b(first: 20) { nodes { id } } } } }"
    assert cost(source) == 1 + 10 * (1 + 1 * (1 + 20 * (1 + 1)))


def test_a_connection_without_arguments_is_found_by_shape_and_costs_a_default_page() -> None:
    assert cost("{ items { edges { node { id } } } }") == 1 + DEFAULT_LIMIT * (1 + 1 * (1 + 1))
    assert cost("{ items { totalCount } }") == 1 + DEFAULT_LIMIT * 1


def test_page_sizes_come_from_variables_and_last_counts_like_first() -> None:
    source = "query($n: Int) { items(first: $n) { nodes { id } } }"
    assert cost(source, {"n": 3}) == 1 + 3 * (1 + 1)
    assert cost("{ items(last: 4) { nodes { id } } }") == 1 + 4 * (1 + 1)


@pytest.mark.parametrize("first", [0, MAX_LIMIT + 1, -1])
def test_a_page_size_out_of_range_is_refused_as_bad_input(first: int) -> None:
    with pytest.raises(QueryTooComplex) as caught:
        cost("query($n: Int) { items(first: $n) { nodes { id } } }", {"n": first})
    assert caught.value.extensions["code"] == "BAD_USER_INPUT"


def test_nodes_by_ids_cost_one_per_id_up_to_the_limit() -> None:
    assert cost('{ nodes(ids: ["a", "b", "c"]) { id } }') == 1 + 3 * 1
    assert cost("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", {"ids": ["a"] * 7}) == 1 + 7
    with pytest.raises(QueryTooComplex):
        cost("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", {"ids": ["a"] * (MAX_NODE_IDS + 1)})


def test_fragments_cost_what_they_select_at_every_spread() -> None:
    source = "{ a(first: 5) { nodes { ...F } } b { ...F } } fragment F on T { x y }"
    assert cost(source) == (1 + 5 * (1 + 2)) + (1 + 2)


def test_the_operation_that_runs_is_the_one_costed() -> None:
    source = "query Small { a } query Large { items(first: 100) { nodes { id } } }"
    assert cost(source, operation="Small") == 1
    assert cost(source, operation="Large") == 1 + 100 * 2
    assert cost(source, operation="Missing") == 0

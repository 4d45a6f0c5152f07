"""The import graph of app/: no cycles, and each layer imports only what lies below it.

Every module under app/ is parsed (not imported), and all of its imports count: module-level,
function-local and ``TYPE_CHECKING`` ones alike, since a lazy import is still a dependency. ``from x import y``
counts as an import of the module ``x.y`` when there is one, else of ``x``.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import cache
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"


@dataclass(frozen=True)
class Rule:
    """What the modules of ``layer`` (a package or module, with everything under it) may import."""

    layer: str
    why: str
    only: tuple[str, ...] = ()  # when set, nothing from app/ outside these (and the layer itself)
    never: tuple[str, ...] = ()
    no_packages: tuple[str, ...] = ()  # third-party packages the layer must not use

    def forbids(self, imported: str) -> bool:
        if _within(imported, self.layer):
            return False
        if self.only and not any(_within(imported, allowed) for allowed in self.only):
            return True
        return any(_within(imported, banned) for banned in self.never)


HTTP = ("fastapi", "starlette")
RULES = (
    Rule("app.models", "tables and schemas are the bottom layer", only=("app.errors",)),
    Rule("app.queries", "SQL shared by services and search sits just above the models", only=("app.models",)),
    Rule(
        "app.search",
        "search is infrastructure below the services: engine, indexes, documents, outbox, sync worker",
        only=("app.models", "app.queries", "app.db", "app.settings", "app.errors"),
        no_packages=HTTP,
    ),
    Rule(
        "app.services",
        "the rules, free of HTTP: REST, GraphQL, the CLI and the workers all call them",
        never=("app.api", "app.web", "app.graphql", "app.cli", "app.workers", "app.main"),
        no_packages=HTTP,
    ),
    Rule("app.web", "the HTTP edge both faces share", never=("app.api", "app.graphql", "app.cli")),
    Rule("app.graphql", "GraphQL never goes through REST", never=("app.api", "app.cli")),
    Rule("app.api", "REST never goes through GraphQL", never=("app.graphql", "app.cli")),
)

# Known violations, each to be removed with the change that fixes it: another import that breaks a rule
# fails the test, and so does an entry here that no longer names a violation.
#
# Edges left out of the cycle check, one per known cycle (the edge that closes it):
KNOWN_CYCLE_EDGES: frozenset[tuple[str, str]] = frozenset()
# Imports that break a layering rule, as (importing module, imported module):
KNOWN_LAYERING_VIOLATIONS: frozenset[tuple[str, str]] = frozenset()


def _within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(APP.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(APP.rglob("*.py"))}


@dataclass(frozen=True)
class Imports:
    app: frozenset[str]  # modules of app/
    packages: frozenset[str]  # top-level names of everything else


@cache
def imports_of(module: str) -> Imports:
    path = modules()[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    internal: set[str] = set()
    external: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if _within(alias.name, "app"):
                    internal.add(alias.name)
                else:
                    external.add(alias.name.partition(".")[0])
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                source = ".".join([*parts[: len(parts) - node.level + 1], *filter(None, [node.module])])
            else:
                source = node.module or ""
            if not _within(source, "app"):
                external.add(source.partition(".")[0])
                continue
            for alias in node.names:
                submodule = f"{source}.{alias.name}"
                internal.add(submodule if submodule in modules() else source)
    internal.discard(module)
    return Imports(frozenset(internal), frozenset(external))


def import_graph() -> dict[str, set[str]]:
    return {module: set(imports_of(module).app & modules().keys()) for module in modules()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A cycle of the graph as a path that ends where it starts, or None."""
    done: set[str] = set()
    path: list[str] = []
    on_path: set[str] = set()

    def visit(node: str) -> list[str] | None:
        path.append(node)
        on_path.add(node)
        for target in sorted(graph.get(node, ())):
            if target in on_path:
                return [*path[path.index(target) :], target]
            if target not in done and (cycle := visit(target)):
                return cycle
        on_path.discard(node)
        path.pop()
        done.add(node)
        return None

    for start in sorted(graph):
        if start not in done and (cycle := visit(start)):
            return cycle
    return None


def reaches(graph: dict[str, set[str]], start: str, goal: str) -> bool:
    seen, todo = {start}, [start]
    while todo:
        for target in graph.get(todo.pop(), ()):
            if target == goal:
                return True
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return False


def layering_violations() -> dict[tuple[str, str], str]:
    """(importing module, imported module or package) -> the rule it breaks."""
    found: dict[tuple[str, str], str] = {}
    for module in modules():
        imports = imports_of(module)
        for rule in RULES:
            if not _within(module, rule.layer):
                continue
            for imported in sorted(imports.app):
                if rule.forbids(imported):
                    found[(module, imported)] = f"{rule.layer}: {rule.why}"
            for package in sorted(imports.packages & set(rule.no_packages)):
                found[(module, package)] = f"{rule.layer} uses no {package}: {rule.why}"
    return found


def test_the_parser_sees_every_kind_of_import() -> None:
    seen = imports_of("app.cli")  # `from app.cli import data, keys, search, serve`: submodules
    assert {"app.cli.data", "app.cli.keys", "app.cli.search", "app.cli.serve"} <= seen.app
    assert "app.db" in imports_of("app.cli.common").app  # function-local
    assert "sqlalchemy" in imports_of("app.cli.search").packages  # under TYPE_CHECKING


def test_the_import_graph_has_no_cycle() -> None:
    graph = import_graph()
    for importer, imported in KNOWN_CYCLE_EDGES:
        graph.get(importer, set()).discard(imported)
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_each_layer_imports_only_what_lies_below_it() -> None:
    violations = {edge: why for edge, why in layering_violations().items() if edge not in KNOWN_LAYERING_VIOLATIONS}
    assert not violations, "\n".join(f"{a} imports {b} ({why})" for (a, b), why in sorted(violations.items()))


def test_the_known_violations_still_exist() -> None:
    graph = import_graph()
    # A known cycle edge is fixed once it is gone, or no longer closes a cycle.
    fixed = [(a, b) for a, b in sorted(KNOWN_CYCLE_EDGES) if b not in graph.get(a, ()) or not reaches(graph, b, a)]
    fixed += sorted(KNOWN_LAYERING_VIOLATIONS - layering_violations().keys())
    assert not fixed, f"fixed: remove {sorted(fixed)} from the known violations in tests/test_architecture.py"

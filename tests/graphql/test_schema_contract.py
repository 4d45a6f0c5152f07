"""schema.graphql is the published contract: it must match the running schema, and the CLI writes it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from graphql import GraphQLEnumType

from app.graphql.schema import create_schema, schema_sdl
from app.models.knowledge import KnowledgeKind

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "schema.graphql"


def test_the_committed_schema_is_the_running_schema():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_sdl(), (
        "schema.graphql is out of date: run `kennisbank graphql-schema` and review the diff"
    )


@pytest.mark.slow  # the command as a real process
def test_the_cli_writes_the_schema(tmp_path):
    target = tmp_path / "schema.graphql"
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "graphql-schema", "--output", str(target)],
        cwd=SCHEMA_FILE.parent,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert target.read_text(encoding="utf-8") == schema_sdl()


def test_the_schema_has_the_relay_and_content_contract():
    sdl = schema_sdl()
    for line in (
        "interface Node {",
        "interface Content implements Node {",
        "type KnowledgeItem implements Content & Node {",
        "node(id: ID!): Node",
        "totalCount: Int!",
        "union KnowledgeItemResult = KnowledgeItemPayload | ValidationError | NotFoundError | ConflictError",
    ):
        assert line in sdl


def test_every_enum_value_is_screaming_snake_case():
    schema = create_schema()._schema
    enums = [t for name, t in schema.type_map.items() if isinstance(t, GraphQLEnumType) and not name.startswith("__")]
    assert {"Language", "ContentStatus", "KnowledgeKind", "OrganisationKind", "Audience"} <= {e.name for e in enums}
    lowercase = [
        f"{e.name}.{value}" for e in enums for value in e.values if not re.fullmatch(r"[A-Z][A-Z0-9_]*", value)
    ]
    assert lowercase == []
    # The GraphQL names map onto the models' lowercase members, which REST and the database keep.
    assert (
        schema.type_map["KnowledgeKind"].values["GOOD_PRACTICE"].value == KnowledgeKind.good_practice == "good_practice"
    )

"""schema.graphql is the published contract: it must match the running schema, and the CLI writes it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.graphql.schema import schema_sdl

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

"""GraphQL fuzzing: schemathesis' GraphQL mode generates queries and mutations for every root field.

Requests go to ``/graphql`` of the same ``kennisbank serve`` the REST fuzzing uses (real PostgreSQL,
real Meilisearch, commits for real), each sent as every role: anonymous, a partner search key, reader,
editor and admin. Checks: no 5xx; every error carries an ``extensions.code`` and none is an internal
error; and no mutation returns its payload to a role that may not write. (schemathesis' own GraphQL
server-error check counts every error raised while resolving as a server error; here a resolver's
VALIDATION_FAILED or NOT_FOUND is the documented answer to a bad argument, so the codes decide.)
``pytest --slow`` generates many more examples.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import schemathesis

from app.graphql.schema import create_schema
from tests.e2e import conftest as e2e
from tests.e2e.server import ApiServer

pytestmark = pytest.mark.e2e

DEFAULT_EXAMPLES = 5
SLOW_EXAMPLES = 150
ROLES = ("anonymous", "partner", "reader", "editor", "admin")
WRITERS = {"editor", "admin"}
# Fields only a mutation's success payload has (errors have code/message/fields/currentVersion).
PAYLOAD_FIELDS = {"knowledgeItem", "positionPaper", "organisation", "deletedId"}

schema = schemathesis.graphql.from_dict(create_schema().introspect())
schema.config.generation.update(
    max_examples=SLOW_EXAMPLES if e2e.SLOW else DEFAULT_EXAMPLES,
    database="none",
    deterministic=not e2e.SLOW,
)


@pytest.fixture(scope="module")
def role_headers(api_server: ApiServer) -> dict[str, dict[str, str]]:
    """Headers per role; the partner's search key is created through the API by the admin."""
    created = httpx.post(
        f"{api_server.url}/api/v1/search-keys",
        json={"name": "Fuzzing partner", "allowed_origins": ["https://partner.example"]},
        headers=api_server.headers("admin"),
        timeout=30,
    )
    assert created.status_code == 201, created.text
    headers = {role: api_server.headers(role) for role in ROLES}
    headers["partner"] = {"X-Search-Key": created.json()["secret"]}
    return headers


def errors_are_coded_and_expected(ctx: Any, response: Any, case: schemathesis.Case) -> bool | None:
    """Every GraphQL error has a code, and none is an internal error (a bug the client cannot fix)."""
    assert response.status_code in (200, 400, 413, 429), response.status_code
    body = response.json()
    for error in body.get("errors") or []:
        code = (error.get("extensions") or {}).get("code")
        assert code and code != "INTERNAL_SERVER_ERROR", error
    return True


def mutations_refused_to(role: str) -> Any:
    """For a role that may not write: no mutation result carries a success payload."""

    def mutations_are_refused(ctx: Any, response: Any, case: schemathesis.Case) -> bool | None:
        if role in WRITERS or not case.operation.label.startswith("Mutation."):
            return None
        data = response.json().get("data") or {}
        for result in data.values():
            if isinstance(result, dict):
                leaked = {k for k, v in result.items() if k in PAYLOAD_FIELDS and v is not None}
                assert not leaked, (role, case.operation.label, result)
        return True

    mutations_are_refused.__name__ = f"mutations_refused_to_{role}"
    return mutations_are_refused


@schema.parametrize()
def test_every_graphql_field_survives_fuzzing_in_every_role(
    case: schemathesis.Case, api_server: ApiServer, role_headers: dict[str, dict[str, str]]
) -> None:
    for role in ROLES:
        checks = [errors_are_coded_and_expected, mutations_refused_to(role)]
        case.call_and_validate(base_url=f"{api_server.url}/graphql", headers=role_headers[role], checks=checks)

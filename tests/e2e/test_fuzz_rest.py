"""Schema fuzzing: schemathesis generates valid and invalid requests for every REST operation.

The app runs as ``kennisbank serve`` on a loopback port (tests/e2e/server.py), on a PostgreSQL
database and Meilisearch indexes of its own holding the demo content (requests commit for real: the
fuzzer's creates, updates and deletes are real). Every generated
request is sent as each role in turn: anonymous, reader, editor and admin. Checks: no 5xx, responses
match the OpenAPI schema, invalid input is refused with a 4xx, and no operation succeeds for a role the
authorization matrix (test_authorization_matrix.py) refuses. A stateful run follows the OpenAPI links
(create → get → update → publish → delete ...) as an admin. ``pytest --slow`` generates many more examples.
GraphQL is fuzzed in test_fuzz_graphql.py against the same server.
"""

from __future__ import annotations

from typing import Any

import httpx
import hypothesis
import pytest
import schemathesis
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.config._checks import NegativeDataRejectionConfig
from schemathesis.specs.openapi.checks import (
    ensure_resource_availability,
    negative_data_rejection,
    response_schema_conformance,
    use_after_free,
)

from app.main import create_app
from app.settings import Settings
from tests.e2e import conftest as e2e
from tests.e2e.server import ApiServer
from tests.e2e.test_authorization_matrix import ALLOWED, MATRIX

pytestmark = pytest.mark.slow

DEFAULT_EXAMPLES = 6
SLOW_EXAMPLES = 200
STATEFUL_SCENARIOS, SLOW_STATEFUL_SCENARIOS = 15, 300
ROLES = ("anonymous", "reader", "editor", "admin")
CHECKS = [not_a_server_error, response_schema_conformance, negative_data_rejection]


# The schema is the app's own OpenAPI document (building it needs no database), so each operation is a
# test item of its own; requests go to the running server. (schemathesis' lazy ``from_fixture`` loader
# does not work with pytest 9.)
schema = schemathesis.openapi.from_dict(create_app(Settings(_env_file=None)).openapi())  # type: ignore[call-arg]
schema.config.generation.update(
    modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
    max_examples=SLOW_EXAMPLES if e2e.SLOW else DEFAULT_EXAMPLES,
    database="none",
    # The default run is the same every time (a red suite means a change broke something); --slow explores.
    deterministic=not e2e.SLOW,
    # Each call carries the key of the role under test; made-up bearer tokens from the declared scheme would
    # only pile up 401s, and past KENNISBANK_RATE_LIMIT_AUTH_FAILURES the server refuses this IP's real keys.
    with_security_parameters=False,
)

# The coverage phase walks every boundary case of every schema (minutes); nightly runs only.
schema.config.phases.update(phases=["examples", "fuzzing", "stateful", *(["coverage"] if e2e.SLOW else [])])
# Invalid input may also be refused as too large (413) or as a malformed If-Match (412).
schema.config.checks.negative_data_rejection = NegativeDataRejectionConfig(
    expected_statuses=[400, 401, 403, 404, 405, 406, 412, 413, 415, 422, 428]
)


# What each role may do, by operation, from the authorization matrix; a success outside it is a failure.
RULES = {(method, path): ALLOWED[rule] for method, path, _, _, rule in MATRIX}


def auth_is_enforced_for(role: str) -> Any:
    """A check: an operation the matrix refuses ``role`` never succeeds for it (``ignored_auth`` per role)."""

    def auth_is_enforced(ctx: Any, response: Any, case: schemathesis.Case) -> bool | None:
        allowed = RULES.get((case.operation.method.upper(), case.operation.path))
        if allowed is None or role in allowed:
            return None
        assert response.status_code >= 400, (
            f"{case.operation.method.upper()} {case.operation.path} answered {response.status_code} to {role}"
        )
        return True

    auth_is_enforced.__name__ = f"auth_is_enforced_for_{role}"
    return auth_is_enforced


def test_the_auth_check_fails_a_success_for_a_refused_role() -> None:
    from types import SimpleNamespace

    create = SimpleNamespace(operation=SimpleNamespace(method="post", path="/api/v1/knowledge-items"))
    with pytest.raises(AssertionError, match="answered 201 to anonymous"):
        auth_is_enforced_for("anonymous")(None, SimpleNamespace(status_code=201), create)
    assert auth_is_enforced_for("anonymous")(None, SimpleNamespace(status_code=401), create)
    assert auth_is_enforced_for("editor")(None, SimpleNamespace(status_code=201), create) is None
    assert set(RULES) >= {(m, p) for m, p in [("POST", "/api/v1/api-keys"), ("GET", "/api/v1/search")]}


@pytest.mark.e2e
@schema.parametrize()
def test_every_rest_operation_survives_fuzzing_in_every_role(case: schemathesis.Case, api_server: ApiServer) -> None:
    spare_the_server_keys(case, api_server)
    for role in ROLES:
        checks = [*CHECKS, auth_is_enforced_for(role)]
        case.call_and_validate(base_url=api_server.url, headers=api_server.headers(role), checks=checks)


_SERVER_KEY_IDS: set[int] = set()


def spare_the_server_keys(case: schemathesis.Case, api_server: ApiServer) -> None:
    """Point a revocation at no key rather than at one of the role keys every later module of this package
    uses (the fuzzer draws small ids, and those are theirs); revoking has its own tests."""
    if case.operation.path != "/api/v1/api-keys/{key_id}":
        return
    if not _SERVER_KEY_IDS:
        keys = httpx.get(f"{api_server.url}/api/v1/api-keys", headers=api_server.headers("admin"), timeout=10)
        _SERVER_KEY_IDS.update(k["id"] for k in keys.json()["data"] if k["name"].startswith("fuzzer "))
    if (case.path_parameters or {}).get("key_id") in _SERVER_KEY_IDS:
        case.path_parameters = {**(case.path_parameters or {}), "key_id": 2_000_000_000}


def test_links_name_real_operations_and_parameters() -> None:
    """The OpenAPI links the stateful run follows point at existing operations and their path parameters."""
    spec = create_app(Settings(_env_file=None)).openapi()  # type: ignore[call-arg]
    operations = {
        op["operationId"]: op for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)
    }
    links = {
        (op["operationId"], name): link
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
        for response in op.get("responses", {}).values()
        for name, link in response.get("links", {}).items()
    }
    created = {source for source, _ in links}
    assert {"createKnowledgeItem", "createPositionPaper", "createTheme"} <= created
    assert {"createOrganisation", "createWorkingGroup"} <= created
    for (source, name), link in links.items():
        target = operations[link["operationId"]]
        parameters = {p["name"] for p in target.get("parameters", []) if p["in"] == "path"}
        assert set(link["parameters"]) == parameters, (source, name)


@pytest.mark.e2e
def test_rest_workflows_survive_stateful_fuzzing(api_server: ApiServer) -> None:
    """Chains of calls along the OpenAPI links (create, then get/update/publish/delete what was created)."""
    checks = [*CHECKS, use_after_free, ensure_resource_availability]
    calls: list[str] = []

    class Workflow(schema.as_state_machine()):  # type: ignore[misc]
        def get_call_kwargs(self, case: schemathesis.Case) -> dict[str, Any]:
            return {"base_url": api_server.url, "headers": api_server.headers("admin")}

        def before_call(self, case: schemathesis.Case) -> None:
            # If-Match / If-None-Match are fuzzed per operation above; sent at random along a chain they turn
            # its steps into 304s and 412s that depend on ETags, and hypothesis can no longer replay the run.
            for name in ("If-Match", "If-None-Match"):
                (case.headers or {}).pop(name, None)
            spare_the_server_keys(case, api_server)
            super().before_call(case)

        def after_call(self, response: Any, case: schemathesis.Case) -> None:
            super().after_call(response, case)
            calls.append(f"{case.operation.method.upper()} {case.operation.path} {response.status_code}")

        def validate_response(self, response: Any, case: schemathesis.Case, *_: Any, **kwargs: Any) -> None:
            case.validate_response(response, checks=checks, transport_kwargs=kwargs or None, recorder=self.recorder)

    Workflow.run(
        settings=hypothesis.settings(
            max_examples=SLOW_STATEFUL_SCENARIOS if e2e.SLOW else STATEFUL_SCENARIOS,
            stateful_step_count=6,
            deadline=None,
            database=None,
            derandomize=not e2e.SLOW,
            suppress_health_check=list(hypothesis.HealthCheck),
        )
    )
    print(f"stateful: {len(calls)} calls", sorted({c.rsplit(" ", 1)[0] for c in calls}))  # shown with -s
    # The run really chained operations: something was created and then used through a link.
    assert any(c.startswith("POST ") and c.endswith(" 201") for c in calls), calls[:50]
    chained = [c for c in calls if "{id_or_slug}" in c and c.split()[-1].startswith("2")]
    assert chained, calls[:50]


@pytest.mark.e2e
def test_over_a_real_socket_no_version_is_advertised_and_headers_are_set(api_server: ApiServer) -> None:
    # The server is `kennisbank serve` itself: it runs uvicorn with server_header=False (uvicorn's own
    # `server: uvicorn` is added below the app, where no middleware could remove it).
    response = httpx.get(f"{api_server.url}/api/v1/knowledge-items", headers={"X-Request-ID": "socket-check"})
    assert response.status_code == 200
    assert "server" not in response.headers
    for page, accept in (("/docs", "text/html"), ("/redoc", "text/html"), ("/graphql", "text/html")):
        html = httpx.get(f"{api_server.url}{page}", headers={"Accept": accept})
        assert html.status_code == 200 and html.headers["content-type"].startswith("text/html"), page
        assert "server" not in html.headers
        directives = {d.split()[0]: d.split()[1:] for d in html.headers["content-security-policy"].split("; ")}
        scripts = directives["script-src"]
        assert "'unsafe-inline'" not in scripts and "'unsafe-eval'" not in scripts, (page, scripts)
        assert directives["default-src"] == ["'none'"] and directives["frame-ancestors"] == ["'none'"], page
    assert response.headers["x-request-id"] == "socket-check"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["content-security-policy"] == "default-src 'none'; frame-ancestors 'none'"
    metrics = httpx.get(f"{api_server.url}/metrics").text
    assert 'route="/api/v1/knowledge-items"' in metrics and "kennisbank_search_outbox_pending" in metrics
    for gauge in ("kennisbank_search_outbox_dead", "kennisbank_search_sync_lag_seconds"):
        assert f"\n{gauge} " in metrics
    assert 'kennisbank_search_task_failures_total{reason="task_failed"}' in metrics

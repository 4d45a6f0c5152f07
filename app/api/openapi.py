"""What generated clients need beyond FastAPI's own OpenAPI, derived from the routes rather than listed:

- the bearer scheme is declared by ``app.web.deps.get_principal`` on every operation that looks at the
  key; an operation that does not document 403 (no role needed) works anonymously too, so ``{}`` (no
  credentials) is one of its security alternatives;
- an operation that documents 412 honours ``If-Match`` (checked by ``app.web.conditional.expected_version``),
  one that documents 304 honours ``If-None-Match`` (``app.web.responses.json_response``); both become
  declared header parameters, so generated clients get arguments for them.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

IF_MATCH: dict[str, Any] = {
    "name": "If-Match",
    "in": "header",
    "required": False,
    "description": "The ETag you read: the write goes ahead only if the record is still at that version "
    '(412 otherwise; `*` accepts any version). `"ki12-v3-..."` names knowledge item 12 at version 3. '
    "Required (428) when the server sets KENNISBANK_REQUIRE_IF_MATCH.",
    "schema": {"type": "string"},
}
IF_NONE_MATCH: dict[str, Any] = {
    "name": "If-None-Match",
    "in": "header",
    "required": False,
    "description": "ETags of copies you have: 304 without a body when one is current (weak comparison).",
    "schema": {"type": "string"},
}
METHODS = ("get", "put", "post", "patch", "delete", "head")


def install(app: FastAPI) -> None:
    """Serve FastAPI's schema with optional keys marked and the conditional-request headers declared."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        document = generate()
        if not document.get("x-kennisbank-conventions"):
            add_conventions(document)
            document["x-kennisbank-conventions"] = True
        return document

    app.openapi = openapi  # type: ignore[method-assign]


def add_conventions(document: dict[str, Any]) -> None:
    for operations in document.get("paths", {}).values():
        for method, operation in operations.items():
            if method not in METHODS:
                continue
            responses = operation.get("responses", {})
            security = operation.get("security")
            if security and "403" not in responses and {} not in security:
                operation["security"] = [{}, *security]
            headers = [IF_MATCH] if "412" in responses else []
            headers += [IF_NONE_MATCH] if "304" in responses else []
            if headers:
                parameters: list[dict[str, Any]] = operation.get("parameters", [])
                names = {str(p["name"]).lower() for p in parameters}
                operation["parameters"] = parameters + [h for h in headers if str(h["name"]).lower() not in names]

"""OpenAPI links: what a client (or a stateful fuzzer) can do next with the record a create returned.

A ``201`` of ``createKnowledgeItem`` names the operations that take that record's id, with the id taken
from the response body, so generated clients and schemathesis' stateful tests can chain
create → get → update → publish → delete without guessing identifiers.
"""

from __future__ import annotations

from typing import Any


def created_links(noun: str, *follow_ups: str) -> dict[int | str, dict[str, Any]]:
    """``responses`` entry for a create operation: links to get/update/delete (and ``follow_ups``) of ``noun``."""
    operations = [f"get{noun}", f"update{noun}", f"delete{noun}", *follow_ups]
    links = {
        operation[0].upper() + operation[1:]: {
            "operationId": operation,
            "parameters": {"id_or_slug": "$response.body#/id"},
            "description": f"The {noun} just created.",
        }
        for operation in operations
    }
    return {201: {"links": links}}

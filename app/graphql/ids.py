"""Naming a record in a GraphQL argument: a Relay global id or a slug, exactly one of them."""

from __future__ import annotations

from strawberry import relay

from app.errors import ValidationFailedError


def key_of(id: relay.GlobalID | None, slug: str | None, type_name: str) -> str:
    """The services' ``id_or_slug`` from exactly one of a global id and a slug."""
    if (id is None) == (slug is None):
        raise ValidationFailedError("give exactly one of id and slug", field="id")
    if id is not None:
        if id.type_name != type_name or not id.node_id.isdigit():
            raise ValidationFailedError(f"this id is not a {type_name} id", field="id")
        return id.node_id
    assert slug is not None
    return slug

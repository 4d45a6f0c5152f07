"""GraphQL write inputs derived from the REST API's pydantic write schemas, so both take the same fields.

A create input requires what the create schema requires; an update input requires nothing. Every field
left out stays ``UNSET`` and is left out of the data the schema validates (JSON merge semantics), so the
schemas' rules apply to GraphQL writes exactly as to REST ones.
"""

from __future__ import annotations

import dataclasses
import types
from datetime import date, datetime
from enum import Enum
from typing import Annotated, Any, Union, get_args, get_origin

import strawberry
from pydantic import AnyUrl, AwareDatetime, BaseModel, EmailStr

UNSET: Any = strawberry.UNSET


def _graphql_type(annotation: Any, nested: dict[type[BaseModel], type]) -> Any:
    """The Python type strawberry maps to the field's GraphQL type (without its nullability)."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _graphql_type(get_args(annotation)[0], nested)
    if origin in (Union, types.UnionType):
        [inner] = [a for a in get_args(annotation) if a is not type(None)]
        return _graphql_type(inner, nested)
    if origin is list:
        return types.GenericAlias(list, (_graphql_type(get_args(annotation)[0], nested),))
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel):
            return nested[annotation]
        if issubclass(annotation, AnyUrl | EmailStr):
            return str
        if annotation is AwareDatetime:
            return datetime
        if issubclass(annotation, Enum | str | int | bool | float | date):
            return annotation
    raise TypeError(f"no GraphQL type for {annotation!r}")


def write_input(
    model: type[BaseModel],
    *,
    name: str,
    description: str | None = None,
    partial: bool = False,
    nested: dict[type[BaseModel], type] | None = None,
) -> type:
    """A strawberry input type with the fields of ``model`` (all optional when ``partial``), required ones
    first; ``nested`` names the input types of the models the fields hold."""
    required: dict[str, Any] = {}
    optional: dict[str, Any] = {}
    for field_name, info in model.model_fields.items():
        graphql_type = _graphql_type(info.annotation, nested or {})
        if info.is_required() and not partial:
            required[field_name] = (graphql_type, strawberry.field(description=info.description))
        else:
            optional[field_name] = (graphql_type | None, strawberry.field(default=UNSET, description=info.description))
    fields = {**required, **optional}
    cls = type(
        name, (), {"__annotations__": {n: t for n, (t, _) in fields.items()}} | {n: f for n, (_, f) in fields.items()}
    )
    return strawberry.input(cls, name=name, description=description)


def input_data(value: Any) -> Any:
    """An input object as plain data for the pydantic schemas, leaving out fields not given."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: input_data(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if getattr(value, f.name) is not strawberry.UNSET
        }
    if isinstance(value, list):
        return [input_data(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    return value

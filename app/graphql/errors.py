"""Expected failures as typed results, and a machine-readable ``extensions.code`` on every GraphQL error."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from enum import Enum
from typing import Any

import strawberry
from graphql import GraphQLError, GraphQLSyntaxError
from pydantic import ValidationError as PydanticValidationError
from strawberry.exceptions import StrawberryInputCoercionError
from strawberry.extensions import SchemaExtension
from strawberry.relay.types import GlobalIDValueError

from app import errors as domain
from app.services.auth import Principal

log = logging.getLogger(__name__)


@strawberry.enum(description="Stable, machine-readable error codes.")
class ErrorCode(Enum):
    VALIDATION_FAILED = "validation_failed"
    NOT_FOUND = "not_found"
    CONFLICT = "conflict"
    VERSION_MISMATCH = "version_mismatch"
    PERMISSION_DENIED = "permission_denied"
    UNAUTHENTICATED = "unauthenticated"


@strawberry.interface(description="An expected failure of a mutation.")
class Error:
    code: ErrorCode
    message: str


@strawberry.type(description="One input field that broke a rule.")
class FieldError:
    field: str = strawberry.field(description="Path of the input field, e.g. attachments.0.url.")
    message: str


@strawberry.type(description="The input breaks a validation rule; nothing was written.")
class ValidationError(Error):
    fields: list[FieldError]


@strawberry.type(description="The record does not exist (or is not visible to you).")
class NotFoundError(Error):
    pass


@strawberry.type(description="The change breaks a uniqueness or reference rule; nothing was written.")
class ConflictError(Error):
    field: str | None


@strawberry.type(description="expectedVersion is stale: reload the record and apply the change again.")
class VersionMismatchError(Error):
    current_version: int


@strawberry.type(description="This needs an API key with the editor role (UNAUTHENTICATED: no key was sent).")
class PermissionDeniedError(Error):
    pass


MutationError = ValidationError | NotFoundError | ConflictError | VersionMismatchError | PermissionDeniedError


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def error_result(exc: domain.KennisbankError, actor: Principal) -> MutationError:
    """The typed result for a domain error raised by a service."""
    if isinstance(exc, domain.ValidationFailedError):
        field = _camel(exc.field) if exc.field else "input"
        return ValidationError(
            code=ErrorCode.VALIDATION_FAILED, message=exc.detail, fields=[FieldError(field=field, message=exc.detail)]
        )
    if isinstance(exc, domain.NotFoundError):
        return NotFoundError(code=ErrorCode.NOT_FOUND, message=exc.detail)
    if isinstance(exc, domain.VersionMismatchError):
        return VersionMismatchError(
            code=ErrorCode.VERSION_MISMATCH, message=exc.detail, current_version=int(exc.extra["current_version"])
        )
    if isinstance(exc, domain.ConflictError):
        conflicting = exc.extra.get("field")
        return ConflictError(
            code=ErrorCode.CONFLICT, message=exc.detail, field=_camel(conflicting) if conflicting else None
        )
    if isinstance(exc, domain.PermissionDeniedError | domain.AuthenticationError):
        code = ErrorCode.UNAUTHENTICATED if actor.role is None else ErrorCode.PERMISSION_DENIED
        return PermissionDeniedError(code=code, message=exc.detail)
    raise exc


def invalid_input(exc: PydanticValidationError) -> ValidationError:
    """Pydantic's errors on an input (the REST API's rules) as a ValidationError result."""
    fields = [
        FieldError(
            field=".".join(_camel(str(p)) for p in err["loc"]) or "input",
            message=str(err["msg"]).removeprefix("Value error, "),
        )
        for err in exc.errors()
    ]
    return ValidationError(code=ErrorCode.VALIDATION_FAILED, message="the input is not valid", fields=fields)


# ----- top-level GraphQL errors -----

# Messages of strawberry's and graphql-core's refusals, mapped to codes (their classes carry none).
_REFUSALS = (
    ("Document contains more than", "TOO_MANY_TOKENS"),
    ("introspection has been disabled", "INTROSPECTION_DISABLED"),
)


def code_of(error: GraphQLError) -> str:
    """The ``extensions.code`` of an error: its own, its domain error's, or one from its kind."""
    original = error.original_error
    if error.extensions and "code" in error.extensions:
        return str(error.extensions["code"])
    if isinstance(original, domain.KennisbankError):
        return original.code.upper()
    if error.message.startswith("Variable ") and any(m in error.message for m in _VARIABLE_INPUT):
        return "BAD_USER_INPUT"
    if isinstance(original, StrawberryInputCoercionError | GlobalIDValueError):
        return "BAD_USER_INPUT"
    if isinstance(original, GraphQLError) and original.extensions and "code" in original.extensions:
        return str(original.extensions["code"])
    for fragment, code in _REFUSALS:
        if fragment in error.message:
            return code
    if isinstance(error, GraphQLSyntaxError) or error.message.startswith("Syntax Error"):
        return "GRAPHQL_PARSE_FAILED"
    if original is None:
        return "GRAPHQL_VALIDATION_FAILED"
    return "INTERNAL_SERVER_ERROR"


# Variable values the executor could not coerce (as opposed to validation errors about variables).
_VARIABLE_INPUT = ("has invalid value", "got invalid value", "was not provided", "must not be null")


# graphql-core's suggestions: "... Did you mean 'statuses'?" (or "'a', 'b', or 'c'?"), at the end of a message
# or before what follows it ("... Did you mean 'x'? Found: ...").
_SUGGESTION = re.compile(r" ?Did you mean [^?]*\?")


class ErrorCodes(SchemaExtension):
    """Give every error an ``extensions.code``; replace unexpected ones by a generic message.

    With ``hide_suggestions`` (a schema without introspection) no message names a field, type or value
    the caller did not send: the suggestions validation already leaves out, and those of variable coercion.
    """

    def __init__(self, *, hide_suggestions: bool = False) -> None:
        self.hide_suggestions = hide_suggestions

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        if result is None or not result.errors:
            return
        result.errors = [self._coded(e) for e in result.errors]

    def _coded(self, error: GraphQLError) -> GraphQLError:
        code = code_of(error)
        extensions: dict[str, Any] = {**(error.extensions or {}), "code": code}
        message = _SUGGESTION.sub("", error.message) if self.hide_suggestions else error.message
        if code == "INTERNAL_SERVER_ERROR":
            log.error("GraphQL resolver failed at %s", error.path, exc_info=error.original_error)
            message = "internal error: it has been logged"
        if isinstance(error.original_error, domain.KennisbankError):
            extra = error.original_error
            if isinstance(extra, domain.ValidationFailedError) and extra.field:
                extensions["field"] = _camel(extra.field)
        return GraphQLError(
            message,
            nodes=error.nodes,
            source=error.source,
            positions=error.positions,
            path=error.path,
            extensions=extensions,
        )

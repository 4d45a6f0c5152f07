"""Domain errors, free of HTTP: the REST and GraphQL layers each render them their own way."""

from __future__ import annotations

from typing import Any


class KennisbankError(Exception):
    """Base of every expected failure. ``code`` is stable and machine-readable."""

    code = "error"
    title = "Error"

    def __init__(self, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extra = extra


class NotFoundError(KennisbankError):
    code = "not_found"
    title = "Not found"


class ConflictError(KennisbankError):
    """A uniqueness or reference rule would be broken (duplicate slug, theme still in use)."""

    code = "conflict"
    title = "Conflict"


class VersionMismatchError(KennisbankError):
    """The caller's expected version is stale (optimistic concurrency)."""

    code = "version_mismatch"
    title = "Version mismatch"


class ValidationFailedError(KennisbankError):
    """Input is well-formed but breaks a rule that needs the database to check (unknown theme slug)."""

    code = "validation_failed"
    title = "Validation failed"

    def __init__(self, detail: str, *, field: str | None = None, **extra: Any) -> None:
        super().__init__(detail, **extra)
        self.field = field


class PermissionDeniedError(KennisbankError):
    code = "permission_denied"
    title = "Permission denied"


class AuthenticationError(KennisbankError):
    code = "unauthenticated"
    title = "Unauthenticated"


class ServiceUnavailableError(KennisbankError):
    code = "service_unavailable"
    title = "Service unavailable"


class ConfigurationError(KennisbankError):
    """The service cannot start: the message names the cause and the fix, on one line."""

    code = "configuration"
    title = "Configuration error"

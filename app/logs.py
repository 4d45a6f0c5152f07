"""Structured logs through structlog, for our loggers and the stdlib's alike: one JSON object per line
(production's default), or human-readable console lines (development's default).

Every line logged while a request is handled carries its ``request_id`` (bound in contextvars by
app/web/observe.py). Secrets never reach the output: fields named like credentials are replaced, and
bearer tokens or API keys inside any string are masked, whoever logged them.
"""

from __future__ import annotations

import logging
import re
import sys
from typing import Any, TextIO

import structlog
from structlog.typing import EventDict, Processor, WrappedLogger

REDACTED = "[redacted]"
_SECRET_FIELD = re.compile(r"authorization|api[_-]?key|token|password|secret|cookie", re.I)
_SECRET_TEXT = (
    (re.compile(r"(?i)\b(bearer|basic)\s+[^\s\"',;]+"), r"\1 " + REDACTED),
    (re.compile(r"\bkb_[A-Za-z0-9_-]{8,}"), "kb_" + REDACTED),  # our API keys (app/services/auth.py)
    (re.compile(r"\bkbs_[A-Za-z0-9_-]{8,}"), "kbs_" + REDACTED),  # partner search keys (services/search_keys.py)
)
_HANDLER_NAME = "kennisbank"


def redact_text(text: str) -> str:
    for pattern, replacement in _SECRET_TEXT:
        text = pattern.sub(replacement, text)
    return text


def _redact(value: Any) -> Any:
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, dict):
        return {k: REDACTED if _SECRET_FIELD.search(str(k)) else _redact(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_redact(v) for v in value]
    return value


def redact_secrets(logger: WrappedLogger, method_name: str, event_dict: EventDict) -> EventDict:
    """A structlog processor: credentials out of field names, tokens out of text (tracebacks included)."""
    redacted: EventDict = _redact(event_dict)
    return redacted


class _CurrentStderrHandler(logging.StreamHandler[TextIO]):
    """Writes to whatever ``sys.stderr`` is when a record is emitted (test capture swaps it)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, value: TextIO) -> None:
        pass


def _writes_to_stderr(handler: logging.Handler) -> bool:
    return isinstance(handler, logging.StreamHandler) and handler.stream in (sys.stderr, sys.__stderr__)


def configure_logging(*, level: str = "info", json: bool = True) -> None:
    """Route structlog and stdlib logging to one stderr handler; safe to call again (replaces our handler)."""
    shared: list[Processor] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    renderer: Processor = (
        structlog.processors.JSONRenderer() if json else structlog.dev.ConsoleRenderer(colors=sys.stderr.isatty())
    )
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared,
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info,
            redact_secrets,
            renderer,
        ],
    )
    handler = _CurrentStderrHandler()
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    # Ours from an earlier call, and plain stderr handlers others set up (alembic's fileConfig when
    # `serve --demo` migrates first) that would print every line a second time, unstructured.
    for existing in [h for h in root.handlers if h.get_name() == _HANDLER_NAME or _writes_to_stderr(h)]:
        root.removeHandler(existing)
    root.addHandler(handler)
    # Our loggers at the configured level; other libraries keep the root's (warnings and up).
    for name in ("app", "kennisbank", "uvicorn"):
        logging.getLogger(name).setLevel(level.upper())
    # uvicorn's own handlers would print a second, unstructured copy of its lines.
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logging.getLogger(name).handlers.clear()
        logging.getLogger(name).propagate = True
    # One access line per request: the app's own (app/web/observe.py: route template, duration, request
    # id), even when uvicorn is started by hand with its access log on.
    logging.getLogger("uvicorn.access").disabled = True

"""Logging (app/logs.py): one access line per request, human-readable in development, JSON in production."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import pytest
import structlog

from app.logs import configure_logging
from app.settings import Settings


@pytest.fixture
def console_logs() -> Iterator[None]:
    configure_logging(level="info", json=False)
    yield
    configure_logging(level="info", json=True)  # what the rest of the test session reads


def test_the_console_format_is_human_readable(console_logs: None, capsys: pytest.CaptureFixture[str]) -> None:
    structlog.get_logger("kennisbank.access").info("request", method="GET", path="/healthz", status=200)
    (line,) = capsys.readouterr().err.splitlines()
    assert not line.startswith("{") and "request" in line and "path=/healthz" in line


def test_uvicorn_access_lines_are_dropped_ours_are_the_one_access_line(capsys: pytest.CaptureFixture[str]) -> None:
    # Started by hand (`uvicorn app.main:create_app --factory`), uvicorn logs every request too.
    configure_logging(level="info", json=True)
    logging.getLogger("uvicorn.access").info('127.0.0.1:5000 - "GET /healthz HTTP/1.1" 200')
    structlog.get_logger("kennisbank.access").info("request", method="GET", path="/healthz", status=200)
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines()]
    assert [(line["logger"], line["event"]) for line in lines] == [("kennisbank.access", "request")]


@pytest.mark.parametrize(
    ("values", "json_lines"),
    [
        ({}, False),
        ({"env": "production"}, True),
        ({"log_format": "json"}, True),
        ({"env": "production", "log_format": "console"}, False),
    ],
)
def test_the_log_format_follows_the_environment_unless_set(
    monkeypatch: pytest.MonkeyPatch, values: dict[str, str], json_lines: bool
) -> None:
    monkeypatch.delenv("KENNISBANK_LOG_FORMAT", raising=False)
    production = {
        "database_url": "postgresql+asyncpg://u:pw-9f8e7d6c5b4a@db/kennisbank",
        "meili_url": "http://meili:7700",
        "meili_master_key": "k" * 24 + "-9f8e7d6c5b",
        "secret_key": "s" * 40 + "-9f8e7d6c5b",
    }
    settings = Settings(**(production if values.get("env") else {}), **values, _env_file=None)  # type: ignore[arg-type]
    assert settings.log_json is json_lines

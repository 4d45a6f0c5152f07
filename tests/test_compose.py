"""docker-compose.yml can't run here (no Docker engine), so check its shape and its secrets."""

from __future__ import annotations

import re

import yaml

from tests.conftest import REPO


def load() -> dict:
    return yaml.safe_load((REPO / "docker-compose.yml").read_text())


def test_services_and_healthchecks() -> None:
    services = load()["services"]
    assert {"api", "sync-worker", "postgres", "meilisearch"} <= set(services)
    for name in ("api", "postgres", "meilisearch"):
        assert services[name]["healthcheck"]["test"], name
    assert "--workers" in services["api"]["command"]
    assert services["sync-worker"]["command"] == ["kennisbank", "sync-worker"]
    assert re.fullmatch(r"getmeili/meilisearch:v1\.\d+\.\d+", services["meilisearch"]["image"])
    assert services["postgres"]["image"].startswith("postgres:")
    for name in ("api", "sync-worker"):
        assert services[name]["depends_on"]["postgres"]["condition"] == "service_healthy"


def test_no_secret_is_hard_coded() -> None:
    text = (REPO / "docker-compose.yml").read_text()
    for variable in ("POSTGRES_PASSWORD", "MEILI_MASTER_KEY", "KENNISBANK_SECRET_KEY"):
        for line in text.splitlines():
            if re.match(rf"\s*{variable}:", line):
                value = line.split(":", 1)[1].strip()
                assert value.startswith("${") and ":?" in value, line
    assert re.search(r"postgresql\+asyncpg://kennisbank:\$\{POSTGRES_PASSWORD:\?", text)
    assert "KENNISBANK_ENV: production" in text

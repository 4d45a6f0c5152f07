"""A key already expired when it is made is refused with a 422 (issue 14, finding 10): API and search keys,
over REST and the CLI."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from app.cli import app as cli
from app.models.api_key import ApiKeyCreate, Role
from app.models.search_key import SearchKeyCreate
from app.settings import get_settings

PAST = "2020-01-01T00:00:00Z"
ORIGIN = "https://partner.example"


def in_an_hour() -> str:
    return (datetime.now(UTC) + timedelta(hours=1)).isoformat()


@pytest.mark.parametrize("expires_at", [PAST, (datetime.now(UTC) - timedelta(seconds=5)).isoformat()])
async def test_an_api_key_that_has_already_expired_is_a_422(client, admin_headers, expires_at):
    response = await client.post(
        "/api/v1/api-keys", headers=admin_headers, json={"name": "Te laat", "role": "reader", "expires_at": expires_at}
    )
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    [error] = response.json()["errors"]
    assert error["field"] == "expires_at" and "future" in error["message"]
    listed = await client.get("/api/v1/api-keys", headers=admin_headers)
    assert "Te laat" not in listed.text


async def test_an_api_key_expiring_later_is_made(client, admin_headers):
    expires_at = in_an_hour()
    body = {"name": "Op tijd", "role": "reader", "expires_at": expires_at}
    response = await client.post("/api/v1/api-keys", headers=admin_headers, json=body)
    assert response.status_code == 201, response.text
    assert datetime.fromisoformat(response.json()["expires_at"]) == datetime.fromisoformat(expires_at)


async def test_a_search_key_that_has_already_expired_is_a_422_before_anything_else(client, admin_headers):
    # This app runs without Meilisearch: the date is refused before the search engine is needed.
    body = {"name": "Te laat", "allowed_origins": [ORIGIN], "expires_at": PAST}
    response = await client.post("/api/v1/search-keys", headers=admin_headers, json=body)
    assert response.status_code == 422, response.text
    [error] = response.json()["errors"]
    assert error["field"] == "expires_at" and "future" in error["message"]


def test_the_schemas_refuse_a_past_expiry_and_read_a_naive_one_as_local_time():
    with pytest.raises(ValidationError, match="expires_at must be in the future"):
        ApiKeyCreate(name="x", role=Role.reader, expires_at=datetime(2020, 1, 1))
    with pytest.raises(ValidationError, match="expires_at must be in the future"):
        SearchKeyCreate(name="x", allowed_origins=[ORIGIN], expires_at=datetime(2020, 1, 1, tzinfo=UTC))
    later = datetime.now() + timedelta(hours=1)  # naive, as `kennisbank apikey create --expires` gives it
    assert ApiKeyCreate(name="x", role=Role.reader, expires_at=later).expires_at == later.astimezone(UTC)


def test_the_cli_refuses_to_create_an_expired_api_key(fresh_database_url):
    env = {"KENNISBANK_DATABASE_URL": fresh_database_url}
    options = ["--name", "Te laat", "--role", "reader", "--expires", "2020-01-01"]
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(cli, ["apikey", "create", *options], env=env)
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 1
    assert "expires_at must be in the future" in result.output

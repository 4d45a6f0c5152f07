"""Resumption tokens: they round-trip, and anything forged, altered, expired or misused is badResumptionToken."""

from __future__ import annotations

import base64
import re
from datetime import UTC, datetime, timedelta

import orjson
import pytest

from app.services.oai.arguments import Harvest, OaiError
from app.services.oai.tokens import ResumptionTokens

NOW = datetime(2024, 6, 1, 12, 0, 0, tzinfo=UTC)
LATER = NOW + timedelta(hours=24)
SECRET = "a-test-secret"
HARVEST = Harvest(
    verb="ListRecords",
    metadata_prefix="oai_dc",
    from_=datetime(2020, 1, 1, tzinfo=UTC),
    until=datetime(2021, 1, 1, tzinfo=UTC),
    set_spec="theme:vrede",
    after=(datetime(2020, 5, 1, 12, 0, 0, 250_000, tzinfo=UTC), 1, 42),
    cursor=100,
)


def rejected(token: str, *, verb: str = "ListRecords", now: datetime = NOW, secret: str = SECRET) -> OaiError:
    with pytest.raises(OaiError) as raised:
        ResumptionTokens(secret).decode(token, verb=verb, now=now)
    assert raised.value.code == "badResumptionToken"
    return raised.value


def unpadded(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def raw_of(token: str) -> bytes:
    return base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))


@pytest.mark.parametrize(
    "harvest", [HARVEST, Harvest(verb="ListIdentifiers", metadata_prefix="oai_dc", after=(NOW, 0, 1), cursor=1)]
)
def test_a_token_resumes_the_harvest_it_was_made_for(harvest: Harvest) -> None:
    tokens = ResumptionTokens(SECRET)
    token = tokens.encode(harvest, expires=LATER)
    assert tokens.decode(token, verb=harvest.verb, now=NOW) == harvest
    # The same secret in another process (another worker) reads it too.
    assert ResumptionTokens(SECRET).decode(token, verb=harvest.verb, now=LATER - timedelta(seconds=1)) == harvest


def test_a_token_is_url_safe_and_opaque() -> None:
    token = ResumptionTokens(SECRET).encode(HARVEST, expires=LATER)
    assert re.fullmatch(r"[A-Za-z0-9_-]+", token)
    assert "theme:vrede" not in token


def test_an_expired_token_is_refused() -> None:
    token = ResumptionTokens(SECRET).encode(HARVEST, expires=LATER)
    error = rejected(token, now=LATER)  # expiry is exclusive
    assert "expired" in error.message
    rejected(token, now=LATER + timedelta(days=1))
    rejected(ResumptionTokens(SECRET).encode(HARVEST, expires=NOW - timedelta(seconds=1)))


def test_a_token_signed_with_another_secret_is_refused() -> None:
    rejected(ResumptionTokens("another-secret-entirely").encode(HARVEST, expires=LATER))


def test_a_token_for_another_verb_is_refused() -> None:
    token = ResumptionTokens(SECRET).encode(HARVEST, expires=LATER)
    rejected(token, verb="ListIdentifiers")
    rejected(token, verb="ListSets")


def test_an_altered_payload_is_refused() -> None:
    token = ResumptionTokens(SECRET).encode(HARVEST, expires=LATER)
    raw = raw_of(token)
    payload, mac = raw[:-16], raw[-16:]
    data = orjson.loads(payload)
    assert data["c"] == 100
    # Skipping ahead in the list, or keeping the token alive for longer, breaks the signature.
    for change in ({"c": 0}, {"e": data["e"] + 86_400}, {"s": None}):
        rejected(unpadded(orjson.dumps(data | change) + mac))


@pytest.mark.parametrize("position", [0, 10, 40])
def test_a_changed_character_is_refused(position: int) -> None:
    token = ResumptionTokens(SECRET).encode(HARVEST, expires=LATER)
    changed = token[:position] + ("B" if token[position] == "A" else "A") + token[position + 1 :]
    rejected(changed)


def test_a_cut_token_is_refused() -> None:
    token = ResumptionTokens(SECRET).encode(HARVEST, expires=LATER)
    rejected(token[:-4])
    rejected(unpadded(raw_of(token)[-16:]))  # the signature alone, no payload


@pytest.mark.parametrize("token", ["", "not-a-token", "%%%", "A", "AAAA", "=" * 8, "é"])
def test_garbage_is_refused(token: str) -> None:
    rejected(token)

"""Resumption tokens: the state of a split list, HMAC-signed so a harvester can carry it but not alter it."""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import datetime, timedelta

import orjson

from app.services.oai.arguments import Harvest, OaiError

TOKEN_TTL = timedelta(hours=24)
_MAC_SIZE = 16


class ResumptionTokens:
    """Opaque, tamper-evident resumption tokens carrying the harvest and an expiry."""

    def __init__(self, secret: str) -> None:
        self._key = hashlib.sha256(b"kennisbank-oai-resumption:" + secret.encode()).digest()

    def encode(self, harvest: Harvest, *, expires: datetime) -> str:
        """The token that resumes ``harvest`` until ``expires``."""
        payload = orjson.dumps(
            {
                "v": harvest.verb,
                "p": harvest.metadata_prefix,
                "f": _iso(harvest.from_),
                "u": _iso(harvest.until),
                "s": harvest.set_spec,
                "a": [harvest.after[0].isoformat(), *harvest.after[1:]] if harvest.after else None,
                "c": harvest.cursor,
                "e": int(expires.timestamp()),
            }
        )
        return base64.urlsafe_b64encode(payload + self._mac(payload)).decode().rstrip("=")

    def decode(self, token: str, *, verb: str, now: datetime) -> Harvest:
        """The harvest a token resumes, or badResumptionToken if it is forged, expired or for another verb."""
        bad = OaiError("badResumptionToken", "the resumptionToken is invalid or has expired; start the list again")
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        except (ValueError, TypeError):
            raise bad from None
        payload, mac = raw[:-_MAC_SIZE], raw[-_MAC_SIZE:]
        if len(raw) <= _MAC_SIZE or not hmac.compare_digest(mac, self._mac(payload)):
            raise bad
        try:
            data = orjson.loads(payload)
            if data["v"] != verb or data["e"] <= now.timestamp():
                raise bad
            after = data["a"]
            return Harvest(
                verb=verb,
                metadata_prefix=data["p"],
                from_=_parse_iso(data["f"]),
                until=_parse_iso(data["u"]),
                set_spec=data["s"],
                after=(datetime.fromisoformat(after[0]), int(after[1]), int(after[2])) if after else None,
                cursor=int(data["c"]),
            )
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, IndexError):
            raise bad from None

    def _mac(self, payload: bytes) -> bytes:
        return hmac.new(self._key, payload, hashlib.sha256).digest()[:_MAC_SIZE]


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value is not None else None

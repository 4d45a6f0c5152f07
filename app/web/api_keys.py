"""API keys verified once a second per worker, not once per request.

A key's answer (its role, or that it is no key at all) is kept for ``TTL_S``: a busy client costs one
indexed lookup per second per worker instead of one per request, and a key revoked in the database stops
working everywhere within that second (at once on the worker that revoked it, which ``forget``s it).
Expiry is checked against the clock on every use. Only verified keys are kept; an unknown token is looked
up each time it is sent, and the rate limiter counts each such lookup as an authentication failure of the
client's IP, so made-up tokens cannot make the database work faster than that limit allows.
"""

from __future__ import annotations

import hashlib
import time
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.models.base import utcnow
from app.services.auth import Principal, verify_api_key

TTL_S = 1.0
MAX_KEYS = 10_000


@dataclass(frozen=True, slots=True)
class _Verified:
    principal: Principal
    expires_at: datetime | None
    until: float  # time.monotonic() after which the database is asked again


class VerifiedKeys:
    """This worker's recently verified API keys, by a hash of their token."""

    def __init__(self, *, ttl_s: float = TTL_S) -> None:
        self.ttl_s = ttl_s
        self._keys: OrderedDict[bytes, _Verified] = OrderedDict()

    @staticmethod
    def _digest(token: str) -> bytes:
        return hashlib.sha256(token.encode()).digest()

    def cached(self, token: str) -> Principal | None:
        """The key's principal if it was verified within the last second and has not expired (no I/O)."""
        digest = self._digest(token)
        known = self._keys.get(digest)
        if known is None:
            return None
        if known.until <= time.monotonic() or (known.expires_at is not None and known.expires_at <= utcnow()):
            del self._keys[digest]
            return None
        return known.principal

    async def verify(self, *, session: AsyncSession, token: str) -> Principal:
        """The principal behind ``token``, from memory or the database; AuthenticationError if none."""
        principal = self.cached(token)
        if principal is not None:
            return principal
        principal, expires_at = await verify_api_key(session=session, token=token)
        self._keys[self._digest(token)] = _Verified(principal, expires_at, time.monotonic() + self.ttl_s)
        while len(self._keys) > MAX_KEYS:
            self._keys.popitem(last=False)
        return principal

    def forget(self, key_id: int) -> None:
        """Drop a key this worker just revoked, so that it stops working here at once."""
        for digest in [d for d, v in self._keys.items() if v.principal.key_id == key_id]:
            del self._keys[digest]

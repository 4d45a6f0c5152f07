"""Rate limits (the ``limits`` library): per API key, per client IP for anonymous callers.

Every request counts against its caller's general limit; writes (POST/PUT/PATCH/DELETE, and each
GraphQL mutation) also against the write limit, and ``/api/v1/api-keys`` and ``/api/v1/search-keys``
against the key-management limit. A caller is its API key when the bearer token it sends is a valid key
(verified here, from the worker's memory of verified keys or one lookup: app/web/api_keys.py), so a key
behind a shared NAT is not limited by its neighbours; anyone else is its client IP, whatever token it
sends, on any route. A token that is no valid key counts as an authentication failure of the IP, and an
IP over the auth-failure limit gets 429 for any token before it is looked up: made-up tokens buy neither
fresh buckets nor unbounded lookups.

The client IP is the socket peer, or, when that peer is a configured trusted proxy, the right-most
``X-Forwarded-For`` address that is not itself a trusted proxy. Counters live in memory per process
by default; ``KENNISBANK_RATE_LIMIT_STORAGE=redis://host:6379/0`` shares them between workers/hosts.
A GraphQL batch counts each operation: the GraphQL router calls ``charge_graphql``, and a POST to the
GraphQL endpoint (``graphql_path``, named by app/main.py) is not charged as a write here.
"""

from __future__ import annotations

import math
import time
from contextvars import ContextVar
from dataclasses import dataclass
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_address
from typing import Any

from limits import RateLimitItem, parse
from limits.aio.strategies import SlidingWindowCounterRateLimiter
from limits.storage import storage_from_string
from starlette.types import ASGIApp, Receive, Scope, Send

from app.errors import AuthenticationError
from app.settings import Settings
from app.web.api_keys import VerifiedKeys
from app.web.observe import RATE_LIMITED
from app.web.problems import problem

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
KEY_MANAGEMENT_PREFIXES = ("/api/v1/api-keys", "/api/v1/search-keys")
# The limiter and caller of the request being handled, for charges made deeper down (GraphQL batches).
_current: ContextVar[tuple[RateLimiter, Caller] | None] = ContextVar("rate_limit_caller", default=None)


class RateLimitedError(Exception):
    """A limit is exhausted; ``retry_after`` is whole seconds until a request would be allowed."""

    def __init__(self, limit: str, retry_after: int) -> None:
        super().__init__(limit)
        self.limit = limit
        self.retry_after = retry_after


def too_many_requests(exc: RateLimitedError) -> Any:
    """The 429 problem response, with ``Retry-After``."""
    RATE_LIMITED.labels(exc.limit).inc()
    return problem(
        429,
        "rate_limited",
        "Too many requests",
        f"the {exc.limit} rate limit is exhausted; retry after {exc.retry_after} s",
        headers={"Retry-After": str(exc.retry_after)},
        retry_after=exc.retry_after,
    )


@dataclass(frozen=True)
class Caller:
    identity: str  # "key:<id>" or "ip:<address>"
    ip: str
    has_key: bool = False  # a valid API key: its own, larger bucket


def _bearer_token(scope: Scope) -> str | None:
    for name, value in scope.get("headers") or ():
        if name == b"authorization":
            scheme, _, token = value.partition(b" ")
            if scheme.lower() == b"bearer" and token.strip():
                bearer: str = token.strip().decode("latin-1")
                return bearer
    return None


class RateLimiter:
    """The limits and their storage; one per app.

    ``graphql_path`` is the GraphQL endpoint, whose mutations are charged as writes one by one
    (``charge_graphql``) rather than each POST to it.
    """

    def __init__(self, settings: Settings, *, graphql_path: str | None = None) -> None:
        self.graphql_path = graphql_path
        url = settings.rate_limit_storage
        # Redis through redis-py (the `redis` package, installed by deployments that use it).
        options: dict[str, Any] = {"implementation": "redispy"} if url.startswith("redis") else {}
        self.storage = storage_from_string("async+" + url, **options)
        self.strategy = SlidingWindowCounterRateLimiter(self.storage)
        self.anonymous = parse(settings.rate_limit_anonymous)
        self.key = parse(settings.rate_limit_key)
        self.write = parse(settings.rate_limit_write)
        self.key_management = parse(settings.rate_limit_key_management)
        self.auth_failures = parse(settings.rate_limit_auth_failures)
        self.trusted: list[IPv4Network | IPv6Network] = settings.trusted_proxy_networks

    def _is_trusted(self, address: IPv4Address | IPv6Address) -> bool:
        return any(address in network for network in self.trusted)

    def client_ip(self, scope: Scope) -> str:
        peer = (scope.get("client") or ("unknown", 0))[0]
        try:
            address = ip_address(peer)
        except ValueError:
            return str(peer)
        if not self.trusted or not self._is_trusted(address):
            return str(address)
        forwarded = b",".join(v for k, v in scope.get("headers") or () if k == b"x-forwarded-for")
        for hop in reversed(forwarded.decode("latin-1").split(",")):
            try:
                address = ip_address(hop.strip())
            except ValueError:
                break  # a malformed hop: trust nothing further left of it
            if not self._is_trusted(address):
                return str(address)
        return str(address)

    async def caller(self, scope: Scope) -> Caller:
        """The API key whose valid token the request carries, else the client IP."""
        ip = self.client_ip(scope)
        token = _bearer_token(scope)
        if token is None:
            return Caller("ip:" + ip, ip)
        await self._refuse_failing_ip(ip)
        state = scope["app"].state
        keys: VerifiedKeys = state.api_keys
        principal = keys.cached(token)
        if principal is None:
            try:
                async with state.sessionmaker() as session:
                    principal = await keys.verify(session=session, token=token)
            except AuthenticationError:
                await self.strategy.hit(self.auth_failures, "auth", ip)
                return Caller("ip:" + ip, ip)
        return Caller(f"key:{principal.key_id}", ip, has_key=True)

    async def _refuse_failing_ip(self, ip: str) -> None:
        if not await self.strategy.test(self.auth_failures, "auth", ip):
            stats = await self.strategy.get_window_stats(self.auth_failures, "auth", ip)
            raise RateLimitedError("auth_failures", max(1, math.ceil(stats.reset_time - time.time())))

    async def _charge(self, name: str, item: RateLimitItem, identity: str, cost: int = 1) -> None:
        if not await self.strategy.hit(item, name, identity, cost=cost):
            stats = await self.strategy.get_window_stats(item, name, identity)
            raise RateLimitedError(name, max(1, math.ceil(stats.reset_time - time.time())))

    async def charge_request(self, scope: Scope, caller: Caller) -> None:
        """Count one request against every limit it falls under; raise RateLimitedError when one is spent."""
        general = self.key if caller.has_key else self.anonymous
        await self._charge("general", general, caller.identity)
        path: str = scope["path"]
        if path.startswith(KEY_MANAGEMENT_PREFIXES):
            await self._charge("key_management", self.key_management, caller.identity)
        elif scope["method"] in WRITE_METHODS and path != self.graphql_path:
            await self._charge("write", self.write, caller.identity)

    async def charge_graphql(self, caller: Caller, *, operations: int, mutations: int) -> None:
        """A GraphQL request's operations beyond the first, and its mutations as writes."""
        if operations > 1:
            general = self.key if caller.has_key else self.anonymous
            await self._charge("general", general, caller.identity, operations - 1)
        if mutations:
            await self._charge("write", self.write, caller.identity, mutations)


class RateLimit:
    """The middleware: 429 with ``Retry-After`` and a problem body once a limit is spent."""

    def __init__(self, app: ASGIApp, *, limiter: RateLimiter) -> None:
        self.app = app
        self.limiter = limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        try:
            caller = await self.limiter.caller(scope)
            await self.limiter.charge_request(scope, caller)
        except RateLimitedError as exc:
            await too_many_requests(exc)(scope, receive, send)
            return
        token = _current.set((self.limiter, caller))
        try:
            await self.app(scope, receive, send)
        finally:
            _current.reset(token)


def rate_limited() -> bool:
    """Whether the request being handled is subject to rate limits."""
    return _current.get() is not None


async def charge_graphql(*, operations: int, mutations: int) -> None:
    """Charge the current request's GraphQL operations (no-op when rate limiting is off)."""
    current = _current.get()
    if current is not None:
        limiter, caller = current
        await limiter.charge_graphql(caller, operations=operations, mutations=mutations)

"""One Settings class: environment variables (prefix ``KENNISBANK_``) plus the conventional URLs."""

from __future__ import annotations

import re
from functools import lru_cache
from ipaddress import IPv4Network, IPv6Network, ip_network
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

Environment = Literal["development", "production"]

MIN_SECRET_LENGTH = 16
# Values that ship in examples and must never reach production.
DEVELOPMENT_SECRET = "development-only-secret-not-for-production"
KNOWN_WEAK_SECRETS = {DEVELOPMENT_SECRET, "masterKey", "changeme", "change-me", "secret", "password", "kennisbank"}


_DEFAULT_PORTS = {"http": 80, "https": 443}
# Where each public record lives on the site (app/services/site_links.py); KENNISBANK_SITE_PATHS overrides.
DEFAULT_SITE_PATHS = {
    "knowledge_item": "/kennisbank/{slug}",
    "position_paper": "/standpunten/{slug}",
    "organisation": "/organisaties/{slug}",
    "theme": "/themas/{slug}",
    "working_group": "/werkgroepen/{slug}",
}


def normalise_origin(value: str) -> str:
    """An origin as browsers send it (``https://site.example:8443``): lowercase, no default port, no path.

    A wildcard, ``null``, a path, a query or credentials are refused: CORS grants name exact origins.
    """
    text = value.strip()
    if text in {"*", "null"}:
        raise ValueError(f"CORS origins must be exact origins such as https://www.example.org (got {text!r})")
    parts = urlsplit(text)
    try:
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"not an origin: {text!r}") from exc
    scheme = parts.scheme.lower()
    if (
        scheme not in _DEFAULT_PORTS
        or not parts.hostname
        or "*" in parts.netloc
        or parts.username is not None
        or parts.path not in ("", "/")
        or parts.query
        or parts.fragment
    ):
        raise ValueError(f"not an origin (scheme://host[:port], nothing more): {text!r}")
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    return f"{scheme}://{host}" + (f":{port}" if port is not None and port != _DEFAULT_PORTS[scheme] else "")


class Settings(BaseSettings):
    """Service configuration. No setting at all means embedded mode for development."""

    model_config = SettingsConfigDict(env_prefix="KENNISBANK_", extra="ignore", frozen=True)

    env: Environment = "development"
    database_url: str | None = Field(
        default=None, validation_alias=AliasChoices("DATABASE_URL", "KENNISBANK_DATABASE_URL")
    )
    meili_url: str | None = Field(default=None, validation_alias=AliasChoices("MEILI_URL", "KENNISBANK_MEILI_URL"))
    meili_master_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("MEILI_MASTER_KEY", "KENNISBANK_MEILI_MASTER_KEY")
    )
    # Where partner sites reach Meilisearch with tenant tokens (app/services/search_keys.py); MEILI_URL if unset.
    meili_public_url: str | None = None
    # The embedded Meilisearch (app/search/embedded.py) listens on this loopback port, fixed so that URLs
    # handed to partners survive restarts; `serve` refuses to start when it is taken.
    meili_port: int = Field(default=7700, ge=1, le=65535)
    data_dir: Path = Path(".kennisbank")
    # Signs pagination cursors (and later other tokens); must be set and long in production.
    secret_key: SecretStr = SecretStr(DEVELOPMENT_SECRET)
    db_pool_size: int = Field(default=10, ge=1, le=200)
    # Memory per process for public answers of the content routes (app/web/response_cache); 0 turns it off.
    response_cache_mb: int = Field(default=64, ge=0, le=4096)
    db_max_overflow: int = Field(default=10, ge=0, le=200)
    graphiql: bool | None = None
    graphql_introspection: bool | None = None
    docs: bool | None = None
    # A GraphQL query still running after this long is stopped (QUERY_TIMEOUT); mutations always finish.
    graphql_timeout_s: float = Field(default=10.0, ge=0.1, le=600)
    # A worker's event loop blocked this long has what holds it interrupted (app/web/watchdog.py); 0: never.
    loop_stall_s: float = Field(default=10.0, ge=0, le=3600)
    # After SIGTERM: how long open requests may finish, and how long a blocked loop may delay the exit.
    shutdown_grace_s: float = Field(default=10.0, ge=0.1, le=600)
    require_if_match: bool = False
    max_body_bytes: int = Field(default=1024 * 1024, ge=1024)
    log_level: str = "info"
    # Search (app/search): index names are "<prefix><type>", so several deployments can share a server.
    search_prefix: str = Field(default="kb_", pattern=r"^[a-zA-Z0-9_-]{0,40}$")
    search_attachment_text_max: int = Field(default=20_000, ge=0, le=1_000_000)
    search_worker: bool = True  # run the outbox sync worker inside `serve`
    search_max_attempts: int = Field(default=8, ge=1, le=100)
    # A search Meilisearch has not answered within this budget is answered by the database (degraded).
    search_timeout_ms: int = Field(default=1500, ge=50, le=60_000)
    # /readyz says "degraded" while the search outbox holds more rows than this, or its oldest is this old.
    ready_max_pending: int = Field(default=1000, ge=0)
    ready_max_lag_s: float = Field(default=60.0, ge=0)
    # The publication scheduler (app/services/scheduling.py) runs in `serve` and `sync-worker`.
    scheduler: bool = True
    scheduler_interval_s: float = Field(default=30.0, ge=0.1, le=3600)
    # Uploaded attachments (app/services/attachments.py): content-addressed files, served at /media/.
    media_dir: Path | None = None  # default: <data_dir>/media
    max_upload_bytes: int = Field(default=50 * 1024 * 1024, ge=1024)
    # Webhooks (app/services/webhooks.py): the delivery worker runs in `serve` and `sync-worker`.
    webhook_worker: bool = True
    # Receivers on private, loopback, link-local or reserved addresses are refused unless this is true
    # (or their network is listed in webhook_allowed_networks, comma-separated CIDRs).
    webhook_allow_private: bool = False
    webhook_allowed_networks: str = ""
    webhook_timeout_s: float = Field(default=10.0, ge=0.1, le=120)
    # Failed deliveries are retried with exponential backoff (and jitter) from base up to max, for the window.
    webhook_retry_base_s: float = Field(default=30.0, ge=0.01, le=86_400)
    webhook_retry_max_s: float = Field(default=3_600.0, ge=0.01, le=86_400)
    webhook_retry_window_s: float = Field(default=86_400.0, ge=0.1, le=30 * 86_400)
    webhook_poll_s: float = Field(default=1.0, ge=0.01, le=60)
    # The contact OAI-PMH's Identify names for harvesters (app/services/oai/).
    oai_admin_email: str = Field(default="kennisbank@wo-men.nl", pattern=r"^\S+@(\S+\.)+\S+$")
    # Observability (app/observability.py): JSON logs with request ids, Prometheus metrics at /metrics.
    # Unset: human-readable lines in development, JSON (one object per line) in production.
    log_format: Literal["json", "console"] | None = None
    access_log: bool = True
    metrics: bool = True
    # Rate limits (app/web/rate_limit.py), in the `limits` notation; on in production unless turned off.
    rate_limit: bool | None = None
    rate_limit_storage: str = Field(
        default="memory://", pattern=r"^(memory|redis|rediss|redis\+sentinel|redis\+cluster)://"
    )
    rate_limit_anonymous: str = "300/minute"  # per client IP without an API key
    rate_limit_key: str = "1200/minute"  # per API key
    rate_limit_write: str = "120/minute"  # writes (and GraphQL mutations) per key or IP, on top of the above
    rate_limit_key_management: str = "20/minute"  # /api/v1/api-keys and /search-keys per key or IP
    rate_limit_auth_failures: str = "30/minute"  # 401s per client IP before keys from it are refused
    # Proxies (IPs or CIDRs, comma-separated) whose X-Forwarded-For names the client; empty trusts none.
    trusted_proxies: str = ""
    # The service's own frontends (app/web/site_cors.py): exact origins, comma-separated, normalised on load.
    cors_origins: str = ""
    # Canonical URLs of public records: the site's address plus a path pattern per type (JSON object).
    site_url: str = "https://www.wo-men.nl"
    site_paths: dict[str, str] = Field(default_factory=dict)

    @field_validator("database_url")
    @classmethod
    def _database_url_is_postgres(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        parts = urlsplit(value)
        if parts.scheme not in {"postgresql", "postgresql+asyncpg", "postgres"}:
            raise ValueError(
                f"DATABASE_URL must start with postgresql+asyncpg:// (got scheme {parts.scheme or 'none'!r})"
            )
        if not parts.path.strip("/") and "host=" not in parts.query:
            raise ValueError("DATABASE_URL must name a database, e.g. postgresql+asyncpg://user:pw@host/kennisbank")
        # asyncpg is the one driver: normalise the common spellings to it.
        return "postgresql+asyncpg://" + value.split("://", 1)[1]

    @field_validator("meili_url", "meili_public_url")
    @classmethod
    def _meili_url_is_http(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        parts = urlsplit(value)
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            raise ValueError(f"MEILI_URL must be an http(s) URL such as http://127.0.0.1:7700 (got {value!r})")
        return value.rstrip("/")

    @field_validator(
        "rate_limit_anonymous",
        "rate_limit_key",
        "rate_limit_write",
        "rate_limit_key_management",
        "rate_limit_auth_failures",
    )
    @classmethod
    def _rate_limit_parses(cls, value: str) -> str:
        from limits import parse_many

        try:
            parse_many(value)
        except ValueError as exc:
            raise ValueError(f"not a rate limit such as 100/minute: {value!r}") from exc
        return value

    @field_validator("trusted_proxies", "webhook_allowed_networks")
    @classmethod
    def _trusted_proxies_are_networks(cls, value: str) -> str:
        for part in filter(None, (p.strip() for p in value.split(","))):
            try:
                ip_network(part, strict=False)
            except ValueError as exc:
                raise ValueError(f"not an IP address or CIDR: {part!r}") from exc
        return value

    @field_validator("site_url")
    @classmethod
    def _site_url_is_http(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in {"http", "https"} or not parts.netloc or parts.query or parts.fragment:
            raise ValueError(
                f"KENNISBANK_SITE_URL must be an http(s) URL such as https://www.wo-men.nl (got {value!r})"
            )
        return value.rstrip("/")

    @field_validator("site_paths")
    @classmethod
    def _site_paths_name_a_slug(cls, value: dict[str, str]) -> dict[str, str]:
        for kind, pattern in value.items():
            if kind not in DEFAULT_SITE_PATHS:
                raise ValueError(f"KENNISBANK_SITE_PATHS: unknown type {kind!r} (use {', '.join(DEFAULT_SITE_PATHS)})")
            if not pattern.startswith("/") or pattern.count("{slug}") != 1 or re.search(r"\{(?!slug\})", pattern):
                raise ValueError(f"KENNISBANK_SITE_PATHS: {kind} needs a path with {{slug}} once, e.g. /k/{{slug}}")
        return value

    @field_validator("cors_origins")
    @classmethod
    def _cors_origins_are_exact(cls, value: str) -> str:
        return ",".join(dict.fromkeys(normalise_origin(p) for p in value.split(",") if p.strip()))

    @model_validator(mode="after")
    def _production_is_safe(self) -> Settings:
        if self.env != "production":
            return self
        if self.database_url is None:
            raise ValueError("production refuses embedded PostgreSQL: set DATABASE_URL")
        if self.meili_url is None:
            raise ValueError("production refuses the embedded Meilisearch: set MEILI_URL")
        key = self.meili_master_key.get_secret_value() if self.meili_master_key else ""
        if len(key) < MIN_SECRET_LENGTH or key in KNOWN_WEAK_SECRETS:
            raise ValueError(f"production needs MEILI_MASTER_KEY of at least {MIN_SECRET_LENGTH} random characters")
        secret = self.secret_key.get_secret_value()
        if len(secret) < 32 or secret in KNOWN_WEAK_SECRETS:
            raise ValueError("production needs KENNISBANK_SECRET_KEY of at least 32 random characters")
        password = urlsplit(self.database_url).password or ""
        if password.lower() in KNOWN_WEAK_SECRETS:
            raise ValueError("production refuses a default database password in DATABASE_URL")
        return self

    @property
    def is_production(self) -> bool:
        return self.env == "production"

    @property
    def media_path(self) -> Path:
        return self.media_dir if self.media_dir is not None else self.data_dir / "media"

    @property
    def log_json(self) -> bool:
        return self.log_format == "json" if self.log_format is not None else self.is_production

    @property
    def embedded_database(self) -> bool:
        return self.database_url is None

    @property
    def graphiql_enabled(self) -> bool:
        return self.graphiql if self.graphiql is not None else not self.is_production

    @property
    def introspection_enabled(self) -> bool:
        if self.graphql_introspection is not None:
            return self.graphql_introspection
        return not self.is_production

    @property
    def docs_enabled(self) -> bool:
        return self.docs if self.docs is not None else not self.is_production

    @property
    def rate_limit_enabled(self) -> bool:
        return self.rate_limit if self.rate_limit is not None else self.is_production

    @property
    def webhook_allowed_network_list(self) -> list[IPv4Network | IPv6Network]:
        return [ip_network(p.strip(), strict=False) for p in self.webhook_allowed_networks.split(",") if p.strip()]

    @property
    def site_path_patterns(self) -> dict[str, str]:
        return DEFAULT_SITE_PATHS | self.site_paths

    @property
    def cors_origin_set(self) -> frozenset[str]:
        return frozenset(filter(None, self.cors_origins.split(",")))

    @property
    def trusted_proxy_networks(self) -> list[IPv4Network | IPv6Network]:
        return [ip_network(p.strip(), strict=False) for p in self.trusted_proxies.split(",") if p.strip()]


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment."""
    return Settings()

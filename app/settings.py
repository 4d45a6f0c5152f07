"""One Settings class: environment variables (prefix ``KENNISBANK_``) plus the conventional URLs."""

from __future__ import annotations

from functools import lru_cache
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
    data_dir: Path = Path(".kennisbank")
    # Signs pagination cursors (and later other tokens); must be set and long in production.
    secret_key: SecretStr = SecretStr(DEVELOPMENT_SECRET)
    db_pool_size: int = Field(default=10, ge=1, le=200)
    db_max_overflow: int = Field(default=10, ge=0, le=200)
    graphiql: bool | None = None
    graphql_introspection: bool | None = None
    docs: bool | None = None
    require_if_match: bool = False
    max_body_bytes: int = Field(default=1024 * 1024, ge=1024)
    log_level: str = "info"
    # Search (app/search): index names are "<prefix><type>", so several deployments can share a server.
    search_prefix: str = Field(default="kb_", pattern=r"^[a-zA-Z0-9_-]{0,40}$")
    search_attachment_text_max: int = Field(default=20_000, ge=0, le=1_000_000)
    search_worker: bool = True  # run the outbox sync worker inside `serve`
    search_max_attempts: int = Field(default=8, ge=1, le=100)
    # The contact OAI-PMH's Identify names for harvesters (app/services/oai.py).
    oai_admin_email: str = Field(default="kennisbank@wo-men.nl", pattern=r"^\S+@(\S+\.)+\S+$")

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

    @field_validator("meili_url")
    @classmethod
    def _meili_url_is_http(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        parts = urlsplit(value)
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            raise ValueError(f"MEILI_URL must be an http(s) URL such as http://127.0.0.1:7700 (got {value!r})")
        return value.rstrip("/")

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


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment."""
    return Settings()

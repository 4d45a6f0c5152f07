import re

import pytest
from pydantic import ValidationError

from app.settings import Settings

STRONG = "k" * 40


def make(**values: object) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def test_no_configuration_means_embedded_development() -> None:
    settings = make()
    assert settings.env == "development"
    assert settings.embedded_database
    assert settings.graphiql_enabled and settings.introspection_enabled and settings.docs_enabled


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://u:p@h/db", "must start with postgresql+asyncpg://"),
        ("not a url", "must start with postgresql+asyncpg://"),
        ("postgresql://u:p@h", "must name a database"),
    ],
)
def test_malformed_database_url_is_refused_with_the_fix(url: str, message: str) -> None:
    with pytest.raises(ValidationError, match=re.escape(message)):
        make(database_url=url)


def test_database_url_spellings_are_normalised_to_asyncpg() -> None:
    assert make(database_url="postgres://u:p@h/db").database_url == "postgresql+asyncpg://u:p@h/db"


def test_production_refuses_embedded_mode() -> None:
    with pytest.raises(ValidationError, match="production refuses embedded PostgreSQL"):
        make(env="production")


def production(**overrides: object) -> Settings:
    values: dict[str, object] = {
        "env": "production",
        "database_url": "postgresql+asyncpg://kb:s3cret-db-pass@db/kb",
        "meili_url": "http://meili:7700",
        "meili_master_key": "m" * 24,
        "secret_key": STRONG,
    }
    return make(**(values | overrides))


def test_production_refuses_short_or_default_secrets() -> None:
    with pytest.raises(ValidationError, match="MEILI_MASTER_KEY"):
        production(meili_master_key="masterKey")
    with pytest.raises(ValidationError, match="KENNISBANK_SECRET_KEY"):
        production(secret_key="short")
    with pytest.raises(ValidationError, match="KENNISBANK_SECRET_KEY"):
        make(
            env="production",
            database_url="postgresql+asyncpg://kb:pw-x@db/kb",
            meili_url="http://m:7700",
            meili_master_key="m" * 24,
        )
    with pytest.raises(ValidationError, match="default database password"):
        production(database_url="postgresql+asyncpg://kb:changeme@db/kb")


def test_production_turns_off_developer_pages_unless_asked() -> None:
    settings = production()
    assert not settings.graphiql_enabled and not settings.introspection_enabled and not settings.docs_enabled
    assert production(graphql_introspection=True).introspection_enabled


def test_secrets_do_not_appear_in_repr() -> None:
    settings = production()
    assert "m" * 24 not in repr(settings) and STRONG not in repr(settings)

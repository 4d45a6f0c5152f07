import re
from pathlib import Path

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


def test_the_conventional_variables_are_read_beside_the_prefixed_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://kb:pw@db/kb")
    monkeypatch.setenv("MEILI_URL", "http://meili:7700/")
    monkeypatch.setenv("KENNISBANK_SEARCH_PREFIX", "staging_")
    settings = make()
    assert settings.database_url == "postgresql+asyncpg://kb:pw@db/kb"
    assert settings.meili_url == "http://meili:7700"  # the trailing slash goes
    assert settings.search_prefix == "staging_" and not settings.embedded_database


@pytest.mark.parametrize("url", ["meili:7700", "ftp://meili", "http://", "127.0.0.1:7700"])
def test_a_meilisearch_url_must_be_http_with_a_host(url: str) -> None:
    with pytest.raises(ValidationError, match="MEILI_URL must be an http"):
        make(meili_url=url)
    with pytest.raises(ValidationError, match="MEILI_URL must be an http"):
        make(meili_public_url=url)


def test_empty_urls_mean_unset() -> None:
    settings = make(database_url="", meili_url="", meili_public_url="")
    assert settings.database_url is None and settings.meili_url is None and settings.meili_public_url is None


def test_a_socket_url_names_its_database_in_the_query() -> None:
    url = "postgresql://kb@/kennisbank?host=/run/postgresql"
    assert make(database_url=url).database_url == "postgresql+asyncpg://kb@/kennisbank?host=/run/postgresql"
    assert make(database_url="postgresql://kb@?host=/run/pg").database_url == "postgresql+asyncpg://kb@?host=/run/pg"


@pytest.mark.parametrize(
    "field", ["rate_limit_anonymous", "rate_limit_key", "rate_limit_write", "rate_limit_key_management"]
)
def test_rate_limits_must_parse(field: str) -> None:
    assert getattr(make(**{field: "10/second;100/hour"}), field) == "10/second;100/hour"
    with pytest.raises(ValidationError, match="not a rate limit such as 100/minute: 'lots'"):
        make(**{field: "lots"})


@pytest.mark.parametrize("field", ["trusted_proxies", "webhook_allowed_networks"])
def test_network_lists_must_be_addresses_or_cidrs(field: str) -> None:
    settings = make(**{field: "10.0.0.0/8, 192.168.1.7 ,,::1"})
    networks = settings.trusted_proxy_networks if field == "trusted_proxies" else settings.webhook_allowed_network_list
    assert [str(n) for n in networks] == ["10.0.0.0/8", "192.168.1.7/32", "::1/128"]
    with pytest.raises(ValidationError, match=re.escape("not an IP address or CIDR: 'proxy.internal'")):
        make(**{field: "10.0.0.1, proxy.internal"})


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"search_prefix": "kb prod"}, "search_prefix"),
        ({"search_prefix": "x" * 41}, "search_prefix"),
        ({"db_pool_size": 0}, "db_pool_size"),
        ({"response_cache_mb": -1}, "response_cache_mb"),
        ({"search_timeout_ms": 10}, "search_timeout_ms"),
        ({"rate_limit_storage": "memcached://cache:11211"}, "rate_limit_storage"),
        ({"oai_admin_email": "beheer"}, "oai_admin_email"),
        ({"env": "staging"}, "env"),
        ({"log_format": "xml"}, "log_format"),
    ],
)
def test_out_of_range_values_are_refused_naming_the_setting(values: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        make(**values)
    assert [error["loc"] for error in caught.value.errors()] == [(field,)]


def test_production_refuses_the_embedded_meilisearch() -> None:
    with pytest.raises(ValidationError, match="production refuses the embedded Meilisearch: set MEILI_URL"):
        production(meili_url=None)


def test_settings_are_frozen() -> None:
    settings = make()
    with pytest.raises(ValidationError):
        settings.env = "production"  # type: ignore[misc]


def test_defaults_derived_from_other_settings(tmp_path: Path) -> None:
    settings = make(data_dir=tmp_path)
    assert settings.media_path == tmp_path / "media"
    assert make(data_dir=tmp_path, media_dir=tmp_path / "files").media_path == tmp_path / "files"
    assert not settings.rate_limit_enabled and production().rate_limit_enabled
    assert not production(rate_limit=False).rate_limit_enabled and make(rate_limit=True).rate_limit_enabled
    assert production(docs=True, graphiql=True).docs_enabled and production(graphiql=True).graphiql_enabled

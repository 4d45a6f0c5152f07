"""Rate limits: per key and per client IP, stricter on writes and key management, GraphQL included."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from app.settings import Settings
from app.web.rate_limit import RateLimiter

PROBLEM = "application/problem+json"


def assert_limited(response, limit: str) -> None:
    assert response.status_code == 429, response.text
    assert response.headers["content-type"] == PROBLEM
    retry_after = int(response.headers["retry-after"])
    assert 1 <= retry_after <= 60
    body = response.json()
    assert body["type"].endswith("/rate-limited") and body["status"] == 429
    assert limit in body["detail"] and body["retry_after"] == retry_after
    assert response.headers["x-content-type-options"] == "nosniff" and response.headers["x-request-id"]


def test_rate_limiting_is_on_in_production_and_off_in_development_unless_set():
    assert Settings(_env_file=None).rate_limit_enabled is False  # type: ignore[call-arg]
    assert Settings(_env_file=None, rate_limit=True).rate_limit_enabled is True  # type: ignore[call-arg]
    with pytest.raises(ValidationError, match="rate limit"):
        Settings(_env_file=None, rate_limit_write="lots")  # type: ignore[call-arg]
    with pytest.raises(ValidationError, match="CIDR"):
        Settings(_env_file=None, trusted_proxies="10.0.0.0/8, proxy.local")  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        Settings(_env_file=None, rate_limit_storage="mongodb://x")  # type: ignore[call-arg]


async def test_anonymous_callers_are_limited_per_ip(app_client):
    async with app_client(rate_limit=True, rate_limit_anonymous="3/minute") as http:
        for _ in range(3):
            assert (await http.get("/api/v1/themes")).status_code == 200
        assert_limited(await http.get("/api/v1/themes"), "general")
    async with app_client(rate_limit=True, rate_limit_anonymous="3/minute", client=("10.1.1.1", 5)) as http:
        # Another app (fresh memory storage) and another IP: a bucket of its own.
        assert (await http.get("/api/v1/themes")).status_code == 200


async def test_a_key_has_its_own_bucket_not_its_ips(app_client, reader_headers, editor_headers):
    async with app_client(rate_limit=True, rate_limit_anonymous="2/minute", rate_limit_key="4/minute") as http:
        for _ in range(2):
            assert (await http.get("/api/v1/themes")).status_code == 200
        assert_limited(await http.get("/api/v1/themes"), "general")
        for _ in range(4):  # the same IP, but with a key
            assert (await http.get("/api/v1/themes", headers=reader_headers)).status_code == 200
        assert_limited(await http.get("/api/v1/themes", headers=reader_headers), "general")
        assert (await http.get("/api/v1/themes", headers=editor_headers)).status_code == 200


async def test_writes_have_a_stricter_limit(app_client, editor_headers):
    async with app_client(rate_limit=True, rate_limit_write="2/minute") as http:

        def theme(name: str) -> dict[str, str]:
            return {"name_nl": name, "name_en": name}

        for name in ("Een", "Twee"):
            created = await http.post("/api/v1/themes", json=theme(name), headers=editor_headers)
            assert created.status_code == 201, created.text
        assert_limited(await http.post("/api/v1/themes", json=theme("Drie"), headers=editor_headers), "write")
        listed = await http.get("/api/v1/themes", headers=editor_headers)
        assert listed.status_code == 200  # reads go on
        names = {t["name_nl"] for t in listed.json()["data"]}
        assert names >= {"Een", "Twee"} and "Drie" not in names


async def test_key_management_is_stricter_still(app_client, admin_headers):
    async with app_client(rate_limit=True, rate_limit_key_management="2/minute") as http:
        assert (await http.get("/api/v1/api-keys", headers=admin_headers)).status_code == 200
        assert (await http.get("/api/v1/api-keys", headers=admin_headers)).status_code == 200
        assert_limited(await http.get("/api/v1/api-keys", headers=admin_headers), "key_management")
        assert_limited(await http.get("/api/v1/search-keys", headers=admin_headers), "key_management")
        assert (await http.get("/api/v1/themes", headers=admin_headers)).status_code == 200


async def test_made_up_keys_do_not_buy_fresh_buckets(app_client, reader_headers):
    async with app_client(rate_limit=True, rate_limit_auth_failures="3/minute") as http:
        for n in range(3):
            response = await http.get("/api/v1/themes", headers={"Authorization": f"Bearer kb_guess{n:040d}"})
            assert response.status_code == 401
        assert_limited(
            await http.get("/api/v1/themes", headers={"Authorization": "Bearer kb_guess-again"}), "auth_failures"
        )
        # Even a real key from that address waits; anonymous reads do not.
        assert (await http.get("/api/v1/themes", headers=reader_headers)).status_code == 429
        assert (await http.get("/api/v1/themes")).status_code == 200


# Routes that never look at an API key: a token sent to them must not change the bucket either.
KEYLESS_ROUTES = ["/api/v1/search?q=vrouwen", "/feeds/all.atom", "/oai?verb=Identify", "/api/v1/search/suggest?q=vr"]


@pytest.mark.parametrize("path", KEYLESS_ROUTES)
async def test_made_up_tokens_count_as_their_ip_everywhere(app_client, path):
    """Each request a fresh random token: still one anonymous bucket, and each token a failure of the IP."""
    async with app_client(
        rate_limit=True, rate_limit_anonymous="4/minute", rate_limit_auth_failures="100/minute"
    ) as http:
        for n in range(4):
            response = await http.get(path, headers={"Authorization": f"Bearer kb_random{n:040d}"})
            assert response.status_code in (200, 503), response.text  # 503: search answered without Meilisearch
        assert_limited(await http.get(path, headers={"Authorization": "Bearer kb_random-fifth"}), "general")
        assert_limited(await http.get(path), "general")


async def test_lookups_of_made_up_tokens_stop_at_the_auth_failure_limit(app_client):
    async with app_client(rate_limit=True, rate_limit_auth_failures="3/minute") as http:
        for n in range(3):
            response = await http.get("/feeds/all.atom", headers={"Authorization": f"Bearer kb_x{n:043d}"})
            assert response.status_code == 200
        assert_limited(await http.get("/feeds/all.atom", headers={"Authorization": "Bearer kb_y"}), "auth_failures")


async def test_a_valid_key_keeps_its_bucket_on_routes_that_ignore_keys(app_client, reader_headers):
    async with app_client(rate_limit=True, rate_limit_anonymous="2/minute", rate_limit_key="5/minute") as http:
        for _ in range(2):
            assert (await http.get("/feeds/all.atom")).status_code == 200
        assert_limited(await http.get("/feeds/all.atom"), "general")
        for _ in range(5):
            assert (await http.get("/feeds/all.atom", headers=reader_headers)).status_code == 200
        assert_limited(await http.get("/feeds/all.atom", headers=reader_headers), "general")


GRAPHQL = "/graphql"
QUERY = "{ themes(first: 1) { totalCount } }"
MUTATION = 'mutation { createKnowledgeItem(input: {title: "%s", kind: REPORT, language: NL}) { __typename } }'


async def test_graphql_batches_and_aliases_count_per_operation(app_client):
    async with app_client(rate_limit=True, rate_limit_anonymous="5/minute") as http:
        batch = [{"query": QUERY}] * 4
        response = await http.post(GRAPHQL, json=batch)
        assert response.status_code == 200 and len(response.json()) == 4
        # One more request holding two operations is over the limit of five.
        assert_limited(await http.post(GRAPHQL, json=[{"query": QUERY}] * 2), "general")
    async with app_client(rate_limit=True, rate_limit_anonymous="2/minute") as http:
        # Aliases do not multiply requests; they are bounded by the GraphQL alias/cost limits instead.
        aliased = "{ " + " ".join(f"a{n}: themes(first: 1) {{ totalCount }}" for n in range(5)) + " }"
        assert (await http.post(GRAPHQL, json={"query": aliased})).status_code == 200
        assert (await http.get(GRAPHQL, params={"query": QUERY})).status_code == 200
        assert_limited(await http.post(GRAPHQL, json={"query": aliased}), "general")


async def test_graphql_mutations_count_as_writes(app_client, editor_headers):
    async with app_client(rate_limit=True, rate_limit_write="2/minute") as http:
        batch = [{"query": MUTATION % "Een"}, {"query": MUTATION % "Twee"}]
        created = await http.post(GRAPHQL, json=batch, headers=editor_headers)
        assert created.status_code == 200
        assert [r["data"]["createKnowledgeItem"]["__typename"] for r in created.json()] == ["KnowledgeItemPayload"] * 2
        assert_limited(await http.post(GRAPHQL, json={"query": MUTATION % "Drie"}, headers=editor_headers), "write")
        assert (await http.post(GRAPHQL, json={"query": QUERY}, headers=editor_headers)).status_code == 200


def limiter(**settings: str) -> RateLimiter:
    return RateLimiter(Settings(_env_file=None, rate_limit=True, **settings))  # type: ignore[call-arg]


def scope(peer: str, forwarded: str | None = None) -> dict:
    headers = [(b"x-forwarded-for", forwarded.encode())] if forwarded is not None else []
    return {"type": "http", "client": (peer, 1234), "headers": headers}


@pytest.mark.parametrize(
    ("trusted", "peer", "forwarded", "client"),
    [
        ("", "203.0.113.9", "198.51.100.1", "203.0.113.9"),  # no trusted proxies: the header is ignored
        ("10.0.0.0/8", "203.0.113.9", "198.51.100.1", "203.0.113.9"),  # the peer isn't a proxy
        ("10.0.0.0/8", "10.0.0.2", "198.51.100.1", "198.51.100.1"),
        ("10.0.0.0/8", "10.0.0.2", "6.6.6.6, 198.51.100.1", "198.51.100.1"),  # the left part is the client's to forge
        ("10.0.0.0/8", "10.0.0.2", "198.51.100.1, 10.0.0.7", "198.51.100.1"),  # two proxies deep
        ("10.0.0.0/8", "10.0.0.2", "not-an-ip", "10.0.0.2"),
        ("10.0.0.0/8", "10.0.0.2", None, "10.0.0.2"),
        ("::1, 127.0.0.1", "::1", "2001:db8::5", "2001:db8::5"),
    ],
)
def test_the_client_ip_comes_from_x_forwarded_for_only_behind_trusted_proxies(trusted, peer, forwarded, client):
    assert limiter(trusted_proxies=trusted).client_ip(scope(peer, forwarded)) == client


async def test_behind_a_trusted_proxy_each_forwarded_client_has_its_own_bucket(app_client):
    overrides = {"rate_limit": True, "rate_limit_anonymous": "1/minute", "trusted_proxies": "127.0.0.1"}
    async with app_client(**overrides) as http:
        assert (await http.get("/healthz", headers={"X-Forwarded-For": "198.51.100.1"})).status_code == 200
        assert (await http.get("/healthz", headers={"X-Forwarded-For": "198.51.100.2"})).status_code == 200
        assert_limited(await http.get("/healthz", headers={"X-Forwarded-For": "198.51.100.1"}), "general")


async def test_rate_limited_requests_are_counted_in_metrics(app_client):
    async with app_client(rate_limit=True, rate_limit_anonymous="1/minute") as http:
        await http.get("/api/v1/themes")
        assert (await http.get("/api/v1/themes")).status_code == 429
        metrics = await http.get("/metrics", headers={"X-Forwarded-For": "1.2.3.4"})
    assert metrics.status_code == 429  # /metrics is limited like everything else from that IP
    from prometheus_client import REGISTRY

    assert (REGISTRY.get_sample_value("kennisbank_rate_limited_total", {"limit": "general"}) or 0) >= 2

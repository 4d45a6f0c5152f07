"""A refused receiver URL says which kind of address it reaches and how to allow it, never the address a
name resolved to: that would map internal DNS for whoever may try URLs (issue 14, finding 10)."""

from __future__ import annotations

import pytest

from app.services.webhooks import TargetPolicy, TargetRefused, check_target

HOOKS = "/api/v1/webhooks"
RESOLVED = ("127.0.0.1", "::1")  # what `localhost` resolves to


async def test_subscribing_a_name_that_resolves_privately_does_not_echo_its_addresses(client, admin_headers):
    response = await client.post(
        HOOKS, headers=admin_headers, json={"url": "http://localhost:8080/hook", "events": ["content.published"]}
    )
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    [error] = body["errors"]
    assert error["field"] == "url"
    for text in (body["detail"], error["message"]):
        assert not any(address in text for address in RESOLVED), text
        assert "private, loopback, link-local or reserved address" in text
        assert "KENNISBANK_WEBHOOK_ALLOW_PRIVATE" in text and "KENNISBANK_WEBHOOK_ALLOWED_NETWORKS" in text


async def test_the_delivery_time_check_says_the_same_without_addresses():
    with pytest.raises(TargetRefused) as refused:
        await check_target("http://localhost/hook", TargetPolicy())
    assert not any(address in str(refused.value) for address in RESOLVED)
    assert "KENNISBANK_WEBHOOK_ALLOW_PRIVATE" in str(refused.value)


async def test_an_address_that_no_setting_allows_does_not_suggest_one():
    with pytest.raises(TargetRefused) as refused:
        await check_target("http://224.0.0.1/hook", TargetPolicy(allow_private=True))
    assert "never" in str(refused.value) and "KENNISBANK_WEBHOOK_ALLOW_PRIVATE" not in str(refused.value)

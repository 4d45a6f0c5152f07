"""REST: API keys, managed by admins."""

from __future__ import annotations


async def test_api_key_management(client, admin_headers, editor_headers):
    created = await client.post(
        "/api/v1/api-keys", headers=admin_headers, json={"name": "partner build", "role": "reader"}
    )
    assert created.status_code == 201
    token = created.json()["token"]
    listing = (await client.get("/api/v1/api-keys", headers=admin_headers)).json()
    assert token not in str(listing) and any(k["name"] == "partner build" for k in listing["data"])
    assert (
        await client.get("/api/v1/knowledge-items", headers={"Authorization": f"Bearer {token}"})
    ).status_code == 200
    assert (await client.delete(f"/api/v1/api-keys/{created.json()['id']}", headers=admin_headers)).status_code == 204
    assert (
        await client.get("/api/v1/knowledge-items", headers={"Authorization": f"Bearer {token}"})
    ).status_code == 401
    assert (await client.get("/api/v1/api-keys", headers=editor_headers)).status_code == 403
    assert (await client.get("/api/v1/api-keys")).status_code == 401

"""Entity tags name the record: If-Match with another record's ETag is a 412, never a write to this one.

Every versioned REST resource is covered (issue 14, finding 9): knowledge items, position papers, themes,
organisations and working groups, their writes (update, delete, publish, attachments, restore) and batches.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from tests.conftest import StartedApp

API = "/api/v1"
# resource: (create body, a change that leaves the record valid)
RESOURCES: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "knowledge-items": ({"title": "Eerste", "kind": "report", "language": "nl"}, {"title": "Gewijzigd"}),
    "position-papers": ({"title": "Eerste", "language": "nl"}, {"title": "Gewijzigd"}),
    "themes": ({"name_nl": "Eerste", "name_en": "First"}, {"name_en": "Changed"}),
    "organisations": ({"name": "Eerste", "kind": "member"}, {"name": "Gewijzigd"}),
    "working-groups": ({"name": "Eerste"}, {"name": "Gewijzigd"}),
}


async def create(client: httpx.AsyncClient, headers: dict[str, str], resource: str) -> httpx.Response:
    response = await client.post(f"{API}/{resource}", headers=headers, json=RESOURCES[resource][0])
    assert response.status_code == 201, response.text
    return response


@pytest.mark.parametrize("resource", list(RESOURCES))
async def test_if_match_must_name_this_record_at_its_current_version(client, admin_headers, resource):
    mine = await create(client, admin_headers, resource)
    other = await create(client, admin_headers, resource)
    assert mine.json()["version"] == other.json()["version"] == 1
    url, change = f"{API}/{resource}/{mine.json()['id']}", RESOURCES[resource][1]

    # Another record's ETag at the same version: refused, and this record is untouched.
    wrong = await client.patch(url, headers=admin_headers | {"If-Match": other.headers["etag"]}, json=change)
    assert wrong.status_code == 412, wrong.text
    assert wrong.headers["content-type"] == "application/problem+json"
    assert (await client.get(url, headers=admin_headers)).json()["version"] == 1
    # Nor is it enough to name this record weakly (If-Match compares strongly).
    weak = await client.patch(url, headers=admin_headers | {"If-Match": "W/" + mine.headers["etag"]}, json=change)
    assert weak.status_code == 412

    # This record's current ETag (from the create or from a GET): the write goes through.
    listed = f'"nothing-we-issued", {mine.headers["etag"]}'
    done = await client.patch(url, headers=admin_headers | {"If-Match": listed}, json=change)
    assert done.status_code == 200, done.text
    assert done.json()["version"] == 2

    # The same tag again is stale now.
    stale = await client.patch(url, headers=admin_headers | {"If-Match": mine.headers["etag"]}, json=change)
    assert stale.status_code == 412 and stale.json()["current_version"] == 2

    # `*` matches any current version of an existing record.
    star = await client.patch(url, headers=admin_headers | {"If-Match": "*"}, json=change)
    assert star.status_code == 200 and star.json()["version"] == 3

    # Deletes check the same way.
    current = (await client.get(url, headers=admin_headers)).headers["etag"]
    assert (await client.delete(url, headers=admin_headers | {"If-Match": other.headers["etag"]})).status_code == 412
    assert (await client.delete(url, headers=admin_headers | {"If-Match": current})).status_code == 204


@pytest.mark.parametrize("resource", list(RESOURCES))
async def test_if_none_match_with_another_records_etag_is_a_200(client, admin_headers, resource):
    mine = await create(client, admin_headers, resource)
    other = await create(client, admin_headers, resource)
    url = f"{API}/{resource}/{mine.json()['id']}"
    fresh = await client.get(url, headers=admin_headers | {"If-None-Match": other.headers["etag"]})
    assert fresh.status_code == 200 and fresh.json()["id"] == mine.json()["id"]
    current = fresh.headers["etag"]
    assert (await client.get(url, headers=admin_headers | {"If-None-Match": current})).status_code == 304
    assert (await client.get(url, headers=admin_headers | {"If-None-Match": "W/" + current})).status_code == 304


async def test_an_etag_of_another_type_with_the_same_id_and_version_is_refused(client, admin_headers):
    item = (await create(client, admin_headers, "knowledge-items")).json()
    theme = await create(client, admin_headers, "themes")
    forged = theme.headers["etag"].replace(f"th{theme.json()['id']}-", f"th{item['id']}-")
    response = await client.patch(
        f"{API}/knowledge-items/{item['id']}", headers=admin_headers | {"If-Match": forged}, json={"title": "x"}
    )
    assert response.status_code == 412


async def test_transitions_attachments_and_restores_check_the_record(client, admin_headers):
    mine = await create(client, admin_headers, "knowledge-items")
    other = await create(client, admin_headers, "knowledge-items")
    url = f"{API}/knowledge-items/{mine.json()['id']}"
    wrong = admin_headers | {"If-Match": other.headers["etag"]}  # both records are at version 1
    assert (await client.post(f"{url}/publish", headers=wrong)).status_code == 412
    assert (await client.post(f"{url}/unpublish", headers=wrong)).status_code == 412
    assert (await client.post(f"{url}/revisions/1/restore", headers=wrong)).status_code == 412
    assert (await client.delete(f"{url}/attachments/1", headers=wrong)).status_code == 412
    assert (await client.get(url, headers=admin_headers)).json()["version"] == 1
    published = await client.post(f"{url}/publish", headers=admin_headers | {"If-Match": mine.headers["etag"]})
    assert published.status_code == 200 and published.json()["status"] == "published"


async def test_a_batch_update_may_carry_the_etag_it_read(client, admin_headers):
    mine = await create(client, admin_headers, "knowledge-items")
    other = await create(client, admin_headers, "knowledge-items")
    batch = f"{API}/knowledge-items:batch"

    def update(if_match: str) -> dict[str, Any]:
        op = {"op": "update", "id_or_slug": str(mine.json()["id"]), "if_match": if_match, "data": {"title": "B"}}
        return {"operations": [op]}

    refused = await client.post(batch, headers=admin_headers, json=update(other.headers["etag"]))
    assert refused.status_code == 422 and refused.json()["errors"][0]["code"] == "version_mismatch"
    done = await client.post(batch, headers=admin_headers, json=update(mine.headers["etag"]))
    assert done.status_code == 200 and done.json()["data"][0]["version"] == 2
    both = update(mine.headers["etag"])
    both["operations"][0]["expected_version"] = 2
    assert (await client.post(batch, headers=admin_headers, json=both)).status_code == 422


@pytest.mark.parametrize("resource", ["themes", "organisations", "working-groups", "knowledge-items"])
async def test_concurrent_writes_with_one_etag_let_exactly_one_through(
    started_app: StartedApp, started_editor, resource
):
    """The check happens under the row lock: two writers holding the same ETag cannot both succeed."""
    client = started_app.client
    created = await create(client, started_editor, resource)
    url = f"{API}/{resource}/{created.json()['id']}"
    headers = started_editor | {"If-Match": created.headers["etag"]}
    change = RESOURCES[resource][1]
    answers = await asyncio.gather(*(client.patch(url, headers=headers, json=change) for _ in range(8)))
    assert sorted(a.status_code for a in answers) == [200] + [412] * 7, [a.text for a in answers]
    assert (await client.get(url, headers=started_editor)).json()["version"] == 2

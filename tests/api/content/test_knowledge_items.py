"""REST /api/v1/knowledge-items through the real app and a real PostgreSQL."""

from __future__ import annotations

from tests import factories

BASE = "/api/v1/knowledge-items"


async def test_create_read_update_publish_delete(client, session, editor_headers):
    theme = await factories.theme(session, "Vrouwen, vrede en veiligheid")
    org = await factories.organisation(session, "WO=MEN")
    created = await client.post(
        BASE,
        headers=editor_headers,
        json={
            "title": "Oriëntatie op NAP 1325",
            "kind": "report",
            "language": "nl",
            "themes": [theme.slug],
            "organisations": [{"organisation": org.slug, "role": "publisher"}],
            "tags": ["NAP-1325"],
        },
    )
    assert created.status_code == 201, created.text
    item = created.json()
    assert item["slug"] == "orientatie-op-nap-1325" and item["status"] == "draft" and item["version"] == 1
    assert item["themes"][0]["slug"] == theme.slug and item["organisations"][0]["role"] == "publisher"
    assert item["tags"] == ["nap-1325"]
    assert created.headers["location"].endswith(f"{BASE}/{item['id']}")
    assert created.headers["etag"].startswith(f'"ki{item["id"]}-v1-')  # the record, its version, a hash

    assert (await client.get(f"{BASE}/{item['slug']}")).status_code == 404  # a draft is not found publicly
    assert (await client.get(f"{BASE}/{item['id']}", headers=editor_headers)).status_code == 200

    patched = await client.patch(
        f"{BASE}/{item['id']}",
        headers=editor_headers | {"If-Match": created.headers["etag"]},
        json={"summary": "Korte samenvatting", "source_url": None},
    )
    assert patched.status_code == 200 and patched.json()["version"] == 2
    stale = await client.patch(
        f"{BASE}/{item['id']}", headers=editor_headers | {"If-Match": created.headers["etag"]}, json={"summary": "Oud"}
    )
    assert stale.status_code == 412 and stale.headers["content-type"] == "application/problem+json"

    published = await client.post(f"{BASE}/{item['slug']}/publish", headers=editor_headers)
    assert published.status_code == 200 and published.json()["status"] == "published"
    public = await client.get(f"{BASE}/{item['slug']}")
    assert public.status_code == 200 and public.headers["cache-control"] == "public, max-age=0, must-revalidate"
    assert (
        await client.get(f"{BASE}/{item['slug']}", headers={"If-None-Match": public.headers["etag"]})
    ).status_code == 304

    assert (await client.delete(f"{BASE}/{item['slug']}", headers=editor_headers)).status_code == 204
    assert (await client.get(f"{BASE}/{item['slug']}", headers=editor_headers)).status_code == 404


async def test_delete_and_publish_honour_if_match(client, session, editor_headers):
    item = await factories.knowledge_item(session, "Voorzichtig")
    stale = editor_headers | {"If-Match": f'"ki{item.id}-v7-abc"'}
    assert (await client.post(f"{BASE}/{item.slug}/publish", headers=stale)).status_code == 412
    assert (await client.delete(f"{BASE}/{item.slug}", headers=stale)).status_code == 412
    garbage = editor_headers | {"If-Match": "not-an-etag"}
    assert (await client.delete(f"{BASE}/{item.slug}", headers=garbage)).status_code == 412
    current = (await client.get(f"{BASE}/{item.slug}", headers=editor_headers)).headers["etag"]
    assert (
        await client.delete(f"{BASE}/{item.slug}", headers=editor_headers | {"If-Match": current})
    ).status_code == 204


async def test_readers_get_404_not_403_for_drafts(client, session, reader_headers):
    draft = await factories.knowledge_item(session, "Nog niet klaar")
    for ref in (draft.slug, str(draft.id)):
        response = await client.get(f"{BASE}/{ref}", headers=reader_headers)
        assert response.status_code == 404 and "Nog niet klaar" not in response.text

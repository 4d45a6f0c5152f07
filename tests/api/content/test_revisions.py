"""Revisions: one per change, listed, diffed against the current version, restored as a new change."""

from __future__ import annotations

from sqlalchemy import func, select

from app.models.revision import ContentRevision
from tests import factories

BASE = "/api/v1/knowledge-items"
PAPERS = "/api/v1/position-papers"


async def test_every_change_stores_a_revision_with_who_and_the_full_content(
    client, session, editor_headers, admin_headers
):
    theme = await factories.theme(session, "Vrede en veiligheid", slug="vrede")
    org = await factories.organisation(session, "Atria")
    created = (
        await client.post(
            BASE,
            headers=editor_headers,
            json={
                "title": "Eerste versie",
                "kind": "report",
                "language": "nl",
                "body": "Oude tekst.",
                "themes": [theme.slug],
                "tags": ["nap"],
                "organisations": [{"organisation": org.slug, "role": "publisher"}],
            },
        )
    ).json()
    await client.patch(
        f"{BASE}/{created['id']}",
        headers=admin_headers,
        json={"title": "Tweede versie", "body": "Nieuwe tekst.", "themes": []},
    )
    await client.post(f"{BASE}/{created['id']}/publish", headers=editor_headers)

    listing = await client.get(f"{BASE}/{created['id']}/revisions", headers=editor_headers)
    assert listing.status_code == 200 and listing.headers["cache-control"] == "private, no-store"
    revisions = listing.json()["data"]
    assert [(r["number"], r["op"], r["actor"], r["version"]) for r in revisions] == [
        (1, "created", "test editor", 1),
        (2, "updated", "test admin", 2),
        (3, "published", "test editor", 3),
    ]
    assert all(r["restored_from"] is None and r["created_at"] for r in revisions)

    first = (await client.get(f"{BASE}/{created['id']}/revisions/1", headers=editor_headers)).json()
    content = first["content"]
    assert content["title"] == "Eerste versie" and content["body"] == "Oude tekst." and content["status"] == "draft"
    assert content["themes"] == ["vrede"] and content["tags"] == ["nap"]
    assert content["organisations"] == [{"organisation": org.slug, "role": "publisher"}]
    assert first["diff"]["title"] == {"revision": "Eerste versie", "current": "Tweede versie"}
    assert first["diff"]["themes"] == {"revision": ["vrede"], "current": []}
    assert first["diff"]["status"] == {"revision": "draft", "current": "published"}
    assert "tags" not in first["diff"] and "kind" not in first["diff"]  # unchanged fields are left out
    latest = (await client.get(f"{BASE}/{created['id']}/revisions/3", headers=editor_headers)).json()
    assert latest["diff"] == {}


async def test_a_restore_is_a_new_revision_and_keeps_status_and_history(client, session, editor_headers):
    await factories.theme(session, "Vrede en veiligheid", slug="vrede")
    created = (
        await client.post(
            BASE,
            headers=editor_headers,
            json={"title": "Goede tekst", "kind": "report", "language": "nl", "themes": ["vrede"], "summary": "Klopt."},
        )
    ).json()
    await client.post(f"{BASE}/{created['id']}/publish", headers=editor_headers)
    broken = await client.patch(
        f"{BASE}/{created['id']}",
        headers=editor_headers,
        json={"title": "Foute tekst", "summary": "Fout.", "themes": []},
    )
    assert broken.status_code == 200

    stale = await client.post(
        f"{BASE}/{created['id']}/revisions/1/restore", headers=editor_headers | {"If-Match": f'"ki{created["id"]}-v1"'}
    )
    assert stale.status_code == 412
    restored = await client.post(
        f"{BASE}/{created['id']}/revisions/1/restore", headers=editor_headers | {"If-Match": broken.headers["etag"]}
    )
    assert restored.status_code == 200, restored.text
    doc = restored.json()
    assert (
        doc["title"] == "Goede tekst" and doc["summary"] == "Klopt." and [t["slug"] for t in doc["themes"]] == ["vrede"]
    )
    assert doc["status"] == "published" and doc["slug"] == created["slug"]  # workflow state is not rolled back
    assert (await client.get(f"{BASE}/{created['slug']}")).json()["title"] == "Goede tekst"

    revisions = (await client.get(f"{BASE}/{created['id']}/revisions", headers=editor_headers)).json()["data"]
    assert [(r["number"], r["op"], r["restored_from"]) for r in revisions] == [
        (1, "created", None),
        (2, "published", None),
        (3, "updated", None),
        (4, "updated", 1),
    ]
    third = (await client.get(f"{BASE}/{created['id']}/revisions/3", headers=editor_headers)).json()
    assert third["content"]["title"] == "Foute tekst"  # history is not rewritten
    assert third["diff"]["title"] == {"revision": "Foute tekst", "current": "Goede tekst"}


async def test_a_position_paper_restores_its_own_fields(client, session, editor_headers):
    signatory = await factories.organisation(session, "Atria")
    paper = (
        await client.post(
            PAPERS,
            headers=editor_headers,
            json={
                "title": "Inbreng CSW",
                "language": "nl",
                "audience": ["ministry"],
                "ministry": "BZ",
                "signatories": [signatory.slug],
            },
        )
    ).json()
    await client.patch(
        f"{PAPERS}/{paper['id']}",
        headers=editor_headers,
        json={"audience": ["senate"], "ministry": None, "signatories": []},
    )
    detail = (await client.get(f"{PAPERS}/{paper['id']}/revisions/1", headers=editor_headers)).json()
    assert detail["diff"]["signatories"] == {"revision": [signatory.slug], "current": []}
    restored = (await client.post(f"{PAPERS}/{paper['id']}/revisions/1/restore", headers=editor_headers)).json()
    assert restored["audience"] == ["ministry"] and restored["ministry"] == "BZ"
    assert [s["slug"] for s in restored["signatories"]] == [signatory.slug]


async def test_restoring_a_revision_of_a_deleted_item_is_not_found(client, session, editor_headers):
    created = (
        await client.post(BASE, headers=editor_headers, json={"title": "Weg ermee", "kind": "news", "language": "nl"})
    ).json()
    await client.patch(f"{BASE}/{created['id']}", headers=editor_headers, json={"title": "Nog even"})
    assert (await client.delete(f"{BASE}/{created['id']}", headers=editor_headers)).status_code == 204
    for response in (
        await client.post(f"{BASE}/{created['id']}/revisions/1/restore", headers=editor_headers),
        await client.get(f"{BASE}/{created['id']}/revisions", headers=editor_headers),
        await client.get(f"{BASE}/{created['id']}/revisions/1", headers=editor_headers),
    ):
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("application/problem+json")
    # The history itself is kept, ending with who deleted it.
    ops = (
        await session.scalars(
            select(ContentRevision.op)
            .where(ContentRevision.entity_type == "knowledge_item", ContentRevision.entity_id == created["id"])
            .order_by(ContentRevision.number)
        )
    ).all()
    assert [str(o) for o in ops] == ["created", "updated", "deleted"]


async def test_revisions_are_for_editors_and_unknown_numbers_are_not_found(
    client, session, editor_headers, reader_headers
):
    item = await factories.knowledge_item(session, "Openbaar stuk", publish=True)
    assert (await client.get(f"{BASE}/{item.id}/revisions")).status_code == 401
    assert (await client.get(f"{BASE}/{item.id}/revisions", headers=reader_headers)).status_code == 403
    assert (await client.post(f"{BASE}/{item.id}/revisions/1/restore", headers=reader_headers)).status_code == 403
    assert (await client.get(f"{BASE}/{item.id}/revisions/9", headers=editor_headers)).status_code == 404
    assert (await client.post(f"{BASE}/{item.id}/revisions/9/restore", headers=editor_headers)).status_code == 404
    assert (await client.get(f"{BASE}/{item.id}/revisions/0", headers=editor_headers)).status_code == 422


async def test_a_failed_write_leaves_no_revision(client, session, editor_headers):
    item = await factories.knowledge_item(session, "Blijft zoals het was")
    refused = await client.patch(
        f"{BASE}/{item.id}", headers=editor_headers, json={"title": "Anders", "themes": ["bestaat-niet"]}
    )
    assert refused.status_code == 422
    count = await session.scalar(
        select(func.count()).where(
            ContentRevision.entity_type == "knowledge_item", ContentRevision.entity_id == item.id
        )
    )
    assert count == 1


async def test_a_restore_that_no_longer_validates_is_refused_cleanly(client, session, editor_headers, admin_headers):
    theme = await factories.theme(session, "Tijdelijk thema", slug="tijdelijk")
    created = (
        await client.post(
            BASE,
            headers=editor_headers,
            json={"title": "Met thema", "kind": "news", "language": "nl", "themes": ["tijdelijk"]},
        )
    ).json()
    await client.patch(f"{BASE}/{created['id']}", headers=editor_headers, json={"themes": []})
    assert (await client.delete(f"/api/v1/themes/{theme.slug}", headers=admin_headers)).status_code == 204
    refused = await client.post(f"{BASE}/{created['id']}/revisions/1/restore", headers=editor_headers)
    assert refused.status_code == 422 and "tijdelijk" in refused.text

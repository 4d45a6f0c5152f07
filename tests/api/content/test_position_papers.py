"""REST /api/v1/position-papers through the real app and a real PostgreSQL."""

from __future__ import annotations

from tests import factories


async def test_position_papers(client, session, editor_headers):
    org = await factories.organisation(session, "WO=MEN")
    created = await client.post(
        "/api/v1/position-papers",
        headers=editor_headers,
        json={
            "title": "Inbreng CSW69",
            "language": "nl",
            "audience": ["un_csw", "ministry"],
            "ministry": "Ministerie van Buitenlandse Zaken",
            "occasion": "CSW69",
            "signatories": [org.slug],
        },
    )
    assert created.status_code == 201, created.text
    paper = created.json()
    assert paper["signatories"] == [{"id": org.id, "slug": org.slug, "name": "WO=MEN"}]
    await client.post(f"/api/v1/position-papers/{paper['id']}/publish", headers=editor_headers)
    listed = (await client.get("/api/v1/position-papers?audience=un_csw")).json()
    assert [p["slug"] for p in listed["data"]] == ["inbreng-csw69"]
    assert (await client.get("/api/v1/position-papers?kind=report")).status_code == 400

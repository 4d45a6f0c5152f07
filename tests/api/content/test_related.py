"""Related content (app/services/content/related.py): shared themes, organisations and tags, ranked, published only."""

from __future__ import annotations

from tests import factories


async def test_related_content_is_ranked_mixed_published_and_limited(client, session, editor_headers):
    await factories.theme(session, "Vrede", slug="vrede")
    await factories.theme(session, "Klimaat", slug="klimaat")
    await factories.organisation(session, "Atria", slug="atria")
    source = await factories.knowledge_item(
        session,
        "Bron",
        themes=["vrede", "klimaat"],
        tags=["nap-1325", "csw"],
        publish=True,
        organisations=[{"organisation": "atria", "role": "author"}],
    )
    best = await factories.knowledge_item(
        session, "Beste", themes=["vrede", "klimaat"], tags=["nap-1325"], publish=True
    )
    paper = await factories.position_paper(session, "Papier", themes=["vrede"], signatories=["atria"], publish=True)
    tag_only = await factories.knowledge_item(session, "Alleen tag", tags=["csw"], publish=True)
    await factories.knowledge_item(session, "Geen verband", publish=True)
    draft = await factories.knowledge_item(session, "Concept", themes=["vrede", "klimaat"], tags=["nap-1325", "csw"])

    path = f"/api/v1/knowledge-items/{source.slug}/related"
    related = (await client.get(path)).json()["data"]
    assert [(d["type"], d["title"]) for d in related] == [
        ("knowledge_item", best.title),  # 2 themes (6) + 1 tag (1)
        ("position_paper", paper.title),  # 1 theme (3) + 1 organisation (2)
        ("knowledge_item", tag_only.title),  # 1 tag
    ]
    assert all("url" in d for d in related)
    assert draft.id not in [d["id"] for d in related]  # not even for an editor
    as_editor = (await client.get(path, headers=editor_headers)).json()["data"]
    assert [d["title"] for d in as_editor] == [d["title"] for d in related]
    assert [d["title"] for d in (await client.get(path, params={"limit": 1, "fields": "title"})).json()["data"]] == [
        "Beste"
    ]
    assert (await client.get(path, params={"limit": 21})).status_code == 422
    assert (await client.get(f"/api/v1/knowledge-items/{draft.slug}/related")).status_code == 404
    from_paper = (await client.get(f"/api/v1/position-papers/{paper.slug}/related")).json()["data"]
    assert from_paper[0]["title"] == source.title and paper.id not in [
        d["id"] for d in from_paper if d["type"] == "position_paper"
    ]

    query = """query($s: String!) { knowledgeItem(slug: $s) {
        related(limit: 2) { __typename title url } } }"""
    data = (await client.post("/graphql", json={"query": query, "variables": {"s": source.slug}})).json()["data"]
    assert data["knowledgeItem"]["related"] == [
        {"__typename": "KnowledgeItem", "title": best.title, "url": f"https://www.wo-men.nl/kennisbank/{best.slug}"},
        {"__typename": "PositionPaper", "title": paper.title, "url": f"https://www.wo-men.nl/standpunten/{paper.slug}"},
    ]

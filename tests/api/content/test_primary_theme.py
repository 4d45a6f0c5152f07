"""``primary_theme`` / ``primaryTheme``: the first of a record's themes (Dutch name order), null without."""

from __future__ import annotations

from tests import factories


async def test_the_primary_theme_is_the_first_theme(client, session):
    await factories.theme(session, "Vrede", slug="vrede")
    await factories.theme(session, "Klimaat", slug="klimaat")
    item = await factories.knowledge_item(session, "Twee thema's", themes=["vrede", "klimaat"], publish=True)
    bare = await factories.position_paper(session, "Zonder thema", publish=True)
    doc = (await client.get(f"/api/v1/knowledge-items/{item.slug}")).json()
    assert [t["slug"] for t in doc["themes"]] == ["klimaat", "vrede"]
    assert doc["primary_theme"] == doc["themes"][0]
    assert (await client.get(f"/api/v1/position-papers/{bare.slug}")).json()["primary_theme"] is None
    query = (
        "query($k: String!, $p: String!) { knowledgeItem(slug: $k) { primaryTheme { slug } }"
        " positionPaper(slug: $p) { primaryTheme { slug } } }"
    )
    data = (await client.post("/graphql", json={"query": query, "variables": {"k": item.slug, "p": bare.slug}})).json()[
        "data"
    ]
    assert data == {"knowledgeItem": {"primaryTheme": {"slug": "klimaat"}}, "positionPaper": {"primaryTheme": None}}

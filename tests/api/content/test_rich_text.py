"""``body_html`` and ``excerpt`` over REST (opt-in through ``fields``) and GraphQL (``bodyHtml``, ``excerpt``)."""

from __future__ import annotations

from tests import factories

BODY = "## Inleiding\n\nVrouwen *bouwen* vrede.\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))"


async def test_rest_gives_body_html_and_excerpt_only_when_asked(client, session):
    item = await factories.knowledge_item(session, "Rijke tekst", body=BODY, summary="", publish=True)
    plain = (await client.get(f"/api/v1/knowledge-items/{item.slug}")).json()
    assert "body_html" not in plain and "excerpt" not in plain

    asked = (await client.get(f"/api/v1/knowledge-items/{item.slug}?fields=title,body_html,excerpt")).json()
    assert set(asked) == {"title", "body_html", "excerpt"}
    assert asked["body_html"].startswith("<h2>Inleiding</h2>\n<p>Vrouwen <em>bouwen</em> vrede.</p>")
    assert "<script" not in asked["body_html"] and "<a" not in asked["body_html"]  # both shown as text
    assert asked["excerpt"].startswith("Inleiding Vrouwen bouwen vrede.")

    listed = (await client.get("/api/v1/knowledge-items?fields=slug,excerpt,body_html")).json()["data"]
    mine = next(d for d in listed if d["slug"] == item.slug)
    assert mine["body_html"] == asked["body_html"] and mine["excerpt"] == asked["excerpt"]


async def test_graphql_gives_body_html_and_an_excerpt_of_any_length(client, session):
    paper = await factories.position_paper(
        session, "Rijk papier", body=BODY, summary="Samenvatting in **vet**.", publish=True
    )
    query = "query($s: String!) { positionPaper(slug: $s) { bodyHtml excerpt short: excerpt(length: 21) } }"
    answer = await client.post("/graphql", json={"query": query, "variables": {"s": paper.slug}})
    data = answer.json()["data"]["positionPaper"]
    assert data["bodyHtml"].startswith("<h2>Inleiding</h2>") and "<script" not in data["bodyHtml"]
    assert data["excerpt"] == "Samenvatting in vet."
    assert data["short"] == "Samenvatting in vet."
    shorter = (
        await client.post(
            "/graphql", json={"query": query.replace("length: 21", "length: 19"), "variables": {"s": paper.slug}}
        )
    ).json()
    assert shorter["data"]["positionPaper"]["short"] == "Samenvatting in…"
    too_long = query.replace("length: 21", "length: 5000")
    refused = (await client.post("/graphql", json={"query": too_long, "variables": {"s": paper.slug}})).json()
    assert refused["errors"][0]["extensions"]["code"] == "VALIDATION_FAILED", refused

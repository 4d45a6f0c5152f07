"""Canonical ``url`` on every public record (app/services/site_links.py), over REST and GraphQL."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from app.settings import Settings
from tests import factories


async def test_every_record_has_its_canonical_url(client, session):
    theme = await factories.theme(session, "Vrede en veiligheid", slug="vrede")
    org = await factories.organisation(session, "Atria")
    item = await factories.knowledge_item(session, "Een rapport", themes=["vrede"], publish=True)
    paper = await factories.position_paper(session, "Een standpunt", publish=True)
    site = "https://www.wo-men.nl"
    assert (await client.get(f"/api/v1/knowledge-items/{item.slug}")).json()["url"] == f"{site}/kennisbank/{item.slug}"
    assert (await client.get(f"/api/v1/position-papers/{paper.id}")).json()["url"] == f"{site}/standpunten/{paper.slug}"
    assert (await client.get(f"/api/v1/themes/{theme.slug}")).json()["url"] == f"{site}/themas/vrede"
    assert (await client.get(f"/api/v1/organisations/{org.slug}")).json()["url"] == f"{site}/organisaties/{org.slug}"
    listed = (await client.get("/api/v1/knowledge-items?fields=slug,url")).json()["data"]
    assert {"slug": item.slug, "url": f"{site}/kennisbank/{item.slug}"} in listed
    assert all("url" in d for d in (await client.get("/api/v1/themes")).json()["data"])
    assert all("url" in d for d in (await client.get("/api/v1/organisations")).json()["data"])

    query = """query($k: String!, $t: String!, $o: String!) {
      knowledgeItem(slug: $k) { url themes { url } }
      theme(slug: $t) { url }
      organisation(slug: $o) { url }
    }"""
    data = (
        await client.post("/graphql", json={"query": query, "variables": {"k": item.slug, "t": "vrede", "o": org.slug}})
    ).json()["data"]
    assert data["knowledgeItem"] == {
        "url": f"{site}/kennisbank/{item.slug}",
        "themes": [{"url": f"{site}/themas/vrede"}],
    }
    assert data["theme"]["url"] == f"{site}/themas/vrede" and data["organisation"]["url"].endswith(org.slug)


async def test_the_site_and_its_paths_are_settings(app, client, session, database_url):
    item = await factories.knowledge_item(session, "Een rapport", publish=True)
    app.state.settings = Settings(  # type: ignore[call-arg]
        database_url=database_url,
        _env_file=None,
        site_url="https://kennis.example.org/",
        site_paths={"knowledge_item": "/en/knowledge/{slug}/"},
    )
    answer = (await client.get(f"/api/v1/knowledge-items/{item.slug}")).json()
    assert answer["url"] == f"https://kennis.example.org/en/knowledge/{item.slug}/"
    query = {"query": "query($s: String!) { knowledgeItem(slug: $s) { url } }", "variables": {"s": item.slug}}
    assert (await client.post("/graphql", json=query)).json()["data"]["knowledgeItem"]["url"] == answer["url"]


@pytest.mark.parametrize(
    "values",
    [
        {"site_url": "ftp://x"},
        {"site_url": "https://x.nl/?a=1"},
        {"site_paths": {"knowledge_item": "kennisbank/{slug}"}},
        {"site_paths": {"knowledge_item": "/kennisbank/"}},
        {"site_paths": {"knowledge_item": "/{id}/{slug}"}},
        {"site_paths": {"event": "/e/{slug}"}},
    ],
)
def test_bad_site_settings_are_refused(values):
    with pytest.raises(ValidationError, match="SITE"):
        Settings(_env_file=None, **values)  # type: ignore[call-arg]

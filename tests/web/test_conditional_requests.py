"""One If-None-Match comparison for every REST answer with an ETag: weak, by the whole entity tag."""

from __future__ import annotations

from tests import factories

SCRIPT = "/embed/v1/kennisbank-search.js"


async def test_the_widget_script_revalidates_with_a_weakened_tag(client):
    etag = (await client.get(SCRIPT, headers={"Accept-Encoding": "identity"})).headers["etag"]
    for header in (etag, f"W/{etag}", f'"other", W/{etag}', "*"):
        again = await client.get(SCRIPT, headers={"Accept-Encoding": "identity", "If-None-Match": header})
        assert again.status_code == 304, header
    assert (await client.get(SCRIPT, headers={"If-None-Match": '"other"'})).status_code == 200


async def test_json_ld_and_citations_revalidate_only_their_own_record(client, session):
    mine = await factories.knowledge_item(session, "Eerste rapport", publish=True)
    other = await factories.knowledge_item(session, "Tweede rapport", publish=True)
    for suffix in (".jsonld", "/cite"):
        url, other_url = f"/api/v1/knowledge-items/{mine.slug}{suffix}", f"/api/v1/knowledge-items/{other.slug}{suffix}"
        etag = (await client.get(url)).headers["etag"]
        other_etag = (await client.get(other_url)).headers["etag"]
        assert (await client.get(url, headers={"If-None-Match": other_etag})).status_code == 200
        assert (await client.get(url, headers={"If-None-Match": f"W/{etag}"})).status_code == 304

"""schema.org JSON-LD of items: the `.jsonld` path and `Accept: application/ld+json` on the item URL."""

from __future__ import annotations

from tests import factories
from tests.services.conftest import DRAFT_MARK

KI = "/api/v1/knowledge-items"
PP = "/api/v1/position-papers"


async def test_report_as_json_ld(client, corpus):
    response = await client.get(f"{KI}/{corpus.report.slug}.jsonld")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/ld+json"
    assert response.headers["cache-control"] == "public, max-age=0, must-revalidate"
    doc = response.json()
    url = f"http://testserver{KI}/{corpus.report.slug}"
    assert doc["@context"] == "https://schema.org" and doc["@type"] == "Report"
    assert doc["@id"] == doc["url"] == url
    assert doc["name"] == corpus.report.title and doc["inLanguage"] == "nl" and doc["genre"] == "report"
    assert doc["author"] == [{"@type": "Organization", "name": "Atria", "url": "https://atria.nl/"}]
    assert doc["publisher"] == [
        {"@type": "Organization", "name": "WO=MEN Dutch Gender Platform", "alternateName": "WO=MEN"}
    ]
    assert doc["about"] == [
        {
            "@type": "DefinedTerm",
            "name": "Vrouwen, vrede en veiligheid",
            "alternateName": "Women, peace and security",
            "termCode": corpus.theme.slug,
        }
    ]
    assert doc["keywords"] == ["nap-1325"]
    assert doc["datePublished"].startswith(corpus.report.published_at.date().isoformat())
    assert doc["abstract"].startswith("Een verkenning")
    assert (
        await client.get(f"{KI}/{corpus.report.id}.jsonld", headers={"If-None-Match": response.headers["etag"]})
    ).status_code == 304


async def test_kinds_map_to_schema_org_types(client, corpus):
    news = (await client.get(f"{KI}/{corpus.english_news.id}.jsonld")).json()
    assert news["@type"] == "NewsArticle" and news["inLanguage"] == "en"
    assert news["about"][0]["name"] == "Economic empowerment"
    paper = (await client.get(f"{PP}/{corpus.paper.slug}.jsonld")).json()
    assert paper["@type"] == "Report" and paper["genre"] == "position paper"
    assert {a["name"] for a in paper["author"]} == {"Atria", "WO=MEN Dutch Gender Platform"}
    assert paper["publisher"]["name"] == "WO=MEN Dutch Gender Platform"
    assert paper["audience"] == [{"@type": "Audience", "audienceType": "un_csw"}]


async def test_accept_header_negotiates_json_ld_on_the_item_url(client, corpus):
    linked = await client.get(f"{KI}/{corpus.report.slug}", headers={"Accept": "application/ld+json"})
    assert linked.status_code == 200 and linked.headers["content-type"] == "application/ld+json"
    assert linked.json()["@type"] == "Report" and linked.headers["vary"].startswith("Accept")
    preferred = await client.get(
        f"{PP}/{corpus.paper.slug}", headers={"Accept": "application/json;q=0.5, application/ld+json"}
    )
    assert preferred.json()["@type"] == "Report"
    plain = await client.get(f"{KI}/{corpus.report.slug}", headers={"Accept": "application/json"})
    assert plain.headers["content-type"] == "application/json" and plain.json()["slug"] == corpus.report.slug
    lower = await client.get(
        f"{KI}/{corpus.report.slug}", headers={"Accept": "application/json, application/ld+json;q=0.1"}
    )
    assert lower.headers["content-type"] == "application/json"


async def test_drafts_have_no_json_ld(client, corpus, editor_headers):
    for path in (
        f"{KI}/{corpus.draft_item.slug}.jsonld",
        f"{KI}/{corpus.draft_item.id}.jsonld",
        f"{PP}/{corpus.draft_paper.slug}.jsonld",
    ):
        response = await client.get(path)
        assert response.status_code == 404 and response.headers["content-type"] == "application/problem+json"
        assert DRAFT_MARK not in response.text
    # Metadata is a public surface: an editor's key does not make a draft citable either.
    negotiated = await client.get(
        f"{KI}/{corpus.draft_item.slug}", headers=editor_headers | {"Accept": "application/ld+json"}
    )
    assert negotiated.status_code == 404


async def test_unknown_item_and_unknown_parameter(client, corpus):
    assert (await client.get(f"{KI}/no-such-item.jsonld")).status_code == 404
    assert (await client.get(f"{KI}/{corpus.report.slug}.jsonld?pretty=1")).status_code == 400


async def test_attachments_and_translations(client, session, corpus, editor_headers):
    pdf = {
        "file_name": "report.pdf",
        "media_type": "application/pdf",
        "size": 1234,
        "url": "https://files.example/r.pdf",
    }
    dutch_draft = await factories.knowledge_item(session, f"{DRAFT_MARK} vertaling", kind="report")
    english = await factories.knowledge_item(
        session, "NAP 1325 review", publish=True, language="en", attachments=[pdf], translation=dutch_draft.slug
    )
    await session.flush()
    doc = (await client.get(f"{KI}/{english.slug}.jsonld")).json()
    assert doc["associatedMedia"] == [
        {
            "@type": "MediaObject",
            "name": "report.pdf",
            "contentUrl": "https://files.example/r.pdf",
            "encodingFormat": "application/pdf",
            "contentSize": "1234 B",
        }
    ]
    assert "workTranslation" not in doc  # the Dutch version is a draft: not even its URL is given away

    assert (await client.post(f"{KI}/{dutch_draft.slug}/publish", headers=editor_headers)).status_code == 200
    doc = (await client.get(f"{KI}/{english.slug}.jsonld")).json()
    assert doc["workTranslation"] == {"@id": f"http://testserver{KI}/{dutch_draft.slug}"}

    feed = (await client.get("/feeds/en.atom")).text
    assert 'rel="enclosure" type="application/pdf" href="https://files.example/r.pdf" length="1234"' in feed


async def test_a_publication_is_a_scholarly_article(client, session, corpus):
    article = await factories.knowledge_item(session, "Gender and conflict", publish=True, kind="publication")
    await session.flush()
    assert (await client.get(f"{KI}/{article.slug}.jsonld")).json()["@type"] == "ScholarlyArticle"
    [entry] = (await client.get(f"{KI}/{article.slug}/cite")).json()
    assert entry["type"] == "article" and entry["author"] == []
    bibtex = (await client.get(f"{KI}/{article.slug}/cite?format=bibtex")).text
    assert bibtex.startswith("@misc{gender-and-conflict,") and "author" not in bibtex

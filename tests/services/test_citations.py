"""Citation export: CSL-JSON, BibTeX and RIS of published items; drafts are never citable."""

from __future__ import annotations

import pytest

from tests.services.conftest import DRAFT_MARK

KI = "/api/v1/knowledge-items"
PP = "/api/v1/position-papers"


async def test_csl_json_is_the_default(client, corpus):
    response = await client.get(f"{KI}/{corpus.report.slug}/cite")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/vnd.citationstyles.csl+json"
    [entry] = response.json()
    published = corpus.report.published_at
    assert entry == {
        "id": f"knowledge-item-{corpus.report.id}",
        "type": "report",
        "title": corpus.report.title,
        "author": [{"literal": "Atria"}],
        "issued": {"date-parts": [[published.year, published.month, published.day]]},
        "language": "nl",
        "genre": "report",
        "URL": f"http://testserver{KI}/{corpus.report.slug}",
        "publisher": "WO=MEN Dutch Gender Platform",
        "abstract": corpus.report.summary,
        "keyword": "Vrouwen, vrede en veiligheid, nap-1325",
    }
    assert response.json() == (await client.get(f"{KI}/{corpus.report.id}/cite?format=csl-json")).json()


async def test_bibtex_escapes_and_braces_organisations(client, corpus):
    response = await client.get(f"{KI}/{corpus.report.slug}/cite", params={"format": "bibtex"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/x-bibtex; charset=utf-8"
    assert response.headers["content-disposition"] == f'inline; filename="{corpus.report.slug}.bib"'
    text = response.text
    assert text.startswith(f"@techreport{{{corpus.report.slug},\n")
    assert r"title = {{Oriëntatie op NAP 1325: \{vrede\} \& 100\% veiligheid}}" in text
    assert "author = {{Atria}}" in text and "institution = {WO=MEN Dutch Gender Platform}" in text
    assert f"year = {{{corpus.report.published_at.year}}}" in text and "language = {dutch}" in text
    # The summary's line break is folded: a BibTeX field value stays on one line.
    assert "abstract = {Een verkenning van het Nationaal Actieplan 1325. Tweede regel.}" in text
    unescaped = text.replace(r"\{", "").replace(r"\}", "")
    assert unescaped.count("{") == unescaped.count("}")  # braces balance once the escaped ones are gone

    news = (await client.get(f"{KI}/{corpus.english_news.slug}/cite?format=bibtex")).text
    assert news.startswith("@misc{") and "howpublished = {\\url{http://testserver" in news


async def test_ris_record(client, corpus):
    response = await client.get(f"{PP}/{corpus.paper.slug}/cite?format=ris")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/x-research-info-systems; charset=utf-8"
    lines = response.text.split("\r\n")
    assert lines[0] == "TY  - RPRT" and lines[1] == "TI  - Inbreng CSW69"
    assert {"AU  - Atria", "AU  - WO=MEN Dutch Gender Platform", "PB  - WO=MEN Dutch Gender Platform"} <= set(lines)
    assert f"PY  - {corpus.paper.published_at.year}" in lines and "LA  - nl" in lines
    assert "KW  - Vrouwen, vrede en veiligheid" in lines and "M3  - position paper" in lines
    assert lines[-2:] == ["ER  - ", ""]
    report = (await client.get(f"{KI}/{corpus.report.slug}/cite?format=ris")).text.split("\r\n")
    assert "AB  - Een verkenning van het Nationaal Actieplan 1325. Tweede regel." in report


@pytest.mark.parametrize("citation_format", ["csl-json", "bibtex", "ris"])
async def test_drafts_are_not_citable(client, corpus, editor_headers, citation_format):
    for path in (f"{KI}/{corpus.draft_item.slug}/cite", f"{PP}/{corpus.draft_paper.id}/cite"):
        response = await client.get(path, params={"format": citation_format}, headers=editor_headers)
        assert response.status_code == 404 and DRAFT_MARK not in response.text


async def test_bad_format_and_unknown_parameter(client, corpus):
    bad = await client.get(f"{KI}/{corpus.report.slug}/cite?format=endnote")
    assert bad.status_code == 422 and bad.headers["content-type"] == "application/problem+json"
    assert (await client.get(f"{KI}/{corpus.report.slug}/cite?style=apa")).status_code == 400

"""OAI-PMH 2.0 at /oai: every response validated against the official schema (local transcription)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.services.oai import records
from app.services.oai.arguments import Harvest
from app.services.oai.tokens import ResumptionTokens
from tests.services.conftest import DRAFT_MARK
from tests.services.oai.xml_schemas import assert_valid_oai_pmh

NS = {"oai": "http://www.openarchives.org/OAI/2.0/", "dc": "http://purl.org/dc/elements/1.1/"}
REPORT_STAMP = datetime(2020, 5, 1, 12, 0, 0, 250_000, tzinfo=UTC)
PAPER_STAMP = datetime(2021, 3, 4, 5, 6, 7, 500_000, tzinfo=UTC)
NEWS_STAMP = datetime(2022, 9, 9, 9, 9, 9, tzinfo=UTC)


async def harvest(client, **params):
    response = await client.get("/oai", params=params)
    assert response.status_code == 200 and response.headers["content-type"] == "text/xml; charset=utf-8"
    return assert_valid_oai_pmh(response.content)


def error_code(root) -> str | None:
    error = root.find("oai:error", NS)
    return error.get("code") if error is not None else None


def identifiers(root) -> list[str]:
    return [e.text for e in root.iterfind(".//oai:header/oai:identifier", NS)]


def oai_id(record_type: str, item) -> str:
    return f"oai:kennisbank.wo-men.nl:{record_type}/{item.id}"


@pytest.fixture
async def dated(corpus, session):
    """The corpus with known datestamps, so selective harvesting has something to select."""
    for item, stamp in ((corpus.report, REPORT_STAMP), (corpus.paper, PAPER_STAMP), (corpus.english_news, NEWS_STAMP)):
        item.published_at = stamp - timedelta(days=30)
        item.updated_at = stamp
    await session.flush()
    return corpus


async def test_identify(client, dated):
    root = await harvest(client, verb="Identify")
    assert root.find("oai:request", NS).get("verb") == "Identify"
    assert root.find("oai:request", NS).text == "http://testserver/oai"
    identify = root.find("oai:Identify", NS)
    assert identify.findtext("oai:repositoryName", namespaces=NS) == "Kennisbank WO=MEN"
    assert identify.findtext("oai:baseURL", namespaces=NS) == "http://testserver/oai"
    assert identify.findtext("oai:protocolVersion", namespaces=NS) == "2.0"
    assert identify.findtext("oai:adminEmail", namespaces=NS) == "kennisbank@wo-men.nl"
    assert identify.findtext("oai:earliestDatestamp", namespaces=NS) == "2020-05-01T12:00:00Z"
    assert identify.findtext("oai:deletedRecord", namespaces=NS) == "transient"
    assert identify.findtext("oai:granularity", namespaces=NS) == "YYYY-MM-DDThh:mm:ssZ"
    scheme = "{http://www.openarchives.org/OAI/2.0/oai-identifier}"
    description = identify.find(f"oai:description/{scheme}oai-identifier", NS)
    assert description.findtext(f"{scheme}repositoryIdentifier") == "kennisbank.wo-men.nl"
    assert description.findtext(f"{scheme}sampleIdentifier") == "oai:kennisbank.wo-men.nl:knowledge-item/1"


async def test_identify_of_an_empty_repository(client):
    root = await harvest(client, verb="Identify")
    assert root.findtext("oai:Identify/oai:earliestDatestamp", namespaces=NS) == "1970-01-01T00:00:00Z"


async def test_list_metadata_formats(client, corpus):
    for params in ({}, {"identifier": oai_id("knowledge-item", corpus.report)}):
        root = await harvest(client, verb="ListMetadataFormats", **params)
        formats = root.findall("oai:ListMetadataFormats/oai:metadataFormat", NS)
        assert [f.findtext("oai:metadataPrefix", namespaces=NS) for f in formats] == ["oai_dc"]
        assert (
            formats[0].findtext("oai:metadataNamespace", namespaces=NS) == "http://www.openarchives.org/OAI/2.0/oai_dc/"
        )
    draft = await harvest(client, verb="ListMetadataFormats", identifier=oai_id("knowledge-item", corpus.draft_item))
    assert error_code(draft) == "idDoesNotExist"


async def test_list_sets_are_themes_and_types(client, corpus):
    root = await harvest(client, verb="ListSets")
    sets = {s.findtext("oai:setSpec", namespaces=NS): s for s in root.iterfind("oai:ListSets/oai:set", NS)}
    assert set(sets) == {
        "type",
        "type:knowledge-item",
        "type:position-paper",
        "theme",
        f"theme:{corpus.theme.slug}",
        f"theme:{corpus.other_theme.slug}",
    }
    theme_set = sets[f"theme:{corpus.theme.slug}"]
    assert (
        theme_set.findtext("oai:setName", namespaces=NS) == "Vrouwen, vrede en veiligheid / Women, peace and security"
    )
    description = theme_set.find("oai:setDescription//dc:description", NS)
    assert description.text == "Resolutie 1325 en het Nationaal Actieplan."


async def test_list_records_in_oai_dc(client, dated):
    response = await client.get("/oai", params={"verb": "ListRecords", "metadataPrefix": "oai_dc"})
    assert DRAFT_MARK not in response.text
    root = assert_valid_oai_pmh(response.content)
    assert root.find("oai:request", NS).attrib == {"verb": "ListRecords", "metadataPrefix": "oai_dc"}
    # Oldest change first, and no resumption token when the list fits in one response.
    assert identifiers(root) == [
        oai_id("knowledge-item", dated.report),
        oai_id("position-paper", dated.paper),
        oai_id("knowledge-item", dated.english_news),
    ]
    assert root.find(".//oai:resumptionToken", NS) is None
    record = root.find("oai:ListRecords/oai:record", NS)
    assert record.findtext("oai:header/oai:datestamp", namespaces=NS) == "2020-05-01T12:00:00Z"
    assert [s.text for s in record.iterfind("oai:header/oai:setSpec", NS)] == [
        "type:knowledge-item",
        f"theme:{dated.theme.slug}",
    ]
    dc = record.find("oai:metadata/{http://www.openarchives.org/OAI/2.0/oai_dc/}dc", NS)

    def values(name: str) -> list[str]:
        return [e.text for e in dc.iterfind(f"dc:{name}", NS)]

    assert values("title") == [dated.report.title]
    assert values("creator") == ["Atria"] and values("publisher") == ["WO=MEN Dutch Gender Platform"]
    assert values("subject") == ["Vrouwen, vrede en veiligheid", "Women, peace and security", "nap-1325"]
    assert values("date") == [dated.report.published_at.date().isoformat()]
    assert values("type") == ["Text", "report"] and values("language") == ["nl"]
    assert values("identifier") == [f"http://testserver/api/v1/knowledge-items/{dated.report.slug}"]


async def test_list_identifiers_and_get_record(client, dated):
    root = await harvest(client, verb="ListIdentifiers", metadataPrefix="oai_dc")
    assert len(identifiers(root)) == 3 and root.find(".//oai:metadata", NS) is None

    record = await harvest(
        client, verb="GetRecord", metadataPrefix="oai_dc", identifier=oai_id("position-paper", dated.paper)
    )
    assert identifiers(record) == [oai_id("position-paper", dated.paper)]
    dc = record.find(".//{http://www.openarchives.org/OAI/2.0/oai_dc/}dc")
    assert [e.text for e in dc.iterfind("dc:type", NS)] == ["Text", "position paper"]
    assert {e.text for e in dc.iterfind("dc:creator", NS)} == {"Atria", "WO=MEN Dutch Gender Platform"}


async def test_drafts_do_not_exist_for_harvesters(client, corpus):
    for record_type, draft in (("knowledge-item", corpus.draft_item), ("position-paper", corpus.draft_paper)):
        root = await harvest(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=oai_id(record_type, draft))
        assert error_code(root) == "idDoesNotExist"
    response = await client.get(
        "/oai", params={"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": f"theme:{corpus.theme.slug}"}
    )
    assert DRAFT_MARK not in response.text
    assert set(identifiers(assert_valid_oai_pmh(response.content))) == {
        oai_id("knowledge-item", corpus.report),
        oai_id("position-paper", corpus.paper),
    }


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"set": "type:position-paper"}, ["paper"]),
        ({"set": "type:knowledge-item"}, ["report", "english_news"]),
        ({"set": "type"}, ["report", "paper", "english_news"]),
        ({"set": "theme"}, ["report", "paper", "english_news"]),
        ({"set": "theme:{other_theme}"}, ["english_news"]),
        ({"from": "2021-01-01"}, ["paper", "english_news"]),
        ({"until": "2021-12-31"}, ["report", "paper"]),
        ({"from": "2021-03-04", "until": "2021-03-04"}, ["paper"]),
        # Second granularity: both bounds are inclusive to the second the datestamp shows.
        ({"from": "2021-03-04T05:06:07Z", "until": "2021-03-04T05:06:07Z"}, ["paper"]),
        ({"from": "2021-03-04T05:06:08Z"}, ["english_news"]),
        ({"until": "2021-03-04T05:06:06Z"}, ["report"]),
        ({"from": "2020-01-01", "set": "theme:{theme}"}, ["report", "paper"]),
    ],
)
async def test_selective_harvesting(client, dated, params, expected):
    values = {k: v.format(theme=dated.theme.slug, other_theme=dated.other_theme.slug) for k, v in params.items()}
    root = await harvest(client, verb="ListIdentifiers", metadataPrefix="oai_dc", **values)
    assert root.find("oai:request", NS).attrib == {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", **values}
    types = {"report": "knowledge-item", "english_news": "knowledge-item", "paper": "position-paper"}
    assert identifiers(root) == [oai_id(types[name], getattr(dated, name)) for name in expected]


@pytest.mark.parametrize(
    "params", [{"from": "2030-01-01"}, {"until": "1999-12-31"}, {"set": "theme:no-such-theme"}, {"set": "kind"}]
)
async def test_no_records_match(client, dated, params):
    root = await harvest(client, verb="ListRecords", metadataPrefix="oai_dc", **params)
    assert error_code(root) == "noRecordsMatch"
    assert root.find("oai:request", NS).get("verb") == "ListRecords"  # arguments were fine: they are echoed


async def test_resumption_tokens_page_through_the_whole_list(client, dated, monkeypatch):
    monkeypatch.setattr(records, "PAGE_SIZE", 2)
    first = await harvest(client, verb="ListRecords", metadataPrefix="oai_dc")
    token = first.find("oai:ListRecords/oai:resumptionToken", NS)
    assert len(identifiers(first)) == 2 and token.text
    assert token.get("completeListSize") == "3" and token.get("cursor") == "0"
    expires = datetime.strptime(token.get("expirationDate"), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    assert timedelta(hours=23) < expires - datetime.now(UTC) <= timedelta(hours=24)

    second = await harvest(client, verb="ListRecords", resumptionToken=token.text)
    assert second.find("oai:request", NS).attrib == {"verb": "ListRecords", "resumptionToken": token.text}
    last = second.find("oai:ListRecords/oai:resumptionToken", NS)
    # The last page of a split list carries an empty token.
    assert last.text is None and last.get("cursor") == "2" and last.get("completeListSize") == "3"
    assert identifiers(first) + identifiers(second) == [
        oai_id("knowledge-item", dated.report),
        oai_id("position-paper", dated.paper),
        oai_id("knowledge-item", dated.english_news),
    ]


async def test_resumption_keeps_the_harvest_arguments(client, dated, monkeypatch):
    monkeypatch.setattr(records, "PAGE_SIZE", 1)
    first = await harvest(client, verb="ListIdentifiers", metadataPrefix="oai_dc", set=f"theme:{dated.theme.slug}")
    token = first.findtext("oai:ListIdentifiers/oai:resumptionToken", namespaces=NS)
    second = await harvest(client, verb="ListIdentifiers", resumptionToken=token)
    assert identifiers(first) + identifiers(second) == [
        oai_id("knowledge-item", dated.report),
        oai_id("position-paper", dated.paper),
    ]
    assert second.find("oai:ListIdentifiers/oai:resumptionToken", NS).text is None


async def test_bad_resumption_tokens(client, dated, settings, monkeypatch):
    monkeypatch.setattr(records, "PAGE_SIZE", 1)
    first = await harvest(client, verb="ListRecords", metadataPrefix="oai_dc")
    token = first.findtext("oai:ListRecords/oai:resumptionToken", namespaces=NS)
    tampered = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    tokens = ResumptionTokens(settings.secret_key.get_secret_value())
    harvest_state = Harvest(verb="ListRecords", metadata_prefix="oai_dc", after=(REPORT_STAMP, 0, dated.report.id))
    expired = tokens.encode(harvest_state, expires=datetime.now(UTC) - timedelta(seconds=1))
    foreign = ResumptionTokens("another-secret-entirely").encode(
        harvest_state, expires=datetime.now(UTC) + timedelta(hours=1)
    )
    for bad in (tampered, expired, foreign, "not-a-token", "", "%%%"):
        root = await harvest(client, verb="ListRecords", resumptionToken=bad)
        assert error_code(root) == "badResumptionToken", bad
    # A ListRecords token does not resume ListIdentifiers, and ListSets never issues tokens.
    assert error_code(await harvest(client, verb="ListIdentifiers", resumptionToken=token)) == "badResumptionToken"
    assert error_code(await harvest(client, verb="ListSets", resumptionToken=token)) == "badResumptionToken"


@pytest.mark.parametrize(
    "query",
    [
        "",
        "verb=Frobnicate",
        "verb=Identify&verb=Identify",
        "verb=identify",
    ],
)
async def test_bad_verb(client, query):
    response = await client.get(f"/oai?{query}")
    root = assert_valid_oai_pmh(response.content)
    assert response.status_code == 200 and error_code(root) == "badVerb"
    assert root.find("oai:request", NS).attrib == {}  # nothing is echoed after badVerb


@pytest.mark.parametrize(
    "query",
    [
        "verb=Identify&metadataPrefix=oai_dc",
        "verb=ListRecords",
        "verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc",
        "verb=ListRecords&metadataPrefix=oai_dc&frm=2020-01-01",
        "verb=ListRecords&metadataPrefix=oai_dc&from=yesterday",
        "verb=ListRecords&metadataPrefix=oai_dc&from=2020-02-30",
        "verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01T00:00:00",
        "verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01&until=2021-01-01T00:00:00Z",
        "verb=ListRecords&metadataPrefix=oai_dc&from=2021-01-02&until=2021-01-01",
        "verb=ListRecords&metadataPrefix=oai_dc&set=theme:",
        "verb=ListRecords&metadataPrefix=oai%20dc",
        "verb=ListRecords&resumptionToken=abc&metadataPrefix=oai_dc",
        "verb=GetRecord&metadataPrefix=oai_dc",
        "verb=GetRecord&identifier=oai:kennisbank.wo-men.nl:knowledge-item/1",
        "verb=GetRecord&metadataPrefix=oai_dc&identifier=has%20space",
    ],
)
async def test_bad_argument(client, query):
    response = await client.get(f"/oai?{query}")
    root = assert_valid_oai_pmh(response.content)
    assert response.status_code == 200 and error_code(root) == "badArgument", response.text
    assert root.find("oai:request", NS).attrib == {}


async def test_cannot_disseminate_format_and_unknown_ids(client, corpus):
    identifier = oai_id("knowledge-item", corpus.report)
    assert error_code(await harvest(client, verb="GetRecord", metadataPrefix="marc21", identifier=identifier)) == (
        "cannotDisseminateFormat"
    )
    assert error_code(await harvest(client, verb="ListRecords", metadataPrefix="marc21")) == "cannotDisseminateFormat"
    for unknown in ("oai:kennisbank.wo-men.nl:knowledge-item/999999", "oai:elsewhere.org:knowledge-item/1", "urn:x"):
        root = await harvest(client, verb="GetRecord", metadataPrefix="oai_dc", identifier=unknown)
        assert error_code(root) == "idDoesNotExist"


async def test_form_post_is_the_same_request(client, dated):
    response = await client.post(
        "/oai", data={"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "set": "type:position-paper"}
    )
    root = assert_valid_oai_pmh(response.content)
    assert identifiers(root) == [oai_id("position-paper", dated.paper)]
    assert error_code(assert_valid_oai_pmh((await client.post("/oai", content=b"verb=Identify")).content)) == "badVerb"


async def test_records_that_leave_public_view_are_deleted_records(client, dated, editor_headers):
    before = datetime.now(UTC).replace(microsecond=0)
    unpublished = await client.post(f"/api/v1/knowledge-items/{dated.report.slug}/unpublish", headers=editor_headers)
    assert unpublished.status_code == 200
    assert (
        await client.delete(f"/api/v1/position-papers/{dated.paper.slug}", headers=editor_headers)
    ).status_code == 204
    # A draft that never was public is deleted without a trace in the repository.
    assert (
        await client.delete(f"/api/v1/knowledge-items/{dated.draft_item.slug}", headers=editor_headers)
    ).status_code == 204

    response = await client.get("/oai", params={"verb": "ListRecords", "metadataPrefix": "oai_dc"})
    root = assert_valid_oai_pmh(response.content)
    assert dated.report.title not in response.text and DRAFT_MARK not in response.text
    records = {r.findtext("oai:header/oai:identifier", namespaces=NS): r for r in root.iterfind(".//oai:record", NS)}
    assert set(records) == {
        oai_id("knowledge-item", dated.english_news),
        oai_id("knowledge-item", dated.report),
        oai_id("position-paper", dated.paper),
    }
    for identifier in (oai_id("knowledge-item", dated.report), oai_id("position-paper", dated.paper)):
        header = records[identifier].find("oai:header", NS)
        assert header.get("status") == "deleted" and records[identifier].find("oai:metadata", NS) is None
        stamp = datetime.strptime(header.findtext("oai:datestamp", namespaces=NS), "%Y-%m-%dT%H:%M:%SZ")
        assert stamp.replace(tzinfo=UTC) >= before  # datestamped when the item left public view
    # Incremental harvesting sees the deletions; sets by type keep them.
    recent = await harvest(client, verb="ListIdentifiers", metadataPrefix="oai_dc", **{"from": datestamp_of(before)})
    assert set(identifiers(recent)) == {oai_id("knowledge-item", dated.report), oai_id("position-paper", dated.paper)}
    by_type = await harvest(client, verb="ListIdentifiers", metadataPrefix="oai_dc", set="type:position-paper")
    assert by_type.find(".//oai:header", NS).get("status") == "deleted"

    record = await harvest(
        client, verb="GetRecord", metadataPrefix="oai_dc", identifier=oai_id("knowledge-item", dated.report)
    )
    assert record.find(".//oai:header", NS).get("status") == "deleted"
    gone = await harvest(
        client, verb="GetRecord", metadataPrefix="oai_dc", identifier=oai_id("knowledge-item", dated.draft_item)
    )
    assert error_code(gone) == "idDoesNotExist"

    # Publishing again brings the record back to life.
    assert (
        await client.post(f"/api/v1/knowledge-items/{dated.report.slug}/publish", headers=editor_headers)
    ).status_code == 200
    revived = await harvest(
        client, verb="GetRecord", metadataPrefix="oai_dc", identifier=oai_id("knowledge-item", dated.report)
    )
    assert revived.find(".//oai:header", NS).get("status") is None and revived.find(".//oai:metadata", NS) is not None


def datestamp_of(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")

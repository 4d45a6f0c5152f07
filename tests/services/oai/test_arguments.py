"""OAI-PMH verbs and arguments: what a request may say, and the error code for each way it can be wrong."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.services.oai.arguments import (
    Harvest,
    OaiError,
    check_format,
    new_harvest,
    parse_arguments,
    parse_range,
)


def error_of(pairs: list[tuple[str, str]]) -> tuple[str, str]:
    with pytest.raises(OaiError) as raised:
        parse_arguments(pairs)
    return raised.value.code, raised.value.message


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        ([("verb", "Identify")], ("Identify", {})),
        ([("verb", "ListMetadataFormats")], ("ListMetadataFormats", {})),
        (
            [("verb", "ListMetadataFormats"), ("identifier", "oai:x:y/1")],
            ("ListMetadataFormats", {"identifier": "oai:x:y/1"}),
        ),
        ([("verb", "ListSets")], ("ListSets", {})),
        (
            [("metadataPrefix", "oai_dc"), ("verb", "GetRecord"), ("identifier", "oai:x:y/1")],
            ("GetRecord", {"metadataPrefix": "oai_dc", "identifier": "oai:x:y/1"}),
        ),
        (
            [
                ("verb", "ListRecords"),
                ("metadataPrefix", "oai_dc"),
                ("from", "2020-01-01"),
                ("until", "2020-12-31"),
                ("set", "theme:vrede"),
            ],
            (
                "ListRecords",
                {"metadataPrefix": "oai_dc", "from": "2020-01-01", "until": "2020-12-31", "set": "theme:vrede"},
            ),
        ),
        # A resumptionToken stands alone: the verb's required arguments are in the token.
        ([("verb", "ListIdentifiers"), ("resumptionToken", "abc")], ("ListIdentifiers", {"resumptionToken": "abc"})),
        ([("verb", "ListSets"), ("resumptionToken", "abc")], ("ListSets", {"resumptionToken": "abc"})),
        # A prefix this repository does not offer is still a well-formed argument (cannotDisseminateFormat later).
        ([("verb", "ListRecords"), ("metadataPrefix", "marc21")], ("ListRecords", {"metadataPrefix": "marc21"})),
    ],
)
def test_valid_requests(pairs: list[tuple[str, str]], expected: tuple[str, dict[str, str]]) -> None:
    assert parse_arguments(pairs) == expected


@pytest.mark.parametrize(
    ("pairs", "message"),
    [
        ([], "the verb argument is missing"),
        ([("metadataPrefix", "oai_dc")], "the verb argument is missing"),
        ([("verb", "Identify"), ("verb", "Identify")], "give exactly one verb"),
        ([("verb", "Identify"), ("verb", "ListSets")], "give exactly one verb"),
        ([("verb", "Frobnicate")], "'Frobnicate' is not an OAI-PMH verb"),
        ([("verb", "identify")], "'identify' is not an OAI-PMH verb"),  # verbs are case-sensitive
        ([("verb", "")], "'' is not an OAI-PMH verb"),
    ],
)
def test_bad_verb(pairs: list[tuple[str, str]], message: str) -> None:
    code, text = error_of(pairs)
    assert code == "badVerb"
    assert text.startswith(message)


@pytest.mark.parametrize(
    ("pairs", "message"),
    [
        ([("verb", "Identify"), ("metadataPrefix", "oai_dc")], "Identify does not take metadataPrefix"),
        ([("verb", "ListSets"), ("set", "type")], "ListSets does not take set"),
        (
            [("verb", "ListRecords"), ("metadataPrefix", "oai_dc"), ("frm", "2020-01-01"), ("identifier", "x")],
            "ListRecords does not take frm, identifier",
        ),
        ([("verb", "ListRecords")], "ListRecords needs metadataPrefix"),
        ([("verb", "GetRecord")], "GetRecord needs identifier, metadataPrefix"),
        ([("verb", "GetRecord"), ("metadataPrefix", "oai_dc")], "GetRecord needs identifier"),
        (
            [("verb", "ListRecords"), ("metadataPrefix", "oai_dc"), ("metadataPrefix", "oai_dc")],
            "the argument metadataPrefix is repeated",
        ),
        (
            [("verb", "ListRecords"), ("resumptionToken", "abc"), ("metadataPrefix", "oai_dc")],
            "resumptionToken is an exclusive argument",
        ),
        ([("verb", "ListRecords"), ("metadataPrefix", "oai dc")], "metadataPrefix has characters"),
        ([("verb", "ListRecords"), ("metadataPrefix", "oai_dc"), ("set", "theme:")], "set is not a setSpec"),
        ([("verb", "ListRecords"), ("metadataPrefix", "oai_dc"), ("set", ":type")], "set is not a setSpec"),
        (
            [("verb", "GetRecord"), ("metadataPrefix", "oai_dc"), ("identifier", "has space")],
            "identifier must be a URI",
        ),
        ([("verb", "GetRecord"), ("metadataPrefix", "oai_dc"), ("identifier", "x" * 513)], "identifier must be a URI"),
        ([("verb", "ListRecords"), ("metadataPrefix", "oai_dc"), ("from", "yesterday")], "'yesterday' is not a date"),
        (
            [("verb", "ListRecords"), ("metadataPrefix", "oai_dc"), ("until", "2020-02-30")],
            "'2020-02-30' is not a date",
        ),
        (
            [("verb", "ListRecords"), ("metadataPrefix", "oai_dc"), ("from", "2020-01-01T00:00:00")],
            "'2020-01-01T00:00:00' is not a date",
        ),
        (
            [
                ("verb", "ListRecords"),
                ("metadataPrefix", "oai_dc"),
                ("from", "2020-01-01"),
                ("until", "2021-01-01T00:00:00Z"),
            ],
            "from and until must have the same granularity",
        ),
        (
            [("verb", "ListRecords"), ("metadataPrefix", "oai_dc"), ("from", "2021-01-02"), ("until", "2021-01-01")],
            "from must not be later than until",
        ),
    ],
)
def test_bad_argument(pairs: list[tuple[str, str]], message: str) -> None:
    code, text = error_of(pairs)
    assert code == "badArgument"
    assert text.startswith(message)


def test_a_day_range_covers_whole_days() -> None:
    from_, until = parse_range("2021-03-04", "2021-03-04")
    assert from_ == datetime(2021, 3, 4, tzinfo=UTC)
    assert until == datetime(2021, 3, 5, tzinfo=UTC)  # exclusive: the whole of the 4th


def test_a_second_range_covers_whole_seconds() -> None:
    from_, until = parse_range("2021-03-04T05:06:07Z", "2021-03-04T05:06:07Z")
    assert from_ == datetime(2021, 3, 4, 5, 6, 7, tzinfo=UTC)
    assert until == datetime(2021, 3, 4, 5, 6, 8, tzinfo=UTC)


def test_either_bound_may_be_left_out() -> None:
    assert parse_range(None, None) == (None, None)
    assert parse_range("2021-01-01", None) == (datetime(2021, 1, 1, tzinfo=UTC), None)
    assert parse_range(None, "2021-01-01") == (None, datetime(2021, 1, 2, tzinfo=UTC))


def test_only_oai_dc_can_be_disseminated() -> None:
    check_format("oai_dc")
    with pytest.raises(OaiError) as raised:
        check_format("marc21")
    assert raised.value.code == "cannotDisseminateFormat"


def test_a_new_harvest_carries_the_selection() -> None:
    harvest = new_harvest(
        "ListIdentifiers", {"metadataPrefix": "oai_dc", "from": "2020-01-01", "until": "2020-12-31", "set": "type"}
    )
    assert harvest == Harvest(
        verb="ListIdentifiers",
        metadata_prefix="oai_dc",
        from_=datetime(2020, 1, 1, tzinfo=UTC),
        until=datetime(2021, 1, 1, tzinfo=UTC),
        set_spec="type",
    )
    assert harvest.after is None and harvest.cursor == 0


def test_a_new_harvest_in_an_unknown_format_cannot_be_disseminated() -> None:
    with pytest.raises(OaiError) as raised:
        new_harvest("ListRecords", {"metadataPrefix": "marc21"})
    assert raised.value.code == "cannotDisseminateFormat"

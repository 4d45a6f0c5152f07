"""ETags, If-None-Match and If-Match parsing (app/web/conditional.py) on their own: no database, no HTTP."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from starlette.requests import Request

from app.models.change import EntityType
from app.services.common import IfMatch, RecordVersion
from app.web.conditional import (
    ENTITY_CODES,
    PreconditionRequiredError,
    etag_matches,
    expected_version,
    parse_if_match,
    record_etag,
)


def request(if_match: str | None = None, *, require_if_match: bool = False) -> Request:
    headers = [] if if_match is None else [(b"if-match", if_match.encode())]
    settings = SimpleNamespace(require_if_match=require_if_match)
    app = SimpleNamespace(state=SimpleNamespace(settings=settings))
    return Request({"type": "http", "method": "PATCH", "path": "/", "headers": headers, "app": app})


def test_if_match_parsing_keeps_strong_tags_we_issued():
    assert parse_if_match("*") is None
    assert parse_if_match('"ki12-v3-00ff", W/"pp4-v1-00", "th7-v2", "x"') == IfMatch(
        tags=(RecordVersion(EntityType.knowledge_item, 12, 3), RecordVersion(EntityType.theme, 7, 2))
    )
    assert parse_if_match('"v3-00ff"') == IfMatch(tags=())
    assert parse_if_match("not-an-etag") == IfMatch(tags=())


def test_if_none_match_compares_weakly():
    assert etag_matches('W/"ki1-v1-ab"', '"ki1-v1-ab"')
    assert etag_matches('"a", "ki1-v1-ab"', 'W/"ki1-v1-ab"')
    assert etag_matches(" * ", '"ki1-v1-ab"')
    assert not etag_matches('"ki2-v1-ab"', '"ki1-v1-ab"')
    assert not etag_matches("", '"ki1-v1-ab"')


@pytest.mark.parametrize("entity", list(ENTITY_CODES))
def test_every_records_etag_names_it_and_parses_back_to_it(entity: EntityType) -> None:
    record = RecordVersion(entity, 12, 3)
    etag = record_etag(record, b'{"id": 12}')
    assert re.fullmatch(rf'"{ENTITY_CODES[entity]}12-v3-[0-9a-f]{{20}}"', etag)
    assert parse_if_match(etag) == IfMatch(tags=(record,))


def test_the_hash_tells_representations_of_one_version_apart() -> None:
    record = RecordVersion(EntityType.knowledge_item, 1, 1)
    full, sparse = record_etag(record, b'{"id": 1, "title": "x"}'), record_etag(record, b'{"id": 1}')
    assert full != sparse and full == record_etag(record, b'{"id": 1, "title": "x"}')
    assert parse_if_match(full) == parse_if_match(sparse)  # If-Match accepts any representation of it


@pytest.mark.parametrize(
    "header",
    [
        '"ki0-v1-ab"',  # ids start at 1
        '"ki1-v0-ab"',  # so do versions
        '"ki01-v1-ab"',  # no leading zeros: one tag, one spelling
        '"zz1-v1-ab"',  # a code we never issue
        '"KI1-v1-ab"',
        '"ki1-v1-AB"',  # our hashes are lower-case hex
        '"ki1-v1-ab-"',
        '"ki12345678901234567890-v1"',  # longer than any id
        "ki1-v1-ab",  # unquoted
        'W/"ki1-v1-ab"',  # weak: never matches under strong comparison
    ],
)
def test_tags_we_could_not_have_issued_name_nothing(header: str) -> None:
    assert parse_if_match(header) == IfMatch(tags=())


def test_a_list_of_tags_keeps_its_order_and_ignores_spacing() -> None:
    parsed = parse_if_match(' "org5-v2" ,"wg6-v1-0a",  "pp7-v9-ff" ')
    assert parsed == IfMatch(
        tags=(
            RecordVersion(EntityType.organisation, 5, 2),
            RecordVersion(EntityType.working_group, 6, 1),
            RecordVersion(EntityType.position_paper, 7, 9),
        )
    )


def test_a_star_means_any_version_only_on_its_own() -> None:
    assert parse_if_match("  *  ") is None
    assert parse_if_match('*, "ki1-v1"') == IfMatch(tags=(RecordVersion(EntityType.knowledge_item, 1, 1),))


def test_if_none_match_compares_whole_tags_never_prefixes() -> None:
    etag = '"ki1-v1-abcd"'
    assert not etag_matches('"ki1-v1"', etag)
    assert not etag_matches('"ki1-v1-abc"', etag)
    assert not etag_matches('"ki1-v1-abcd', etag)  # unterminated: not a tag
    assert not etag_matches("ki1-v1-abcd", etag)
    assert etag_matches('W/"x", W/"ki1-v1-abcd"', etag)


def test_a_write_without_if_match_goes_ahead_unless_one_is_required() -> None:
    assert expected_version(request()) is None
    with pytest.raises(PreconditionRequiredError) as caught:
        expected_version(request(require_if_match=True))
    assert caught.value.http_status == 428


def test_a_write_with_if_match_hands_its_tags_to_the_service() -> None:
    tags = IfMatch(tags=(RecordVersion(EntityType.theme, 3, 4),))
    assert expected_version(request('"th3-v4-00"', require_if_match=True)) == tags
    # A header that names nothing usable is not refused here: the service answers 412 under the row lock.
    assert expected_version(request('W/"th3-v4-00"', require_if_match=True)) == IfMatch(tags=())
    assert expected_version(request("*", require_if_match=True)) is None

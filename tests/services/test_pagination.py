"""Page arguments and cursors (app/services/pagination.py) on their own: no database, no HTTP."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

import pytest
from sqlalchemy import ColumnElement, column

from app.errors import ValidationFailedError
from app.services.pagination import CursorCodec, SortField, keyset_after, parse_sort, scope_of

SECRET = "a-test-secret-of-some-length-0123456789"
SCOPE = "knowledge_items:-published_at"
WHEN = datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=UTC)


def sql(clause: ColumnElement[bool]) -> str:
    return str(clause.compile(compile_kwargs={"literal_binds": True}))


# ----- parse_sort -----


def test_the_default_applies_when_no_sort_is_given() -> None:
    for raw in (None, ""):
        assert parse_sort(raw, allowed=["title", "published_at"], default="-published_at") == (
            SortField("published_at", descending=True),
        )


def test_a_sort_keeps_the_order_and_direction_of_its_fields() -> None:
    assert parse_sort(" -published_at , +title,id", allowed=["title", "published_at", "id"], default="id") == (
        SortField("published_at", True),
        SortField("title", False),
        SortField("id", False),
    )


def test_a_field_outside_the_whitelist_is_refused_naming_what_is_allowed() -> None:
    with pytest.raises(ValidationFailedError, match=r"cannot sort by 'password'; allowed: title, id") as caught:
        parse_sort("title,-password", allowed=["title", "id"], default="id")
    assert caught.value.field == "sort"


def test_a_field_given_twice_is_refused_whatever_its_direction() -> None:
    with pytest.raises(ValidationFailedError, match="given twice"):
        parse_sort("title,-title", allowed=["title"], default="title")


def test_an_empty_part_is_not_a_field() -> None:
    with pytest.raises(ValidationFailedError, match="cannot sort by ''"):
        parse_sort("title,", allowed=["title"], default="title")


def test_the_scope_names_the_listing_and_its_order() -> None:
    sort = (SortField("published_at", True), SortField("title", False))
    assert scope_of("knowledge_items", sort) == "knowledge_items:-published_at,title"


# ----- keyset_after -----


def test_rows_after_a_single_key() -> None:
    assert sql(keyset_after([column("id")], [False], [5])) == "id > 5"
    assert sql(keyset_after([column("id")], [True], [5])) == "id < 5"


def test_rows_after_a_compound_key_compare_each_column_under_an_equal_prefix() -> None:
    clause = keyset_after([column("published_at"), column("title"), column("id")], [True, False, False], [3, "b", 9])
    assert sql(clause) == (
        "published_at < 3 OR published_at = 3 AND title > 'b' OR published_at = 3 AND title = 'b' AND id > 9"
    )


def test_no_key_means_no_row_is_after() -> None:
    assert sql(keyset_after([], [], [])) == "false"


# ----- CursorCodec -----


def test_a_cursor_round_trips_its_values_with_their_types() -> None:
    codec = CursorCodec(SECRET)
    cursor = codec.encode([WHEN, "Oriëntatie", 42], scope=SCOPE)
    assert "=" not in cursor and "+" not in cursor and "/" not in cursor  # safe in a query string as it is
    assert codec.decode(cursor, scope=SCOPE, types=[datetime, str, int]) == (WHEN, "Oriëntatie", 42)


def test_a_cursor_is_opaque_and_signed_not_encrypted_but_tamper_evident() -> None:
    codec = CursorCodec(SECRET)
    cursor = codec.encode([42], scope=SCOPE)
    raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
    forged_payload = raw[:-12].replace(b"42", b"43")
    forged = base64.urlsafe_b64encode(forged_payload + raw[-12:]).decode().rstrip("=")
    with pytest.raises(ValidationFailedError, match="invalid or expired cursor") as caught:
        codec.decode(forged, scope=SCOPE, types=[int])
    assert caught.value.field == "cursor"


ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_any_changed_character_is_refused(where: str) -> None:
    codec = CursorCodec(SECRET)
    cursor = codec.encode([WHEN, 42], scope=SCOPE)
    i = {"first": 0, "middle": len(cursor) // 2, "last": len(cursor) - 1}[where]
    # Half the alphabet away flips the character's top bit, which always carries data (the low bits of
    # the last character may be padding).
    flipped = ALPHABET[(ALPHABET.index(cursor[i]) + 32) % 64]
    with pytest.raises(ValidationFailedError):
        codec.decode(cursor[:i] + flipped + cursor[i + 1 :], scope=SCOPE, types=[datetime, int])


def test_a_cursor_from_another_listing_or_sort_order_is_refused() -> None:
    codec = CursorCodec(SECRET)
    cursor = codec.encode([42], scope=SCOPE)
    for other in ("knowledge_items:title", "position_papers:-published_at"):
        with pytest.raises(ValidationFailedError):
            codec.decode(cursor, scope=other, types=[int])


def test_cursors_expire_when_the_secret_is_rotated() -> None:
    cursor = CursorCodec(SECRET).encode([42], scope=SCOPE)
    with pytest.raises(ValidationFailedError, match="invalid or expired cursor"):
        CursorCodec(SECRET + "-rotated").decode(cursor, scope=SCOPE, types=[int])
    assert CursorCodec(SECRET).decode(cursor, scope=SCOPE, types=[int]) == (42,)


def test_values_of_the_wrong_type_or_number_are_refused() -> None:
    codec = CursorCodec(SECRET)
    cursor = codec.encode(["42"], scope=SCOPE)
    with pytest.raises(ValidationFailedError):
        codec.decode(cursor, scope=SCOPE, types=[int])
    with pytest.raises(ValidationFailedError):
        codec.decode(cursor, scope=SCOPE, types=[str, int])
    not_a_date = codec.encode(["gisteren"], scope=SCOPE)
    with pytest.raises(ValidationFailedError):
        codec.decode(not_a_date, scope=SCOPE, types=[datetime])


@pytest.mark.parametrize("garbage", ["", "x", "!!!!", "bm9wZQ", "é", "A" * 400])
def test_garbage_is_the_same_refusal_never_a_crash(garbage: str) -> None:
    with pytest.raises(ValidationFailedError, match="invalid or expired cursor"):
        CursorCodec(SECRET).decode(garbage, scope=SCOPE, types=[int])

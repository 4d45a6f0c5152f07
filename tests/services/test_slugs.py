import re

import pytest

from app.models.base import SLUG_MAX, SLUG_PATTERN
from app.services.slugs import is_id, slugify


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Oriëntatie", "orientatie"),
        ("Coördinatie van het NAP 1325", "coordinatie-van-het-nap-1325"),
        ("  Financiële steun -- voor vrouwenrechten!  ", "financiele-steun-voor-vrouwenrechten"),
        ("Straße & Zoë", "strasse-en-zoe"),
        ("Ærø, Łódź", "aero-lodz"),
        ("1325", "item-1325"),
        ("2024 - 2025", "item-2024-2025"),
        ("!!!", "item"),
        ("مرحبا", "item"),
    ],
)
def test_slugify_folds_dutch_diacritics_and_punctuation(title: str, slug: str) -> None:
    assert slugify(title) == slug


def test_slugify_output_always_matches_the_slug_rule() -> None:
    for title in ["Oriëntatie", "1325", "a" * 500, "x-" * 200, "Één twee", "🎉 feest 🎉"]:
        slug = slugify(title)
        assert re.fullmatch(SLUG_PATTERN, slug), slug
        assert len(slug) <= SLUG_MAX


def test_long_titles_are_cut_on_a_word_boundary() -> None:
    slug = slugify("gendergelijkheid " * 30)
    assert slug.endswith("gendergelijkheid")
    assert len(slug) <= SLUG_MAX - 8


def test_ids_and_slugs_cannot_be_confused() -> None:
    assert is_id("42")
    assert not is_id("item-42")
    assert not is_id("٤٢")  # non-ASCII digits are not ids
    assert not re.fullmatch(SLUG_PATTERN, "42")

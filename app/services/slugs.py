"""Slugs: lowercase ASCII words joined by hyphens, folded from titles ("Oriëntatie" -> "orientatie")."""

from __future__ import annotations

import re
import unicodedata

from app.models.base import SLUG_MAX

# Letters that NFKD does not decompose into ASCII plus a combining mark.
_SPECIAL = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "ø": "o",
        "Ø": "o",
        "œ": "oe",
        "Œ": "oe",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "þ": "th",
        "Þ": "th",
        "ı": "i",  # noqa: RUF001
        "&": " en ",
    }
)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_HAS_LETTER = re.compile(r"[a-z]")
SLUG_BODY_MAX = SLUG_MAX - 8  # room for a "-NNNN" uniqueness suffix


def slugify(text: str, *, fallback: str = "item") -> str:
    """Fold ``text`` to a slug; never empty, always with a letter (digits alone read as ids)."""
    folded = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    ascii_text = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    slug = _NON_ALNUM.sub("-", ascii_text).strip("-")
    if len(slug) > SLUG_BODY_MAX:
        cut = slug[:SLUG_BODY_MAX]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    if not slug:
        return fallback
    if not _HAS_LETTER.search(slug):
        return f"{fallback}-{slug}"
    return slug


def with_suffix(slug: str, n: int) -> str:
    return slug if n <= 1 else f"{slug}-{n}"


def is_id(id_or_slug: str) -> bool:
    """Ids are all digits; slugs never are (see slugify), so the two can't be confused."""
    return id_or_slug.isascii() and id_or_slug.isdigit() and len(id_or_slug) <= 18

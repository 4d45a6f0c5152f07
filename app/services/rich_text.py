"""Rich text: the body format, its sanitised HTML and a plain-text excerpt.

``body`` (and ``summary``) are CommonMark Markdown with two GitHub extensions, tables and
~~strikethrough~~; raw HTML in the Markdown is not HTML, it shows as text. ``body_html`` is that
Markdown rendered by markdown-it-py (raw HTML off) and then cleaned by nh3 (the Rust ``ammonia``
sanitiser) against an allow-list, so that even a renderer bug could not let markup through:

- elements: headings, paragraphs, line breaks, rules, lists, links, emphasis, strong, strikethrough,
  inline code and code blocks, blockquotes, tables, images;
- links: ``http``, ``https`` and ``mailto`` or relative addresses only, each with
  ``rel="noopener noreferrer"``; images: only from this service's ``/media/`` (uploaded attachments);
- attributes: ``href``/``title`` on links, ``src``/``alt``/``title`` on images, ``start`` on ordered
  lists; no ``style``, ``class``, ``id`` or event handler survives.

``excerpt`` is plain text for meta descriptions and cards: the summary, or the body when there is no
summary, without markup, whitespace collapsed, at most 160 characters, cut at a word boundary with "…".
"""

from __future__ import annotations

import re
from functools import lru_cache

import nh3
from markdown_it import MarkdownIt
from markdown_it.token import Token

EXCERPT_LENGTH = 160
# An excerpt needs the first sentences only: parsing a long body whole costs ~100 ms (measured, 23 kB).
EXCERPT_SOURCE_CHARS = 4000
MEDIA_PREFIX = "/media/"
ALLOWED_TAGS = frozenset(
    {"h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "a", "em", "strong", "s", "del"}
    | {"code", "pre", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "img"}
)
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title"}, "ol": {"start"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
_SPACE = re.compile(r"\s+")

_markdown = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


def _safe_address(tag: str, attribute: str, value: str) -> str | None:
    """Images only from /media/ on this service (no other host, no data: URL, no way out of /media/); links
    whose address reads like a scheme (anything before a colon, before any slash) only with an allowed one."""
    if tag == "img" and attribute == "src":
        path = value.split("?", 1)[0]
        if not value.startswith(MEDIA_PREFIX) or "\\" in value or ".." in path or "//" in path:
            return None
    if attribute == "href":
        head, colon, _ = value.partition(":")
        if colon and not any(c in head for c in "/?#") and head.lower() not in URL_SCHEMES:
            return None
    return value


_cleaner = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
    attribute_filter=_safe_address,
    url_schemes=set(URL_SCHEMES),
    link_rel="noopener noreferrer",
    clean_content_tags={"script", "style"},
    strip_comments=True,
)


@lru_cache(maxsize=256)
def markdown_html(markdown: str) -> str:
    """The Markdown as sanitised HTML (same text, same HTML: the last 256 are remembered)."""
    if not markdown:
        return ""
    return _cleaner.clean(_markdown.render(markdown)).strip()


def _text(tokens: list[Token], parts: list[str]) -> None:
    for token in tokens:
        if token.type in ("text", "code_inline", "code_block", "fence"):
            parts.append(token.content)
        elif token.type in ("softbreak", "hardbreak") or (token.type.endswith("_close") and token.block):
            parts.append(" ")
        elif token.type == "image":
            parts.append(token.content)  # its alt text
            continue
        if token.children:
            _text(token.children, parts)


def plain_text(markdown: str) -> str:
    """The words of the Markdown without its markup, whitespace collapsed."""
    parts: list[str] = []
    _text(_markdown.parse(markdown or ""), parts)
    return _SPACE.sub(" ", "".join(parts)).strip()


def excerpt(summary: str | None, body: str | None, *, length: int = EXCERPT_LENGTH) -> str:
    """At most ``length`` characters of plain text, from the summary or else the body, cut between words."""
    text = plain_text((summary or "")[:EXCERPT_SOURCE_CHARS]) or plain_text((body or "")[:EXCERPT_SOURCE_CHARS])
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    space = cut.rfind(" ")
    if space > length // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-") + "…"

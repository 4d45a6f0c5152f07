"""Atom feeds: well-formed RFC 4287 (checked with feedparser), scoped correctly, never carrying drafts."""

from __future__ import annotations

from datetime import UTC, datetime

import feedparser
import pytest
from lxml import etree

from app.services import feeds as feed_service
from tests.services.conftest import DRAFT_MARK

ATOM = "{http://www.w3.org/2005/Atom}"


def parse_feed(response):
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/atom+xml; charset=utf-8"
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    return feed


def check_rfc_4287(body: bytes) -> None:
    """The MUSTs feedparser forgives: id, title, updated on feed and entries, an author for every entry."""
    feed = etree.fromstring(body)
    assert feed.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert len(feed.findall(f"{ATOM}{name}")) == 1, name
    assert feed.find(f"{ATOM}link[@rel='self']") is not None
    feed_has_author = feed.find(f"{ATOM}author/{ATOM}name") is not None
    for entry in feed.findall(f"{ATOM}entry"):
        for name in ("id", "title", "updated"):
            assert len(entry.findall(f"{ATOM}{name}")) == 1, name
        assert feed_has_author or entry.find(f"{ATOM}author") is not None
        assert entry.find(f"{ATOM}content") is not None or entry.find(f"{ATOM}link[@rel='alternate']") is not None
        alternates = [
            (link.get("type"), link.get("hreflang")) for link in entry.findall(f"{ATOM}link[@rel='alternate']")
        ]
        assert len(alternates) == len(set(alternates))


async def test_overall_feed(client, corpus):
    response = await client.get("/feeds/all.atom")
    check_rfc_4287(response.content)
    feed = parse_feed(response)
    assert feed.feed.title == "Kennisbank WO=MEN"
    assert feed.feed.id == "tag:wo-men.nl,2026:kennisbank:feeds/all"
    assert feed.feed.links[0].href == "http://testserver/feeds/all.atom"
    titles = [entry.title for entry in feed.entries]
    assert sorted(titles) == sorted([corpus.report.title, corpus.english_news.title, corpus.paper.title])
    report = next(entry for entry in feed.entries if entry.title == corpus.report.title)
    assert report.id == f"tag:wo-men.nl,2026:kennisbank:knowledge-item/{corpus.report.id}"
    url = f"http://testserver/api/v1/knowledge-items/{corpus.report.slug}"
    alternates = {link.type: link.href for link in report.links if link.rel == "alternate"}
    assert alternates == {"application/json": url, "application/ld+json": f"{url}.jsonld"}
    assert report.author == "Atria" and report.summary.startswith("Een verkenning")
    assert {t.term for t in report.tags} == {corpus.theme.slug, "report"}
    assert report.published_parsed is not None and report.updated_parsed is not None
    # Newest first.
    published = [entry.published_parsed for entry in feed.entries]
    assert published == sorted(published, reverse=True)
    assert (await client.get("/feeds/all.atom", headers={"If-None-Match": response.headers["etag"]})).status_code == 304


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/feeds/knowledge-items.atom", {"report", "english_news"}),
        ("/feeds/position-papers.atom", {"paper"}),
        ("/feeds/knowledge-items/news.atom", {"english_news"}),
        ("/feeds/knowledge-items/report.atom", {"report"}),
        ("/feeds/nl.atom", {"report", "paper"}),
        ("/feeds/en.atom", {"english_news"}),
        ("/feeds/themes/{theme}.atom", {"report", "paper"}),
        ("/feeds/themes/{other_theme}.atom", {"english_news"}),
    ],
)
async def test_scoped_feeds(client, corpus, path, expected):
    response = await client.get(path.format(theme=corpus.theme.slug, other_theme=corpus.other_theme.slug))
    check_rfc_4287(response.content)
    feed = parse_feed(response)
    assert {entry.title for entry in feed.entries} == {getattr(corpus, name).title for name in expected}


async def test_language_feed_declares_its_language(client, corpus):
    feed = parse_feed(await client.get("/feeds/en.atom"))
    assert feed.feed.language == "en" and feed.entries[0].title_detail.language == "en"


async def test_drafts_never_appear_in_feeds(client, corpus, editor_headers):
    paths = ["/feeds/all.atom", "/feeds/knowledge-items.atom", "/feeds/position-papers.atom", "/feeds/nl.atom"]
    paths += [f"/feeds/themes/{corpus.theme.slug}.atom", "/feeds/knowledge-items/report.atom"]
    for path in paths:
        response = await client.get(path, headers=editor_headers)  # even an editor's feed is the public one
        assert response.status_code == 200 and DRAFT_MARK not in response.text, path


async def test_empty_feed_is_still_valid(client):
    response = await client.get("/feeds/position-papers.atom")
    check_rfc_4287(response.content)
    feed = parse_feed(response)
    assert feed.entries == [] and feed.feed.updated == "1970-01-01T00:00:00Z"


@pytest.mark.parametrize(
    "path", ["/feeds/fr.atom", "/feeds/themes/no-such-theme.atom", "/feeds/knowledge-items/podcast.atom"]
)
async def test_unknown_feeds_are_not_found(client, path):
    response = await client.get(path)
    assert response.status_code == 404 and response.headers["content-type"] == "application/problem+json"


async def test_feeds_refuse_unknown_parameters(client):
    assert (await client.get("/feeds/all.atom?limit=5")).status_code == 400


async def test_feeds_carry_the_newest_entries_across_types(client, corpus, session, monkeypatch):
    monkeypatch.setattr(feed_service, "FEED_SIZE", 2)
    for number, item in enumerate((corpus.english_news, corpus.paper, corpus.report)):
        item.published_at = datetime(2025, 1, 1 + number, tzinfo=UTC)
    await session.flush()
    feed = parse_feed(await client.get("/feeds/all.atom"))
    assert [entry.title for entry in feed.entries] == [corpus.report.title, corpus.paper.title]

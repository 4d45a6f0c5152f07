"""The example frontend (examples/site) in headless Chromium, served from an origin the API lists in
KENNISBANK_CORS_ORIGINS: lists with paging, an item with its bodyHtml, search with facets, the preview of a
draft with a preview token; and the same page from an origin not listed, which gets no CORS grant."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.browser.stack import (
    CHROMIUM_ARGS,
    Api,
    PartnerSite,
    api_server,
    new_page,
    partner_site,
    require_chromium,
    wait_until_searchable,
)
from tests.conftest import REPO
from tests.meili import MeiliServer

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]

SITE = REPO / "examples" / "site"
RICH = "Vrede in beeld: gender en wederopbouw"
BODY = (
    "## Wederopbouw\n\nVrouwen *bouwen* vrede.\n\n| land | jaar |\n|---|---|\n| Zuid-Soedan | 2024 |\n\n"
    '<script>window.__kbXss=1</script>\n\n<img src=x onerror="window.__kbXss=2">\n\n[klik](javascript:window.__kbXss=3)'
)
DRAFT = "Concept: vredesagenda 2027"
TITLES = [f"Vredesnieuws {n}" for n in range(1, 7)]


@dataclass
class Stack:
    api: Api
    site: PartnerSite
    foreign: PartnerSite
    browser: Browser
    draft_slug: str
    preview_token: str
    rich_slug: str

    def url(self, site: PartnerSite, fragment: str = "/") -> str:
        return f"{site.origin}/index.html?api={quote(self.api.url, safe='')}#{fragment}"


def _copy_site(root: Path) -> None:
    for name in ("index.html", "app.js", "style.css"):
        text = (SITE / name).read_text()
        (root / name).write_text(text)


def _content(api: Api) -> tuple[str, str, str]:
    api.post("/api/v1/themes", {"name_nl": "Vrede en veiligheid", "name_en": "Peace and security", "slug": "vrede"})
    api.post("/api/v1/themes", {"name_nl": "Klimaat", "name_en": "Climate", "slug": "klimaat"})
    past = "2024-01-01T00:00:00Z"
    operations = [
        {"title": t, "kind": "news", "language": "nl", "themes": ["vrede"], "publish_at": past, "summary": f"{t}."}
        for t in TITLES
    ]
    operations.append(
        {
            "title": RICH,
            "kind": "report",
            "language": "nl",
            "themes": ["klimaat", "vrede"],
            "publish_at": past,
            "body": BODY,
        }
    )
    operations.append(
        {"title": DRAFT, "kind": "report", "language": "nl", "themes": ["vrede"], "body": "## Geheim\n\nNog niet af."}
    )
    made = api.post("/api/v1/knowledge-items:batch", {"operations": [{"op": "create", "data": d} for d in operations]})
    slugs = {operations[r["index"]]["title"]: r["slug"] for r in made["data"]}
    token = api.post("/api/v1/preview-tokens", {"type": "knowledge_item", "id": slugs[DRAFT], "expires_in": 600})
    wait_until_searchable(api, published=len(TITLES) + 1)
    return slugs[DRAFT], token["token"], slugs[RICH]


@pytest.fixture(scope="module")
def stack(server_url: str, meili: MeiliServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    chromium = require_chromium()
    allowed_root, foreign_root = tmp_path_factory.mktemp("site"), tmp_path_factory.mktemp("foreign-site")
    _copy_site(allowed_root)
    _copy_site(foreign_root)
    with (
        partner_site(allowed_root) as site,
        partner_site(foreign_root) as foreign,
        api_server(server_url, meili, tmp_path_factory.mktemp("api"), cors_origins=site.origin) as api,
        sync_playwright() as playwright,
    ):
        draft_slug, token, rich_slug = _content(api)
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            yield Stack(api, site, foreign, browser, draft_slug, token, rich_slug)
        finally:
            browser.close()


@pytest.fixture
def page(stack: Stack) -> Iterator[Page]:
    with new_page(stack.browser) as opened:
        yield opened


def test_the_list_pages_forwards_and_back(stack: Stack, page: Page) -> None:
    page.goto(stack.url(stack.site))
    cards = page.locator("#list .card h2")
    expect(cards).to_have_count(5)
    expect(page.locator("#page-number")).to_have_text("Pagina 1 van 2")
    first = cards.all_text_contents()
    page.locator("#next").click()
    expect(page.locator("#page-number")).to_have_text("Pagina 2 van 2")
    expect(cards).to_have_count(2)
    second = cards.all_text_contents()
    assert not set(first) & set(second) and set(first) | set(second) == {*TITLES, RICH}
    assert DRAFT not in first + second
    page.locator("#previous").click()
    expect(page.locator("#page-number")).to_have_text("Pagina 1 van 2")
    assert cards.all_text_contents() == first
    expect(page.locator("#error")).to_be_hidden()


def test_an_item_shows_its_sanitised_body_html(stack: Stack, page: Page) -> None:
    page.goto(stack.url(stack.site))
    page.locator("#list a", has_text=RICH).click()
    body = page.locator("#body")
    expect(body.locator("h2")).to_have_text("Wederopbouw")
    expect(body.locator("em")).to_have_text("bouwen")
    expect(body.locator("table td").first).to_have_text("Zuid-Soedan")
    expect(body).to_contain_text("<script>window.__kbXss=1</script>")  # raw HTML shows as text
    assert body.locator("script, img, a[href^='javascript']").count() == 0
    assert page.evaluate("window.__kbXss") is None
    assert page.locator('meta[name="description"]').get_attribute("content", timeout=1000).startswith("Wederopbouw")
    expect(page.locator("#preview-banner")).to_have_count(0)


def test_search_shows_facets_and_a_theme_narrows_it(stack: Stack, page: Page) -> None:
    page.goto(stack.url(stack.site, "/search?q=vrede"))
    expect(page.locator("#total")).to_have_text(re.compile(r"^\d+ resultaten$"))
    themes = page.locator('#facets ul[data-facet="THEME"] li')
    expect(themes.first).to_be_visible()
    counts = {re.sub(r" \(\d+\)$", "", t): int(re.findall(r"\((\d+)\)$", t)[0]) for t in themes.all_text_contents()}
    assert counts and all(n > 0 for n in counts.values())
    assert page.locator('#facets ul[data-facet="TYPE"] li').count() >= 1
    hits = page.locator("#hits .card h2").all_text_contents()
    assert DRAFT not in hits and hits
    page.locator('#facets ul[data-facet="THEME"] a', has_text=re.compile("^(Klimaat|klimaat)")).click()
    expect(page.locator("#hits .card h2")).to_have_text([RICH])
    expect(page.locator("#total")).to_have_text("1 resultaten")


def test_a_draft_is_previewed_with_a_token_and_hidden_without(stack: Stack, page: Page) -> None:
    page.goto(stack.url(stack.site, f"/item/{stack.draft_slug}?preview={stack.preview_token}"))
    expect(page.locator("#preview-banner")).to_have_text("Voorvertoning: draft")
    expect(page.locator("h1")).to_have_text(DRAFT)
    expect(page.locator("#body h2")).to_have_text("Geheim")
    page.goto(stack.url(stack.site, f"/item/{stack.draft_slug}"))
    page.reload()
    expect(page.locator("h1")).to_have_text("Niet gevonden")
    # The token shows this draft only.
    page.goto(stack.url(stack.site, f"/item/{stack.rich_slug}?preview={stack.preview_token}"))
    expect(page.locator("h1")).to_have_text(RICH)


def test_the_same_page_from_an_origin_not_listed_gets_no_grant(stack: Stack, page: Page) -> None:
    page.goto(stack.url(stack.foreign))
    expect(page.locator("#error")).to_be_visible()
    expect(page.locator("#error")).to_contain_text("could not be reached from this origin")
    expect(page.locator("#list")).to_have_count(0)
    preflight = httpx.options(
        f"{stack.api.url}/graphql",
        headers={"Origin": stack.foreign.origin, "Access-Control-Request-Method": "POST"},
    )
    assert "access-control-allow-origin" not in preflight.headers
    answer = httpx.post(
        f"{stack.api.url}/graphql", json={"query": "{ __typename }"}, headers={"Origin": stack.foreign.origin}
    )
    assert "access-control-allow-origin" not in answer.headers
    granted = httpx.post(
        f"{stack.api.url}/graphql", json={"query": "{ __typename }"}, headers={"Origin": stack.site.origin}
    )
    assert granted.headers["access-control-allow-origin"] == stack.site.origin

"""The widget and the InstantSearch example in a real browser (headless Chromium), on a partner's origin.

One API (uvicorn, PostgreSQL, Meilisearch) and one partner site serve the whole module; each test opens
its own browser context. See tests/browser/stack.py for the servers.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from app.embed import widget_script
from tests.browser.stack import (
    CHROMIUM_ARGS,
    Api,
    PartnerSite,
    api_server,
    new_page,
    npm_libraries,
    partner_site,
    require_chromium,
    wait_until_searchable,
)
from tests.conftest import REPO
from tests.meili import MeiliServer, free_port

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]

PEACE = "Vredesopbouw en gender in Zuid-Soedan"
VIOLENCE = "Seksueel geweld in gewapend conflict"
WPS = "Women, peace and security in practice"
IMG_XSS = '<img src=x onerror="window.__kbXss=1"> Vrede in beeld'
SCRIPT_XSS = "<script>window.__kbXss=2</script> Veiligheid voor iedereen"
CLIMATE = "Klimaatverandering en gendergelijkheid"
REPORTS = [f"Klimaatrapport {n:02d}: gender en landbouw" for n in range(1, 12)]
DRAFT = "Vredesopbouw: concept voor intern overleg"
PEACE_TITLES = {PEACE, VIOLENCE, WPS, IMG_XSS, SCRIPT_XSS}
CLIMATE_TITLES = {CLIMATE, *REPORTS}


@dataclass
class Stack:
    api: Api
    site: PartnerSite
    browser: Browser
    keys: dict[str, dict[str, Any]]

    def widget_page(
        self, name: str, *, key: str | None = "all", attrs: str = "", css: str = "", lang: str = "nl"
    ) -> str:
        """A partner page with the snippet from docs/embedding.md (integrity included) and ``attrs``."""
        secret = self.keys[key]["secret"] if key in self.keys else key
        key_attr = "" if secret is None else f' key="{html.escape(secret)}"'
        script = widget_script()
        return self.site.page(
            name,
            f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Partner</title>
<style>body {{ font-family: serif; margin: 24px; }} {css}</style></head><body>
<a href="#before" id="before">Partnerpagina</a>
<script src="{self.api.url}/embed/v1/kennisbank-search.js" integrity="{script.integrity}"
        crossorigin="anonymous" defer></script>
<kennisbank-search{key_attr} lang="{lang}"{attrs}></kennisbank-search>
<a href="#after" id="after">Na de widget</a>
</body></html>""",
        )


def _content(api: Api) -> None:
    api.post(
        "/api/v1/themes",
        {"name_nl": "Vrouwen, vrede en veiligheid", "name_en": "Women, peace and security", "slug": "vvv"},
    )
    api.post("/api/v1/themes", {"name_nl": "Klimaat", "name_en": "Climate", "slug": "klimaat"})
    items = [
        (PEACE, "nl", "vvv", "Hoe vrouwenorganisaties bijdragen aan vredesopbouw na het conflict."),
        (VIOLENCE, "nl", "vvv", "Een overzicht van steun aan overlevenden."),
        (WPS, "en", "vvv", "How women's organisations shape peace processes."),
        (IMG_XSS, "nl", "vvv", "Een titel met HTML erin: <b>vet</b> & meer."),
        (SCRIPT_XSS, "nl", "vvv", None),
        (CLIMATE, "nl", "klimaat", "Klimaatrechtvaardigheid vraagt om gendergelijkheid."),
        *((title, "nl", "klimaat", "Landbouw, klimaat en gender.") for title in REPORTS),
    ]
    operations = [
        # A publication moment in the past publishes at once; the climate reports one a year, 2011 to 2021.
        {
            "title": title,
            "kind": "report",
            "language": language,
            "themes": [theme],
            "publish_at": f"{2010 + REPORTS.index(title) + 1}-01-01T00:00:00Z"
            if title in REPORTS
            else "2024-01-01T00:00:00Z",
        }
        | ({"summary": summary} if summary else {})
        for title, language, theme, summary in items
    ]
    operations.append(
        {"title": DRAFT, "kind": "report", "language": "nl", "themes": ["vvv"], "summary": "Vredesopbouw (concept)."}
    )
    api.post("/api/v1/knowledge-items:batch", {"operations": [{"op": "create", "data": d} for d in operations]})
    wait_until_searchable(api, published=len(items))


SITE: dict[str, Any] = {"site_url": "https://kennis.example.org", "site_paths": {"knowledge_item": "/k/{slug}"}}


@pytest.fixture(scope="module")
def stack(server_url: str, meili: MeiliServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    chromium = require_chromium()
    root = tmp_path_factory.mktemp("partner-site")
    npm_libraries(root / "instantsearch" / "lib")
    (root / "instantsearch" / "index.html").write_bytes((REPO / "examples/instantsearch/index.html").read_bytes())
    with (
        # A site of its own: the widget's links follow the settings the API answers with, not the index.
        api_server(server_url, meili, tmp_path_factory.mktemp("api"), **SITE) as api,
        partner_site(root) as site,
        sync_playwright() as playwright,
    ):
        _content(api)
        origins = [site.origin]
        keys = {
            "all": api.post("/api/v1/search-keys", {"name": "Partner", "allowed_origins": origins}),
            "vvv": api.post("/api/v1/search-keys", {"name": "VVV", "allowed_origins": origins, "themes": ["vvv"]}),
            "revoked": api.post("/api/v1/search-keys", {"name": "Weg", "allowed_origins": origins}),
            "elsewhere": api.post("/api/v1/search-keys", {"name": "Ander", "allowed_origins": ["https://x.example"]}),
        }
        revoked = httpx.delete(f"{api.url}/api/v1/search-keys/{keys['revoked']['id']}", headers=api.admin)
        assert revoked.status_code == 204
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            yield Stack(api=api, site=site, browser=browser, keys=keys)
        finally:
            browser.close()


@pytest.fixture
def page(stack: Stack) -> Iterator[Page]:
    with new_page(stack.browser) as opened:
        yield opened


def part(page: Page, name: str) -> Any:
    return page.locator("kennisbank-search").locator(f'[part~="{name}"]')


def titles(page: Page) -> list[str]:
    return [str(t) for t in part(page, "result-link").all_text_contents()]


def search(page: Page, query: str) -> None:
    part(page, "input").fill(query)
    expect(part(page, "status")).to_contain_text(f"“{query}”")


def active(page: Page) -> dict[str, str | None]:
    """What has the focus inside the widget's shadow root."""
    return dict(
        page.evaluate(
            """() => { const el = document.querySelector('kennisbank-search').shadowRoot.activeElement;
                 return el ? {part: el.getAttribute('part'), text: el.textContent,
                              facet: el.getAttribute('data-facet'), checked: String(!!el.checked)} : {part: null}; }"""
        )
    )


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where screenshots go: docs/img when KENNISBANK_SCREENSHOTS names it (scripts/embed-screenshots.py)."""
    target = os.environ.get("KENNISBANK_SCREENSHOTS")
    return Path(target) if target else tmp_path


def screenshot(page: Page, path: Path) -> None:
    page.mouse.move(0, 0)
    box = page.locator("kennisbank-search").bounding_box()
    assert box is not None
    # The top of the widget only (search box, filters, the first results): small files for the docs.
    clip = {"x": box["x"], "y": box["y"], "width": box["width"], "height": min(box["height"], 620)}
    page.screenshot(path=str(path), clip=clip, animations="disabled", scale="css")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size < 150_000


def assert_accessible(stack: Stack, page: Page) -> None:
    """axe-core (from the npm registry) over the page: no serious or critical violation in the widget."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(path=str(stack.site.root / "instantsearch" / "lib" / "axe.min.js"))
    violations = page.evaluate(
        """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
             .map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' '))}))"""
    )
    serious = [v for v in violations if v["impact"] in ("serious", "critical")]
    assert serious == [], serious


def test_a_dutch_query_with_a_typo_finds_the_right_item_first_and_never_a_draft(stack: Stack, page: Page) -> None:
    page.goto(stack.widget_page("typo.html"))
    expect(page.locator("kennisbank-search")).to_have_attribute("state", "results")
    expect(part(page, "status")).to_have_text("17 resultaten")
    search(page, "vredsopbouw")
    assert titles(page)[0] == PEACE
    # The match is highlighted as a <mark> element in the title and the summary.
    expect(part(page, "result").first.locator("mark").first).to_have_text(re.compile("^vredesopbou", re.IGNORECASE))
    search(page, "concept voor intern overleg")
    assert DRAFT not in titles(page)
    search(page, "vredesopbouw")
    assert DRAFT not in titles(page)
    search(page, "xqzwv")
    expect(page.locator("kennisbank-search")).to_have_attribute("state", "empty")
    expect(part(page, "status")).to_have_text(re.compile("^Geen resultaten voor “xqzwv”"))
    search(page, "vredesopbouw")
    href = part(page, "result-link").first.get_attribute("href")
    assert href is not None and href.startswith("https://kennis.example.org/k/vredesopbouw-en-gender")
    record = httpx.get(f"{stack.api.url}/api/v1/knowledge-items/{href.rsplit('/', 1)[1]}", timeout=10).json()
    assert href == record["url"]


def test_the_theme_facet_narrows_and_more_results_pages_on(stack: Stack, page: Page) -> None:
    page.goto(stack.widget_page("facets.html", attrs=' url-template="https://partner.example{path}?t={type}"'))
    expect(part(page, "status")).to_have_text("17 resultaten")
    assert len(titles(page)) == 10
    part(page, "facets").locator('input[data-facet="theme:klimaat"]').check()
    expect(part(page, "status")).to_have_text("12 resultaten")
    first_page = titles(page)
    assert len(first_page) == 10 and set(first_page) <= CLIMATE_TITLES
    part(page, "more").click()
    expect(part(page, "result-link")).to_have_count(12)
    assert set(titles(page)) == CLIMATE_TITLES
    expect(part(page, "more")).to_be_hidden()
    link = part(page, "result-link").first.get_attribute("href")
    assert re.fullmatch(r"https://partner\.example/(k|standpunten|organisaties)/[\w-]+\?t=\w+", link), link


def test_a_key_restricted_to_one_theme_never_shows_another(stack: Stack, page: Page) -> None:
    page.goto(stack.widget_page("restricted.html", key="vvv"))
    expect(part(page, "status")).to_have_text("5 resultaten")
    assert set(titles(page)) == PEACE_TITLES
    assert part(page, "facets").locator('input[data-facet^="theme:"]').count() == 1
    for query in ("klimaat", "klimaatrapport", "gender"):
        part(page, "input").fill(query)
        expect(part(page, "status")).to_contain_text(f"“{query}”")
        assert not set(titles(page)) & CLIMATE_TITLES


# The widget's error states, each with the text it shows (Dutch, English).
ERROR_STATES = {
    "no-access": ("elsewhere", "geen toegang vanaf deze website", "no access from this website"),
    "expired": ("revoked", "de sleutel is verlopen of ingetrokken", "its key has expired or was revoked"),
    "unavailable": ("all", "Zoeken is op dit moment niet beschikbaar", "Search is unavailable right now"),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_each_error_state_and_no_results_says_what_happened(stack: Stack, page: Page, shots: Path, lang: str) -> None:
    for state, (key, dutch, english) in ERROR_STATES.items():
        attrs = f' api="http://127.0.0.1:{free_port()}"' if state == "unavailable" else ""
        page.goto(stack.widget_page(f"error-{state}-{lang}.html", key=key, attrs=attrs, lang=lang))
        expect(page.locator("kennisbank-search")).to_have_attribute("state", "error")
        expect(part(page, "error")).to_contain_text(dutch if lang == "nl" else english)
        expect(part(page, "error")).to_have_attribute("role", "alert")
        # Only an outage offers "try again": a refused key will not work by trying.
        expect(part(page, "retry")).to_have_count(1 if state == "unavailable" else 0)
        assert titles(page) == []
        screenshot(page, shots / f"embed-error-{state}-{lang}.png")
        assert_accessible(stack, page)
    page.goto(stack.widget_page(f"empty-{lang}.html", lang=lang))
    part(page, "input").fill("xqzwv")
    expect(page.locator("kennisbank-search")).to_have_attribute("state", "empty")
    expected = "Geen resultaten voor “xqzwv”" if lang == "nl" else "No results for “xqzwv”"
    expect(part(page, "status")).to_contain_text(expected)
    expect(part(page, "error")).to_be_hidden()


def test_facet_labels_are_the_real_names_in_the_widgets_language(stack: Stack, page: Page) -> None:
    expected = {
        "nl": {"theme:vvv": "Vrouwen, vrede en veiligheid (5)", "theme:klimaat": "Klimaat (12)",
               "type:knowledge_item": "Kennisbank (17)", "language:nl": "Nederlands (16)", "language:en": "Engels (1)"},
        "en": {"theme:vvv": "Women, peace and security (5)", "theme:klimaat": "Climate (12)",
               "type:knowledge_item": "Knowledge base (17)", "language:nl": "Dutch (16)", "language:en": "English (1)"},
    }  # fmt: skip
    for lang, labels in expected.items():
        page.goto(stack.widget_page(f"labels-{lang}.html", lang=lang))
        expect(page.locator("kennisbank-search")).to_have_attribute("state", "results")
        for facet, text in labels.items():
            option = part(page, "facet-option").filter(has=page.locator(f'input[data-facet="{facet}"]'))
            expect(option).to_have_text(text)
        # A chosen value keeps its name when a later search counts none of it.
        part(page, "facets").locator('input[data-facet="theme:vvv"]').check()
        part(page, "input").fill("klimaatrapport")
        option = part(page, "facet-option").filter(has=page.locator('input[data-facet="theme:vvv"]'))
        expect(option).to_have_text(labels["theme:vvv"].split(" (")[0] + " (0)")


def test_wide_pages_get_a_sidebar_and_narrow_ones_fold_the_filters(stack: Stack, page: Page) -> None:
    page.set_viewport_size({"width": 1200, "height": 900})
    page.goto(stack.widget_page("wide.html"))
    expect(part(page, "status")).to_have_text("17 resultaten")
    expect(part(page, "filters-toggle")).to_be_hidden()
    facets, first = part(page, "facets").bounding_box(), part(page, "result").first.bounding_box()
    searchbox = part(page, "input").bounding_box()
    assert facets is not None and first is not None and searchbox is not None
    assert facets["x"] + facets["width"] <= first["x"]  # side by side
    assert first["y"] - (searchbox["y"] + searchbox["height"]) < 120  # the first hit right under the search box

    page.set_viewport_size({"width": 400, "height": 900})
    page.goto(stack.widget_page("narrow.html"))
    expect(part(page, "status")).to_have_text("17 resultaten")
    toggle = part(page, "filters-toggle")
    expect(toggle).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(part(page, "facets")).to_be_hidden()
    part(page, "input").focus()
    page.keyboard.press("Tab")  # from the search box to "Filters", opened with Enter
    assert active(page)["part"] == "filters-toggle"
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Tab")
    assert active(page)["facet"] == "type:knowledge_item"  # and straight on into the filters
    expect(part(page, "facets")).to_be_visible()
    part(page, "facets").locator('input[data-facet="theme:vvv"]').check()
    expect(part(page, "status")).to_have_text("5 resultaten")
    expect(part(page, "facets")).to_be_visible()  # the open panel stays open across the re-render
    toggle.click()
    expect(part(page, "facets")).to_be_hidden()


def years(page: Page) -> list[int]:
    return [int(m.group(1)) for t in part(page, "meta").all_text_contents() if (m := re.search(r"(\d{4})$", t))]


def test_newest_first_without_a_query_and_a_sort_control(stack: Stack, page: Page) -> None:
    page.goto(stack.widget_page("sort.html"))
    expect(part(page, "status")).to_have_text("17 resultaten")
    expect(part(page, "sort")).to_have_value("newest")
    shown = years(page)
    assert shown == sorted(shown, reverse=True) and shown[0] == 2024 and 2021 in shown
    part(page, "sort").select_option("oldest")
    expect(part(page, "meta").first).to_contain_text("2011")
    assert years(page) == sorted(years(page))
    part(page, "input").fill("klimaatrapport")  # a chosen order stays while searching
    expect(part(page, "status")).to_contain_text("“klimaatrapport”")
    expect(part(page, "sort")).to_have_value("oldest")
    expect(part(page, "meta").first).to_contain_text("2011")

    page.goto(stack.widget_page("sort-query.html"))
    expect(part(page, "sort")).to_have_value("newest")
    search(page, "vredsopbouw")  # searching ranks by relevance until the reader picks an order
    expect(part(page, "sort")).to_have_value("relevance")
    assert titles(page)[0] == PEACE
    expect(page.get_by_label("Sorteren")).to_be_visible()


def test_a_missing_or_malformed_key_is_a_clear_error_and_sends_nothing(stack: Stack, page: Page) -> None:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    for name, key in (("nokey.html", None), ("badkey.html", "not a key"), ("empty.html", "")):
        page.goto(stack.widget_page(name, key=key))
        expect(part(page, "error")).to_have_text(re.compile("attribuut key ontbreekt of is ongeldig"))
    assert not [url for url in requests if "/api/v1/" in url]


def test_an_api_that_is_down_shows_the_error_state_with_a_retry(stack: Stack, page: Page) -> None:
    page.goto(stack.widget_page("down.html", attrs=f' api="http://127.0.0.1:{free_port()}"'))
    expect(part(page, "error")).to_contain_text("niet beschikbaar")
    expect(part(page, "retry")).to_be_visible()
    expect(page.locator("kennisbank-search")).to_have_attribute("state", "error")

    # Offline, then back: "try again" recovers without a reload.
    page.goto(stack.widget_page("offline.html"))
    expect(part(page, "status")).to_have_text("17 resultaten")
    page.context.set_offline(True)
    part(page, "input").fill("geweld")
    expect(part(page, "error")).to_contain_text("niet beschikbaar")
    page.context.set_offline(False)
    part(page, "retry").click()
    expect(part(page, "status")).to_have_text("1 resultaat voor “geweld”")
    expect(part(page, "error")).to_be_hidden()


def test_a_slow_network_shows_the_loading_state_then_results(stack: Stack, page: Page) -> None:
    page.goto(stack.widget_page("slow.html"))
    expect(part(page, "status")).to_have_text("17 resultaten")
    cdp = page.context.new_cdp_session(page)
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 1500, "downloadThroughput": -1, "uploadThroughput": -1},
    )
    part(page, "input").fill("geweld")
    expect(part(page, "status")).to_have_text("Bezig met zoeken…")
    expect(part(page, "results")).to_have_attribute("aria-busy", "true")
    expect(part(page, "status")).to_have_text("1 resultaat voor “geweld”", timeout=15_000)
    assert titles(page) == [VIOLENCE]
    expect(part(page, "results")).to_have_attribute("aria-busy", "false")


def test_a_ten_thousand_character_query_is_cut_not_crashed(stack: Stack, page: Page) -> None:
    queries: list[str] = []
    page.on("request", lambda request: queries.append(request.url) if "/api/v1/search?" in request.url else None)
    page.goto(stack.widget_page("long.html"))
    expect(part(page, "status")).to_have_text("17 resultaten")
    part(page, "input").fill("vrede " * 1700)
    assert len(part(page, "input").input_value()) == 200  # maxlength stops typing and pasting
    expect(page.locator("kennisbank-search")).to_have_attribute("state", re.compile("^(results|empty)$"))
    # A script setting the value bypasses maxlength: the widget cuts it itself and says so.
    page.evaluate(
        """() => { const input = document.querySelector('kennisbank-search').shadowRoot.querySelector('input');
                   input.value = 'x'.repeat(10000); input.dispatchEvent(new Event('input')); }"""
    )
    expect(part(page, "status")).to_contain_text("ingekort tot 200 tekens")
    expect(page.locator("kennisbank-search")).to_have_attribute("state", re.compile("^(results|empty)$"))
    assert queries and all(len(parse_qs(urlsplit(url).query).get("q", [""])[0]) <= 200 for url in queries)


def test_html_in_titles_and_queries_renders_as_text_and_runs_nothing(stack: Stack, page: Page) -> None:
    page.goto(stack.widget_page("xss.html"))
    search(page, "beeld")
    assert titles(page) == [IMG_XSS]
    expect(part(page, "snippet").first).to_have_text("Een titel met HTML erin: <b>vet</b> & meer.")
    search(page, "iedereen")
    assert titles(page) == [SCRIPT_XSS]
    search(page, '<img src=x onerror="window.__kbXss=3">')
    widget = page.locator("kennisbank-search")
    assert widget.locator("img").count() == 0 and widget.locator("script").count() == 0
    assert widget.locator("b").count() == 0
    assert page.evaluate("() => window.__kbXss") is None
    assert page.title() == "Partner"


AGGRESSIVE_CSS = """
body * { color: rgb(255, 0, 0) !important; background: rgb(255, 255, 0) !important; display: inline !important;
         font-family: "Comic Sans MS", cursive !important; font-size: 40px !important; letter-spacing: 9px !important;
         text-transform: uppercase !important; visibility: visible !important; }
a, input, li, mark, button, ol { display: none !important; color: red !important; }
kennisbank-search { --kb-color-accent: rgb(122, 31, 92); --kb-radius: 0px; }
kennisbank-search::part(snippet) { font-style: italic; }
"""


def test_the_host_pages_aggressive_css_does_not_leak_in_but_theming_does(stack: Stack, page: Page) -> None:
    page.goto(stack.widget_page("css.html", css=AGGRESSIVE_CSS))
    search(page, "vredesopbouw")
    styles = page.evaluate(
        """() => { const host = document.querySelector('kennisbank-search'), root = host.shadowRoot;
          const style = (el) => { const s = getComputedStyle(el); return {color: s.color, display: s.display,
            font: s.fontFamily, size: s.fontSize, spacing: s.letterSpacing, transform: s.textTransform,
            radius: s.borderTopLeftRadius, italic: s.fontStyle, background: s.backgroundColor}; };
          return {host: style(host), box: style(root.querySelector('.kb')), link: style(root.querySelector('a')),
                  input: style(root.querySelector('input')), item: style(root.querySelector('li')),
                  snippet: style(root.querySelector('[part~=snippet]'))}; }"""
    )
    assert styles["host"]["display"] == "block"
    box = styles["box"]
    assert box["color"] == "rgb(31, 35, 40)" and box["background"] == "rgb(255, 255, 255)"
    assert box["size"] == "16px" and "Comic" not in box["font"] and box["transform"] == "none"
    assert box["spacing"] == "normal" and box["radius"] == "0px"
    assert styles["link"]["color"] == "rgb(122, 31, 92)" and styles["link"]["display"] == "inline"
    assert styles["input"]["display"] == "block" and styles["item"]["display"] == "block"
    assert styles["snippet"]["italic"] == "italic"  # ::part is the way in
    expect(part(page, "result-link").first).to_be_visible()


def test_keyboard_only_use(stack: Stack, page: Page) -> None:
    page.goto(stack.widget_page("keyboard.html"))
    expect(part(page, "status")).to_have_text("17 resultaten")
    searchbox = page.get_by_role("searchbox", name="Zoeken in de Kennisbank van WO=MEN")
    expect(searchbox).to_have_attribute("aria-describedby", re.compile("-status$"))
    expect(part(page, "status")).to_have_attribute("aria-live", "polite")
    page.focus("#before")
    page.keyboard.press("Tab")
    assert active(page)["part"] == "input"
    page.keyboard.type("klimaatrapport")
    expect(part(page, "status")).to_have_text("11 resultaten voor “klimaatrapport”")
    listed = titles(page)
    page.keyboard.press("ArrowDown")
    assert active(page) | {"part": "result-link", "text": listed[0]} == active(page)
    page.keyboard.press("ArrowDown")
    assert active(page)["text"] == listed[1]
    page.keyboard.press("End")
    assert active(page)["text"] == listed[-1]
    page.keyboard.press("Escape")
    assert active(page)["part"] == "input"

    page.keyboard.press("Tab")  # the facets come next: a checkbox, toggled with Space
    first = active(page)
    assert first["facet"] == "type:knowledge_item"
    page.keyboard.press("Space")
    expect(part(page, "status")).to_have_text("11 resultaten voor “klimaatrapport”")
    expect(part(page, "facets").locator('input[data-facet="type:knowledge_item"]')).to_be_checked()
    assert active(page)["facet"] == "type:knowledge_item"  # the re-rendered checkbox keeps the focus

    for _ in range(40):  # Tab on through the facets and results to "more results"
        page.keyboard.press("Tab")
        if active(page)["part"] == "more":
            break
    assert active(page)["part"] == "more"
    page.keyboard.press("Enter")
    expect(part(page, "result-link")).to_have_count(11)
    assert active(page)["text"] == titles(page)[10]  # the focus moves to the first new result
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.id") == "after"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_wide_and_narrow_in_both_languages_pass_axe_and_make_the_screenshots(
    stack: Stack, page: Page, shots: Path, lang: str
) -> None:
    status = "resultaten voor “gender”" if lang == "nl" else "results for “gender”"
    for width, suffix in ((960, ""), (400, "-narrow")):
        page.set_viewport_size({"width": width, "height": 1000})
        page.goto(stack.widget_page(f"shot-{lang}{suffix}.html", lang=lang, css="body { background: #f4f1ee; }"))
        search(page, "gender")
        expect(part(page, "status")).to_contain_text(status)
        if lang == "en":
            expect(page.get_by_role("searchbox", name="Search the WO=MEN Kennisbank")).to_be_visible()
            expect(part(page, "more")).to_have_text("More results")
            expect(page.get_by_label("Sort by")).to_have_value("relevance")
        if suffix:
            part(page, "filters-toggle").click()  # the narrow shot shows the filters open
            expect(part(page, "facets")).to_be_visible()
        assert_accessible(stack, page)
        screenshot(page, shots / f"embed-{lang}{suffix}.png")
    # The keyboard path through the facets and a focused state pass too.
    part(page, "facets").locator("input").first.focus()
    assert_accessible(stack, page)


def test_the_demo_page_runs_the_widget_under_its_strict_policy(stack: Stack, page: Page) -> None:
    page.add_init_script(
        "window.__csp = [];"
        "document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective));"
    )
    response = page.goto(f"{stack.api.url}/embed/demo?lang=en")
    assert response is not None and "script-src 'self';" in response.headers["content-security-policy"]
    expect(part(page, "status")).to_have_text("17 results")
    search(page, "vredsopbouw")
    assert titles(page)[0] == PEACE
    expect(page.locator("pre code")).to_contain_text('integrity="sha384-')
    assert page.evaluate("() => window.__csp") == []


def instantsearch_url(stack: Stack, name: str, lang: str = "nl", **extra: str) -> str:
    access = stack.keys[name]["meilisearch"]
    query = urlencode(
        {"host": access["url"], "token": access["token"], "index": access["indexes"]["knowledge_item"],
         "api": stack.api.url, "lang": lang} | extra
    )  # fmt: skip
    return f"{stack.site.origin}/instantsearch/index.html?{query}"


def test_the_instantsearch_example_with_a_tenant_token(stack: Stack, page: Page) -> None:
    page.goto(instantsearch_url(stack, "all"))
    expect(page.locator(".ais-Hits-item")).to_have_count(17)
    expect(page.locator("#stats")).to_have_text("17 resultaten")
    page.locator(".ais-SearchBox-input").fill("vredsopbouw")
    expect(page.locator(".hit-title").first).to_have_text(PEACE)
    assert DRAFT not in page.locator(".hit-title").all_text_contents()
    expect(page.locator(".hit-title mark").first).to_be_visible()
    page.locator(".ais-SearchBox-input").fill("beeld")
    expect(page.locator(".hit-title")).to_have_text([IMG_XSS])
    assert page.evaluate("() => window.__kbXss") is None

    # A token of a key restricted to one theme: the other theme cannot be reached from the page.
    page.goto(instantsearch_url(stack, "vvv"))
    expect(page.locator(".ais-Hits-item")).to_have_count(5)
    expect(page.locator("#themes .ais-RefinementList-labelText")).to_have_text(["Vrouwen, vrede en veiligheid"])
    page.locator(".ais-SearchBox-input").fill("klimaat")
    expect(page.locator(".ais-Hits-item")).to_have_count(0)
    expect(page.locator("#hits")).to_contain_text("Geen resultaten voor “klimaat”")
    page.locator(".ais-SearchBox-input").fill("concept")
    expect(page.locator(".ais-Hits-item")).to_have_count(0)
    expect(page.locator("#error")).to_be_hidden()


def test_the_instantsearch_example_labels_its_facets_in_dutch_and_english(
    stack: Stack, page: Page, shots: Path
) -> None:
    expected = {
        "nl": ("17 resultaten", ["Klimaat", "Vrouwen, vrede en veiligheid"], ["Rapport"], ["Nederlands", "Engels"]),
        "en": ("17 results", ["Climate", "Women, peace and security"], ["Report"], ["Dutch", "English"]),
    }
    for lang, (count, themes, kinds, languages) in expected.items():
        page.goto(instantsearch_url(stack, "all", lang=lang))
        expect(page.locator("#stats")).to_have_text(count)
        expect(page.locator("html")).to_have_attribute("lang", lang)
        expect(page.locator("#themes .ais-RefinementList-labelText")).to_have_text(themes)
        expect(page.locator("#kinds .ais-RefinementList-labelText")).to_have_text(kinds)
        expect(page.locator("#languages .ais-RefinementList-labelText")).to_have_text(languages)
        # Label and count apart, not glued together ("vrouwen-vrede-en-veiligheid21").
        label = page.locator("#themes .ais-RefinementList-label").first.inner_text()
        assert re.fullmatch(r"\S.*\s+\d+", label.strip()), label
        if lang == "nl":
            page.set_viewport_size({"width": 960, "height": 720})
            page.screenshot(path=str(shots / "instantsearch-nl.png"), animations="disabled", scale="css")
            assert (shots / "instantsearch-nl.png").stat().st_size < 150_000
        page.locator("#themes .ais-RefinementList-checkbox").first.check()
        expect(page.locator("#stats")).to_have_text("12 resultaten" if lang == "nl" else "12 results")


def test_the_instantsearch_page_refreshes_its_expired_token_from_the_browser(stack: Stack, page: Page) -> None:
    key = stack.keys["all"]
    tokens: list[dict[str, Any]] = []
    page.on("response", lambda r: tokens.append(r.json()) if r.url.split("?")[0].endswith("/token") else None)
    # No token in the page: it asks the API for one with its partner key (living 10 s here), then again.
    url = instantsearch_url(stack, "all", keyId=str(key["id"]), key=key["secret"], ttl="10", token="", host="")
    page.goto(url)
    expect(page.locator(".ais-Hits-item")).to_have_count(17)
    assert page.evaluate("() => window.__kbTokenRefreshes") == 1
    page.wait_for_timeout(11_000)
    first = tokens[0]
    expired = httpx.post(
        f"{first['url']}/multi-search",
        json={"queries": [{"indexUid": key["meilisearch"]["indexes"]["knowledge_item"], "q": ""}]},
        headers={"Authorization": f"Bearer {first['token']}"},
        timeout=10,
    )
    assert expired.status_code == 403  # the first token is dead: the page must have a new one to search
    page.locator(".ais-SearchBox-input").fill("geweld")
    expect(page.locator(".hit-title")).to_have_text([VIOLENCE])
    assert page.evaluate("() => window.__kbTokenRefreshes") == 2 and tokens[1]["token"] != first["token"]
    expect(page.locator("#error")).to_be_hidden()

    # Revoked: the page cannot get a token any more and says so in its own language.
    revoked = stack.keys["revoked"]
    page.goto(instantsearch_url(stack, "revoked", keyId=str(revoked["id"]), key=revoked["secret"], token="", host=""))
    expect(page.locator("#error")).to_contain_text("geen toegang")
    # Another site's key: the token route refuses this origin, readably, and grants it nothing more.
    other = stack.keys["elsewhere"]
    with page.expect_response(lambda r: r.url.split("?")[0].endswith("/token")) as refused:
        page.goto(instantsearch_url(stack, "elsewhere", keyId=str(other["id"]), key=other["secret"], token="", host=""))
    assert refused.value.status == 403
    expect(page.locator("#error")).to_contain_text("geen toegang")

"""Swagger UI (/docs), ReDoc (/redoc) and GraphiQL (/graphql) render and run queries in headless Chromium
with every request beyond loopback blocked: their code is the service's own (no CDN), and they work under
the service's Content-Security-Policy (a violation is reported on the console and fails the test)."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, Route, expect, sync_playwright

from tests.browser.stack import CHROMIUM_ARGS, Api, api_server, require_chromium
from tests.meili import MeiliServer

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]
TITLE = "Gendergelijkheid in de praktijk"
# Parsing 1.5 MB of Swagger UI (or ReDoc) on a busy 2-core machine took over expect()'s 5 s default.
WAIT = 45_000


@pytest.fixture(scope="module")
def stack(
    server_url: str, meili: MeiliServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Api, Browser]]:
    chromium = require_chromium()
    with api_server(server_url, meili, tmp_path_factory.mktemp("api")) as api, sync_playwright() as playwright:
        api.post("/api/v1/themes", {"name_nl": "Gender", "name_en": "Gender", "slug": "gender"})
        item = api.post(
            "/api/v1/knowledge-items", {"title": TITLE, "kind": "news", "language": "nl", "themes": ["gender"]}
        )
        api.post(f"/api/v1/knowledge-items/{item['id']}/publish")
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            yield api, browser
        finally:
            browser.close()


@pytest.fixture
def offline_page(stack: tuple[Api, Browser]) -> Iterator[tuple[Api, Page, list[str], list[str]]]:
    """A page that may reach loopback only; what it tried beyond, and what it complained about."""
    api, browser = stack
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    context.set_default_timeout(WAIT)
    blocked: list[str] = []
    problems: list[str] = []

    def only_loopback(route: Route) -> None:
        if urlsplit(route.request.url).hostname in ("127.0.0.1", "localhost") or route.request.url.startswith(
            ("data:", "blob:")
        ):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    context.route("**/*", only_loopback)
    page = context.new_page()
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    try:
        yield api, page, blocked, problems
    finally:
        context.close()


def test_swagger_ui_renders_offline_and_runs_a_request(offline_page: tuple[Api, Page, list[str], list[str]]) -> None:
    api, page, blocked, problems = offline_page
    page.goto(f"{api.url}/docs")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("Kennisbank API", timeout=WAIT)
    operation = page.locator("#operations-health-healthz")
    operation.locator(".opblock-summary").click()
    operation.locator("button.try-out__btn").click()
    operation.locator("button.execute").click()
    live = operation.locator(".live-responses-table tbody tr.response").first
    expect(live.locator(".response-col_status")).to_have_text("200", timeout=WAIT)
    expect(live.locator(".response-col_description")).to_contain_text('"ok"', timeout=WAIT)
    assert not blocked and not [p for p in problems if "Content Security Policy" in p], (blocked, problems)


def test_redoc_renders_offline(offline_page: tuple[Api, Page, list[str], list[str]]) -> None:
    api, page, blocked, problems = offline_page
    page.goto(f"{api.url}/redoc")
    expect(page.locator("h1").first).to_contain_text("Kennisbank API", timeout=WAIT)
    # An operation's heading, from /openapi.json.
    expect(page.locator("h2").filter(has_text="The process is up").first).to_be_visible(timeout=WAIT)
    # ReDoc's "powered by" footer names its logo on its CDN; the policy blocks it (an image, nothing runs).
    problems = [p for p in problems if not p.startswith("Loading the image 'https://cdn.redoc.ly/")]
    assert not blocked and not [p for p in problems if "Content Security Policy" in p], (blocked, problems)


def test_graphiql_renders_offline_and_runs_a_query(offline_page: tuple[Api, Page, list[str], list[str]]) -> None:
    api, page, blocked, problems = offline_page
    page.goto(f"{api.url}/graphql")
    expect(page.locator(".graphiql-container").first).to_be_visible(timeout=WAIT)
    page.locator(".graphiql-execute-button").click()  # the example query: three knowledge items
    expect(page.locator(".graphiql-response").first).to_contain_text(TITLE, timeout=WAIT)
    assert not blocked and not [p for p in problems if "Content Security Policy" in p], (blocked, problems)

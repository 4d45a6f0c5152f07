"""The ``kennisbank`` command, run as a real subprocess against a real database."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys

import pytest

from tests.conftest import REPO

# Each test starts the command as a real process: seconds of imports apiece, for the full run.
pytestmark = pytest.mark.slow


def kennisbank(*args: str, env: dict[str, str] | None = None, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("KENNISBANK_", "DATABASE_URL", "MEILI"))}
    environment |= env or {}
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        check=False,
    )


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"DATABASE_URL": "mysql://x@y/z"}, "invalid setting DATABASE_URL: DATABASE_URL must start with postgresql"),
        ({"KENNISBANK_ENV": "staging"}, "invalid setting ENV"),
        ({"KENNISBANK_ENV": "production"}, "production refuses embedded PostgreSQL"),
    ],
)
def test_bad_settings_give_one_clear_line_and_exit_non_zero(env: dict[str, str], expected: str) -> None:
    result = kennisbank("migrate", env=env)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert expected in lines[0]


def test_an_unreachable_database_is_one_line_naming_the_fix(tmp_path) -> None:
    url = f"postgresql+asyncpg://nobody@/nowhere?host={tmp_path}&port=1"
    result = kennisbank("migrate", env={"DATABASE_URL": url})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "cannot reach the database" in result.stderr and "check DATABASE_URL" in result.stderr


def test_seed_before_migrate_names_the_command_to_run(fresh_database_url: str) -> None:
    result = kennisbank("seed", "--demo", env={"DATABASE_URL": fresh_database_url})
    assert result.returncode == 1
    assert "run `kennisbank migrate` first" in result.stderr


def test_migrate_seed_twice_and_manage_keys(fresh_database_url: str) -> None:
    env = {"DATABASE_URL": fresh_database_url}
    assert kennisbank("migrate", env=env).returncode == 0

    first = kennisbank("seed", "--demo", env=env)
    assert first.returncode == 0, first.stderr
    assert "created: 4 themes" in first.stdout
    second = kennisbank("seed", "--demo", env=env)
    assert second.returncode == 0, second.stderr
    assert "created: 0 themes, 0 organisations, 0 working groups, 0 knowledge items, 0 position papers" in second.stdout

    created = kennisbank("apikey", "create", "--name", "ci", "--role", "editor", env=env)
    assert created.returncode == 0, created.stderr
    token = created.stdout.strip().splitlines()[-1]
    assert token.startswith("kb_") and len(token) > 40
    listing = kennisbank("apikey", "list", env=env)
    assert "editor" in listing.stdout and token not in listing.stdout and "active" in listing.stdout
    header = next(line for line in listing.stdout.splitlines() if line.strip())
    assert {"ID", "NAME", "ROLE", "PREFIX", "STATE"} <= set(header.split()), listing.stdout
    (key,) = json.loads(kennisbank("apikey", "list", "--json", env=env).stdout)
    assert key["role"] == "editor" and key["state"] == "active" and token.startswith(key["prefix"])
    assert kennisbank("apikey", "revoke", str(key["id"]), env=env).returncode == 0
    assert "revoked" in kennisbank("apikey", "list", env=env).stdout

    bad_role = kennisbank("apikey", "create", "--name", "x", "--role", "owner", env=env)
    assert bad_role.returncode == 1 and "unknown role" in bad_role.stderr


def test_synthetic_corpus(fresh_database_url: str) -> None:
    env = {"DATABASE_URL": fresh_database_url}
    assert kennisbank("migrate", env=env).returncode == 0
    result = kennisbank("seed", "--synthetic", "500", env=env)
    assert result.returncode == 0, result.stderr
    assert "425 knowledge items" in result.stdout and "50 position papers" in result.stdout


def kennisbank_on_a_terminal(*args: str, env: dict[str, str]) -> tuple[int, str]:
    """The command with a pseudo-terminal as standard output and error: what a person at a shell sees."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("KENNISBANK_", "DATABASE_URL", "MEILI"))}
    primary, secondary = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli", *args],
        cwd=REPO,
        env=environment | {"COLUMNS": "120", "TERM": "xterm"} | env,
        stdin=subprocess.DEVNULL,
        stdout=secondary,
        stderr=secondary,
    )
    os.close(secondary)
    output = bytearray()
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # EIO: the command closed the terminal
            break
        if not chunk:
            break
        output += chunk
    os.close(primary)
    return process.wait(timeout=240), output.decode(errors="replace")


def test_long_commands_show_progress_on_a_terminal_and_none_with_quiet(fresh_database_url: str) -> None:
    env = {"DATABASE_URL": fresh_database_url}
    assert kennisbank("migrate", env=env).returncode == 0
    code, shown = kennisbank_on_a_terminal("seed", "--synthetic", "300", env=env)
    assert code == 0, shown
    assert "━" in shown and "knowledge items" in shown, shown  # the bars, drawn on the terminal
    assert re.search(r"created: .*255 knowledge items.* in \d+\.\d s", shown), shown

    code, shown = kennisbank_on_a_terminal("seed", "--synthetic", "300", "--quiet", env=env)
    assert code == 0, shown
    assert "━" not in shown and "\x1b[?25l" not in shown, shown  # no bar, no cursor games
    assert re.search(r"created: .* in \d+\.\d s", shown), shown

    piped = kennisbank("seed", "--synthetic", "300", env=env)  # not a terminal: no bars either
    assert piped.returncode == 0 and "━" not in piped.stderr + piped.stdout


def test_import_refuses_files_it_cannot_read_before_touching_the_database(tmp_path) -> None:
    unnamed = tmp_path / "export.ndjson"
    unnamed.write_text("{}\n")
    result = kennisbank("import", str(unnamed))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "cannot tell what export.ndjson holds" in result.stderr and "themes.ndjson" in result.stderr

    broken = tmp_path / "themes.ndjson"
    broken.write_text('{"slug": "a"}\nnot json\n')
    result = kennisbank("import", str(broken))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "themes.ndjson is not NDJSON" in result.stderr

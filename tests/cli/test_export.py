"""``kennisbank export DIR``, run as a real process against a real database: the REST export's bytes in
files, a round trip through ``kennisbank import``, progress on a terminal, and no half-written file."""

from __future__ import annotations

import asyncio
import json
import os
import re
import resource as limits
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from app.cli.data import EXPORT_TYPES
from app.db import migrate
from app.models.api_key import Role
from app.services.transfer import RESOURCES
from tests.cli.test_cli import kennisbank, kennisbank_on_a_terminal
from tests.conftest import REPO, create_database, start_app
from tests.services.test_transfer import normalise

pytestmark = pytest.mark.slow  # each test starts the command as a real process


def test_the_command_exports_what_import_reads_in_its_order() -> None:
    assert EXPORT_TYPES == RESOURCES


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ("missing", "does not exist; create it first"),
        ("a-file", "is not a directory"),
        ("/sys", "cannot write into /sys: Permission denied"),  # sysfs takes no new files, not even from root
    ],
)
def test_a_directory_it_cannot_write_into_is_one_line_before_the_database(tmp_path, where, expected) -> None:
    (tmp_path / "a-file").write_text("")
    directory = where if where.startswith("/") else str(tmp_path / where)
    # An unreachable database: the directory is refused before the command goes near it.
    result = kennisbank("export", directory, env={"DATABASE_URL": f"postgresql+asyncpg://x@/x?host={tmp_path}"})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and expected in lines[0], result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_an_unknown_type_is_refused_naming_the_types(tmp_path) -> None:
    result = kennisbank("export", str(tmp_path), "--type", "api-keys")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "cannot export api-keys; --type takes: themes, organisations" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_write_that_fails_midway_is_one_line_and_leaves_nothing(committed_url, tmp_path) -> None:
    env = {"DATABASE_URL": committed_url}
    assert kennisbank("seed", "--synthetic", "100", env=env).returncode == 0

    def small_files_only() -> None:  # as a full disk or a quota would: writes fail (EFBIG) past 64 KiB
        limits.setrlimit(limits.RLIMIT_FSIZE, (65536, 65536))

    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "export", str(tmp_path)],
        cwd=REPO,
        env=kennisbank_environment(env),
        capture_output=True,
        text=True,
        timeout=240,
        preexec_fn=small_files_only,
        check=False,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines == [f"error: cannot write into {tmp_path}: File too large"], result.stderr
    assert list(tmp_path.iterdir()) == []


def files_of(directory: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(directory.iterdir())}


def records(data: bytes) -> dict[str, dict[str, Any]]:
    return {doc["slug"]: doc for doc in map(json.loads, data.splitlines())}


async def test_the_demo_exports_as_the_rest_export_gives_it_and_imports_into_an_empty_database(
    fresh_database_url, server_url, tmp_path
) -> None:
    env = {"DATABASE_URL": fresh_database_url}
    await asyncio.to_thread(migrate, fresh_database_url)
    seeded = await asyncio.to_thread(kennisbank, "seed", "--demo", env=env)
    assert seeded.returncode == 0, seeded.stderr
    everything, published = tmp_path / "everything", tmp_path / "published"
    everything.mkdir()
    published.mkdir()

    result = await asyncio.to_thread(kennisbank, "export", str(everything), env=env)
    assert result.returncode == 0, result.stderr
    assert "━" not in result.stdout + result.stderr  # piped: no bars
    assert re.fullmatch(
        r"exported: 4 themes, \d+ organisations, \d+ working groups, \d+ knowledge items, \d+ position papers "
        rf"in \d+\.\d s into {re.escape(str(everything))}\n",
        result.stdout,
    ), result.stdout
    files = files_of(everything)
    assert list(files) == [f"{r}.ndjson" for r in sorted(RESOURCES)]  # and no temporary file left
    assert any(d["status"] == "draft" for d in records(files["knowledge-items.ndjson"]).values())
    umask = os.umask(0)
    os.umask(umask)
    assert {p.stat().st_mode & 0o777 for p in everything.iterdir()} == {0o666 & ~umask}  # as `>` would make them

    only = await asyncio.to_thread(
        kennisbank, "export", str(published), "--published-only", "-t", "knowledge-items", "--type", "themes", env=env
    )
    assert only.returncode == 0, only.stderr
    assert only.stdout.startswith("exported: 4 themes, ")
    assert list(files_of(published)) == ["knowledge-items.ndjson", "themes.ndjson"]

    # The same bytes as the REST export gives the same caller: an editor sees drafts, the public does not.
    async with start_app(fresh_database_url) as app:
        editor = await app.headers(Role.editor, name="e")
        for resource in RESOURCES:
            rest = await app.client.get(f"/api/v1/export/{resource}.ndjson", headers=editor)
            assert rest.status_code == 200 and rest.content == files[f"{resource}.ndjson"], resource
        for resource in ("knowledge-items", "themes"):
            public = await app.client.get(f"/api/v1/export/{resource}.ndjson")
            assert public.content == (published / f"{resource}.ndjson").read_bytes(), resource
    assert "draft" not in {d["status"] for d in records((published / "knowledge-items.ndjson").read_bytes()).values()}

    # Round trip: import into an empty database, export that: the same content.
    target = await asyncio.to_thread(create_database, server_url, f"kb_export_target_{tmp_path.name[-8:]}")
    await asyncio.to_thread(migrate, target)
    paths = [str(everything / f"{r}.ndjson") for r in RESOURCES]
    imported = await asyncio.to_thread(kennisbank, "import", *paths, env={"DATABASE_URL": target})
    assert imported.returncode == 0, imported.stderr
    again = tmp_path / "again"
    again.mkdir()
    exported = await asyncio.to_thread(kennisbank, "export", str(again), "--quiet", env={"DATABASE_URL": target})
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.split(" in ")[0] == result.stdout.split(" in ")[0]  # the same counts
    for name, data in files_of(again).items():
        assert normalise(records(data)) == normalise(records(files[name])), name


def test_export_shows_progress_on_a_terminal_and_none_with_quiet(fresh_database_url, tmp_path) -> None:
    env = {"DATABASE_URL": fresh_database_url}
    assert kennisbank("migrate", env=env).returncode == 0
    assert kennisbank("seed", "--synthetic", "300", env=env).returncode == 0

    code, shown = kennisbank_on_a_terminal("export", str(tmp_path), env=env)
    assert code == 0, shown
    assert "━" in shown and "knowledge items" in shown and "position papers" in shown, shown
    assert "255/255" in shown and "30/30" in shown, shown  # bars that know their totals
    counts = "2 themes, 15 organisations, 0 working groups, 255 knowledge items, 30 position papers"
    assert re.search(rf"exported: {counts} in \d+\.\d s", shown), shown

    code, shown = kennisbank_on_a_terminal("export", str(tmp_path), "--quiet", env=env)
    assert code == 0, shown
    assert "━" not in shown and "\x1b[?25l" not in shown, shown  # no bar, no cursor games
    assert re.search(r"exported: .*255 knowledge items.* in \d+\.\d s", shown), shown


def test_a_private_umask_keeps_the_files_private(committed_url, tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "export", str(tmp_path), "--type", "themes"],
        cwd=REPO,
        env=kennisbank_environment({"DATABASE_URL": committed_url}),
        capture_output=True,
        timeout=240,
        umask=0o077,  # drafts in a backup: an operator's umask may say nobody else reads them
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "themes.ndjson").stat().st_mode & 0o777 == 0o600


async def test_an_interrupted_export_leaves_no_half_written_file_and_the_earlier_export_whole(
    committed_url, tmp_path
) -> None:
    env = {"DATABASE_URL": committed_url}
    seeded = await asyncio.to_thread(kennisbank, "seed", "--synthetic", "100", env=env)
    assert seeded.returncode == 0, seeded.stderr
    earlier = b'{"slug": "from-last-night"}\n'
    (tmp_path / "knowledge-items.ndjson").write_bytes(earlier)

    engine = create_async_engine(committed_url)
    try:
        async with engine.connect() as holder, holder.begin():
            # The export writes themes, organisations and working groups, then waits for this lock.
            await holder.execute(text("LOCK TABLE knowledge_item IN ACCESS EXCLUSIVE MODE"))
            process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "app.cli",
                "export",
                str(tmp_path),
                cwd=REPO,
                env=kennisbank_environment(env),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            try:
                await wait_until_blocked(engine, process)
                partial = [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")]
                assert len(partial) == 5 and (tmp_path / "knowledge-items.ndjson").read_bytes() == earlier
                process.send_signal(signal.SIGINT)  # Ctrl-C
                _, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
            finally:
                if process.returncode is None:
                    process.kill()
                    await process.wait()
    finally:
        await engine.dispose()
    assert process.returncode == 130  # as a shell reports Ctrl-C
    lines = [line for line in stderr.decode().splitlines() if line.strip()]
    assert lines == [f"interrupted: nothing written into {tmp_path}"], lines
    assert files_of(tmp_path) == {"knowledge-items.ndjson": earlier}  # no new file, no temporary file


def kennisbank_environment(env: dict[str, str]) -> dict[str, str]:
    own = {k: v for k, v in os.environ.items() if not k.startswith(("KENNISBANK_", "DATABASE_URL", "MEILI"))}
    return own | env


async def wait_until_blocked(engine: Any, process: asyncio.subprocess.Process) -> None:
    """Until the export's query waits for the test's lock on knowledge_item."""
    deadline = time.monotonic() + 120
    query = text(
        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%knowledge_item%'"
    )
    while time.monotonic() < deadline:
        if process.returncode is not None:
            raise AssertionError(await process.communicate())
        async with engine.connect() as connection:
            if await connection.scalar(query):
                return
        await asyncio.sleep(0.1)
    raise AssertionError("the export never reached knowledge items")

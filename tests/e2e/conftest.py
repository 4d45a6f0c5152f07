"""The service from outside: ``kennisbank serve`` shared by the fuzzing and visibility modules, and ``--slow``.

Every module here is marked ``slow`` (and ``e2e`` where it runs ``kennisbank serve``): none is part of
the fast loop, ``pytest -m "not slow"``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.server import ApiServer, serve
from tests.meili import MeiliServer

# Set from ``--slow`` (declared in tests/conftest.py) before the test modules are imported: their fuzzing
# strategies are built at import.
SLOW = False


def pytest_configure(config: pytest.Config) -> None:
    global SLOW
    SLOW = bool(config.getoption("--slow", default=False))


@pytest.fixture(scope="package")
def api_server(server_url: str, meili: MeiliServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ApiServer]:
    """``kennisbank serve`` on a free loopback port with the demo content, shared by the fuzzing modules."""
    with serve(server_url, meili, tmp_path_factory.mktemp("api-server")) as server:
        yield server

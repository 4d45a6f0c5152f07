"""The search key behind the /embed/demo page (development only).

The page needs a working partner key, and a key's secret is shown only once, so the demo keeps the
secret of the key it created in ``<data dir>/embed-demo-search-key``. The key is an ordinary partner key
named "Embed demo page", visible in ``GET /api/v1/search-keys`` and revocable like any other; when it no
longer works (revoked, or another database), the next visit creates a new one.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import KennisbankError
from app.models.search_key import SearchKeyCreate
from app.search.engine import SearchEngine
from app.services.auth import SYSTEM
from app.services.search_keys import authenticate_search_key, create_search_key

DEMO_KEY_NAME = "Embed demo page"
DEMO_KEY_FILE = "embed-demo-search-key"


def _read(path: Path) -> str | None:
    with contextlib.suppress(OSError):
        return path.read_text().strip() or None
    return None


def _write(path: Path, secret: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(secret + "\n")


async def demo_search_key(
    *, session: AsyncSession, engine: SearchEngine | None, data_dir: Path, origin: str, public_url: str
) -> str:
    """The demo page's key secret: the stored one while it works, else a new key allowed from ``origin``."""
    path = data_dir / DEMO_KEY_FILE
    stored = _read(path)
    if stored is not None:
        with contextlib.suppress(KennisbankError):
            await authenticate_search_key(session=session, secret=stored, origin=None)
            return stored
    _, secret, _ = await create_search_key(
        session=session,
        engine=engine,
        actor=SYSTEM,
        data=SearchKeyCreate(name=DEMO_KEY_NAME, allowed_origins=[origin]),
        public_url=public_url,
    )
    await session.flush()
    _write(path, secret)
    return secret

"""The partner embed: the ``<kennisbank-search>`` web component, served as one static, versioned script.

The bytes under ``/embed/v1/`` are frozen once released (partners pin them with ``<script integrity>``
and caches keep them for a year); a change that is not backwards compatible ships under a new path.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

STATIC = Path(__file__).parent / "static"
SCRIPT_NAME = "kennisbank-search.js"


@dataclass(frozen=True)
class StaticScript:
    """A script's bytes with what serving it needs: validators, the SRI hash and a gzipped copy."""

    body: bytes
    gzipped: bytes
    etag: str
    integrity: str


@lru_cache(maxsize=1)
def widget_script() -> StaticScript:
    """The widget's script, read once per process."""
    body = (STATIC / SCRIPT_NAME).read_bytes()
    digest = hashlib.sha256(body).hexdigest()[:32]
    return StaticScript(
        body=body,
        # mtime=0: the same bytes every time, so the gzip representation has a stable validator too.
        gzipped=gzip.compress(body, compresslevel=9, mtime=0),
        etag=f'"{digest}"',
        integrity="sha384-" + base64.b64encode(hashlib.sha384(body).digest()).decode(),
    )

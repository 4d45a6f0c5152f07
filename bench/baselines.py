"""The physical limits the product is measured against: bare FastAPI, served like the API.

    uvicorn bench.baselines:app --workers N --no-access-log      (BENCH_PG_DSN: an asyncpg DSN)

- ``GET /fixed``: a fixed JSON document (FastAPI's default JSON response).
- ``GET /pg/{id}``: one asyncpg ``SELECT`` by primary key on ``knowledge_item``, the row as JSON.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg
from fastapi import FastAPI, HTTPException

FIXED = {
    "id": 1,
    "type": "knowledge_item",
    "slug": "fixed-document",
    "title": "A fixed document",
    "language": "en",
    "status": "published",
}


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    dsn = os.environ.get("BENCH_PG_DSN")
    # The same pool size as the API's default (KENNISBANK_DB_POOL_SIZE=10).
    app.state.pool = await asyncpg.create_pool(dsn, min_size=1, max_size=10) if dsn else None
    yield
    if app.state.pool is not None:
        await app.state.pool.close()


app = FastAPI(lifespan=lifespan, openapi_url=None, docs_url=None, redoc_url=None)


@app.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@app.get("/fixed")
async def fixed() -> dict[str, Any]:
    return FIXED


@app.get("/pg/{item_id}")
async def by_id(item_id: int) -> dict[str, Any]:
    row = await app.state.pool.fetchrow("SELECT * FROM knowledge_item WHERE id = $1", item_id)
    if row is None:
        raise HTTPException(status_code=404)
    return dict(row)

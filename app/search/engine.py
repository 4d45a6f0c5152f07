"""The one Meilisearch client of a process, with the index names and the calls the rest of app/search uses."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx2
import orjson
from meilisearch_python_sdk import AsyncClient
from meilisearch_python_sdk.errors import MeilisearchApiError, MeilisearchCommunicationError, MeilisearchError
from meilisearch_python_sdk.models.task import TaskInfo

from app.models.change import EntityType
from app.search.indexes import INDEX_SUFFIX, index_settings, settings_diff
from app.settings import Settings

log = logging.getLogger(__name__)

# Transport failures that mean "Meilisearch is not there right now" (as opposed to "it said no").
UNREACHABLE = (MeilisearchCommunicationError, httpx2.TransportError, OSError, TimeoutError)
TASK_TIMEOUT_MS = 60_000


class SearchUnavailable(Exception):
    """Meilisearch could not be reached; callers degrade (search) or back off (the worker)."""


class SearchTaskFailed(Exception):
    """Meilisearch accepted a task and then failed it; the message is Meilisearch's reason."""


def _unreachable(exc: BaseException) -> bool:
    if isinstance(exc, UNREACHABLE):
        return True
    # A read timeout surfaces as a bare MeilisearchError wrapping httpx2's exception.
    return type(exc) is MeilisearchError and isinstance(exc.__cause__ or exc.__context__, UNREACHABLE)


class SearchEngine:
    """One pooled HTTP client to Meilisearch plus the index naming scheme."""

    def __init__(
        self,
        *,
        url: str,
        api_key: str | None,
        prefix: str = "",
        timeout_s: float = 10.0,
        search_timeout_s: float = 1.5,
    ) -> None:
        self.url = url
        self.prefix = prefix
        self.search_timeout_s = search_timeout_s
        # Meilisearch gzips answers when asked, and a compressed chunked reply costs a TCP delay per
        # request (48 ms instead of 6 ms measured): we ask for identity, the link is local and fast.
        self.client = AsyncClient(
            url,
            api_key,
            # The SDK annotates ``int | None`` but hands it to httpx, which takes a Timeout (connect apart).
            timeout=httpx2.Timeout(timeout_s, connect=2.0),  # type: ignore[arg-type]
            custom_headers={"Accept-Encoding": "identity"},
        )
        self.http: httpx2.AsyncClient = self.client.http_client

    @classmethod
    def from_settings(cls, settings: Settings) -> SearchEngine | None:
        """The engine configured by MEILI_URL, or None when search runs on the database fallback only."""
        if settings.meili_url is None:
            return None
        key = settings.meili_master_key.get_secret_value() if settings.meili_master_key else None
        return cls(
            url=settings.meili_url,
            api_key=key,
            prefix=settings.search_prefix,
            search_timeout_s=settings.search_timeout_ms / 1000,
        )

    async def close(self) -> None:
        await self.client.aclose()

    def uid(self, entity_type: EntityType) -> str:
        return f"{self.prefix}{INDEX_SUFFIX[entity_type]}"

    def type_of(self, uid: str) -> EntityType | None:
        return next((t for t in INDEX_SUFFIX if self.uid(t) == uid), None)

    async def request(self, method: str, path: str, body: Any = None) -> Any:
        """One raw JSON call; transport failures become SearchUnavailable, API errors MeilisearchApiError."""
        content = orjson.dumps(body) if body is not None else None
        headers = {"Content-Type": "application/json"} if content is not None else None
        try:
            response = await self.http.request(method, path, content=content, headers=headers)
        except UNREACHABLE as exc:
            raise SearchUnavailable(f"Meilisearch is unreachable ({type(exc).__name__})") from exc
        if response.status_code >= 400:
            try:
                error = orjson.loads(response.content)
            except orjson.JSONDecodeError:
                error = {"message": response.text[:200], "code": "unknown"}
            raise MeilisearchApiError(str(error.get("message", "")), response) from None
        return orjson.loads(response.content) if response.content else None

    async def search(self, body: Any) -> Any:
        """One multi-search within the search time budget; a slower Meilisearch counts as unavailable."""
        try:
            async with asyncio.timeout(self.search_timeout_s):
                return await self.request("POST", "/multi-search", body)
        except TimeoutError as exc:
            budget_ms = round(self.search_timeout_s * 1000)
            raise SearchUnavailable(f"Meilisearch did not answer within the {budget_ms} ms budget") from exc

    async def available(self) -> bool:
        try:
            health = await self.request("GET", "/health")
        except (SearchUnavailable, MeilisearchApiError):
            return False
        return bool(health and health.get("status") == "available")

    async def wait(self, task: TaskInfo | int, *, timeout_ms: int = TASK_TIMEOUT_MS) -> None:
        """Wait until Meilisearch has processed the task; raise SearchTaskFailed with its reason if it failed."""
        uid = task if isinstance(task, int) else task.task_uid
        try:
            result = await self.client.wait_for_task(uid, timeout_in_ms=timeout_ms, interval_in_ms=20)
        except Exception as exc:
            if _unreachable(exc):
                raise SearchUnavailable(f"Meilisearch is unreachable ({type(exc).__name__})") from exc
            raise
        if result.status != "succeeded":
            error = result.error or {}
            raise SearchTaskFailed(f"task {uid} {result.status}: {error.get('code')}: {error.get('message')}")

    async def call(self, coro: Any) -> Any:
        """Await an SDK call, turning transport failures into SearchUnavailable."""
        try:
            return await coro
        except Exception as exc:
            if _unreachable(exc):
                raise SearchUnavailable(f"Meilisearch is unreachable ({type(exc).__name__})") from exc
            raise

    async def ensure_index(self, uid: str, entity_type: EntityType) -> list[str]:
        """Create the index if missing and bring its settings up to date; return the names of changed settings."""
        try:
            current = await self.request("GET", f"/indexes/{uid}/settings")
        except MeilisearchApiError as exc:
            if exc.code != "index_not_found":
                raise
            task = await self.request("POST", "/indexes", {"uid": uid, "primaryKey": "id"})
            try:
                await self.wait(task["taskUid"])
            except SearchTaskFailed as exc:
                if "index_already_exists" not in str(exc):  # another process created it meanwhile: fine
                    raise
            current = await self.request("GET", f"/indexes/{uid}/settings")
        changed = settings_diff(index_settings(entity_type), current)
        if changed:
            task = await self.request("PATCH", f"/indexes/{uid}/settings", changed)
            await self.wait(task["taskUid"])
        return sorted(changed)

    async def setup(self, types: list[EntityType] | None = None) -> dict[str, list[str]]:
        """Apply the index design to every public index (idempotent: nothing changes the second time)."""
        return {self.uid(t): await self.ensure_index(self.uid(t), t) for t in types or list(INDEX_SUFFIX)}


@asynccontextmanager
async def open_search_engine(settings: Settings) -> AsyncIterator[SearchEngine | None]:
    """The engine MEILI_URL configures, closed on exit; None without MEILI_URL (search answers from the database)."""
    engine = SearchEngine.from_settings(settings)
    try:
        yield engine
    finally:
        if engine is not None:
            await engine.close()

"""The application factory: lifespan (engine, migration check), routers and error handlers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.api import embed, feeds, health, media, oai, observe, problems, search, v1
from app.api.cors import PartnerCors
from app.api.headers import SecurityHeaders
from app.api.key_usage import KeyUsage, key_usage_runtime
from app.api.limits import BodySizeLimit
from app.api.observe import RequestObservation
from app.api.rate_limit import RateLimit, RateLimiter
from app.api.response_cache import CachedResponses, ResponseCache, response_cache_runtime
from app.db import check_database, check_migrated, create_engine, create_sessionmaker, resolve_database_url
from app.graphql.router import create_graphql_router
from app.logs import configure_logging
from app.search.runtime import search_runtime
from app.services.pagination import CursorCodec
from app.services.scheduling import scheduler_runtime
from app.services.webhook_worker import webhook_runtime
from app.settings import Settings, get_settings
from app.web.api_keys import VerifiedKeys
from app.web.watchdog import LoopWatchdog


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the ASGI app; the database is connected and checked when the app starts."""
    settings = settings or get_settings()
    configure_logging(level=settings.log_level, json=settings.log_format == "json")

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        database_url = resolve_database_url(settings)
        engine = create_engine(database_url, pool_size=settings.db_pool_size, max_overflow=settings.db_max_overflow)
        watchdog = LoopWatchdog(stall_s=settings.loop_stall_s, grace_s=settings.shutdown_grace_s)
        watchdog.start()
        try:
            await check_database(engine)
            await check_migrated(engine)
            app.state.engine = engine
            app.state.sessionmaker = create_sessionmaker(engine)
            async with (
                response_cache_runtime(app, database_url),
                search_runtime(app, settings),
                scheduler_runtime(app, settings),
                key_usage_runtime(app),
                webhook_runtime(app, settings),
            ):
                yield
        finally:
            await engine.dispose()
            await watchdog.stop()

    app = FastAPI(
        title="Kennisbank API",
        version="1.0.0",
        summary="WO=MEN's knowledge base, position papers and partner directory.",
        lifespan=lifespan,
        docs_url="/docs" if settings.docs_enabled else None,
        redoc_url="/redoc" if settings.docs_enabled else None,
    )
    app.state.settings = settings
    app.state.cursors = CursorCodec(settings.secret_key.get_secret_value())
    app.state.key_usage = KeyUsage()
    app.state.api_keys = VerifiedKeys()
    problems.install(app)
    cache = ResponseCache(max_bytes=settings.response_cache_mb << 20) if settings.response_cache_mb else None
    app.state.response_cache = cache
    if cache is not None:
        app.add_middleware(CachedResponses, cache=cache)  # innermost: limits, logs and headers apply to hits too
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes, upload_max_bytes=settings.max_upload_bytes)
    if settings.rate_limit_enabled:
        app.state.rate_limiter = RateLimiter(settings)
        app.add_middleware(RateLimit, limiter=app.state.rate_limiter)
    app.add_middleware(RequestObservation, access_log=settings.access_log)
    app.add_middleware(PartnerCors)  # search preflights are answered here, before rate limits and logs
    app.add_middleware(SecurityHeaders)  # outermost: 429s and 500s carry the headers too
    if settings.metrics:
        app.include_router(observe.router)
    app.include_router(health.router)
    app.include_router(search.router)
    app.include_router(v1.router)
    app.include_router(feeds.router)
    app.include_router(media.router)
    app.include_router(oai.router)
    app.include_router(embed.router)
    app.include_router(create_graphql_router(settings))
    return app

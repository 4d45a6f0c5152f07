"""The application factory: lifespan (engine, migration check), routers and error handlers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.api import docs, embed, feeds, health, landing, media, metrics, oai, openapi, search, v1
from app.db import check_database, check_migrated, create_engine, create_sessionmaker, resolve_database_url
from app.graphql.router import GRAPHQL_PATH, create_graphql_router
from app.logs import configure_logging
from app.search.engine import open_search_engine
from app.services.pagination import CursorCodec
from app.settings import Settings, get_settings
from app.web import problems
from app.web.api_keys import VerifiedKeys
from app.web.body_limit import BodySizeLimit
from app.web.cors import PartnerCors
from app.web.headers import SecurityHeaders
from app.web.key_usage import KeyUsage, key_usage_runtime
from app.web.observe import RequestObservation
from app.web.rate_limit import RateLimit, RateLimiter
from app.web.response_cache import CachedResponses, ResponseCache, response_cache_runtime
from app.web.site_cors import SiteCors
from app.web.watchdog import LoopWatchdog
from app.workers import background_workers


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the ASGI app; the database is connected and checked when the app starts."""
    settings = settings or get_settings()
    configure_logging(level=settings.log_level, json=settings.log_json)

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
                open_search_engine(settings) as search,
                key_usage_runtime(app),
                background_workers(settings, app.state.sessionmaker, search=search, process="api"),
            ):
                app.state.search = search
                watchdog.arm()
                yield
        finally:
            await engine.dispose()
            await watchdog.stop()

    app = FastAPI(
        title="Kennisbank API",
        version="1.0.0",
        summary="WO=MEN's knowledge base, position papers and partner directory.",
        lifespan=lifespan,
        # Swagger UI and ReDoc are served from the service's own copy of their code (app/api/docs.py).
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.cursors = CursorCodec(settings.secret_key.get_secret_value())
    app.state.key_usage = KeyUsage()
    app.state.api_keys = VerifiedKeys()
    problems.install(app)
    openapi.install(app)
    _add_middlewares(app, settings)
    _include_routers(app, settings)
    return app


def _add_middlewares(app: FastAPI, settings: Settings) -> None:
    """The HTTP edge (app/web), innermost first: each middleware added wraps the ones before it."""
    cache = ResponseCache(max_bytes=settings.response_cache_mb << 20) if settings.response_cache_mb else None
    app.state.response_cache = cache
    if cache is not None:
        # Innermost: limits, logs and headers apply to cache hits too.
        app.add_middleware(CachedResponses, cache=cache, graphql_path=GRAPHQL_PATH)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes, upload_max_bytes=settings.max_upload_bytes)
    if settings.rate_limit_enabled:
        app.state.rate_limiter = RateLimiter(settings, graphql_path=GRAPHQL_PATH)
        app.add_middleware(RateLimit, limiter=app.state.rate_limiter)
    app.add_middleware(RequestObservation, access_log=settings.access_log)
    app.add_middleware(PartnerCors)  # search preflights are answered here, before rate limits and logs
    app.add_middleware(SiteCors, origins=settings.cors_origin_set, graphql_path=GRAPHQL_PATH)  # the own frontends
    # The app's own HTML pages, whose Content-Security-Policy is derived from their markup.
    html_pages = frozenset((landing.LANDING_PATH, docs.DOCS_PATH, docs.REDOC_PATH, GRAPHQL_PATH, "/embed/demo"))
    app.add_middleware(SecurityHeaders, html_pages=html_pages)  # outermost: 429s and 500s carry the headers too


def _include_routers(app: FastAPI, settings: Settings) -> None:
    if settings.metrics:
        app.include_router(metrics.router)
    app.include_router(landing.router)
    if settings.docs_enabled:
        app.include_router(docs.router)
    if settings.docs_enabled or settings.graphiql_enabled:
        app.include_router(docs.assets_router)
    app.include_router(health.router)
    app.include_router(search.router)
    app.include_router(v1.router)
    app.include_router(feeds.router)
    app.include_router(media.router)
    app.include_router(oai.router)
    app.include_router(embed.router)
    app.include_router(create_graphql_router(settings))

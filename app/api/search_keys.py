"""REST: /api/v1/search-keys (admins give partner sites a scoped, search-only key)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request, Response
from pydantic import BaseModel, Field

from app.api.params import StrictQuery
from app.api.schemas import ListMeta, problem_responses
from app.models.search_key import SearchKey, SearchKeyCreate
from app.search.engine import SearchEngine
from app.services import search_keys as service
from app.services.search_keys import TenantToken
from app.web.deps import CurrentPrincipal, SessionDep
from app.web.responses import no_store, whole_list

router = APIRouter(prefix="/search-keys", tags=["search keys"], dependencies=[StrictQuery])
ERRORS = problem_responses(400, 401, 403, 404, 409, 413, 422)
ERRORS[503] = ERRORS[422] | {"description": "Meilisearch is unreachable (or not configured); nothing changed"}
SearchKeyHeader = Annotated[
    str | None, Header(alias="X-Search-Key", description="The partner key's own secret, instead of an admin key.")
]


class MeilisearchAccess(BaseModel):
    url: str = Field(description="Meilisearch's public URL, for InstantSearch or any Meilisearch client.")
    indexes: dict[str, str] = Field(description="Index name by type: knowledge_item, position_paper, organisation.")
    token: str = Field(description="A tenant token with the key's filters; use it as the Meilisearch API key.")
    expires_at: datetime = Field(description="When the token stops working: ask for a new one before then.")


class SearchKeyOut(BaseModel):
    id: int
    name: str
    prefix: str = Field(description="The secret's first characters, to tell keys apart.")
    allowed_origins: list[str]
    themes: list[str] = Field(description="Fixed theme filter (any of); empty means all themes.")
    languages: list[str]
    kinds: list[str]
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None


class SearchKeyCreated(SearchKeyOut):
    secret: str = Field(description="Send as X-Search-Key to /api/v1/search. Shown once; only a hash is stored.")
    meilisearch: MeilisearchAccess


class SearchKeyList(BaseModel):
    data: list[SearchKeyOut]
    meta: ListMeta


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def search_key_doc(key: SearchKey) -> dict[str, Any]:
    return {
        "id": key.id,
        "name": key.name,
        "prefix": key.prefix,
        "allowed_origins": key.allowed_origins,
        "themes": key.themes,
        "languages": key.languages,
        "kinds": key.kinds,
        "created_at": _iso(key.created_at),
        "expires_at": _iso(key.expires_at),
        "revoked_at": _iso(key.revoked_at),
    }


def token_doc(token: TenantToken) -> dict[str, Any]:
    return {"url": token.url, "indexes": token.indexes, "token": token.token, "expires_at": _iso(token.expires_at)}


def _engine(request: Request) -> SearchEngine | None:
    return getattr(request.app.state, "search", None)


def _public_url(request: Request) -> str:
    engine = _engine(request)
    settings = request.app.state.settings
    return str(settings.meili_public_url or settings.meili_url or (engine.url if engine else ""))


@router.get(
    "",
    operation_id="listSearchKeys",
    summary="List partner search keys (never their secrets)",
    response_model=SearchKeyList,
    responses=ERRORS,
)
async def list_search_keys(session: SessionDep, principal: CurrentPrincipal) -> Response:
    keys = [search_key_doc(k) for k in await service.list_search_keys(session=session, actor=principal)]
    return no_store(whole_list(keys))


@router.post(
    "",
    operation_id="createSearchKey",
    summary="Create a partner search key; the secret is shown once, with a Meilisearch tenant token",
    status_code=201,
    response_model=SearchKeyCreated,
    responses=ERRORS,
)
async def create_search_key(
    request: Request, session: SessionDep, principal: CurrentPrincipal, data: SearchKeyCreate
) -> Response:
    key, secret, token = await service.create_search_key(
        session=session, engine=_engine(request), actor=principal, data=data, public_url=_public_url(request)
    )
    return no_store(search_key_doc(key) | {"secret": secret, "meilisearch": token_doc(token)}, status_code=201)


@router.post(
    "/{key_id}/token",
    operation_id="refreshSearchKeyToken",
    summary="A fresh Meilisearch tenant token for a partner key (admins, or the key itself via X-Search-Key)",
    response_model=MeilisearchAccess,
    responses=ERRORS,
)
async def refresh_token(
    request: Request,
    session: SessionDep,
    principal: CurrentPrincipal,
    key_id: int,
    x_search_key: SearchKeyHeader = None,
    ttl: Annotated[
        int | None,
        Query(description="Seconds the token lives: 10 to 86400 (the default), never past the key's expiry."),
    ] = None,
) -> Response:
    token = await service.refresh_token(
        ttl=service.TOKEN_TTL if ttl is None else timedelta(seconds=ttl),
        session=session,
        engine=_engine(request),
        actor=principal,
        key_id=key_id,
        secret=x_search_key,
        origin=request.headers.get("origin"),
        public_url=_public_url(request),
    )
    origin = request.headers.get("origin")
    if x_search_key is not None and origin is not None:
        request.state.cors_origin = origin  # the key allows this origin: app/web/cors.py grants it
    return no_store(token_doc(token))


@router.delete(
    "/{key_id}",
    operation_id="revokeSearchKey",
    summary="Revoke a partner search key and every tenant token it signed",
    status_code=204,
    response_class=Response,
    responses=ERRORS,
)
async def revoke_search_key(
    request: Request, session: SessionDep, principal: CurrentPrincipal, key_id: int
) -> Response:
    await service.revoke_search_key(session=session, engine=_engine(request), actor=principal, key_id=key_id)
    return Response(status_code=204)

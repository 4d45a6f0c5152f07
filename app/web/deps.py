"""FastAPI dependencies of REST and GraphQL alike: the transactional session and the calling principal."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import reader, transaction, wrote
from app.errors import AuthenticationError, ValidationFailedError
from app.services.auth import ANONYMOUS, Principal
from app.services.preview import PreviewTokens
from app.web.response_cache import mark_written

READ_METHODS = frozenset({"GET", "HEAD"})
PREVIEW_HEADER = "x-preview-token"


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """The request's session: for GET and HEAD one without a transaction, otherwise one transaction."""
    async with request_session(request, read_only=request.method in READ_METHODS) as session:
        yield session


@asynccontextmanager
async def request_session(request: Request, *, read_only: bool) -> AsyncIterator[AsyncSession]:
    """A read-only session without a transaction (``app.db.reader``: no BEGIN and COMMIT round trips), or
    one transaction, committed when the block returns and rolled back when it raises."""
    if read_only:
        async with reader(request.app.state.sessionmaker)() as read_only_session:
            yield read_only_session
        return
    async with transaction(request.app.state.sessionmaker) as session:
        yield session
    if wrote(session):
        mark_written(request)  # the response cache waits for this write's notifications (app/web/response_cache)


# "function" scope commits before the response is sent: a commit that fails (the database restarting)
# answers 503 instead of following a 2xx for a write that never happened.
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]


# Declares the bearer scheme in OpenAPI on every operation that looks at the key (Swagger's Authorize
# button); it refuses nothing itself: get_principal reads the header and decides.
BEARER = HTTPBearer(
    auto_error=False,
    scheme_name="bearerAuth",
    description="An API key: `Authorization: Bearer <key>`. Without one, reads see published content only.",
)


# Declares the preview token in OpenAPI (scheme previewToken) on the reads where it shows drafts: the
# content routes taking PreviewingPrincipal. get_principal reads the header on every route; elsewhere a
# token shows no more than the public sees (writes and role-bound reads refuse a previewer with 403).
PREVIEW_TOKEN = APIKeyHeader(
    name="X-Preview-Token",
    scheme_name="previewToken",
    auto_error=False,
    description="A preview token (`kbp_...`, minted by an editor with createPreviewToken): read-only access to "
    "one draft or to all drafts. Not together with a key (422); an expired or altered token is a 401.",
)


def preview_tokens(request: Request) -> PreviewTokens:
    """The signer of preview tokens, keyed by this app's secret."""
    return PreviewTokens(request.app.state.settings.secret_key.get_secret_value())


async def get_principal(
    request: Request, _declared: Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)] = None
) -> Principal:
    """The caller behind ``Authorization: Bearer <key>`` or ``X-Preview-Token``, or anonymous without one.

    Keys are verified once a second per worker (``app.web.api_keys``); a key not known yet is looked up
    in a read-only session of its own, so the request's session need not exist for it. A preview token
    needs no lookup (app/services/preview.py); it reads as a previewer, whom every write refuses.
    """
    header = request.headers.get("authorization")
    preview = request.headers.get(PREVIEW_HEADER)
    if preview is not None:
        if header:
            raise ValidationFailedError("send an API key or a preview token, not both", field="X-Preview-Token")
        return preview_tokens(request).principal(preview.strip())
    if not header:
        return ANONYMOUS
    scheme, _, raw = header.partition(" ")
    token = raw.strip()
    if scheme.lower() != "bearer" or not token:
        raise AuthenticationError("use the header Authorization: Bearer <api key>")
    keys = request.app.state.api_keys
    principal: Principal | None = keys.cached(token)
    if principal is None:
        async with request_session(request, read_only=True) as session:
            principal = await keys.verify(session=session, token=token)
    usage = getattr(request.app.state, "key_usage", None)
    if usage is not None and principal.key_id is not None:
        usage.record(principal.key_id)  # written in batches (app/web/key_usage.py), not per request
    return principal


CurrentPrincipal = Annotated[Principal, Depends(get_principal)]


async def get_previewing_principal(
    principal: CurrentPrincipal, _declared: Annotated[str | None, Depends(PREVIEW_TOKEN)] = None
) -> Principal:
    """``get_principal``, on a read that shows drafts to a preview token's holder (declared in OpenAPI)."""
    return principal


PreviewingPrincipal = Annotated[Principal, Depends(get_previewing_principal)]

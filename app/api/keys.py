"""REST: /api/v1/api-keys (admins manage who may call the API)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from app.api.params import StrictQuery
from app.api.representations import api_key_doc
from app.api.schemas import ApiKeyCreated, ApiKeyOut, ListOf, problem_responses
from app.models.api_key import ApiKeyCreate
from app.services import auth as auth_service
from app.web.deps import CurrentPrincipal, SessionDep
from app.web.responses import json_response, whole_list

router = APIRouter(prefix="/api-keys", tags=["api keys"], dependencies=[StrictQuery])
ERRORS = problem_responses(400, 401, 403, 404, 413, 422)


@router.get(
    "",
    operation_id="listApiKeys",
    summary="List API keys (never their tokens)",
    response_model=ListOf[ApiKeyOut],
    responses=ERRORS,
)
async def list_api_keys(request: Request, session: SessionDep, principal: CurrentPrincipal) -> Response:
    keys = [api_key_doc(k) for k in await auth_service.list_api_keys(session=session, actor=principal)]
    return json_response(request, whole_list(keys), principal=principal)


@router.post(
    "",
    operation_id="createApiKey",
    summary="Create an API key; the token is shown once",
    status_code=201,
    response_model=ApiKeyCreated,
    responses=ERRORS,
)
async def create_api_key(
    request: Request, session: SessionDep, principal: CurrentPrincipal, data: ApiKeyCreate
) -> Response:
    key, token = await auth_service.create_api_key(session=session, actor=principal, data=data)
    return json_response(request, api_key_doc(key) | {"token": token}, principal=principal, status_code=201)


@router.delete(
    "/{key_id}",
    operation_id="revokeApiKey",
    summary="Revoke an API key",
    status_code=204,
    response_class=Response,
    responses=ERRORS,
)
async def revoke_api_key(request: Request, session: SessionDep, principal: CurrentPrincipal, key_id: int) -> Response:
    await auth_service.revoke_api_key(session=session, actor=principal, key_id=key_id)
    request.app.state.api_keys.forget(key_id)  # other workers stop accepting it within a second
    return Response(status_code=204)

"""REST: /api/v1/preview-tokens (editors mint short-lived, read-only tokens that show drafts)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from app.api.params import StrictQuery
from app.api.schemas import problem_responses
from app.models.preview import PreviewTokenCreate, PreviewTokenOut
from app.services.preview import PreviewGrant, create_preview_token
from app.web.deps import CurrentPrincipal, SessionDep, preview_tokens
from app.web.responses import no_store

router = APIRouter(prefix="/preview-tokens", tags=["preview"], dependencies=[StrictQuery])
ERRORS = problem_responses(400, 401, 403, 404, 413, 422)


def grant_doc(grant: PreviewGrant) -> dict[str, object]:
    return {"token": grant.token, "expires_at": grant.expires_at.isoformat(), "type": grant.type, "id": grant.id}


@router.post(
    "",
    operation_id="createPreviewToken",
    summary="Mint a preview token for one record or all drafts (editors)",
    description="The token goes in `X-Preview-Token` on GET requests and GraphQL queries: whoever holds it "
    "sees the draft(s) it names, read-only, until it expires (answers are `private, no-store`). "
    "Any write with it is refused (403); an expired token is a 401; a record outside its scope stays a 404.",
    status_code=201,
    response_model=PreviewTokenOut,
    responses=ERRORS,
)
async def create(
    request: Request, session: SessionDep, principal: CurrentPrincipal, data: PreviewTokenCreate
) -> Response:
    grant = await create_preview_token(session=session, actor=principal, tokens=preview_tokens(request), data=data)
    return no_store(grant_doc(grant), status_code=201)

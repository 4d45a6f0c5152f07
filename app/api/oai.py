"""OAI-PMH 2.0 at /oai (GET and form POST, as the protocol requires); the protocol lives in app/services/oai/."""

# No `from __future__ import annotations`: FastAPI reads these signatures at runtime.

from urllib.parse import parse_qsl

from fastapi import APIRouter, Request, Response

from app.services import oai as oai_service
from app.web.deps import SessionDep

TEXT_XML = "text/xml; charset=utf-8"
FORM = "application/x-www-form-urlencoded"
DESCRIPTION = (
    "OAI-PMH 2.0 with `oai_dc`. Verbs: Identify, ListMetadataFormats, ListSets (themes and content types), "
    "ListIdentifiers, ListRecords (resumption tokens expire after 24 hours), GetRecord. Protocol errors are "
    "answered with HTTP 200 and an `<error code=...>` element, as the protocol specifies."
)

router = APIRouter(tags=["oai-pmh"])


async def oai_response(request: Request, session: SessionDep, pairs: list[tuple[str, str]]) -> Response:
    settings = request.app.state.settings
    body = await oai_service.respond(
        session=session,
        pairs=pairs,
        base_url=str(request.url_for("oai_get")),
        site_url=str(request.base_url),
        secret=settings.secret_key.get_secret_value(),
        admin_email=settings.oai_admin_email,
    )
    return Response(body, media_type=TEXT_XML, headers={"Cache-Control": "no-cache"})


@router.get(
    "/oai",
    name="oai_get",
    summary="OAI-PMH request",
    description=DESCRIPTION,
    response_class=Response,
    responses={200: {"content": {"text/xml": {}}}},
)
async def oai_get(request: Request, session: SessionDep) -> Response:
    return await oai_response(request, session, request.query_params.multi_items())


@router.post(
    "/oai",
    summary="OAI-PMH request (form-encoded)",
    description=DESCRIPTION,
    response_class=Response,
    responses={200: {"content": {"text/xml": {}}}},
)
async def oai_post(request: Request, session: SessionDep) -> Response:
    # The protocol's POST carries the arguments form-encoded in the body (and nothing in the query).
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = (await request.body()).decode("utf-8", errors="replace") if content_type == FORM else ""
    return await oai_response(request, session, parse_qsl(body, keep_blank_values=True))

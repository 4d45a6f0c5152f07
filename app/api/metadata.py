"""REST: citable metadata of an item: schema.org JSON-LD (``.jsonld`` or ``Accept``) and citations.

Included before the content routers, so ``<slug>.jsonld`` is never read as a slug and a request that
prefers ``application/ld+json`` reaches the JSON-LD route instead of the plain item route.
"""

# No `from __future__ import annotations`: FastAPI reads these signatures at runtime.

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from fastapi.routing import APIRoute
from starlette.datastructures import Headers
from starlette.routing import Match
from starlette.types import Scope

from app.api.params import StrictQuery
from app.api.schemas import problem_responses
from app.models.content_types import CONTENT_SPECS, ContentSpec
from app.services import metadata as metadata_service
from app.services.metadata import CITATION_MEDIA_TYPES, CitationFormat
from app.web.conditional import body_hash, etag_matches
from app.web.deps import SessionDep
from app.web.responses import PUBLIC_CACHE, dumps

JSON_LD = "application/ld+json"
READ_ERRORS = problem_responses(304, 400, 404, 422)
FILE_EXTENSIONS = {CitationFormat.csl_json: "json", CitationFormat.bibtex: "bib", CitationFormat.ris: "ris"}


def document_response(request: Request, body: bytes, *, media_type: str, vary: str | None = None) -> Response:
    """A public document with an ETag over its bytes; 304 when the client's copy is current."""
    etag = f'"{body_hash(body)}"'
    headers = {"ETag": etag, "Cache-Control": PUBLIC_CACHE}
    if vary:
        headers["Vary"] = vary
    if etag_matches(request.headers.get("if-none-match", ""), etag):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=media_type, headers=headers)


def prefers_json_ld(accept: str) -> bool:
    """Whether the Accept header ranks JSON-LD above every other type it names (and above zero)."""
    best_other, json_ld = 0.0, 0.0
    for part in accept.split(","):
        media_type, *params = (p.strip() for p in part.split(";"))
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media_type.lower() == JSON_LD:
            json_ld = max(json_ld, quality)
        elif media_type:
            best_other = max(best_other, quality)
    return json_ld > 0 and json_ld >= best_other


class LinkedDataRoute(APIRoute):
    """Matches only requests that prefer JSON-LD; every other request falls through to the item route."""

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        match, child_scope = super().matches(scope)
        if match is Match.NONE or not prefers_json_ld(Headers(scope=scope).get("accept", "")):
            return Match.NONE, {}
        return match, child_scope


def json_ld_route(spec: ContentSpec, *, vary: str | None) -> Callable[..., Awaitable[Response]]:
    async def get_json_ld(request: Request, session: SessionDep, id_or_slug: str) -> Response:
        citable = await metadata_service.get_citable_item(
            session=session, spec=spec, id_or_slug=id_or_slug, base_url=str(request.base_url)
        )
        return document_response(request, dumps(metadata_service.json_ld(citable)), media_type=JSON_LD, vary=vary)

    return get_json_ld


def cite_route(spec: ContentSpec) -> Callable[..., Awaitable[Response]]:
    async def cite(
        request: Request,
        session: SessionDep,
        id_or_slug: str,
        citation_format: Annotated[
            CitationFormat, Query(alias="format", description="csl-json (default), bibtex or ris.")
        ] = CitationFormat.csl_json,
    ) -> Response:
        citable = await metadata_service.get_citable_item(
            session=session, spec=spec, id_or_slug=id_or_slug, base_url=str(request.base_url)
        )
        body = metadata_service.citation(citable, citation_format).encode()
        response = document_response(request, body, media_type=CITATION_MEDIA_TYPES[citation_format])
        file_name = f"{citable.item.slug}.{FILE_EXTENSIONS[citation_format]}"
        response.headers["Content-Disposition"] = f'inline; filename="{file_name}"'
        return response

    return cite


router = APIRouter(dependencies=[StrictQuery])
negotiated = APIRouter(dependencies=[StrictQuery], route_class=LinkedDataRoute)

for spec in CONTENT_SPECS:
    prefix, noun = f"/{spec.path}", spec.noun
    router.add_api_route(
        f"{prefix}/{{id_or_slug}}.jsonld",
        json_ld_route(spec, vary=None),
        methods=["GET"],
        tags=[f"{spec.label}s", "metadata"],
        operation_id=f"get{noun}JsonLd",
        summary=f"A published {spec.label} as schema.org JSON-LD",
        response_class=Response,
        responses={200: {"content": {JSON_LD: {}}}, **READ_ERRORS},
    )
    router.add_api_route(
        f"{prefix}/{{id_or_slug}}/cite",
        cite_route(spec),
        methods=["GET"],
        tags=[f"{spec.label}s", "metadata"],
        operation_id=f"cite{noun}",
        summary=f"Cite a published {spec.label} (CSL-JSON, BibTeX or RIS)",
        response_class=Response,
        responses={200: {"content": {m.split(";")[0]: {} for m in CITATION_MEDIA_TYPES.values()}}, **READ_ERRORS},
    )
    # `Accept: application/ld+json` on the item's own URL; hidden from OpenAPI, where the plain route documents it.
    negotiated.add_api_route(
        f"{prefix}/{{id_or_slug}}",
        json_ld_route(spec, vary="Accept"),
        methods=["GET"],
        include_in_schema=False,
    )

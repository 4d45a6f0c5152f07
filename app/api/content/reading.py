"""Reading content over REST: a page of a list (with the type's filters) and one item by id or slug."""

# No `from __future__ import annotations`: FastAPI reads these signatures at runtime.

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from inspect import Parameter, Signature
from types import GenericAlias
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel, Field

from app.api.content.common import READ_ERRORS, IdOrSlug, document_response, field_names, list_response, shown
from app.api.params import CursorQuery, FieldsQuery, IncludeQuery, IsoDateTime, LimitQuery, SortQuery, comma_list
from app.api.schemas import ListOf
from app.models.base import ContentStatus, Language
from app.models.content_public import KnowledgeItemOut, PositionPaperOut
from app.models.content_types import CONTENT_SPECS, ContentSpec
from app.services.auth import ANONYMOUS
from app.services.content.listing import ContentFilter
from app.services.content.related import MAX_RELATED, related_content
from app.services.content.representation import INCLUDES, documents_by_id, read_document
from app.web.deps import PreviewingPrincipal, SessionDep
from app.web.responses import json_response

Year = Annotated[int, Field(ge=1900, le=2200)]
# The public GETs the response cache serves (app/web/response_cache).
CACHED_READ: dict[int | str, dict[str, Any]] = {
    200: {
        "headers": {
            "ETag": {
                "description": "Names the record and version (what If-Match checks) and hashes this representation.",
                "schema": {"type": "string"},
            },
            "Kennisbank-Cache": {
                "description": "`hit` when a worker answered from its response cache (anonymous GETs only; "
                "`Cache-Control: no-cache` on the request skips it).",
                "schema": {"type": "string", "enum": ["hit"]},
            },
        }
    }
}


async def common_filters(
    theme: Annotated[Sequence[str], Query(description="Theme slug.")] = (),
    language: Annotated[list[Language] | None, Query()] = None,
    status: Annotated[list[ContentStatus] | None, Query(description="Editors only.")] = None,
    organisation: Annotated[Sequence[str], Query(description="Organisation slug.")] = (),
    year: Annotated[list[Year] | None, Query(description="Publication year.")] = None,
    published_after: Annotated[IsoDateTime | None, Query()] = None,
    published_before: Annotated[IsoDateTime | None, Query()] = None,
) -> ContentFilter:
    """Filters both content types have; values within a field are OR'ed, fields are AND'ed."""
    return ContentFilter(
        themes=theme or (),
        languages=language or (),
        statuses=status or (),
        organisations=organisation or (),
        years=year or (),
        published_after=published_after,
        published_before=published_before,
    )


def type_filters(spec: ContentSpec) -> Callable[..., Awaitable[ContentFilter]]:
    """The list filters of ``spec``: the common ones plus a query parameter per ``ContentSpec.filters`` entry."""
    parameters = [
        Parameter("common", Parameter.KEYWORD_ONLY, annotation=Annotated[ContentFilter, Depends(common_filters)])
    ]
    for own in spec.filters:
        if own.max_length is not None:
            annotation: Any = Annotated[GenericAlias(list, (own.values,)), Query(max_length=own.max_length)]
            default: Any = ()
        else:
            annotation = Annotated[GenericAlias(list, (own.values,)) | None, Query()]
            default = None
        parameters.append(Parameter(own.param, Parameter.KEYWORD_ONLY, annotation=annotation, default=default))

    async def filters(common: ContentFilter, **values: Any) -> ContentFilter:
        own_filters: dict[str, Any] = {own.name: tuple(values[own.param] or ()) for own in spec.filters}
        return replace(common, **own_filters)

    # FastAPI reads the parameters from the signature: one per filter of this type, so it is built here.
    filters.__signature__ = Signature(parameters, return_annotation=ContentFilter)  # type: ignore[attr-defined]
    return filters


def add_list(router: APIRouter, spec: ContentSpec) -> None:
    filters = type_filters(spec)

    @router.get(
        "",
        operation_id=f"list{spec.noun}s",
        summary=f"List {spec.label}s",
        description=f"Published {spec.label}s for the public; editors also see drafts and archived ones "
        "(`status`). Repeated parameters are OR'ed within a field and AND'ed across fields.",
        response_model=ListOf[spec.public],  # type: ignore[name-defined]  # the type's schema, known at runtime
        responses=READ_ERRORS | CACHED_READ,
    )
    async def list_items(
        request: Request,
        session: SessionDep,
        principal: PreviewingPrincipal,
        content_filter: Annotated[ContentFilter, Depends(filters)],
        sort: SortQuery = None,
        limit: LimitQuery = 20,
        cursor: CursorQuery = None,
        fields: FieldsQuery = None,
        include: IncludeQuery = None,
    ) -> Response:
        return await list_response(
            request=request,
            session=session,
            principal=principal,
            spec=spec,
            filters=content_filter,
            sort=sort,
            limit=limit,
            cursor=cursor,
            fields=fields,
            include=include,
        )


class RelatedContent(BaseModel):
    data: list[KnowledgeItemOut | PositionPaperOut]


def add_related(router: APIRouter, spec: ContentSpec) -> None:
    @router.get(
        "/{id_or_slug}/related",
        operation_id=f"related{spec.noun}Content",
        summary=f"Published content related to a {spec.label}",
        description="Knowledge items and position papers (published only) sharing themes (3 points each), "
        "organisations (2) or tags (1) with this one, best first, then newest.",
        response_model=RelatedContent,
        responses=READ_ERRORS,
    )
    async def related(
        request: Request,
        session: SessionDep,
        principal: PreviewingPrincipal,
        id_or_slug: IdOrSlug,
        limit: Annotated[int, Query(ge=1, le=MAX_RELATED, description="How many (1-20).")] = 5,
        fields: FieldsQuery = None,
    ) -> Response:
        found = await related_content(session=session, actor=principal, spec=spec, id_or_slug=id_or_slug, limit=limit)
        docs: dict[tuple[str, int], dict[str, Any]] = {}
        for other in CONTENT_SPECS:
            ids = [r.id for r in found if r.spec is other]
            for document in await documents_by_id(session=session, actor=ANONYMOUS, spec=other, ids=ids):
                docs[(other.entity.value, document.id)] = document.doc
        allowed = tuple(dict.fromkeys(name for s in CONTENT_SPECS for name in field_names(s)))
        wanted = comma_list(fields, allowed=allowed, name="fields")
        data = [shown(request, docs[key], wanted) for r in found if (key := (r.spec.entity.value, r.id)) in docs]
        return json_response(request, {"data": data}, principal=principal)


def add_get(router: APIRouter, spec: ContentSpec) -> None:
    @router.get(
        "/{id_or_slug}",
        name=f"get_{spec.entity.value}",
        operation_id=f"get{spec.noun}",
        summary=f"Get a {spec.label} by id or slug",
        response_model=spec.public,
        responses=READ_ERRORS | CACHED_READ,
    )
    async def get_item(
        request: Request,
        session: SessionDep,
        principal: PreviewingPrincipal,
        id_or_slug: IdOrSlug,
        fields: FieldsQuery = None,
        include: IncludeQuery = None,
    ) -> Response:
        wanted = comma_list(fields, allowed=field_names(spec), name="fields")
        includes = comma_list(include, allowed=INCLUDES, name="include")
        document = await read_document(
            session=session, actor=principal, spec=spec, id_or_slug=id_or_slug, include=includes
        )
        return await document_response(
            request=request, session=session, principal=principal, spec=spec, document=document, fields=wanted
        )

"""REST: /api/v1/themes, /api/v1/organisations and /api/v1/working-groups (the partner directory)."""

# No `from __future__ import annotations`: FastAPI reads these signatures at runtime.

from collections.abc import Awaitable, Callable, Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from pydantic import StringConstraints

from app.api.links import created_links
from app.api.params import (
    DEFAULT_LOCALE,
    CursorQuery,
    FieldsQuery,
    IncludeQuery,
    LimitQuery,
    LocaleParam,
    SortQuery,
    StrictQuery,
    comma_list,
    sparse,
)
from app.api.schemas import ListOf, OrganisationOut, ThemeOut, WorkingGroupOut, problem_responses
from app.models.change import EntityType
from app.models.organisation import OrganisationCreate, OrganisationKind, OrganisationStatus, OrganisationUpdate
from app.models.theme import ThemeCreate, ThemeUpdate
from app.models.working_group import WorkingGroupCreate, WorkingGroupUpdate
from app.services import organisations as organisation_service
from app.services import themes as theme_service
from app.services import working_groups as working_group_service
from app.services.auth import Principal
from app.services.common import RecordVersion
from app.services.directory_representation import (
    ORGANISATION_INCLUDES,
    organisation_docs,
    theme_doc,
    working_group_docs,
)
from app.services.pagination import parse_sort, scope_of
from app.services.site_links import site_links
from app.web.conditional import expected_version
from app.web.deps import CurrentPrincipal, SessionDep
from app.web.responses import json_response, page_links, whole_list

CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{2}$")]
READ_ERRORS = problem_responses(304, 400, 401, 404, 422)
WRITE_ERRORS = problem_responses(400, 401, 403, 404, 409, 412, 413, 422, 428)
CREATE_ERRORS = problem_responses(400, 401, 403, 409, 413, 422)  # no record yet: no If-Match
IdOrSlug = Annotated[str, "id or slug"]


def linked(request: Request, entity: EntityType, doc: dict[str, Any]) -> dict[str, Any]:
    """The record with its canonical url on the site, its ``description`` in the requested locale (English
    when asked for and written, else Dutch; ``description_en`` is the English text as stored)."""
    doc = doc | {"url": site_links(request.app.state.settings).url(entity, doc["slug"])}
    if getattr(request.state, "locale", DEFAULT_LOCALE) == "en" and doc.get("description_en"):
        doc["description"] = doc["description_en"]
    return doc


LOCALE_VARY = {"Vary": "Authorization, Accept, Accept-Language"}


def single(
    request: Request, principal: Principal, entity: EntityType, doc: dict[str, Any], *, status_code: int = 200
) -> Response:
    record = RecordVersion(entity, doc["id"], doc["version"])
    return json_response(
        request,
        linked(request, entity, doc),
        principal=principal,
        record=record,
        status_code=status_code,
        headers=LOCALE_VARY,
    )


def unpaged(request: Request, principal: Principal, entity: EntityType, docs: list[dict[str, Any]]) -> Response:
    docs = [linked(request, entity, d) for d in docs]
    return json_response(request, whole_list(docs), principal=principal, headers=LOCALE_VARY)


# ----- themes -----


def add_delete_route(
    router: APIRouter, operation_id: str, summary: str, delete: Callable[..., Awaitable[None]]
) -> None:
    """``DELETE /{id_or_slug}`` of a directory record: the service refuses what is still referenced."""

    async def delete_record(
        request: Request, session: SessionDep, principal: CurrentPrincipal, id_or_slug: IdOrSlug
    ) -> Response:
        await delete(
            session=session, actor=principal, id_or_slug=id_or_slug, expected_version=expected_version(request)
        )
        return Response(status_code=204)

    router.add_api_route(
        "/{id_or_slug}",
        delete_record,
        methods=["DELETE"],
        operation_id=operation_id,
        summary=summary,
        status_code=204,
        response_class=Response,
        responses=WRITE_ERRORS,
    )


themes = APIRouter(prefix="/themes", tags=["themes"], dependencies=[StrictQuery, LocaleParam])


@themes.get(
    "", operation_id="listThemes", summary="List themes", response_model=ListOf[ThemeOut], responses=READ_ERRORS
)
async def list_themes(request: Request, session: SessionDep, principal: CurrentPrincipal) -> Response:
    themes = await theme_service.list_themes(session=session)
    return unpaged(request, principal, EntityType.theme, [theme_doc(t) for t in themes])


@themes.get(
    "/{id_or_slug}",
    operation_id="getTheme",
    summary="Get a theme by id or slug",
    response_model=ThemeOut,
    responses=READ_ERRORS,
)
async def get_theme(
    request: Request, session: SessionDep, principal: CurrentPrincipal, id_or_slug: IdOrSlug
) -> Response:
    theme = await theme_service.get_theme(session=session, id_or_slug=id_or_slug)
    return single(request, principal, EntityType.theme, theme_doc(theme))


@themes.post(
    "",
    operation_id="createTheme",
    summary="Create a theme",
    status_code=201,
    response_model=ThemeOut,
    responses=CREATE_ERRORS | created_links("Theme"),
)
async def create_theme(
    request: Request, session: SessionDep, principal: CurrentPrincipal, data: ThemeCreate
) -> Response:
    theme = await theme_service.create_theme(session=session, actor=principal, data=data)
    return single(request, principal, EntityType.theme, theme_doc(theme), status_code=201)


@themes.patch(
    "/{id_or_slug}",
    operation_id="updateTheme",
    summary="Update a theme",
    response_model=ThemeOut,
    responses=WRITE_ERRORS,
)
async def update_theme(
    request: Request, session: SessionDep, principal: CurrentPrincipal, id_or_slug: IdOrSlug, data: ThemeUpdate
) -> Response:
    theme = await theme_service.update_theme(
        session=session, actor=principal, id_or_slug=id_or_slug, data=data, expected_version=expected_version(request)
    )
    return single(request, principal, EntityType.theme, theme_doc(theme))


add_delete_route(themes, "deleteTheme", "Delete an unused theme (admins)", theme_service.delete_theme)


# ----- organisations -----

organisations = APIRouter(prefix="/organisations", tags=["organisations"], dependencies=[StrictQuery, LocaleParam])
ORGANISATION_FIELDS = tuple(OrganisationOut.model_fields)


async def organisation_response(
    request: Request,
    session: SessionDep,
    principal: Principal,
    org: Any,
    *,
    fields: str | None = None,
    include: str | None = None,
    status_code: int = 200,
) -> Response:
    wanted = comma_list(fields, allowed=ORGANISATION_FIELDS, name="fields")
    includes = comma_list(include, allowed=ORGANISATION_INCLUDES, name="include")
    [doc] = await organisation_docs(session=session, organisations=[org], include=includes)
    record = RecordVersion(EntityType.organisation, org.id, org.version)
    doc = linked(request, EntityType.organisation, doc)
    return json_response(
        request, sparse(doc, wanted), principal=principal, record=record, status_code=status_code, headers=LOCALE_VARY
    )


@organisations.get(
    "",
    operation_id="listOrganisations",
    summary="List the partner directory",
    response_model=ListOf[OrganisationOut],
    responses=READ_ERRORS,
)
async def list_organisations(
    request: Request,
    session: SessionDep,
    principal: CurrentPrincipal,
    kind: Annotated[list[OrganisationKind] | None, Query()] = None,
    country: Annotated[list[CountryCode] | None, Query(description="ISO 3166-1 alpha-2.")] = None,
    theme: Annotated[Sequence[str], Query(description="Theme slug.")] = (),
    status: Annotated[list[OrganisationStatus] | None, Query()] = None,
    sort: SortQuery = None,
    limit: LimitQuery = 20,
    cursor: CursorQuery = None,
    fields: FieldsQuery = None,
    include: IncludeQuery = None,
) -> Response:
    sort_fields = parse_sort(sort, allowed=organisation_service.SORTABLE, default=organisation_service.DEFAULT_SORT)
    wanted = comma_list(fields, allowed=ORGANISATION_FIELDS, name="fields")
    includes = comma_list(include, allowed=ORGANISATION_INCLUDES, name="include")
    scope = scope_of("organisation", sort_fields)
    codec = request.app.state.cursors
    types = organisation_service.sort_types(sort_fields)
    after = codec.decode(cursor, scope=scope, types=types) if cursor else None
    page = await organisation_service.list_organisations(
        session=session,
        filters=organisation_service.OrganisationFilter(
            kinds=kind or (), countries=country or (), themes=theme or (), statuses=status or ()
        ),
        sort=sort_fields,
        after=after,
        limit=limit,
    )
    docs = await organisation_docs(session=session, organisations=page.items, include=includes)
    next_cursor = codec.encode(page.next_after, scope=scope) if page.next_after else None
    payload = {
        "data": [sparse(linked(request, EntityType.organisation, d), wanted) for d in docs],
        "meta": {"next_cursor": next_cursor, "total": page.total, "limit": limit},
    }
    return json_response(request, payload, principal=principal, headers=page_links(request, next_cursor) | LOCALE_VARY)


@organisations.get(
    "/{id_or_slug}",
    name="get_organisation",
    operation_id="getOrganisation",
    summary="Get an organisation by id or slug",
    response_model=OrganisationOut,
    responses=READ_ERRORS,
)
async def get_organisation(
    request: Request,
    session: SessionDep,
    principal: CurrentPrincipal,
    id_or_slug: IdOrSlug,
    fields: FieldsQuery = None,
    include: IncludeQuery = None,
) -> Response:
    org = await organisation_service.get_organisation(session=session, id_or_slug=id_or_slug)
    return await organisation_response(request, session, principal, org, fields=fields, include=include)


@organisations.post(
    "",
    operation_id="createOrganisation",
    summary="Add an organisation",
    status_code=201,
    response_model=OrganisationOut,
    responses=CREATE_ERRORS | created_links("Organisation"),
)
async def create_organisation(
    request: Request, session: SessionDep, principal: CurrentPrincipal, data: OrganisationCreate
) -> Response:
    org = await organisation_service.create_organisation(session=session, actor=principal, data=data)
    return await organisation_response(request, session, principal, org, status_code=201)


@organisations.patch(
    "/{id_or_slug}",
    operation_id="updateOrganisation",
    summary="Update an organisation",
    response_model=OrganisationOut,
    responses=WRITE_ERRORS,
)
async def update_organisation(
    request: Request, session: SessionDep, principal: CurrentPrincipal, id_or_slug: IdOrSlug, data: OrganisationUpdate
) -> Response:
    org = await organisation_service.update_organisation(
        session=session, actor=principal, id_or_slug=id_or_slug, data=data, expected_version=expected_version(request)
    )
    return await organisation_response(request, session, principal, org)


add_delete_route(
    organisations, "deleteOrganisation", "Remove an organisation (admins)", organisation_service.delete_organisation
)


# ----- working groups -----

working_groups = APIRouter(prefix="/working-groups", tags=["working groups"], dependencies=[StrictQuery, LocaleParam])


@working_groups.get(
    "",
    operation_id="listWorkingGroups",
    summary="List working groups",
    response_model=ListOf[WorkingGroupOut],
    responses=READ_ERRORS,
)
async def list_working_groups(
    request: Request,
    session: SessionDep,
    principal: CurrentPrincipal,
    theme: Annotated[Sequence[str], Query(description="Theme slug.")] = (),
) -> Response:
    groups = await working_group_service.list_working_groups(session=session, themes=theme or ())
    return unpaged(
        request, principal, EntityType.working_group, await working_group_docs(session=session, groups=groups)
    )


@working_groups.get(
    "/{id_or_slug}",
    operation_id="getWorkingGroup",
    summary="Get a working group by id or slug",
    response_model=WorkingGroupOut,
    responses=READ_ERRORS,
)
async def get_working_group(
    request: Request, session: SessionDep, principal: CurrentPrincipal, id_or_slug: IdOrSlug
) -> Response:
    group = await working_group_service.get_working_group(session=session, id_or_slug=id_or_slug)
    [doc] = await working_group_docs(session=session, groups=[group])
    return single(request, principal, EntityType.working_group, doc)


@working_groups.post(
    "",
    operation_id="createWorkingGroup",
    summary="Create a working group",
    status_code=201,
    response_model=WorkingGroupOut,
    responses=CREATE_ERRORS | created_links("WorkingGroup"),
)
async def create_working_group(
    request: Request, session: SessionDep, principal: CurrentPrincipal, data: WorkingGroupCreate
) -> Response:
    group = await working_group_service.create_working_group(session=session, actor=principal, data=data)
    [doc] = await working_group_docs(session=session, groups=[group])
    return single(request, principal, EntityType.working_group, doc, status_code=201)


@working_groups.patch(
    "/{id_or_slug}",
    operation_id="updateWorkingGroup",
    summary="Update a working group",
    response_model=WorkingGroupOut,
    responses=WRITE_ERRORS,
)
async def update_working_group(
    request: Request, session: SessionDep, principal: CurrentPrincipal, id_or_slug: IdOrSlug, data: WorkingGroupUpdate
) -> Response:
    group = await working_group_service.update_working_group(
        session=session, actor=principal, id_or_slug=id_or_slug, data=data, expected_version=expected_version(request)
    )
    [doc] = await working_group_docs(session=session, groups=[group])
    return single(request, principal, EntityType.working_group, doc)


add_delete_route(
    working_groups,
    "deleteWorkingGroup",
    "Delete a working group (admins)",
    working_group_service.delete_working_group,
)

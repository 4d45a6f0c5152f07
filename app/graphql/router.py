"""``/graphql`` over HTTP: GraphiQL switch, GET for cacheable reads (ETag), APQ, coded HTTP-level errors."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
from collections import OrderedDict
from contextvars import ContextVar
from functools import lru_cache
from typing import Any

import orjson
from cross_web import AsyncHTTPRequestAdapter, HTTPException
from fastapi import Request, Response
from fastapi.responses import JSONResponse
from graphql import FieldNode, GraphQLError, OperationDefinitionNode, OperationType, get_operation_ast, parse
from strawberry import UNSET
from strawberry.fastapi import GraphQLRouter
from strawberry.http import GraphQLRequestData
from strawberry.types import ExecutionResult

from app.graphql.context import GraphQLContext, get_context
from app.graphql.schema import create_schema
from app.models.api_key import Role
from app.services.auth import READ_ONLY
from app.settings import Settings
from app.web import response_cache
from app.web.conditional import etag_matches
from app.web.docs_pages import graphiql_page
from app.web.rate_limit import RateLimitedError, charge_graphql, rate_limited, too_many_requests

GRAPHQL_PATH = "/graphql"  # the one place it is named: app/main.py passes it to the HTTP edge (app/web)
MAX_QUERY_BYTES = 32 * 1024
# The one operation this request runs (None for a batch), as parse_http_body resolved it (APQ included).
_REQUEST: ContextVar[GraphQLRequestData | None] = ContextVar("kennisbank_graphql_request", default=None)
APQ_CACHE_SIZE = 2_000
ANONYMOUS_MAX_AGE = 60
GRAPHQL_RESPONSE = "application/graphql-response+json"


class PersistedQueryNotFound(Exception):
    pass


def _graphql_error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"errors": [{"message": message, "extensions": {"code": code}}]}, status_code=status)


def _http_error_code(exc: HTTPException) -> tuple[int, str]:
    reason = exc.reason.lower()
    if "not allowed when using get" in reason or exc.status_code == 405:
        return 405, "METHOD_NOT_ALLOWED"
    if "too many operations" in reason or "batching" in reason:
        return 400, "BATCH_TOO_LARGE" if "too many" in reason else "BATCHING_DISABLED"
    if exc.status_code == 413:
        return 413, "QUERY_TOO_LARGE"
    return exc.status_code, "BAD_REQUEST"


class KennisbankGraphQLRouter(GraphQLRouter[GraphQLContext, None]):
    """Strawberry's FastAPI router plus APQ, ETag/Cache-Control on GET, and JSON errors for HTTP refusals."""

    def __init__(self, *args: Any, timeout_s: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.timeout_s = timeout_s
        # Process-local: a worker that lacks a hash answers PersistedQueryNotFound and the client
        # re-sends the query once, as the APQ protocol intends.
        self.persisted: OrderedDict[str, str] = OrderedDict()

    def parse_json(self, data: str | bytes) -> Any:
        """The body as JSON; anything else (invalid UTF-8 included) is the client's error, a coded 400."""
        try:
            return orjson.loads(data)
        except orjson.JSONDecodeError as exc:
            raise HTTPException(400, "the request body is not JSON (in UTF-8)") from exc

    def encode_json(self, data: object) -> bytes:
        """Answers serialised as the REST API's are (orjson: UTF-8, several times faster than ``json``)."""
        return orjson.dumps(data)

    async def execute_single(
        self,
        request: Request,
        request_adapter: AsyncHTTPRequestAdapter,
        sub_response: Response,
        context: GraphQLContext,
        root_value: None,
        request_data: GraphQLRequestData,
    ) -> ExecutionResult:
        """One operation; a query still running after ``timeout_s`` is stopped (QUERY_TIMEOUT).

        Its database work is shielded (app/graphql/context.py ``Database``), so stopping it is safe; a
        mutation is never stopped halfway, so that what it answers is what it did.
        """
        execution = super().execute_single(
            request=request,
            request_adapter=request_adapter,
            sub_response=sub_response,
            context=context,
            root_value=root_value,
            request_data=request_data,
        )
        if _is_mutation(request_data):
            if context.principal.role == Role.previewer:
                execution.close()
                return ExecutionResult(
                    data=None, errors=[GraphQLError(READ_ONLY, extensions={"code": "PERMISSION_DENIED"})]
                )
            return await execution
        try:
            async with asyncio.timeout(self.timeout_s):
                return await execution
        except TimeoutError:
            message = f"the query ran for longer than {self.timeout_s:g} s and was stopped: ask for less"
            return ExecutionResult(data=None, errors=[GraphQLError(message, extensions={"code": "QUERY_TIMEOUT"})])

    @property
    def graphql_ide_html(self) -> str:
        """GraphiQL from the service's own assets, not a CDN (app/web/docs_pages.py)."""
        return graphiql_page(GRAPHQL_PATH)

    def should_render_graphql_ide(self, request: Any) -> bool:
        # A GET carrying only a persisted-query hash is an API call, not a browser visit.
        return "extensions" not in request.query_params and super().should_render_graphql_ide(request)

    async def parse_http_body(self, request: Any) -> GraphQLRequestData | list[GraphQLRequestData]:
        data = await super().parse_http_body(request)
        items = data if isinstance(data, list) else [data]
        for item in items:
            self._check_size(item)
            self._apply_persisted_query(item)
        _REQUEST.set(None if isinstance(data, list) else data)  # for the response cache (run, below)
        if rate_limited():
            # Each operation of a batch counts as a request, each mutation as a write.
            await charge_graphql(operations=len(items), mutations=sum(_is_mutation(item) for item in items))
        return data

    @staticmethod
    def _check_size(item: GraphQLRequestData) -> None:
        if item.query is not None and len(item.query.encode()) > MAX_QUERY_BYTES:
            raise HTTPException(413, f"the query is longer than {MAX_QUERY_BYTES} bytes")

    def _apply_persisted_query(self, item: GraphQLRequestData) -> None:
        persisted = (item.extensions or {}).get("persistedQuery")
        if not isinstance(persisted, dict):
            return
        wanted = persisted.get("sha256Hash")
        if persisted.get("version") != 1 or not isinstance(wanted, str):
            raise HTTPException(400, "persistedQuery needs version 1 and a sha256Hash")
        if item.query is None:
            query = self.persisted.get(wanted)
            if query is None:
                raise PersistedQueryNotFound
            self.persisted.move_to_end(wanted)
            item.query = query
            return
        actual = hashlib.sha256(item.query.encode()).hexdigest()
        if not hmac.compare_digest(actual, wanted.lower()):
            raise HTTPException(400, "provided sha256Hash does not match the query")
        self.persisted[actual] = item.query
        while len(self.persisted) > APQ_CACHE_SIZE:
            self.persisted.popitem(last=False)

    async def run(self, request: Any, context: Any = UNSET, root_value: Any = UNSET) -> Any:
        _REQUEST.set(None)
        try:
            response = await super().run(request, context=context, root_value=root_value)
        except PersistedQueryNotFound:
            return _graphql_error(200, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound")
        except RateLimitedError as exc:
            return too_many_requests(exc)
        except HTTPException as exc:
            status, code = _http_error_code(exc)
            return _graphql_error(status, code, exc.reason)
        finally:
            if isinstance(context, GraphQLContext):
                # Fields whose siblings failed or timed out may have left statements running: the
                # transaction ends (commit or rollback) only once they have.
                await context.db.drain()
        if isinstance(request, Request) and GRAPHQL_RESPONSE in request.headers.get("accept", ""):
            response = _graphql_response(response)
        if isinstance(request, Request) and isinstance(context, GraphQLContext):
            await self._offer_to_cache(request, response, context)
            if request.method == "GET":
                return _cacheable(request, response, anonymous=context.principal.role is None)
        return response

    async def _offer_to_cache(self, request: Request, response: Response, context: GraphQLContext) -> None:
        """An anonymous query that read only PostgreSQL (no search) and succeeded may be served again."""
        if context.principal.role is not None or response.status_code != 200 or b'"errors"' in bytes(response.body):
            return
        item = _REQUEST.get()
        if item is not None and _reads_only_the_database(item):
            await response_cache.offer_graphql(request, context.db.session)


@lru_cache(maxsize=256)
def _operation(query: str, operation_name: str | None) -> OperationDefinitionNode | None:
    """The operation a request runs (None for a syntax error: strawberry answers that itself)."""
    try:
        return get_operation_ast(parse(query), operation_name)
    except GraphQLError:
        return None


def _is_mutation(item: GraphQLRequestData) -> bool:
    if not item.query or "mutation" not in item.query:
        return False
    operation = _operation(item.query, item.operation_name)
    return operation is not None and operation.operation == OperationType.MUTATION


# Root fields answered from Meilisearch: the index follows commits asynchronously, so the change
# notifications that keep the response cache current do not cover them.
SEARCH_FIELDS = frozenset({"search"})


def _reads_only_the_database(item: GraphQLRequestData) -> bool:
    """Whether an operation is a query whose root fields are all plain fields other than search."""
    operation = _operation(item.query, item.operation_name) if item.query else None
    if operation is None or operation.operation != OperationType.QUERY:
        return False
    return all(
        isinstance(selection, FieldNode) and selection.name.value not in SEARCH_FIELDS
        for selection in operation.selection_set.selections
    )


def _graphql_response(response: Response) -> Response:
    """GraphQL-over-HTTP with ``application/graphql-response+json``: a request error (no data) is a 400."""
    if response.media_type != "application/json" or response.status_code != 200:
        return response
    body = bytes(response.body)
    parsed = orjson.loads(body)
    # A request error (parse, validation, variables) has no path: execution never started.
    errors = parsed.get("errors") if isinstance(parsed, dict) else None
    failed = bool(errors) and parsed.get("data") is None and not any("path" in e for e in errors or ())
    headers = {k: v for k, v in response.headers.items() if k.lower() not in ("content-length", "content-type")}
    return Response(body, status_code=400 if failed else 200, media_type=GRAPHQL_RESPONSE, headers=headers)


def _cacheable(request: Request, response: Response, *, anonymous: bool) -> Response:
    """Anonymous GET answers without errors are public and revalidated by ETag; others are private."""
    body = bytes(response.body)
    if response.media_type == "text/html":
        return response
    if not anonymous or response.status_code != 200 or b'"errors"' in body:
        response.headers["Cache-Control"] = "private, no-store"
        return response
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    headers = {
        "ETag": etag,
        "Cache-Control": f"public, max-age={ANONYMOUS_MAX_AGE}",
        "Vary": "Authorization, X-Search-Key",
    }
    if etag_matches(request.headers.get("if-none-match", ""), etag):
        return Response(status_code=304, headers=headers)
    response.headers.update(headers)
    return response


def create_graphql_router(settings: Settings) -> GraphQLRouter[GraphQLContext, None]:
    """The router to include in the app: ``GRAPHQL_PATH`` with the settings' GraphiQL and introspection."""
    return KennisbankGraphQLRouter(
        create_schema(introspection=settings.introspection_enabled),
        path=GRAPHQL_PATH,
        context_getter=get_context,
        graphql_ide="graphiql" if settings.graphiql_enabled else None,
        allow_queries_via_get=True,
        include_in_schema=False,
        timeout_s=settings.graphql_timeout_s,
    )

"""REST: /api/v1/knowledge-items and /api/v1/position-papers, one router per content type.

Each use case has its module, shared by both types (their ``ContentSpec`` says what differs):
``reading`` (list, get), ``writing`` (create, update, delete), ``publishing`` (publish, unpublish),
``revisions`` (history, diff, restore) and ``attachments`` (upload, remove).
"""

from fastapi import APIRouter

from app.api.content import attachments, mixed, publishing, reading, revisions, writing
from app.api.params import StrictQuery
from app.models.content_types import CONTENT_SPECS, ContentSpec


def content_router(spec: ContentSpec) -> APIRouter:
    """Every route of one content type under ``/<spec.path>``."""
    router = APIRouter(prefix=f"/{spec.path}", tags=[f"{spec.label}s"], dependencies=[StrictQuery])
    reading.add_list(router, spec)
    writing.add_create(router, spec)
    reading.add_get(router, spec)
    reading.add_related(router, spec)
    writing.add_update_and_delete(router, spec)
    revisions.add_routes(router, spec)
    attachments.add_routes(router, spec)
    publishing.add_routes(router, spec)
    return router


routers = [content_router(spec) for spec in CONTENT_SPECS] + [mixed.router]

"""Everything under /api/v1."""

from __future__ import annotations

from fastapi import APIRouter

from app.api import bulk, content, directory, keys, metadata, preview_tokens, search_keys, webhooks

router = APIRouter(prefix="/api/v1")
router.include_router(bulk.router)  # first: /knowledge-items:batch must not read as a slug
# Before the content routers: `<slug>.jsonld` is not a slug, and `Accept: application/ld+json` gets JSON-LD.
router.include_router(metadata.router)
router.include_router(metadata.negotiated)
for content_router in content.routers:
    router.include_router(content_router)
router.include_router(directory.themes)
router.include_router(directory.organisations)
router.include_router(directory.working_groups)
router.include_router(keys.router)
router.include_router(search_keys.router)
router.include_router(webhooks.router)
router.include_router(preview_tokens.router)

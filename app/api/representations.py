"""How attachments, keys and changes look over REST (directory records: app/services/directory_representation.py,
content: app/services/content/representation.py)."""

from __future__ import annotations

from typing import Any

from app.models.api_key import ApiKey
from app.models.change import ChangeEvent
from app.models.content import Attachment
from app.services.directory_representation import iso


def attachment_doc(attachment: Attachment, *, full: bool = False) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": attachment.id,
        "file_name": attachment.file_name,
        "media_type": attachment.media_type,
        "size": attachment.size,
        "url": attachment.url,
        "width": attachment.width,
        "height": attachment.height,
        "alt": attachment.alt,
    }
    if full:
        doc["extracted_text"] = attachment.extracted_text
    return doc


def api_key_doc(key: ApiKey) -> dict[str, Any]:
    return {
        "id": key.id,
        "name": key.name,
        "role": key.role,
        "prefix": key.prefix,
        "created_at": iso(key.created_at),
        "last_used_at": iso(key.last_used_at),
        "expires_at": iso(key.expires_at),
        "revoked_at": iso(key.revoked_at),
    }


def change_doc(event: ChangeEvent) -> dict[str, Any]:
    return {
        "id": event.id,
        "type": event.entity_type,
        "record_id": event.entity_id,
        "slug": event.slug,
        "op": event.op,
        "version": event.data.get("version"),
        "occurred_at": iso(event.occurred_at),
    }

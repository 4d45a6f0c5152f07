"""Attachments over REST (editors): upload a file to an item, remove one."""

# No `from __future__ import annotations`: FastAPI reads these signatures at runtime.

from fastapi import APIRouter, Request, Response
from starlette.datastructures import UploadFile as StarletteUploadFile

from app.api.content.common import WRITE_ERRORS, AttachmentId, IdOrSlug
from app.api.representations import attachment_doc
from app.api.schemas import AttachmentUploaded
from app.errors import KennisbankError, ValidationFailedError
from app.models.content import ALT_MAX, AttachmentUpdate
from app.models.content_public import AttachmentOut
from app.models.content_types import ContentSpec
from app.services.attachments import attach_file, describe_attachment, detach_file
from app.services.auth import require_editor
from app.web.conditional import expected_version
from app.web.deps import CurrentPrincipal, SessionDep
from app.web.responses import json_response

UPLOAD_BODY = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["file"],
                "properties": {
                    "file": {"type": "string", "format": "binary", "description": "The file."},
                    "alt": {
                        "type": "string",
                        "maxLength": ALT_MAX,
                        "description": 'Text alternative of an image ("" marks it decorative).',
                    },
                },
            }
        }
    },
}


class UploadTooLargeError(KennisbankError):
    code = "payload_too_large"
    title = "Payload too large"
    http_status = 413


def add_routes(router: APIRouter, spec: ContentSpec) -> None:
    @router.post(
        "/{id_or_slug}/attachments",
        operation_id=f"upload{spec.noun}Attachment",
        summary=f"Attach a file to a {spec.label} (editors)",
        description="Multipart upload (field `file`) of a PDF, DOCX, ODT or PNG/JPEG/GIF/WebP image. The type "
        "is read from the content; a declared type or extension that contradicts it is refused. A PDF's "
        "text goes into the search document; an encrypted or unreadable PDF is stored all the same and "
        "`text_extraction` says so.",
        status_code=201,
        response_model=AttachmentUploaded,
        responses=WRITE_ERRORS,
        openapi_extra={"requestBody": UPLOAD_BODY},
    )
    async def upload_attachment(
        request: Request, session: SessionDep, principal: CurrentPrincipal, id_or_slug: IdOrSlug
    ) -> Response:
        # The body is read here rather than declared as a parameter, so that nobody without an editor's key
        # gets to make the server parse up to 50 MiB (FastAPI reads declared bodies before any check).
        require_editor(principal)
        settings = request.app.state.settings
        async with request.form(max_files=1, max_fields=5) as form:
            file = form.get("file")
            if not isinstance(file, StarletteUploadFile):
                raise ValidationFailedError("send the file as the multipart/form-data field `file`", field="file")
            alt = form.get("alt")
            if alt is not None and not isinstance(alt, str):
                raise ValidationFailedError("`alt` is a text field, not a file", field="alt")
            data = await file.read(settings.max_upload_bytes + 1)
            file_name, declared_type = file.filename, file.content_type
        if len(data) > settings.max_upload_bytes:
            raise UploadTooLargeError(f"attachments are limited to {settings.max_upload_bytes} bytes")
        upload = await attach_file(
            session=session,
            actor=principal,
            spec=spec,
            id_or_slug=id_or_slug,
            data=data,
            file_name=file_name,
            declared_type=declared_type,
            media_dir=settings.media_path,
            public_base=str(request.base_url).rstrip("/"),
            alt=alt,
            expected_version=expected_version(request),
        )
        extraction = upload.extraction
        doc = attachment_doc(upload.attachment, full=True) | {
            "text_extraction": {"status": extraction.status, "detail": extraction.detail}
        }
        return json_response(
            request, doc, principal=principal, status_code=201, headers={"Location": upload.attachment.url}
        )

    @router.patch(
        "/{id_or_slug}/attachments/{attachment_id}",
        operation_id=f"update{spec.noun}Attachment",
        summary=f"Set the text alternative of a {spec.label}'s attachment (editors)",
        description='`{"alt": "..."}` sets it (`""` marks an image decorative), `{"alt": null}` clears it. '
        "A new version and revision of the item; `If-Match` takes the item's ETag.",
        response_model=AttachmentOut,
        responses=WRITE_ERRORS,
    )
    async def update_attachment(
        request: Request,
        session: SessionDep,
        principal: CurrentPrincipal,
        id_or_slug: IdOrSlug,
        attachment_id: AttachmentId,
        body: AttachmentUpdate,
    ) -> Response:
        described = await describe_attachment(
            session=session,
            actor=principal,
            spec=spec,
            id_or_slug=id_or_slug,
            attachment_id=attachment_id,
            alt=body.alt,
            expected_version=expected_version(request),
        )
        return json_response(request, attachment_doc(described.attachment), principal=principal)

    @router.delete(
        "/{id_or_slug}/attachments/{attachment_id}",
        operation_id=f"delete{spec.noun}Attachment",
        summary=f"Remove an attachment from a {spec.label} (editors)",
        description="A new version and revision of the item; the file's `/media` address stops working once "
        "no attachment names it.",
        status_code=204,
        response_class=Response,
        responses=WRITE_ERRORS,
    )
    async def delete_attachment(
        request: Request,
        session: SessionDep,
        principal: CurrentPrincipal,
        id_or_slug: IdOrSlug,
        attachment_id: AttachmentId,
    ) -> Response:
        await detach_file(
            session=session,
            actor=principal,
            spec=spec,
            id_or_slug=id_or_slug,
            attachment_id=attachment_id,
            expected_version=expected_version(request),
        )
        return Response(status_code=204)

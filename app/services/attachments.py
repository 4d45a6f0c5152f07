"""Uploaded attachments: type sniffed from the bytes, content-addressed storage, PDF text for search.

A file is stored once under ``<media dir>/<aa>/<sha256>`` whatever its name, and attached to an item by
a row whose URL is ``/media/<sha256>/<file name>``. The name is only for the download's
``Content-Disposition``; the type is whatever the first bytes say, and a declared type or extension
that disagrees is refused (an upload that lies about its type).
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import logging
import os
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.errors import NotFoundError, ValidationFailedError
from app.models.base import BODY_MAX, NAME_MAX
from app.models.change import ChangeOp
from app.models.content import ALT_MAX, Attachment
from app.models.content_types import CONTENT_SPECS, ContentSpec
from app.services.auth import ANONYMOUS, Principal, require_editor
from app.services.common import ExpectedVersion, check_version
from app.services.content.listing import content_by_ids, get_content_for_update
from app.services.content.record import finish_write
from app.services.images import image_dimensions

log = logging.getLogger(__name__)

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"
EXTENSIONS = {
    PDF: (".pdf",),
    DOCX: (".docx",),
    ODT: (".odt",),
    "image/png": (".png",),
    "image/jpeg": (".jpg", ".jpeg"),
    "image/gif": (".gif",),
    "image/webp": (".webp",),
}
# Office documents are zip archives: refuse ones that would inflate absurdly (zip bombs).
MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 100
MAX_ENTRIES = 10_000
DIGEST = re.compile(r"^[0-9a-f]{64}$")


class UnsupportedFileError(ValidationFailedError):
    """The bytes are not a PDF, DOCX, ODT or image, or not the type the upload claims."""


def _zip_kind(data: bytes) -> str | None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return None
    total = sum(e.file_size for e in entries)
    packed = sum(e.compress_size for e in entries) or 1
    if len(entries) > MAX_ENTRIES or total > MAX_UNCOMPRESSED or total / packed > MAX_RATIO:
        raise UnsupportedFileError("the document inflates to far more than its size (a zip bomb?)", field="file")
    names = {e.filename for e in entries}
    # Only this one tiny entry is ever inflated, and at most 100 bytes of it (the sizes above can lie).
    if "mimetype" in names and archive.open("mimetype").read(100).strip() == ODT.encode():
        return ODT
    if "[Content_Types].xml" in names and "word/document.xml" in names:
        return DOCX
    return None


def sniff(data: bytes) -> str:
    """The media type the bytes themselves show; unsupported content is a validation error."""
    if not data:
        raise UnsupportedFileError("the file is empty", field="file")
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data.startswith(b"PK\x03\x04"):
        kind = _zip_kind(data)
        if kind is not None:
            return kind
    raise UnsupportedFileError("only PDF, DOCX, ODT and PNG, JPEG, GIF or WebP images can be attached", field="file")


def safe_file_name(name: str | None, media_type: str) -> str:
    """A download name without paths or control characters, ending in the sniffed type's extension."""
    base = unicodedata.normalize("NFC", os.path.basename((name or "").replace("\\", "/")))
    base = "".join(ch for ch in base if ch.isprintable() and ch not in '"/;').strip(" .") or "attachment"
    stem, ext = os.path.splitext(base)
    if ext.lower() not in EXTENSIONS[media_type]:
        stem, ext = base, EXTENSIONS[media_type][0]
    return stem[: NAME_MAX - len(ext)] + ext.lower()


def check_claims(*, media_type: str, declared_type: str | None, file_name: str | None) -> None:
    """Refuse an upload whose declared type or extension contradicts its content."""
    declared = (declared_type or "").split(";")[0].strip().lower()
    if declared and declared not in ("application/octet-stream", media_type):
        raise UnsupportedFileError(f"the file is {media_type}, not {declared} as declared", field="file")
    ext = os.path.splitext(file_name or "")[1].lower()
    known = {e for exts in EXTENSIONS.values() for e in exts}
    if ext in known and ext not in EXTENSIONS[media_type]:
        raise UnsupportedFileError(f"the file is {media_type}, which its name ({ext}) denies", field="file")


@dataclass(frozen=True)
class TextExtraction:
    status: str  # "ok", "encrypted", "failed" or "not_applicable"
    text: str = ""
    detail: str | None = None


def extract_text(data: bytes, media_type: str) -> TextExtraction:
    """A PDF's text for the search document; an encrypted or broken PDF is reported, not raised."""
    if media_type != PDF:
        return TextExtraction("not_applicable")
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            return TextExtraction("encrypted", detail="the PDF is encrypted; its text was not extracted")
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PyPdfError, ValueError, TypeError, KeyError, IndexError, AttributeError, OSError, RecursionError) as exc:
        log.info("PDF text extraction failed: %s", exc)
        return TextExtraction("failed", detail=f"the PDF could not be read ({type(exc).__name__}); stored as is")
    text = text.replace("\x00", "").strip()
    return TextExtraction("ok", text=text[:BODY_MAX])


def store(*, media_dir: Path, data: bytes) -> str:
    """Write the bytes under their SHA-256 (once; the same file uploaded again is not stored twice)."""
    digest = hashlib.sha256(data).hexdigest()
    target = media_path(media_dir, digest)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{digest}.{os.getpid()}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, target)  # atomic: readers never see half a file
    return digest


def served_type(path: Path, file_name: str) -> str:
    """The type to serve a stored file as: sniffed from its head, the name deciding only between zip formats."""
    with path.open("rb") as file:
        head = file.read(16)
    if head.startswith(b"PK\x03\x04"):
        ext = os.path.splitext(file_name)[1].lower()
        return {".docx": DOCX, ".odt": ODT}.get(ext, "application/octet-stream")
    try:
        return sniff(head)
    except UnsupportedFileError:
        return "application/octet-stream"


def media_path(media_dir: Path, digest: str) -> Path:
    if not DIGEST.match(digest):
        raise ValueError("not a SHA-256 digest")
    return media_dir / digest[:2] / digest


@dataclass(frozen=True)
class Upload:
    attachment: Attachment
    extraction: TextExtraction


async def attach_file(
    *,
    session: AsyncSession,
    actor: Principal,
    spec: ContentSpec,
    id_or_slug: str,
    data: bytes,
    file_name: str | None,
    declared_type: str | None,
    media_dir: Path,
    public_base: str,
    alt: str | None = None,
    expected_version: ExpectedVersion = None,
) -> Upload:
    """Check, store and attach an uploaded file (editors); the change and the search sync follow as for any write.

    An image's pixel width and height are read from its header; ``alt`` is its text alternative.
    """
    require_editor(actor)
    check_alt(alt)
    item: Any = await get_content_for_update(session=session, spec=spec, id_or_slug=id_or_slug)
    check_version(entity=spec.entity, record=item, expected=expected_version)
    media_type = sniff(data)
    check_claims(media_type=media_type, declared_type=declared_type, file_name=file_name)
    # Parsing a hostile PDF and writing 50 MiB are slow: off the event loop.
    extraction = await asyncio.to_thread(extract_text, data, media_type)
    digest = await asyncio.to_thread(store, media_dir=media_dir, data=data)
    name = safe_file_name(file_name, media_type)
    width, height = image_dimensions(data, media_type) or (None, None)
    attachment = Attachment(
        file_name=name,
        media_type=media_type,
        size=len(data),
        url=f"{public_base}/media/{digest}/{quote(name)}",
        extracted_text=extraction.text,
        width=width,
        height=height,
        alt=alt,
        **{spec.attachment_owner.key: item.id},
    )
    session.add(attachment)
    await finish_write(session=session, actor=actor, spec=spec, item=item, op=ChangeOp.updated)
    return Upload(attachment=attachment, extraction=extraction)


@dataclass(frozen=True)
class Described:
    item: Any
    attachment: Attachment


def check_alt(alt: str | None) -> None:
    if alt is not None and len(alt) > ALT_MAX:
        raise ValidationFailedError(f"alt text is limited to {ALT_MAX} characters", field="alt")


async def describe_attachment(
    *,
    session: AsyncSession,
    actor: Principal,
    spec: ContentSpec,
    id_or_slug: str,
    attachment_id: int,
    alt: str | None,
    expected_version: ExpectedVersion = None,
) -> Described:
    """Set (or with None clear) one attachment's text alternative (editors): a new version of its item."""
    require_editor(actor)
    check_alt(alt)
    item: Any = await get_content_for_update(session=session, spec=spec, id_or_slug=id_or_slug)
    check_version(entity=spec.entity, record=item, expected=expected_version)
    attachment = await session.scalar(
        select(Attachment).where(col(Attachment.id) == attachment_id, spec.attachment_owner == item.id)
    )
    if attachment is None:
        raise NotFoundError(f"{spec.label} {item.slug!r} has no attachment with id {attachment_id}")
    attachment.alt = alt
    await finish_write(session=session, actor=actor, spec=spec, item=item, op=ChangeOp.updated)
    return Described(item=item, attachment=attachment)


async def detach_file(
    *,
    session: AsyncSession,
    actor: Principal,
    spec: ContentSpec,
    id_or_slug: str,
    attachment_id: int,
    expected_version: ExpectedVersion = None,
) -> Any:
    """Remove one attachment from an item (editors): a new version and revision, and the search sync follows.

    The stored file stays (other attachments may share its content), but ``/media`` serves a file only
    while some attachment names it, so an address nothing names any more is a 404.
    """
    require_editor(actor)
    item: Any = await get_content_for_update(session=session, spec=spec, id_or_slug=id_or_slug)
    check_version(entity=spec.entity, record=item, expected=expected_version)
    removed = await session.execute(
        delete(Attachment)
        .where(col(Attachment.id) == attachment_id, spec.attachment_owner == item.id)
        .returning(col(Attachment.id))
    )
    if removed.first() is None:
        raise NotFoundError(f"{spec.label} {item.slug!r} has no attachment with id {attachment_id}")
    await finish_write(session=session, actor=actor, spec=spec, item=item, op=ChangeOp.updated)
    return item


async def media_visibility(*, session: AsyncSession, actor: Principal, digest: str) -> str | None:
    """Whether ``actor`` may download the stored file ``digest``: "public" when a public item has it
    attached, "private" when only items ``actor`` alone may see (drafts, for editors) do, else None.

    Drafts never leak: a draft's file is not served to the public even to someone who knows its address.
    """
    rows = (
        await session.execute(
            select(*(spec.attachment_owner for spec in CONTENT_SPECS)).where(
                col(Attachment.url).like(f"%/media/{digest}/%")
            )
        )
    ).all()
    if not rows:
        return None
    for index, spec in enumerate(CONTENT_SPECS):
        ids = [row[index] for row in rows if row[index] is not None]
        if ids and await content_by_ids(session=session, actor=ANONYMOUS, spec=spec, ids=ids):
            return "public"
    if actor.can_edit:
        return "private"
    return None

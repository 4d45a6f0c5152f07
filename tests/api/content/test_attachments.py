"""Attachment uploads: type from the bytes, size cap, content-addressed storage, /media, PDF text for search."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

from pypdf import PdfWriter
from sqlalchemy import select

from app.models.change import ChangeEvent, EntityType
from app.search.documents import public_documents
from tests import factories

BASE = "/api/v1/knowledge-items"


def pdf_with_text(text: str) -> bytes:
    """A one-page PDF showing ``text`` (hand-built, so the test needs no PDF writer with fonts)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def encrypted_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.encrypt("geheim")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def docx(extra: dict[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def odt() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


def stored_files(media_dir: Path) -> list[Path]:
    return [p for p in media_dir.rglob("*") if p.is_file()]


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 40


async def upload(client, item_id: int, headers, name: str, data: bytes, content_type: str = "application/octet-stream"):
    return await client.post(
        f"{BASE}/{item_id}/attachments", headers=headers, files={"file": (name, data, content_type)}
    )


async def test_a_pdf_is_stored_by_content_served_and_its_text_searchable(
    upload_client, session, editor_headers, media_dir: Path
):
    item = await factories.knowledge_item(session, "Rapport met bijlage", publish=True)
    data = pdf_with_text("Vrouwen vrede en veiligheid in Mali")
    response = await upload(upload_client, item.id, editor_headers, "../../rapport 2024.pdf", data, "application/pdf")
    assert response.status_code == 201, response.text
    doc = response.json()
    digest = hashlib.sha256(data).hexdigest()
    assert (
        doc["media_type"] == "application/pdf" and doc["size"] == len(data) and doc["file_name"] == "rapport 2024.pdf"
    )
    assert doc["text_extraction"] == {"status": "ok", "detail": None}
    assert "Vrouwen vrede en veiligheid in Mali" in doc["extracted_text"]
    assert doc["url"] == f"http://testserver/media/{digest}/rapport%202024.pdf" == response.headers["location"]
    assert (media_dir / digest[:2] / digest).read_bytes() == data

    served = await upload_client.get(doc["url"])
    assert served.status_code == 200 and served.content == data
    assert served.headers["content-type"] == "application/pdf"
    assert served.headers["content-disposition"] == "attachment; filename*=UTF-8''rapport%202024.pdf"
    assert served.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert served.headers["etag"] == f'"{digest}"' and served.headers["x-content-type-options"] == "nosniff"

    # An ordinary write: the item shows it, the change log and a revision record it, search indexes the text.
    public = (await upload_client.get(f"{BASE}/{item.slug}")).json()
    assert [a["url"] for a in public["attachments"]] == [doc["url"]]
    last = await session.scalar(
        select(ChangeEvent).where(ChangeEvent.entity_id == item.id).order_by(ChangeEvent.id.desc()).limit(1)
    )
    assert last is not None and str(last.op) == "updated"
    revision = (await upload_client.get(f"{BASE}/{item.id}/revisions/3", headers=editor_headers)).json()
    assert revision["content"]["attachments"][0]["url"] == doc["url"]
    documents = await public_documents(
        session=session, entity_type=EntityType.knowledge_item, ids=[item.id], attachment_text_max=1000
    )
    assert "Mali" in documents[item.id]["attachment_text"]

    # The same bytes again (another item) are stored once.
    other = await factories.knowledge_item(session, "Tweede item")
    again = await upload(upload_client, other.id, editor_headers, "kopie.pdf", data)
    assert again.status_code == 201 and again.json()["url"].split("/")[4] == digest
    assert len(stored_files(media_dir)) == 1


async def test_documents_and_images_are_recognised_by_their_bytes(upload_client, session, editor_headers):
    item = await factories.knowledge_item(session, "Bijlagen")
    for name, data, expected in (
        ("verslag.docx", docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("verslag.odt", odt(), "application/vnd.oasis.opendocument.text"),
        ("omslag", PNG, "image/png"),  # no extension: the content decides, the name gets one
    ):
        response = await upload(upload_client, item.id, editor_headers, name, data)
        assert response.status_code == 201, response.text
        assert response.json()["media_type"] == expected
        assert response.json()["text_extraction"]["status"] == "not_applicable"
        served = await upload_client.get(response.json()["url"], headers=editor_headers)  # a draft's file
        assert served.headers["content-type"].startswith(expected)
    assert response.json()["file_name"] == "omslag.png"
    assert served.headers["content-disposition"].startswith("inline;")


async def test_an_encrypted_or_broken_pdf_is_stored_and_reported(upload_client, session, editor_headers):
    item = await factories.knowledge_item(session, "Lastige pdf's")
    encrypted = await upload(upload_client, item.id, editor_headers, "geheim.pdf", encrypted_pdf())
    assert encrypted.status_code == 201, encrypted.text
    assert encrypted.json()["text_extraction"]["status"] == "encrypted" and encrypted.json()["extracted_text"] == ""
    broken = await upload(
        upload_client, item.id, editor_headers, "kapot.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R"
    )
    assert broken.status_code == 201, broken.text
    assert broken.json()["text_extraction"]["status"] == "failed" and broken.json()["text_extraction"]["detail"]
    assert (await upload_client.get(broken.json()["url"], headers=editor_headers)).status_code == 200
    item_doc = (await upload_client.get(f"{BASE}/{item.id}", headers=editor_headers)).json()
    assert len(item_doc["attachments"]) == 2


async def test_bad_uploads_are_refused(upload_client, session, editor_headers, reader_headers, media_dir: Path):
    item = await factories.knowledge_item(session, "Niets aan de hand")
    executable = b"MZ\x90\x00" + b"\x00" * 200
    cases = {
        "an executable named .pdf": ("rapport.pdf", executable, "application/pdf"),
        "a PNG declared as PDF": ("foto.png", PNG, "application/pdf"),
        "a PDF named .docx": ("verslag.docx", pdf_with_text("x"), "application/octet-stream"),
        "an empty file": ("leeg.pdf", b"", "application/pdf"),
        "a plain zip": ("archief.docx", docx_without_parts(), "application/octet-stream"),
        "a zip bomb-like DOCX": (
            "bom.docx",
            docx({"word/media/zeros.bin": b"\x00" * (10 * 1024 * 1024)})[:60_000],
            "application/octet-stream",
        ),
    }
    for what, (name, data, content_type) in cases.items():
        response = await upload(upload_client, item.id, editor_headers, name, data, content_type)
        assert response.status_code == 422, (what, response.status_code, response.text)
        assert response.json()["errors"][0]["field"] == "file", what
        if "bomb" in what:
            assert "zip bomb" in response.text
    assert stored_files(media_dir) == []

    too_big = await upload(upload_client, item.id, editor_headers, "groot.pdf", b"%PDF-1.4\n" + b"0" * (64 * 1024))
    assert too_big.status_code == 413
    assert (await upload(upload_client, item.id, reader_headers, "a.pdf", pdf_with_text("x"))).status_code == 403
    assert (await upload(upload_client, 999_999, editor_headers, "a.pdf", pdf_with_text("x"))).status_code == 404
    no_file = await upload_client.post(f"{BASE}/{item.id}/attachments", headers=editor_headers, data={"x": "y"})
    assert no_file.status_code == 422
    as_json = await upload_client.post(f"{BASE}/{item.id}/attachments", headers=editor_headers, json={"file": "x"})
    assert as_json.status_code == 422
    # Authorization comes before the body is read: an anonymous caller cannot make the server parse 50 MiB.
    anonymous = await upload_client.post(f"{BASE}/{item.id}/attachments", files={"file": ("a.pdf", b"%PDF-1.4")})
    assert anonymous.status_code == 401
    assert (await upload_client.get("/media/" + "0" * 64 + "/x.pdf")).status_code == 404
    assert (await upload_client.get("/media/../../etc/passwd")).status_code == 404


def docx_without_parts() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "geen document")
    return buffer.getvalue()


async def test_a_drafts_file_is_not_served_to_the_public(upload_client, session, editor_headers):
    draft = await factories.knowledge_item(session, "Concept met bijlage")
    data = pdf_with_text("Nog geheim")
    doc = (await upload(upload_client, draft.id, editor_headers, "geheim.pdf", data, "application/pdf")).json()
    assert (await upload_client.get(doc["url"])).status_code == 404
    as_editor = await upload_client.get(doc["url"], headers=editor_headers)
    assert as_editor.status_code == 200 and as_editor.headers["cache-control"] == "private, no-store"
    await upload_client.post(f"{BASE}/{draft.id}/publish", headers=editor_headers)
    public = await upload_client.get(doc["url"])
    assert public.status_code == 200 and public.content == data


async def test_an_attachment_is_removed_by_id_as_a_new_version(upload_client, session, editor_headers, reader_headers):
    item = await factories.knowledge_item(session, "Met twee bijlagen", publish=True)
    kept = (await upload(upload_client, item.id, editor_headers, "omslag.png", PNG)).json()
    dropped = (await upload(upload_client, item.id, editor_headers, "tekst.pdf", pdf_with_text("Bamako"))).json()
    before = (await upload_client.get(f"{BASE}/{item.slug}")).json()
    assert [a["id"] for a in before["attachments"]] == [kept["id"], dropped["id"]]
    path = f"{BASE}/{item.slug}/attachments/{dropped['id']}"

    assert (await upload_client.delete(path)).status_code == 401
    assert (await upload_client.delete(path, headers=reader_headers)).status_code == 403
    stale = await upload_client.delete(path, headers=editor_headers | {"If-Match": f'"ki{item.id}-v1"'})
    assert stale.status_code == 412
    assert (await upload_client.delete(path, headers=editor_headers)).status_code == 204

    after = (await upload_client.get(f"{BASE}/{item.slug}")).json()
    assert [a["id"] for a in after["attachments"]] == [kept["id"]]
    assert after["version"] == before["version"] + 1
    assert (await upload_client.get(dropped["url"])).status_code == 404  # nothing names the file any more
    assert (await upload_client.get(kept["url"])).status_code == 200
    revisions = (await upload_client.get(f"{BASE}/{item.id}/revisions", headers=editor_headers)).json()["data"]
    assert revisions[-1]["op"] == "updated" and revisions[-1]["version"] == after["version"]
    documents = await public_documents(
        session=session, entity_type=EntityType.knowledge_item, ids=[item.id], attachment_text_max=1000
    )
    assert "Bamako" not in documents[item.id]["attachment_text"]

    again = await upload_client.delete(path, headers=editor_headers)
    assert again.status_code == 404 and again.headers["content-type"] == "application/problem+json"
    other = await factories.knowledge_item(session, "Ander item")
    elsewhere = await upload_client.delete(f"{BASE}/{other.slug}/attachments/{kept['id']}", headers=editor_headers)
    assert elsewhere.status_code == 404  # an attachment is removed only through its own item


def png_of(width: int, height: int) -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + width.to_bytes(4, "big") + height.to_bytes(4, "big") + b"\x08\x02"


ATTACHMENTS_QUERY = """query($slug: String!) { knowledgeItem(slug: $slug) {
  version attachments { id fileName size width height alt } } }"""
DESCRIBE = """mutation($slug: String!, $attachment: ID!, $alt: String, $version: Int) {
  updateKnowledgeItemAttachment(slug: $slug, attachmentId: $attachment, alt: $alt, expectedVersion: $version) {
    __typename
    ... on KnowledgeItemPayload { knowledgeItem { version attachments { id alt } } }
    ... on Error { code message }
  } }"""


async def test_an_image_gets_its_measured_size_and_alt_text_over_rest_and_graphql(
    upload_client, session, editor_headers, reader_headers
):
    item = await factories.knowledge_item(session, "Met een foto", publish=True)
    uploaded = await upload_client.post(
        f"{BASE}/{item.id}/attachments",
        headers=editor_headers,
        files={"file": ("foto.png", png_of(1200, 800), "image/png")},
        data={"alt": "Vrouwen in gesprek op een bijeenkomst"},
    )
    assert uploaded.status_code == 201, uploaded.text
    image = uploaded.json()
    assert (image["width"], image["height"], image["alt"]) == (1200, 800, "Vrouwen in gesprek op een bijeenkomst")
    pdf = (await upload(upload_client, item.id, editor_headers, "tekst.pdf", pdf_with_text("Tekst"))).json()
    assert (pdf["width"], pdf["height"], pdf["alt"]) == (None, None, None)

    public = (await upload_client.get(f"{BASE}/{item.slug}")).json()["attachments"]
    assert [(a["id"], a["width"], a["height"], a["alt"]) for a in public] == [
        (image["id"], 1200, 800, "Vrouwen in gesprek op een bijeenkomst"),
        (pdf["id"], None, None, None),
    ]

    # GraphQL: the REST id, an integer size, the measured dimensions and the text alternative.
    answer = await upload_client.post("/graphql", json={"query": ATTACHMENTS_QUERY, "variables": {"slug": item.slug}})
    shown = answer.json()["data"]["knowledgeItem"]["attachments"]
    assert shown[0] == {
        "id": str(image["id"]),
        "fileName": "foto.png",
        "size": image["size"],
        "width": 1200,
        "height": 800,
        "alt": "Vrouwen in gesprek op een bijeenkomst",
    }
    assert isinstance(shown[1]["size"], int)

    # REST PATCH sets the alt text: a new version, If-Match honoured, editors only, bounded.
    path = f"{BASE}/{item.slug}/attachments/{image['id']}"
    assert (await upload_client.patch(path, json={"alt": "x"})).status_code == 401
    assert (await upload_client.patch(path, json={"alt": "x"}, headers=reader_headers)).status_code == 403
    stale = await upload_client.patch(path, json={"alt": "x"}, headers=editor_headers | {"If-Match": '"ki1-v1"'})
    assert stale.status_code == 412
    too_long = await upload_client.patch(path, json={"alt": "x" * 1001}, headers=editor_headers)
    assert too_long.status_code == 422 and too_long.json()["errors"][0]["field"] == "alt"
    version = (await upload_client.get(f"{BASE}/{item.slug}")).json()["version"]
    changed = await upload_client.patch(path, json={"alt": ""}, headers=editor_headers)
    assert changed.status_code == 200, changed.text
    assert changed.json()["alt"] == "" and changed.json()["width"] == 1200
    assert (await upload_client.get(f"{BASE}/{item.slug}")).json()["version"] == version + 1
    elsewhere = await factories.knowledge_item(session, "Ander item")
    not_there = await upload_client.patch(
        f"{BASE}/{elsewhere.slug}/attachments/{image['id']}", json={"alt": "x"}, headers=editor_headers
    )
    assert not_there.status_code == 404

    # GraphQL sets it too, through the same rule.
    variables = {"slug": item.slug, "attachment": str(image["id"]), "alt": "Een foto", "version": version + 1}
    done = (
        await upload_client.post("/graphql", json={"query": DESCRIBE, "variables": variables}, headers=editor_headers)
    ).json()
    payload = done["data"]["updateKnowledgeItemAttachment"]
    assert payload["knowledgeItem"]["version"] == version + 2
    assert payload["knowledgeItem"]["attachments"][0] == {"id": str(image["id"]), "alt": "Een foto"}
    for attachment, code in (
        (str(image["id"]), "VERSION_MISMATCH"),
        ("abc", "VALIDATION_FAILED"),
        ("99999999999", "VALIDATION_FAILED"),
    ):
        refused = (
            await upload_client.post(
                "/graphql",
                json={"query": DESCRIBE, "variables": variables | {"attachment": attachment}},
                headers=editor_headers,
            )
        ).json()["data"]["updateKnowledgeItemAttachment"]
        assert refused["code"] == code, refused
    anonymous = (await upload_client.post("/graphql", json={"query": DESCRIBE, "variables": variables})).json()
    assert anonymous["data"]["updateKnowledgeItemAttachment"]["code"] == "UNAUTHENTICATED"


async def test_attachments_given_by_url_carry_alt_and_dimensions_and_sizes_fit_an_int(
    upload_client, session, editor_headers
):
    attachment = {
        "file_name": "kaart.png",
        "media_type": "image/png",
        "size": 2048,
        "url": "https://cdn.example.org/kaart.png",
    }
    created = await upload_client.post(
        BASE,
        headers=editor_headers,
        json={
            "title": "Met kaart",
            "kind": "report",
            "language": "nl",
            "attachments": [attachment | {"width": 10, "height": 20, "alt": "Kaart"}],
        },
    )
    assert created.status_code == 201, created.text
    assert created.json()["attachments"][0] | {"id": 0} == attachment | {
        "id": 0,
        "width": 10,
        "height": 20,
        "alt": "Kaart",
    }
    too_big = await upload_client.post(
        BASE,
        headers=editor_headers,
        json={"title": "Te groot", "kind": "report", "language": "nl", "attachments": [attachment | {"size": 2**31}]},
    )
    assert too_big.status_code == 422 and too_big.json()["errors"][0]["field"] == "attachments.0.size"

"""The OAI-PMH responses as XML (lxml): the envelope, each verb's answer, records in ``oai_dc``, errors.

Only rendering: every function here takes what it shows, and none reads the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from lxml import etree

from app.models.theme import Theme
from app.services.common import xml_text
from app.services.metadata import CitableItem
from app.services.oai.arguments import METADATA_FORMATS, OAI_DC_NS, OAI_DC_SCHEMA, OaiError
from app.services.oai.records import REPOSITORY_ID, Record, oai_identifier

OAI_NS = "http://www.openarchives.org/OAI/2.0/"
DC_NS = "http://purl.org/dc/elements/1.1/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
OAI_IDENTIFIER_NS = "http://www.openarchives.org/OAI/2.0/oai-identifier"
OAI_IDENTIFIER_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai-identifier.xsd"

REPOSITORY_NAME = "Kennisbank WO=MEN"
GRANULARITY = "YYYY-MM-DDThh:mm:ssZ"
DELETED_RECORD = "transient"
XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'
_FIXED_SETS: tuple[tuple[str, str, str | None], ...] = (
    ("type", "Content types", None),
    ("type:knowledge-item", "Knowledge items", None),
    ("type:position-paper", "Position papers", None),
    ("theme", "Themes", None),
)


def datestamp(value: datetime) -> str:
    """A moment in the repository's granularity (seconds, UTC)."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _el(parent: etree._Element, tag: str, text: str | None = None, ns: str = OAI_NS) -> etree._Element:
    element = etree.SubElement(parent, f"{{{ns}}}{tag}")
    if text is not None:
        element.text = xml_text(text)
    return element


def envelope(*, base_url: str, now: datetime, verb: str | None, arguments: dict[str, str]) -> etree._Element:
    """The OAI-PMH root with responseDate and request; ``verb`` None echoes no arguments."""
    root = etree.Element(f"{{{OAI_NS}}}OAI-PMH", nsmap={None: OAI_NS, "xsi": XSI_NS})
    root.set(f"{{{XSI_NS}}}schemaLocation", f"{OAI_NS} {OAI_SCHEMA}")
    _el(root, "responseDate", datestamp(now))
    request = _el(root, "request", base_url)
    # After badVerb or badArgument the request element carries no attributes (protocol section 3.6).
    if verb is not None:
        request.set("verb", verb)
        for name, value in arguments.items():
            request.set(name, xml_text(value))
    return root


def error(root: etree._Element, oai_error: OaiError) -> None:
    """The ``<error>`` element for a protocol error."""
    element = _el(root, "error", oai_error.message)
    element.set("code", oai_error.code)


def serialise(root: etree._Element) -> bytes:
    """The response body: UTF-8 with an XML declaration."""
    body: bytes = etree.tostring(root, encoding="utf-8")
    return XML_DECLARATION + body


def _header(parent: etree._Element, record: Record) -> None:
    header = _el(parent, "header")
    if record.citable is None:
        header.set("status", "deleted")
    _el(header, "identifier", oai_identifier(record.record_type, record.item_id))
    _el(header, "datestamp", datestamp(record.stamp))
    _el(header, "setSpec", f"type:{record.record_type}")
    for theme in record.citable.themes if record.citable is not None else ():
        _el(header, "setSpec", f"theme:{theme.slug}")


def _record(parent: etree._Element, record: Record) -> None:
    """A record element: header, and metadata unless the record is deleted."""
    element = _el(parent, "record")
    _header(element, record)
    if record.citable is not None:
        dublin_core(_el(element, "metadata"), record.citable)


def _oai_dc(parent: etree._Element) -> etree._Element:
    dc = etree.SubElement(parent, f"{{{OAI_DC_NS}}}dc", nsmap={"oai_dc": OAI_DC_NS, "dc": DC_NS, "xsi": XSI_NS})
    dc.set(f"{{{XSI_NS}}}schemaLocation", f"{OAI_DC_NS} {OAI_DC_SCHEMA}")
    return dc


def dublin_core(parent: etree._Element, citable: CitableItem) -> None:
    """Simple Dublin Core for one item."""
    item = citable.item
    dc = _oai_dc(parent)

    def add(name: str, value: str, lang: str | None = None) -> None:
        element = _el(dc, name, value, ns=DC_NS)
        if lang is not None:
            element.set(XML_LANG, lang)

    add("title", item.title, item.language)
    for org in citable.authors:
        add("creator", org.name)
    for theme in citable.themes:
        add("subject", theme.name_nl, "nl")
        add("subject", theme.name_en, "en")
    for tag in getattr(item, "tags", []):
        add("subject", tag)
    if item.summary:
        add("description", item.summary, item.language)
    for name in citable.publisher_names:
        add("publisher", name)
    add("date", citable.published.date().isoformat())
    add("type", "Text")
    add("type", citable.genre)
    for attachment in citable.attachments:
        add("format", attachment.media_type)
    add("identifier", citable.url)
    if source := getattr(item, "source_url", None):
        add("source", source)
    add("language", item.language)
    if citable.translation_url:
        add("relation", citable.translation_url)


def identify(root: etree._Element, *, base_url: str, admin_email: str, earliest: datetime) -> None:
    """The Identify answer, with the oai-identifier description of how identifiers are built."""
    answer = _el(root, "Identify")
    _el(answer, "repositoryName", REPOSITORY_NAME)
    _el(answer, "baseURL", base_url)
    _el(answer, "protocolVersion", "2.0")
    _el(answer, "adminEmail", admin_email)
    _el(answer, "earliestDatestamp", datestamp(earliest))
    _el(answer, "deletedRecord", DELETED_RECORD)
    _el(answer, "granularity", GRANULARITY)
    # How identifiers are built, so harvesters and resolvers can recognise ours.
    description = etree.SubElement(
        _el(answer, "description"),
        f"{{{OAI_IDENTIFIER_NS}}}oai-identifier",
        nsmap={None: OAI_IDENTIFIER_NS, "xsi": XSI_NS},
    )
    description.set(f"{{{XSI_NS}}}schemaLocation", f"{OAI_IDENTIFIER_NS} {OAI_IDENTIFIER_SCHEMA}")
    _el(description, "scheme", "oai", ns=OAI_IDENTIFIER_NS)
    _el(description, "repositoryIdentifier", REPOSITORY_ID, ns=OAI_IDENTIFIER_NS)
    _el(description, "delimiter", ":", ns=OAI_IDENTIFIER_NS)
    _el(description, "sampleIdentifier", oai_identifier("knowledge-item", 1), ns=OAI_IDENTIFIER_NS)


def list_metadata_formats(root: etree._Element) -> None:
    """The ListMetadataFormats answer: every format the repository offers."""
    formats = _el(root, "ListMetadataFormats")
    for prefix, (schema, namespace) in METADATA_FORMATS.items():
        metadata_format = _el(formats, "metadataFormat")
        _el(metadata_format, "metadataPrefix", prefix)
        _el(metadata_format, "schema", schema)
        _el(metadata_format, "metadataNamespace", namespace)


def list_sets(root: etree._Element, themes: Sequence[Theme]) -> None:
    """The ListSets answer: the type and theme sets, each theme described in Dublin Core."""
    sets = _el(root, "ListSets")
    for set_spec, name, description in [
        *_FIXED_SETS,
        *((f"theme:{t.slug}", f"{t.name_nl} / {t.name_en}", t.description) for t in themes),
    ]:
        element = _el(sets, "set")
        _el(element, "setSpec", set_spec)
        _el(element, "setName", name)
        if description:
            dc = _oai_dc(_el(element, "setDescription"))
            _el(dc, "description", description, ns=DC_NS)


def get_record(root: etree._Element, record: Record) -> None:
    """The GetRecord answer."""
    _record(_el(root, "GetRecord"), record)


def record_list(root: etree._Element, *, verb: str, records: Sequence[Record]) -> etree._Element:
    """The ListIdentifiers (headers only) or ListRecords answer, returned for its resumptionToken."""
    container = _el(root, verb)
    for record in records:
        if verb == "ListIdentifiers":
            _header(container, record)
        else:
            _record(container, record)
    return container


def resumption_token(
    container: etree._Element, *, complete_list_size: int, cursor: int, token: str | None, expires: datetime | None
) -> None:
    """The resumptionToken of a split list; without ``token`` the empty one that marks its last page."""
    element = _el(container, "resumptionToken")
    element.set("completeListSize", str(complete_list_size))
    element.set("cursor", str(cursor))
    if token is not None:
        element.text = token
    if expires is not None:
        element.set("expirationDate", datestamp(expires))

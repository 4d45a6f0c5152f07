"""OAI-PMH 2.0 (https://www.openarchives.org/OAI/openarchivesprotocol.html) with ``oai_dc``.

Records are the published knowledge items and position papers; identifiers are
``oai:kennisbank.wo-men.nl:knowledge-item/<id>``. Sets: ``theme:<slug>`` per theme and
``type:knowledge-item`` / ``type:position-paper``, with ``theme`` and ``type`` as their parents.
A record's datestamp is when it last changed publicly: its last edit, or its publication if that came
later. Lists are ordered by (datestamp, type, id) and resumed after the last record handed out, not at
an offset: a record changed mid-harvest moves to the end of the list instead of shifting the others,
so nothing is skipped. Resumption tokens are HMAC-signed and expire after ``TOKEN_TTL``.

deletedRecord is ``transient``: an item that was public and then left public view (unpublished,
archived or deleted) is listed as a deleted record, datestamped when it left, for as long as the
change log keeps its events. Deleted records are in their ``type:`` set; once an item is deleted its
themes are gone, so a harvest by theme no longer sees it (which "transient" permits).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import orjson
from lxml import etree
from sqlalchemy import ColumnElement, Select, exists, func, literal, select, tuple_, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from app.models.change import ChangeEvent, ChangeOp
from app.models.content_types import CONTENT_SPECS, ContentSpec
from app.models.theme import Theme
from app.services.auth import ANONYMOUS
from app.services.common import xml_text
from app.services.content.listing import content_by_ids
from app.services.content.visibility import visible_clause
from app.services.metadata import CitableItem, citable_items
from app.services.themes import list_themes

OAI_NS = "http://www.openarchives.org/OAI/2.0/"
OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC_NS = "http://purl.org/dc/elements/1.1/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
OAI_IDENTIFIER_NS = "http://www.openarchives.org/OAI/2.0/oai-identifier"
OAI_IDENTIFIER_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai-identifier.xsd"

REPOSITORY_NAME = "Kennisbank WO=MEN"
REPOSITORY_ID = "kennisbank.wo-men.nl"
GRANULARITY = "YYYY-MM-DDThh:mm:ssZ"
DELETED_RECORD = "transient"
PAGE_SIZE = 100
TOKEN_TTL = timedelta(hours=24)
# The lower bound Identify reports while the repository is empty.
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'

VERB_ARGUMENTS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    # verb: (required, optional); resumptionToken is exclusive and handled on its own
    "Identify": (frozenset(), frozenset()),
    "ListMetadataFormats": (frozenset(), frozenset({"identifier"})),
    "ListSets": (frozenset(), frozenset({"resumptionToken"})),
    "GetRecord": (frozenset({"identifier", "metadataPrefix"}), frozenset()),
    "ListIdentifiers": (frozenset({"metadataPrefix"}), frozenset({"from", "until", "set", "resumptionToken"})),
    "ListRecords": (frozenset({"metadataPrefix"}), frozenset({"from", "until", "set", "resumptionToken"})),
}
METADATA_FORMATS = {"oai_dc": (OAI_DC_SCHEMA, OAI_DC_NS)}
# The record types, in the order lists interleave them at equal datestamps.
TYPES: tuple[tuple[str, ContentSpec], ...] = tuple(
    (spec.entity.value.replace("_", "-"), spec) for spec in CONTENT_SPECS
)
_IDENTIFIER = re.compile(rf"^oai:{re.escape(REPOSITORY_ID)}:(knowledge-item|position-paper)/([1-9][0-9]{{0,9}})$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SECOND = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
# The schema's own patterns: a value outside them is a badArgument, never echoed into <request>.
_METADATA_PREFIX = re.compile(r"^[A-Za-z0-9\-_.!~*'()]+$")
_SET_SPEC = re.compile(r"^[A-Za-z0-9\-_.!~*'()]+(?::[A-Za-z0-9\-_.!~*'()]+)*$")
_IDENTIFIER_CHARS = re.compile(r"^[\x21-\x7e]{1,512}$")


class OaiError(Exception):
    """A protocol error: rendered as ``<error code=...>`` in an HTTP 200 response, as OAI-PMH requires."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class Harvest:
    """A selective harvest (ListIdentifiers/ListRecords) and where its next page starts."""

    verb: str
    metadata_prefix: str
    from_: datetime | None = None
    until: datetime | None = None  # exclusive bound
    set_spec: str | None = None
    after: tuple[datetime, int, int] | None = None  # (datestamp, type rank, id) of the last record sent
    cursor: int = 0


class ResumptionTokens:
    """Opaque, tamper-evident resumption tokens carrying the harvest and an expiry."""

    def __init__(self, secret: str) -> None:
        self._key = hashlib.sha256(b"kennisbank-oai-resumption:" + secret.encode()).digest()

    def encode(self, harvest: Harvest, *, expires: datetime) -> str:
        payload = orjson.dumps(
            {
                "v": harvest.verb,
                "p": harvest.metadata_prefix,
                "f": _iso(harvest.from_),
                "u": _iso(harvest.until),
                "s": harvest.set_spec,
                "a": [harvest.after[0].isoformat(), *harvest.after[1:]] if harvest.after else None,
                "c": harvest.cursor,
                "e": int(expires.timestamp()),
            }
        )
        mac = hmac.new(self._key, payload, hashlib.sha256).digest()[:16]
        return base64.urlsafe_b64encode(payload + mac).decode().rstrip("=")

    def decode(self, token: str, *, verb: str, now: datetime) -> Harvest:
        bad = OaiError("badResumptionToken", "the resumptionToken is invalid or has expired; start the list again")
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        except (ValueError, TypeError):
            raise bad from None
        payload, mac = raw[:-16], raw[-16:]
        if len(raw) <= 16 or not hmac.compare_digest(mac, hmac.new(self._key, payload, hashlib.sha256).digest()[:16]):
            raise bad
        try:
            data = orjson.loads(payload)
            if data["v"] != verb or data["e"] <= now.timestamp():
                raise bad
            after = data["a"]
            return Harvest(
                verb=verb,
                metadata_prefix=data["p"],
                from_=_parse_iso(data["f"]),
                until=_parse_iso(data["u"]),
                set_spec=data["s"],
                after=(datetime.fromisoformat(after[0]), int(after[1]), int(after[2])) if after else None,
                cursor=int(data["c"]),
            )
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, IndexError):
            raise bad from None


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value is not None else None


def datestamp(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def oai_identifier(record_type: str, item_id: int) -> str:
    return f"oai:{REPOSITORY_ID}:{record_type}/{item_id}"


# ----- argument checking -----


def parse_arguments(pairs: Sequence[tuple[str, str]]) -> tuple[str, dict[str, str]]:
    """The verb and its arguments, or the protocol's badVerb/badArgument."""
    verbs = [value for name, value in pairs if name == "verb"]
    if len(verbs) != 1:
        raise OaiError("badVerb", "give exactly one verb" if verbs else "the verb argument is missing")
    verb = verbs[0]
    if verb not in VERB_ARGUMENTS:
        raise OaiError("badVerb", f"{verb!r} is not an OAI-PMH verb; use one of {', '.join(VERB_ARGUMENTS)}")
    arguments: dict[str, str] = {}
    for name, value in pairs:
        if name == "verb":
            continue
        if name in arguments:
            raise OaiError("badArgument", f"the argument {name} is repeated")
        arguments[name] = value
    required, optional = VERB_ARGUMENTS[verb]
    unknown = sorted(set(arguments) - required - optional)
    if unknown:
        raise OaiError("badArgument", f"{verb} does not take {', '.join(unknown)}")
    if "resumptionToken" in arguments:
        if len(arguments) > 1:
            raise OaiError("badArgument", "resumptionToken is an exclusive argument")
        return verb, arguments
    missing = sorted(required - set(arguments))
    if missing:
        raise OaiError("badArgument", f"{verb} needs {', '.join(missing)}")
    if "metadataPrefix" in arguments and not _METADATA_PREFIX.match(arguments["metadataPrefix"]):
        raise OaiError("badArgument", "metadataPrefix has characters a prefix cannot have")
    if "set" in arguments and not _SET_SPEC.match(arguments["set"]):
        raise OaiError("badArgument", "set is not a setSpec (letters, digits and -_.!~*'() joined by colons)")
    if "identifier" in arguments and not _IDENTIFIER_CHARS.match(arguments["identifier"]):
        raise OaiError("badArgument", "identifier must be a URI of printable ASCII characters")
    parse_range(arguments.get("from"), arguments.get("until"))
    return verb, arguments


def parse_range(from_raw: str | None, until_raw: str | None) -> tuple[datetime | None, datetime | None]:
    """``from`` (inclusive) and ``until`` (made exclusive) in either supported granularity."""

    def parse(raw: str, *, upper: bool) -> tuple[datetime, str]:
        try:
            if _DAY.match(raw):
                start = datetime.combine(date.fromisoformat(raw), datetime.min.time(), tzinfo=UTC)
                return (start + timedelta(days=1) if upper else start), "day"
            if _SECOND.match(raw):
                moment = datetime.strptime(raw, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
                return (moment + timedelta(seconds=1) if upper else moment), "second"
        except ValueError:
            pass
        raise OaiError("badArgument", f"{raw!r} is not a date (YYYY-MM-DD) or a UTC time (YYYY-MM-DDThh:mm:ssZ)")

    from_, until = None, None
    if from_raw is not None:
        from_, from_granularity = parse(from_raw, upper=False)
    if until_raw is not None:
        until, until_granularity = parse(until_raw, upper=True)
    if from_ is not None and until is not None:
        if from_granularity != until_granularity:
            raise OaiError("badArgument", "from and until must have the same granularity")
        if from_ >= until:
            raise OaiError("badArgument", "from must not be later than until")
    return from_, until


def check_format(metadata_prefix: str) -> None:
    if metadata_prefix not in METADATA_FORMATS:
        raise OaiError("cannotDisseminateFormat", f"{metadata_prefix!r} is not supported; use oai_dc")


# ----- queries -----


def _datestamp_column(spec: ContentSpec) -> ColumnElement[datetime]:
    # GREATEST, not COALESCE: content scheduled to appear later gets the moment it appeared, so an
    # incremental harvest that already passed its last edit still picks it up.
    return func.greatest(spec.model.updated_at, spec.model.published_at)


def _set_clause(
    spec: ContentSpec, record_type: str, set_spec: str | None, item_id: Any
) -> ColumnElement[bool] | bool | None:
    """The condition for membership of ``set_spec``; False when the type cannot be in it at all."""
    if set_spec is None or set_spec == "type":
        return None
    if set_spec.startswith("type:"):
        return None if set_spec == f"type:{record_type}" else False
    if set_spec == "theme":
        return exists().where(spec.themes.owner == item_id)
    if set_spec.startswith("theme:"):
        slug = set_spec.removeprefix("theme:")
        return exists().where(spec.themes.owner == item_id, spec.themes.target == Theme.id, Theme.slug == slug)
    return False


def _live_records(spec: ContentSpec, rank: int) -> tuple[Select[Any], Any, ColumnElement[datetime]]:
    stamp = _datestamp_column(spec)
    query = select(
        literal(rank).label("rank"), spec.model.id.label("id"), stamp.label("stamp"), literal(False).label("deleted")
    ).where(visible_clause(spec, ANONYMOUS))
    return query, spec.model.id, stamp


def _deleted_records(spec: ContentSpec, rank: int) -> tuple[Select[Any], Any, ColumnElement[datetime]]:
    """Items whose last public change took them out of public view (unpublished, archived, deleted).

    Read from the change log, which records whether each change was public; an item that never was
    public has no public change and so never shows up, not even as deleted.
    """
    last_public = (
        select(func.max(ChangeEvent.id).label("id"))
        .where(ChangeEvent.public, ChangeEvent.entity_type == spec.entity)
        .group_by(ChangeEvent.entity_id)
        .subquery(f"last_public_{spec.entity.value}")
    )
    latest = (
        select(ChangeEvent.entity_id, ChangeEvent.op, ChangeEvent.occurred_at)
        .join(last_public, ChangeEvent.id == last_public.c.id)
        .subquery(f"latest_{spec.entity.value}")
    )
    still_public = exists().where(spec.model.id == latest.c.entity_id, visible_clause(spec, ANONYMOUS))
    query = select(
        literal(rank).label("rank"),
        latest.c.entity_id.label("id"),
        latest.c.occurred_at.label("stamp"),
        literal(True).label("deleted"),
    ).where(latest.c.op.in_([ChangeOp.unpublished, ChangeOp.deleted]), ~still_public)
    return query, latest.c.entity_id, latest.c.occurred_at


def _harvest_query(harvest: Harvest) -> Select[Any] | None:
    """(rank, id, datestamp, deleted) of every record the harvest covers, both types and deletions in one union."""
    parts = []
    for rank, (record_type, spec) in enumerate(TYPES):
        for query, item_id, stamp in (_live_records(spec, rank), _deleted_records(spec, rank)):
            in_set = _set_clause(spec, record_type, harvest.set_spec, item_id)
            if in_set is False:
                continue
            if in_set is not None:
                query = query.where(in_set)
            if harvest.from_ is not None:
                query = query.where(stamp >= harvest.from_)
            if harvest.until is not None:
                query = query.where(stamp < harvest.until)
            parts.append(query)
    if not parts:
        return None
    records = union_all(*parts).subquery("records")
    return select(records.c.rank, records.c.id, records.c.stamp, records.c.deleted)


@dataclass(frozen=True, slots=True)
class Record:
    """One record header's worth, and the item for its metadata (None: the record is deleted)."""

    record_type: str
    item_id: int
    stamp: datetime
    citable: CitableItem | None


async def _records(*, session: AsyncSession, rows: Sequence[Any], site_url: str) -> list[Record]:
    """Load the items of live rows in a few queries; deleted rows need none."""
    loaded: dict[tuple[int, int], CitableItem] = {}
    for rank, (_, spec) in enumerate(TYPES):
        ids = [row.id for row in rows if row.rank == rank and not row.deleted]
        items = await content_by_ids(session=session, actor=ANONYMOUS, spec=spec, ids=ids)
        citables = await citable_items(session=session, spec=spec, items=list(items.values()), base_url=site_url)
        loaded |= {(rank, c.item.id): c for c in citables if c.item.id is not None}
    records = []
    for row in rows:
        citable = loaded.get((row.rank, row.id))
        if row.deleted or citable is not None:  # a live row gone since the first query is left out
            records.append(Record(TYPES[row.rank][0], row.id, row.stamp, citable))
    return records


async def harvest_page(
    *, session: AsyncSession, harvest: Harvest, site_url: str
) -> tuple[list[Record], tuple[datetime, int, int] | None, int]:
    """One page of records, the position after it (None at the end of the list), and the list's size."""
    query = _harvest_query(harvest)
    if query is None:
        return [], None, 0
    records = query.subquery("page")
    page_query = select(records)
    if harvest.after is not None:
        page_query = page_query.where(
            tuple_(records.c.stamp, records.c.rank, records.c.id) > tuple_(*(literal(v) for v in harvest.after))
        )
    rows = (
        await session.execute(page_query.order_by(records.c.stamp, records.c.rank, records.c.id).limit(PAGE_SIZE + 1))
    ).all()
    total = await session.scalar(select(func.count()).select_from(query.subquery())) or 0
    more = len(rows) > PAGE_SIZE
    rows = rows[:PAGE_SIZE]
    last = rows[-1] if rows else None
    after = (last.stamp, last.rank, last.id) if more and last is not None else None
    return await _records(session=session, rows=rows, site_url=site_url), after, total


async def record_by_identifier(*, session: AsyncSession, identifier: str, site_url: str) -> Record:
    """The record an OAI identifier names (deleted if the item left public view), or idDoesNotExist."""
    match = _IDENTIFIER.match(identifier)
    if match is not None:
        record_type, item_id = match.group(1), int(match.group(2))
        rank = [t for t, _ in TYPES].index(record_type)
        spec = TYPES[rank][1]
        candidates = union_all(_live_records(spec, rank)[0], _deleted_records(spec, rank)[0]).subquery("candidates")
        rows = (await session.execute(select(candidates).where(candidates.c.id == item_id))).all()
        records = await _records(session=session, rows=rows, site_url=site_url)
        if records:
            return records[0]
    raise OaiError("idDoesNotExist", f"no record {identifier!r} in this repository")


async def earliest_datestamp(*, session: AsyncSession) -> datetime:
    """The oldest datestamp of any record, deleted ones included."""
    query = _harvest_query(Harvest(verb="ListIdentifiers", metadata_prefix="oai_dc"))
    assert query is not None
    records = query.subquery("all_records")
    return await session.scalar(select(func.min(records.c.stamp))) or EPOCH


# ----- XML -----


def _el(parent: etree._Element, tag: str, text: str | None = None, ns: str = OAI_NS) -> etree._Element:
    element = etree.SubElement(parent, f"{{{ns}}}{tag}")
    if text is not None:
        element.text = xml_text(text)
    return element


def _envelope(*, base_url: str, now: datetime, verb: str | None, arguments: dict[str, str]) -> etree._Element:
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


async def _identify(root: etree._Element, *, session: AsyncSession, base_url: str, admin_email: str) -> None:
    identify = _el(root, "Identify")
    _el(identify, "repositoryName", REPOSITORY_NAME)
    _el(identify, "baseURL", base_url)
    _el(identify, "protocolVersion", "2.0")
    _el(identify, "adminEmail", admin_email)
    _el(identify, "earliestDatestamp", datestamp(await earliest_datestamp(session=session)))
    _el(identify, "deletedRecord", DELETED_RECORD)
    _el(identify, "granularity", GRANULARITY)
    # How identifiers are built, so harvesters and resolvers can recognise ours.
    description = etree.SubElement(
        _el(identify, "description"),
        f"{{{OAI_IDENTIFIER_NS}}}oai-identifier",
        nsmap={None: OAI_IDENTIFIER_NS, "xsi": XSI_NS},
    )
    description.set(f"{{{XSI_NS}}}schemaLocation", f"{OAI_IDENTIFIER_NS} {OAI_IDENTIFIER_SCHEMA}")
    _el(description, "scheme", "oai", ns=OAI_IDENTIFIER_NS)
    _el(description, "repositoryIdentifier", REPOSITORY_ID, ns=OAI_IDENTIFIER_NS)
    _el(description, "delimiter", ":", ns=OAI_IDENTIFIER_NS)
    _el(description, "sampleIdentifier", oai_identifier("knowledge-item", 1), ns=OAI_IDENTIFIER_NS)


async def _list_sets(root: etree._Element, *, session: AsyncSession) -> None:
    sets = _el(root, "ListSets")
    fixed = [
        ("type", "Content types", None),
        ("type:knowledge-item", "Knowledge items", None),
        ("type:position-paper", "Position papers", None),
        ("theme", "Themes", None),
    ]
    themes = await list_themes(session=session)
    for set_spec, name, description in fixed + [
        (f"theme:{t.slug}", f"{t.name_nl} / {t.name_en}", t.description) for t in themes
    ]:
        element = _el(sets, "set")
        _el(element, "setSpec", set_spec)
        _el(element, "setName", name)
        if description:
            dc = _oai_dc(_el(element, "setDescription"))
            _el(dc, "description", description, ns=DC_NS)


async def _list(
    root: etree._Element,
    *,
    session: AsyncSession,
    harvest: Harvest,
    site_url: str,
    tokens: ResumptionTokens,
    now: datetime,
) -> None:
    page, after, total = await harvest_page(session=session, harvest=harvest, site_url=site_url)
    if not page:
        raise OaiError("noRecordsMatch", "no records match the given from, until and set")
    container = _el(root, harvest.verb)
    for record in page:
        if harvest.verb == "ListIdentifiers":
            _header(container, record)
        else:
            _record(container, record)
    if after is None and harvest.cursor == 0:
        return  # the whole list in one response: no token at all
    token = _el(container, "resumptionToken")
    token.set("completeListSize", str(max(total, 1)))
    token.set("cursor", str(harvest.cursor))
    if after is not None:
        expires = now + TOKEN_TTL
        following = Harvest(
            verb=harvest.verb,
            metadata_prefix=harvest.metadata_prefix,
            from_=harvest.from_,
            until=harvest.until,
            set_spec=harvest.set_spec,
            after=after,
            cursor=harvest.cursor + len(page),
        )
        token.text = tokens.encode(following, expires=expires)
        token.set("expirationDate", datestamp(expires))
    # else: the empty token that marks the last page of an incomplete list


async def _dispatch(
    root: etree._Element,
    *,
    session: AsyncSession,
    verb: str,
    arguments: dict[str, str],
    base_url: str,
    site_url: str,
    tokens: ResumptionTokens,
    admin_email: str,
    now: datetime,
) -> None:
    if verb == "Identify":
        await _identify(root, session=session, base_url=base_url, admin_email=admin_email)
    elif verb == "ListMetadataFormats":
        if "identifier" in arguments:
            await record_by_identifier(session=session, identifier=arguments["identifier"], site_url=site_url)
        formats = _el(root, "ListMetadataFormats")
        for prefix, (schema, namespace) in METADATA_FORMATS.items():
            metadata_format = _el(formats, "metadataFormat")
            _el(metadata_format, "metadataPrefix", prefix)
            _el(metadata_format, "schema", schema)
            _el(metadata_format, "metadataNamespace", namespace)
    elif verb == "ListSets":
        if "resumptionToken" in arguments:
            raise OaiError("badResumptionToken", "ListSets is never split: this token was not issued here")
        await _list_sets(root, session=session)
    elif verb == "GetRecord":
        check_format(arguments["metadataPrefix"])
        record = await record_by_identifier(session=session, identifier=arguments["identifier"], site_url=site_url)
        _record(_el(root, "GetRecord"), record)
    else:
        if "resumptionToken" in arguments:
            harvest = tokens.decode(arguments["resumptionToken"], verb=verb, now=now)
        else:
            check_format(arguments["metadataPrefix"])
            from_, until = parse_range(arguments.get("from"), arguments.get("until"))
            harvest = Harvest(
                verb=verb,
                metadata_prefix=arguments["metadataPrefix"],
                from_=from_,
                until=until,
                set_spec=arguments.get("set"),
            )
        await _list(root, session=session, harvest=harvest, site_url=site_url, tokens=tokens, now=now)


async def respond(
    *,
    session: AsyncSession,
    pairs: Sequence[tuple[str, str]],
    base_url: str,
    site_url: str,
    secret: str,
    admin_email: str,
    now: datetime | None = None,
) -> bytes:
    """The OAI-PMH response to one request's arguments, errors included, as the protocol wants.

    ``base_url`` is the OAI-PMH endpoint itself; ``site_url`` is where the items' own URLs start.
    """
    now = now or datetime.now(UTC)
    tokens = ResumptionTokens(secret)
    try:
        verb, arguments = parse_arguments(pairs)
    except OaiError as error:
        root = _envelope(base_url=base_url, now=now, verb=None, arguments={})
        _error(root, error)
        return _serialise(root)
    root = _envelope(base_url=base_url, now=now, verb=verb, arguments=arguments)
    try:
        await _dispatch(
            root,
            session=session,
            verb=verb,
            arguments=arguments,
            base_url=base_url,
            site_url=site_url,
            tokens=tokens,
            admin_email=admin_email,
            now=now,
        )
    except OaiError as error:
        if error.code == "badArgument":
            root = _envelope(base_url=base_url, now=now, verb=None, arguments={})
        else:
            for child in root[2:]:
                root.remove(child)
        _error(root, error)
    return _serialise(root)


def _error(root: etree._Element, error: OaiError) -> None:
    element = _el(root, "error", error.message)
    element.set("code", error.code)


def _serialise(root: etree._Element) -> bytes:
    return XML_DECLARATION + etree.tostring(root, encoding="utf-8")

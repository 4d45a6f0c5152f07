"""The OAI-PMH verbs and their arguments: what a request may say, and the protocol errors when it says otherwise."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"
OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
# metadataPrefix: (schema, namespace)
METADATA_FORMATS = {"oai_dc": (OAI_DC_SCHEMA, OAI_DC_NS)}

VERB_ARGUMENTS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    # verb: (required, optional); resumptionToken is exclusive and handled on its own
    "Identify": (frozenset(), frozenset()),
    "ListMetadataFormats": (frozenset(), frozenset({"identifier"})),
    "ListSets": (frozenset(), frozenset({"resumptionToken"})),
    "GetRecord": (frozenset({"identifier", "metadataPrefix"}), frozenset()),
    "ListIdentifiers": (frozenset({"metadataPrefix"}), frozenset({"from", "until", "set", "resumptionToken"})),
    "ListRecords": (frozenset({"metadataPrefix"}), frozenset({"from", "until", "set", "resumptionToken"})),
}
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

    from_: datetime | None = None
    until: datetime | None = None
    from_granularity = until_granularity = ""
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
    """cannotDisseminateFormat unless the repository offers ``metadata_prefix``."""
    if metadata_prefix not in METADATA_FORMATS:
        raise OaiError("cannotDisseminateFormat", f"{metadata_prefix!r} is not supported; use oai_dc")


def new_harvest(verb: str, arguments: dict[str, str]) -> Harvest:
    """The first page of a ListIdentifiers/ListRecords request that carries no resumptionToken."""
    check_format(arguments["metadataPrefix"])
    from_, until = parse_range(arguments.get("from"), arguments.get("until"))
    return Harvest(
        verb=verb,
        metadata_prefix=arguments["metadataPrefix"],
        from_=from_,
        until=until,
        set_spec=arguments.get("set"),
    )

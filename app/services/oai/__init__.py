"""OAI-PMH 2.0 (https://www.openarchives.org/OAI/openarchivesprotocol.html) with ``oai_dc``.

``respond`` answers one request; the route (app/api/oai.py) only collects its arguments. The parts:

- ``arguments``: the verbs, argument validation and the protocol's errors (``OaiError``);
- ``tokens``: HMAC-signed resumption tokens that expire after ``TOKEN_TTL``;
- ``records``: the records (published items, and deleted ones from the change log), sets and queries;
- ``xml``: rendering each answer with lxml.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime

from lxml import etree
from sqlalchemy.ext.asyncio import AsyncSession

from app.services.oai import xml
from app.services.oai.arguments import Harvest, OaiError, check_format, new_harvest, parse_arguments
from app.services.oai.records import earliest_datestamp, harvest_page, record_by_identifier
from app.services.oai.tokens import TOKEN_TTL, ResumptionTokens
from app.services.themes import list_themes

__all__ = ["respond"]


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
    try:
        verb, arguments = parse_arguments(pairs)
    except OaiError as error:
        root = xml.envelope(base_url=base_url, now=now, verb=None, arguments={})
        xml.error(root, error)
        return xml.serialise(root)
    root = xml.envelope(base_url=base_url, now=now, verb=verb, arguments=arguments)
    try:
        await _answer(
            root,
            session=session,
            verb=verb,
            arguments=arguments,
            base_url=base_url,
            site_url=site_url,
            tokens=ResumptionTokens(secret),
            admin_email=admin_email,
            now=now,
        )
    except OaiError as error:
        # An error replaces any answer begun; after badArgument the request is not echoed either.
        echo = error.code != "badArgument"
        root = xml.envelope(
            base_url=base_url, now=now, verb=verb if echo else None, arguments=arguments if echo else {}
        )
        xml.error(root, error)
    return xml.serialise(root)


async def _answer(
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
        earliest = await earliest_datestamp(session=session)
        xml.identify(root, base_url=base_url, admin_email=admin_email, earliest=earliest)
    elif verb == "ListMetadataFormats":
        if "identifier" in arguments:
            await record_by_identifier(session=session, identifier=arguments["identifier"], site_url=site_url)
        xml.list_metadata_formats(root)
    elif verb == "ListSets":
        if "resumptionToken" in arguments:
            raise OaiError("badResumptionToken", "ListSets is never split: this token was not issued here")
        xml.list_sets(root, await list_themes(session=session))
    elif verb == "GetRecord":
        check_format(arguments["metadataPrefix"])
        record = await record_by_identifier(session=session, identifier=arguments["identifier"], site_url=site_url)
        xml.get_record(root, record)
    else:
        if "resumptionToken" in arguments:
            harvest = tokens.decode(arguments["resumptionToken"], verb=verb, now=now)
        else:
            harvest = new_harvest(verb, arguments)
        await _list(root, session=session, harvest=harvest, site_url=site_url, tokens=tokens, now=now)


async def _list(
    root: etree._Element,
    *,
    session: AsyncSession,
    harvest: Harvest,
    site_url: str,
    tokens: ResumptionTokens,
    now: datetime,
) -> None:
    """One page of ListIdentifiers/ListRecords, with the token for the next when the list is split."""
    page, after, total = await harvest_page(session=session, harvest=harvest, site_url=site_url)
    if not page:
        raise OaiError("noRecordsMatch", "no records match the given from, until and set")
    container = xml.record_list(root, verb=harvest.verb, records=page)
    if after is None and harvest.cursor == 0:
        return  # the whole list in one response: no token at all
    token, expires = None, None
    if after is not None:
        expires = now + TOKEN_TTL
        following = replace(harvest, after=after, cursor=harvest.cursor + len(page))
        token = tokens.encode(following, expires=expires)
    # Without a token: the empty one that marks the last page of an incomplete list.
    xml.resumption_token(
        container, complete_list_size=max(total, 1), cursor=harvest.cursor, token=token, expires=expires
    )

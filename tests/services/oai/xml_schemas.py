"""The OAI-PMH 2.0 and oai_dc XML schemas, from local transcriptions (no network at test time)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree

SCHEMAS = Path(__file__).parent / "schemas"
# The official locations, as the schemas import each other, mapped to the files next to this module.
LOCAL_COPIES = {
    "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd": SCHEMAS / "OAI-PMH.xsd",
    "http://www.openarchives.org/OAI/2.0/oai_dc.xsd": SCHEMAS / "oai_dc.xsd",
    "http://www.openarchives.org/OAI/2.0/oai-identifier.xsd": SCHEMAS / "oai-identifier.xsd",
    "http://dublincore.org/schemas/xmls/simpledc20021212.xsd": SCHEMAS / "simpledc20021212.xsd",
    "http://www.w3.org/2001/03/xml.xsd": SCHEMAS / "xml.xsd",
}
# One schema set with every namespace a response uses: <metadata> and <description> content is validated
# strictly, so oai_dc and oai-identifier must be known.
DRIVER = b"""<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="http://www.openarchives.org/OAI/2.0/"
             schemaLocation="http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"/>
  <xs:import namespace="http://www.openarchives.org/OAI/2.0/oai_dc/"
             schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc.xsd"/>
  <xs:import namespace="http://www.openarchives.org/OAI/2.0/oai-identifier"
             schemaLocation="http://www.openarchives.org/OAI/2.0/oai-identifier.xsd"/>
</xs:schema>"""


class LocalSchemas(etree.Resolver):
    def resolve(self, system_url, public_id, context):  # type: ignore[no-untyped-def]
        local = LOCAL_COPIES.get(system_url)
        if local is None:
            raise AssertionError(f"schema {system_url} has no local copy; tests never fetch from the network")
        return self.resolve_filename(str(local), context)


@cache
def oai_pmh_schema() -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(LocalSchemas())
    return etree.XMLSchema(etree.fromstring(DRIVER, parser, base_url="driver.xsd"))


def assert_valid_oai_pmh(body: bytes) -> etree._Element:
    """Parse an OAI-PMH response and validate it against the official schema; return the root."""
    document = etree.fromstring(body)
    schema = oai_pmh_schema()
    if not schema.validate(document):
        raise AssertionError(f"not valid OAI-PMH: {schema.error_log}\n{body.decode()}")
    return document

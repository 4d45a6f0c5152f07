"""GraphQL organisation mutations: create and update with members and themes, validation, expected versions."""

from __future__ import annotations

from app.models import Organisation
from tests import factories
from tests.graphql.conftest import RESULT_FIELDS, count


async def test_create_and_update_organisations(graphql, session, editor_headers):
    theme = await factories.theme(session, "Vrede")
    await factories.organisation(session, "Atria")
    create = f"""mutation($input: OrganisationCreateInput!) {{ createOrganisation(input: $input) {{
        ... on OrganisationPayload {{ organisation {{
          slug kind country version members {{ role organisation {{ slug }} }} themes {{ slug }} }} }}
        {RESULT_FIELDS} }} }}"""
    created = await graphql(
        create,
        {
            "input": {
                "name": "Nieuwe Alliantie",
                "kind": "ALLIANCE",
                "country": "NL",
                "themes": [theme.slug],
                "members": [{"organisation": "atria", "role": "trekker"}],
            }
        },
        headers=editor_headers,
    )
    org = created["createOrganisation"]["organisation"]
    assert org == {
        "slug": "nieuwe-alliantie",
        "kind": "ALLIANCE",
        "country": "NL",
        "version": 1,
        "members": [{"role": "trekker", "organisation": {"slug": "atria"}}],
        "themes": [{"slug": "vrede"}],
    }
    invalid = await graphql(
        create,
        {"input": {"name": "X", "kind": "MEMBER", "email": "geen-mail", "website": "nee"}},
        headers=editor_headers,
    )
    assert {f["field"] for f in invalid["createOrganisation"]["fields"]} == {"email", "website"}
    update = f"""mutation($v: Int) {{ updateOrganisation(slug: "nieuwe-alliantie", expectedVersion: $v,
        input: {{city: "Utrecht"}}) {{
          ... on OrganisationPayload {{ organisation {{ city version }} }} {RESULT_FIELDS} }} }}"""
    stale = await graphql(update, {"v": 5}, headers=editor_headers)
    assert stale["updateOrganisation"]["code"] == "VERSION_MISMATCH"
    assert await count(session, Organisation, city="Utrecht") == 0
    ok = await graphql(update, {"v": 1}, headers=editor_headers)
    assert ok["updateOrganisation"]["organisation"] == {"city": "Utrecht", "version": 2}

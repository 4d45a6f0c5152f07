"""REST: themes, organisations and working groups."""

from __future__ import annotations

from tests import factories


async def test_theme_lifecycle_and_delete_in_use_is_409_with_count(client, session, editor_headers, admin_headers):
    created = await client.post(
        "/api/v1/themes", headers=editor_headers, json={"name_nl": "Gender en klimaat", "name_en": "Gender and climate"}
    )
    assert created.status_code == 201 and created.json()["slug"] == "gender-en-klimaat"
    await factories.knowledge_item(session, themes=["gender-en-klimaat"])
    await factories.position_paper(session, themes=["gender-en-klimaat"])
    refused = await client.delete("/api/v1/themes/gender-en-klimaat", headers=admin_headers)
    assert refused.status_code == 409
    assert refused.json()["references"] == {
        "knowledge_items": 1,
        "position_papers": 1,
        "organisations": 0,
        "working_groups": 0,
    }
    editor_delete = await client.delete("/api/v1/themes/gender-en-klimaat", headers=editor_headers)
    assert editor_delete.status_code == 403
    listing = (await client.get("/api/v1/themes")).json()
    assert [t["slug"] for t in listing["data"]] == ["gender-en-klimaat"]


async def test_organisations_filter_members_and_memberships(client, session, editor_headers):
    theme = await factories.theme(session, "Vrede")
    atria = await factories.organisation(
        session, "Atria", kind="knowledge_institute", country="NL", themes=[theme.slug]
    )
    await factories.organisation(session, "Akina Mama wa Afrika", kind="partner", country="UG")
    alliance = await client.post(
        "/api/v1/organisations",
        headers=editor_headers,
        json={
            "name": "Count Me In! consortium",
            "kind": "alliance",
            "country": "NL",
            "members": [{"organisation": atria.slug, "role": "lead"}],
        },
    )
    assert alliance.status_code == 201, alliance.text
    assert alliance.json()["members"] == [{"id": atria.id, "slug": "atria", "name": "Atria", "role": "lead"}]
    atria_doc = (await client.get("/api/v1/organisations/atria")).json()
    assert atria_doc["member_of"][0]["slug"] == "count-me-in-consortium"
    assert atria_doc["themes"][0]["slug"] == theme.slug

    nl = (await client.get("/api/v1/organisations?country=nl&kind=knowledge_institute&kind=alliance")).json()
    assert sorted(o["slug"] for o in nl["data"]) == ["atria", "count-me-in-consortium"]
    by_theme = (await client.get(f"/api/v1/organisations?theme={theme.slug}")).json()
    assert [o["slug"] for o in by_theme["data"]] == ["atria"]
    page = await client.get("/api/v1/organisations?limit=2&sort=name")
    assert [o["name"] for o in page.json()["data"]] == ["Akina Mama wa Afrika", "Atria"]
    rest = await client.get(f"/api/v1/organisations?limit=2&sort=name&cursor={page.json()['meta']['next_cursor']}")
    assert [o["name"] for o in rest.json()["data"]] == ["Count Me In! consortium"]

    not_alliance = await client.patch(
        "/api/v1/organisations/atria",
        headers=editor_headers,
        json={"members": [{"organisation": "count-me-in-consortium"}]},
    )
    assert not_alliance.status_code == 422
    bad_country = await client.post(
        "/api/v1/organisations", headers=editor_headers, json={"name": "X", "kind": "member", "country": "Netherlands"}
    )
    assert bad_country.status_code == 422


async def test_organisation_named_by_content_cannot_be_deleted(client, session, admin_headers):
    org = await factories.organisation(session, "Movisie")
    await factories.knowledge_item(session, organisations=[{"organisation": org.slug, "role": "author"}])
    response = await client.delete(f"/api/v1/organisations/{org.slug}", headers=admin_headers)
    assert response.status_code == 409 and response.json()["references"]["knowledge_items"] == 1


async def test_working_groups(client, session, editor_headers, admin_headers):
    theme = await factories.theme(session, "Vrouwen, vrede en veiligheid")
    member = await factories.organisation(session, "Cordaid")
    created = await client.post(
        "/api/v1/working-groups",
        headers=editor_headers,
        json={
            "name": "Werkgroep 1325",
            "theme": theme.slug,
            "members": [{"organisation": member.slug, "role": "chair"}],
        },
    )
    assert created.status_code == 201, created.text
    doc = created.json()
    assert doc["theme"]["slug"] == theme.slug and doc["members"][0]["role"] == "chair"
    filtered = (await client.get(f"/api/v1/working-groups?theme={theme.slug}")).json()
    assert [g["slug"] for g in filtered["data"]] == ["werkgroep-1325"]
    patched = await client.patch(
        "/api/v1/working-groups/werkgroep-1325", headers=editor_headers, json={"description": "NAP 1325-IV"}
    )
    assert patched.json()["description"] == "NAP 1325-IV" and patched.json()["version"] == 2
    assert (await client.delete("/api/v1/working-groups/werkgroep-1325", headers=admin_headers)).status_code == 204

"""Bilingual descriptions of themes, organisations and working groups: ``description_en``, and ``description``
in the requested locale (REST ``?locale=`` / ``Accept-Language``, GraphQL ``locale``), falling back to Dutch."""

from __future__ import annotations

import pytest

from app.api.params import preferred_locale


@pytest.mark.parametrize(
    ("locale", "header", "expected"),
    [
        (None, None, "nl"),
        (None, "en-GB,en;q=0.9", "en"),
        (None, "de-DE, en;q=0.5, nl;q=0.8", "nl"),
        (None, "fr, de", "nl"),
        (None, "en;q=0, nl;q=0.1", "nl"),
        (None, "en;q=abc", "nl"),
        ("nl", "en", "nl"),
        ("en", None, "en"),
    ],
)
def test_the_locale_is_the_parameter_else_the_preferred_language_else_dutch(locale, header, expected):
    assert preferred_locale(locale, header) == expected


async def test_rest_descriptions_follow_the_locale_with_a_dutch_fallback(client, editor_headers):
    made = await client.post(
        "/api/v1/themes",
        headers=editor_headers,
        json={"name_nl": "Vrede", "name_en": "Peace", "description": "Over vrede.", "description_en": "About peace."},
    )
    assert made.status_code == 201 and made.json()["description_en"] == "About peace."
    dutch_only = await client.post(
        "/api/v1/organisations",
        headers=editor_headers,
        json={"name": "Atria", "kind": "member", "description": "Kennisinstituut."},
    )
    group = await client.post(
        "/api/v1/working-groups",
        headers=editor_headers,
        json={"name": "WG", "description": "Groep.", "description_en": "Group."},
    )
    assert dutch_only.status_code == 201 and group.status_code == 201

    theme = "/api/v1/themes/vrede"
    assert (await client.get(theme)).json()["description"] == "Over vrede."
    english = await client.get(theme, params={"locale": "en"})
    assert english.json()["description"] == "About peace." and english.json()["description_en"] == "About peace."
    assert "accept-language" in english.headers["vary"].lower()
    assert (await client.get(theme, headers={"Accept-Language": "en-US,en;q=0.8"})).json()[
        "description"
    ] == "About peace."
    assert (await client.get(theme, params={"locale": "nl"}, headers={"Accept-Language": "en"})).json()[
        "description"
    ] == "Over vrede."
    listed = (await client.get("/api/v1/themes?locale=en")).json()["data"]
    assert [t["description"] for t in listed if t["slug"] == "vrede"] == ["About peace."]

    org = f"/api/v1/organisations/{dutch_only.json()['slug']}"
    assert (await client.get(org, params={"locale": "en"})).json()["description"] == "Kennisinstituut."  # fallback
    orgs = (await client.get("/api/v1/organisations", params={"locale": "en"})).json()["data"]
    assert orgs[0]["description"] == "Kennisinstituut." and orgs[0]["description_en"] == ""
    wg = f"/api/v1/working-groups/{group.json()['slug']}"
    assert (await client.get(wg, params={"locale": "en"})).json()["description"] == "Group."
    assert (await client.get(theme, params={"locale": "de"})).status_code == 422

    changed = await client.patch(org, headers=editor_headers, json={"description_en": "Knowledge institute."})
    assert changed.status_code == 200
    assert (await client.get(org, params={"locale": "en"})).json()["description"] == "Knowledge institute."


async def test_graphql_descriptions_take_a_locale(client, editor_headers):
    await client.post(
        "/api/v1/themes",
        headers=editor_headers,
        json={
            "name_nl": "Klimaat",
            "name_en": "Climate",
            "description": "Over klimaat.",
            "description_en": "About climate.",
        },
    )
    await client.post(
        "/api/v1/organisations",
        headers=editor_headers,
        json={"name": "Atria", "kind": "member", "description": "Instituut."},
    )
    query = """{ theme(slug: "klimaat") { nl: description en: description(locale: EN) descriptionEn }
                 organisation(slug: "atria") { en: description(locale: EN) descriptionEn } }"""
    data = (await client.post("/graphql", json={"query": query})).json()["data"]
    assert data["theme"] == {"nl": "Over klimaat.", "en": "About climate.", "descriptionEn": "About climate."}
    assert data["organisation"] == {"en": "Instituut.", "descriptionEn": ""}

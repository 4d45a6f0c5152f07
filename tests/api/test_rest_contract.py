"""REST behaviour every resource shares: filters, pagination, sparse fields, errors, limits, caching."""

from __future__ import annotations

import json

import pytest

from tests import factories

KI = "/api/v1/knowledge-items"


@pytest.fixture
async def corpus(session):
    theme_a = await factories.theme(session, "Vrouwen, vrede en veiligheid")
    theme_b = await factories.theme(session, "Klimaat en land")
    org = await factories.organisation(session, "Atria")
    items = []
    for i in range(9):
        items.append(
            await factories.knowledge_item(
                session,
                f"Publicatie {i:02d}",
                publish=True,
                themes=[theme_a.slug if i % 3 else theme_b.slug],
                language="nl" if i % 2 else "en",
                kind="report" if i < 5 else "toolkit",
                tags=[f"tag{i % 2}"],
                organisations=[{"organisation": org.slug, "role": "author"}] if i == 4 else [],
            )
        )
    await factories.knowledge_item(session, "Concept in de maak", themes=[theme_a.slug])
    return {"a": theme_a, "b": theme_b, "org": org, "items": items}


async def test_walking_all_pages_yields_every_item_once_with_link_headers(client, corpus):
    seen, url, pages = [], f"{KI}?limit=4&sort=-published_at", 0
    while url:
        response = await client.get(url)
        assert response.status_code == 200
        body = response.json()
        assert body["meta"]["total"] == 9 and body["meta"]["limit"] == 4
        seen += [doc["id"] for doc in body["data"]]
        pages += 1
        if body["meta"]["next_cursor"]:
            link = response.headers["link"]
            assert link.endswith('>; rel="next"') and "cursor=" in link
            url = link[1 : link.index(">")].removeprefix("http://testserver")
        else:
            assert "link" not in response.headers
            url = None
    assert pages == 3 and sorted(seen) == sorted(i.id for i in corpus["items"]) and len(set(seen)) == 9


async def test_filters_compose_or_within_and_across(client, corpus):
    both = await client.get(f"{KI}?theme={corpus['a'].slug}&theme={corpus['b'].slug}&language=nl")
    assert {d["title"] for d in both.json()["data"]} == {f"Publicatie {i:02d}" for i in (1, 3, 5, 7)}
    toolkits_a = await client.get(f"{KI}?kind=toolkit&theme={corpus['a'].slug}")
    assert {d["title"] for d in toolkits_a.json()["data"]} == {"Publicatie 05", "Publicatie 07", "Publicatie 08"}
    by_org = await client.get(f"{KI}?organisation={corpus['org'].slug}")
    assert [d["title"] for d in by_org.json()["data"]] == ["Publicatie 04"]
    by_tag = await client.get(f"{KI}?tag=TAG1")
    assert by_tag.json()["meta"]["total"] == 4


async def test_sorting_by_title_ascending(client, corpus):
    titles = [d["title"] for d in (await client.get(f"{KI}?sort=title&limit=100")).json()["data"]]
    assert titles == sorted(titles)


async def test_sparse_fields_and_includes(client, corpus):
    sparse = (await client.get(f"{KI}?fields=title,slug&limit=2")).json()["data"]
    assert all(set(doc) == {"title", "slug"} for doc in sparse)
    full = (await client.get(f"{KI}/{corpus['items'][0].slug}?include=themes")).json()
    assert "description" in full["themes"][0]
    bad = await client.get(f"{KI}?fields=title,secret")
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "fields"


@pytest.mark.parametrize(
    ("query", "status", "field"),
    [
        ("?thema=x", 400, None),  # misspelt filter
        ("?limit=101", 422, "limit"),
        ("?limit=0", 422, "limit"),
        ("?kind=poem", 422, "kind"),
        ("?cursor=not-a-cursor", 422, "cursor"),
        ("?sort=-secret", 422, "sort"),
        ("?year=abc", 422, "year"),
        ("?status=draft", 422, "status"),  # the public can't list drafts
        ("?" + "&".join(["theme=x"] * 21), 422, "theme"),
    ],
)
async def test_bad_query_parameters_get_a_problem_body(client, corpus, query, status, field):
    response = await client.get(KI + query)
    assert response.status_code == status, response.text
    problem = response.json()
    assert response.headers["content-type"] == "application/problem+json"
    assert problem["status"] == status and problem["type"].startswith("https://") and problem["detail"]
    if field:
        assert any(field in e["field"] for e in problem["errors"]), problem


async def test_a_tampered_cursor_is_refused(client, corpus):
    first = (await client.get(f"{KI}?limit=2")).json()
    cursor = first["meta"]["next_cursor"]
    tampered = cursor[:-3] + ("AAA" if not cursor.endswith("AAA") else "BBB")
    assert (await client.get(f"{KI}?limit=2&cursor={tampered}")).status_code == 422
    other_sort = await client.get(f"{KI}?limit=2&sort=title&cursor={cursor}")
    assert other_sort.status_code == 422


async def test_conditional_get_on_lists(client, corpus):
    first = await client.get(f"{KI}?limit=3")
    again = await client.get(f"{KI}?limit=3", headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == first.headers["etag"]


async def test_editors_get_private_no_store(client, corpus, editor_headers):
    response = await client.get(f"{KI}?status=draft", headers=editor_headers)
    assert response.status_code == 200
    assert [d["title"] for d in response.json()["data"]] == ["Concept in de maak"]
    assert response.headers["cache-control"] == "private, no-store"


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"title": "x", "kind": "report", "language": "nl", "id": 5}, "id"),
        ({"title": "x", "kind": "report", "language": "nl", "version": 9}, "version"),
        ({"title": "x", "kind": "report", "language": "nl", "status": "published"}, "status"),
        ({"title": "x", "kind": "report", "language": "nl", "created_at": "2020-01-01T00:00:00Z"}, "created_at"),
        ({"title": "x" * 301, "kind": "report", "language": "nl"}, "title"),
        ({"title": "x", "kind": "poem", "language": "nl"}, "kind"),
        ({"title": "x", "kind": "report", "language": "de"}, "language"),
        ({"title": 5, "kind": "report", "language": "nl"}, "title"),
        ({"title": "x", "kind": "report", "language": "nl", "tags": "not-a-list"}, "tags"),
        ({"title": "nul\u0000byte", "kind": "report", "language": "nl"}, "body"),
        ({"kind": "report", "language": "nl"}, "title"),
        ({"title": "x", "kind": "report", "language": "nl", "slug": "Bad Slug"}, "slug"),
        ({"title": "x", "kind": "report", "language": "nl", "slug": "1325"}, "slug"),
        ({"title": "x", "kind": "report", "language": "nl", "source_url": "javascript:alert(1)"}, "source_url"),
    ],
)
async def test_bad_writes_are_rejected_with_field_paths(client, editor_headers, payload, field):
    response = await client.post(KI, headers=editor_headers, json=payload)
    assert response.status_code == 422, response.text
    assert any(field in e["field"] or field in e["message"] for e in response.json()["errors"]), response.json()


async def test_malformed_json_is_a_problem_not_a_crash(client, editor_headers):
    response = await client.post(KI, headers=editor_headers | {"Content-Type": "application/json"}, content=b"{nope")
    assert response.status_code == 422 and response.headers["content-type"] == "application/problem+json"


async def test_odd_strings_round_trip_byte_exact(client, editor_headers):
    title = "'; DROP TABLE knowledge_item; -- \u202eRTL\u202c emoji 🎉 Oriëntatie ẞ"
    created = await client.post(
        KI,
        headers=editor_headers,
        json={"title": title, "kind": "news", "language": "nl", "body": "<script>alert(1)</script>"},
    )
    assert created.status_code == 201, created.text
    fetched = (await client.get(f"{KI}/{created.json()['id']}", headers=editor_headers)).json()
    assert fetched["title"] == title and fetched["body"] == "<script>alert(1)</script>"


async def test_duplicate_slug_is_409(client, editor_headers):
    body = {"title": "Eén", "kind": "news", "language": "nl", "slug": "dubbel"}
    assert (await client.post(KI, headers=editor_headers, json=body)).status_code == 201
    again = await client.post(KI, headers=editor_headers, json=body | {"title": "Twee"})
    assert again.status_code == 409 and again.json()["type"].endswith("/conflict")


async def test_body_size_cap_is_413(client, editor_headers):
    huge = {"title": "x", "kind": "news", "language": "nl", "body": "a" * (1024 * 1024 + 10)}
    response = await client.post(
        KI,
        headers=editor_headers,
        content=json.dumps(huge).encode(),
    )
    assert response.status_code == 413 and response.json()["type"].endswith("/payload-too-large")


async def test_auth_errors(client, reader_headers, corpus):
    anonymous = await client.post(KI, json={"title": "x", "kind": "news", "language": "nl"})
    assert anonymous.status_code == 401 and anonymous.headers["www-authenticate"] == "Bearer"
    reader = await client.post(KI, headers=reader_headers, json={"title": "x", "kind": "news", "language": "nl"})
    assert reader.status_code == 403
    for bad in ("Bearer kb_unknown", "Bearer nonsense", "Basic abc"):
        response = await client.get(KI, headers={"Authorization": bad})
        assert response.status_code == 401
        assert response.json()["detail"] in ("invalid API key", "use the header Authorization: Bearer <api key>")


async def test_no_stack_traces_or_sql_in_errors(client, editor_headers):
    response = await client.post(
        KI, headers=editor_headers, json={"title": "x", "kind": "news", "language": "nl", "themes": ["no-such-theme"]}
    )
    assert response.status_code == 422
    text = response.text.lower()
    assert "traceback" not in text and "select" not in text and "sqlalchemy" not in text


async def test_require_if_match_setting(client, session, editor_headers):
    item = await factories.knowledge_item(session, "Strikt")
    client._transport.app.state.settings = client._transport.app.state.settings.model_copy(  # type: ignore[attr-defined]
        update={"require_if_match": True}
    )
    response = await client.patch(f"{KI}/{item.slug}", headers=editor_headers, json={"summary": "x"})
    assert response.status_code == 428
    etag = (await client.get(f"{KI}/{item.slug}", headers=editor_headers)).headers["etag"]
    ok = await client.patch(f"{KI}/{item.slug}", headers=editor_headers | {"If-Match": etag}, json={"summary": "x"})
    assert ok.status_code == 200


async def test_values_too_long_for_their_column_are_422_not_500(client, editor_headers):
    too_long_tag = {"title": "x", "kind": "news", "language": "nl", "tags": ["t" * 65]}
    assert (await client.post(KI, headers=editor_headers, json=too_long_tag)).status_code == 422
    too_long_url = {"title": "x", "kind": "news", "language": "nl", "source_url": "https://e.org/" + "a" * 2000}
    assert (await client.post(KI, headers=editor_headers, json=too_long_url)).status_code == 422


@pytest.mark.parametrize(
    "url",
    [
        f"{KI}?year=0",
        f"{KI}?year=1999&year=99999",
        "/api/v1/working-groups?theme=a%00b",
        f"{KI}?tag=%00",
        f"{KI}/slug%00with-nul",
    ],
)
async def test_values_the_schema_forbids_are_422_never_500(client, url):
    # Found by schemathesis: list constraints and NUL bytes used to reach the database.
    response = await client.get(url)
    assert response.status_code == 422, response.text

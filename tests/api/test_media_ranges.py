"""/media answers a Range it cannot serve like every other error: an RFC 9457 problem (issue 14, finding 10)."""

from __future__ import annotations

import pytest

from tests import factories
from tests.api.content.test_attachments import pdf_with_text, upload

DATA = pdf_with_text("Bereik")


@pytest.fixture
async def media_url(upload_client, session, editor_headers) -> str:
    item = await factories.knowledge_item(session, "Met bijlage", publish=True)
    response = await upload(upload_client, item.id, editor_headers, "rapport.pdf", DATA, "application/pdf")
    assert response.status_code == 201, response.text
    return str(response.json()["url"])


@pytest.mark.parametrize(
    "header",
    [
        "bytes=999999999-",  # starts past the end
        f"bytes={len(DATA)}-{len(DATA) + 10}",
        "bytes=abc",  # not a range at all
        "bytes=5-2",  # ends before it starts
        "bytes",
    ],
)
async def test_a_range_that_cannot_be_served_is_a_416_problem(upload_client, media_url, header):
    response = await upload_client.get(media_url, headers={"Range": header})
    assert response.status_code == 416, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["content-range"] == f"bytes */{len(DATA)}"
    problem = response.json()
    assert problem["status"] == 416 and problem["type"].endswith("/range-not-satisfiable")
    assert str(len(DATA)) in problem["detail"]


async def test_a_good_range_is_served_and_an_unknown_unit_is_ignored(upload_client, media_url):
    partial = await upload_client.get(media_url, headers={"Range": "bytes=0-3"})
    assert partial.status_code == 206 and partial.content == DATA[:4]
    assert partial.headers["content-range"] == f"bytes 0-3/{len(DATA)}"
    # RFC 9110 §14.2: a range unit the server does not know is ignored, and the whole file served.
    whole = await upload_client.get(media_url, headers={"Range": "pages=1-2"})
    assert whole.status_code == 200 and whole.content == DATA


async def test_a_bad_range_under_a_stale_if_range_is_ignored(upload_client, media_url):
    # If-Range naming another version of the file: the range would not be applied, so it can't be refused.
    stale = await upload_client.get(media_url, headers={"Range": "bytes=999999999-", "If-Range": '"stale"'})
    assert stale.status_code == 200 and stale.content == DATA

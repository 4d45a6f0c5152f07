"""Services tests: a small published corpus with drafts beside it, for the metadata surfaces (feeds, JSON-LD,
citations, OAI-PMH); and a real HTTP receiver on a free loopback port with a worker allowed to reach only it,
for webhooks."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from ipaddress import ip_network
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.models.knowledge import KnowledgeItem
from app.models.organisation import Organisation
from app.models.position_paper import PositionPaper
from app.models.theme import Theme, ThemeCreate
from app.services.auth import SYSTEM
from app.services.themes import create_theme
from app.services.webhook_worker import WebhookConfig, WebhookWorker
from app.services.webhooks import TargetPolicy
from tests import factories

# ----- the metadata corpus -----

DRAFT_MARK = "GEHEIM-CONCEPT"


@dataclass
class Corpus:
    theme: Theme
    other_theme: Theme
    author: Organisation
    publisher: Organisation
    report: KnowledgeItem
    english_news: KnowledgeItem
    paper: PositionPaper
    draft_item: KnowledgeItem
    draft_paper: PositionPaper


@pytest.fixture
async def corpus(session) -> Corpus:
    theme = await create_theme(
        session=session,
        actor=SYSTEM,
        data=ThemeCreate(
            name_nl="Vrouwen, vrede en veiligheid",
            name_en="Women, peace and security",
            description="Resolutie 1325 en het Nationaal Actieplan.",
        ),
    )
    other = await create_theme(
        session=session,
        actor=SYSTEM,
        data=ThemeCreate(name_nl="Economische zelfstandigheid", name_en="Economic empowerment"),
    )
    author = await factories.organisation(session, "Atria", kind="knowledge_institute", website="https://atria.nl/")
    publisher = await factories.organisation(session, "WO=MEN Dutch Gender Platform", acronym="WO=MEN")
    report = await factories.knowledge_item(
        session,
        "Oriëntatie op NAP 1325: {vrede} & 100% veiligheid",
        publish=True,
        kind="report",
        summary="Een verkenning van het Nationaal Actieplan 1325.\nTweede regel.",
        themes=[theme.slug],
        tags=["NAP-1325"],
        organisations=[
            {"organisation": author.slug, "role": "author"},
            {"organisation": publisher.slug, "role": "publisher"},
        ],
    )
    english_news = await factories.knowledge_item(
        session, "Economic rights update", publish=True, kind="news", language="en", themes=[other.slug]
    )
    paper = await factories.position_paper(
        session,
        "Inbreng CSW69",
        publish=True,
        summary="Inbreng voor de Commission on the Status of Women.",
        themes=[theme.slug],
        signatories=[author.slug, publisher.slug],
        audience=["un_csw"],
    )
    draft_item = await factories.knowledge_item(
        session, f"{DRAFT_MARK} rapport", kind="report", themes=[theme.slug], summary=DRAFT_MARK
    )
    draft_paper = await factories.position_paper(session, f"{DRAFT_MARK} inbreng", themes=[theme.slug])
    await session.flush()
    return Corpus(theme, other, author, publisher, report, english_news, paper, draft_item, draft_paper)


# ----- webhooks -----

# Loopback only: the receiver below. Private addresses stay refused, so a redirect to one is never followed.
LOOPBACK_ONLY = TargetPolicy(allow_private=False, allowed_networks=(ip_network("127.0.0.1/32"),))
REASONS = {200: "OK", 204: "No Content", 307: "Temporary Redirect", 500: "Internal Server Error"}


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    """An HTTP/1.1 server answering by path: /ok 204, /fail 500, /slow (sleeps), /redirect?to=<location> 307."""

    port: int = 0
    requests: list[Received] = field(default_factory=list)
    slow_s: float = 3.0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def answer(self, path: str) -> tuple[int, dict[str, str]]:
        route, _, query = path.partition("?")
        if route == "/ok":
            return 204, {}
        if route == "/redirect":
            return 307, {"Location": query.removeprefix("to=")}
        return 500, {}

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            async with asyncio.timeout(10):
                head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
                method, path, _ = head[0].split(" ", 2)
                headers = {k.strip().lower(): v.strip() for k, _, v in (h.partition(":") for h in head[1:] if h)}
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                self.requests.append(Received(method=method, path=path, headers=headers, body=body))
                if path == "/slow":
                    await asyncio.sleep(self.slow_s)
                status, extra = self.answer(path)
                lines = [f"HTTP/1.1 {status} {REASONS[status]}", "Content-Length: 0", "Connection: close"]
                lines += [f"{k}: {v}" for k, v in extra.items()]
                writer.write(("\r\n".join(lines) + "\r\n\r\n").encode())
                await writer.drain()
        except (TimeoutError, ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass  # a client that gave up, or the test ending while /slow sleeps
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    state = Receiver()
    server = await asyncio.start_server(state.handle, "127.0.0.1", 0)
    state.port = server.sockets[0].getsockname()[1]
    try:
        yield state
    finally:
        server.close()
        await server.wait_closed()


def fast_config(**overrides: Any) -> WebhookConfig:
    """Backoff in tens of milliseconds and a short timeout, so retries and failures happen within a test."""
    values = {"timeout_s": 5.0, "retry_base_s": 0.05, "retry_max_s": 0.2, "retry_window_s": 60.0, "poll_s": 0.05}
    return WebhookConfig(policy=LOOPBACK_ONLY, **(values | overrides))


@pytest.fixture
def webhook_worker(sessionmaker: async_sessionmaker[AsyncSession]) -> WebhookWorker:
    return WebhookWorker(sessionmaker=sessionmaker, config=fast_config())

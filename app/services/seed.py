"""Demo content (idempotent, through the ordinary services) and synthetic corpora for benchmarks."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models.base import ContentStatus
from app.models.change import ChangeEvent, ChangeOp, EntityType
from app.models.knowledge import KnowledgeItem, KnowledgeItemCreate, KnowledgeKind
from app.models.organisation import (
    MemberRef,
    Organisation,
    OrganisationCreate,
    OrganisationKind,
    OrganisationUpdate,
)
from app.models.position_paper import Audience, PositionPaper, PositionPaperCreate
from app.models.theme import Theme, ThemeCreate
from app.models.working_group import WorkingGroup, WorkingGroupCreate
from app.search.outbox import enqueue_many
from app.services.auth import SYSTEM
from app.services.content import KNOWLEDGE, POSITION_PAPERS, ContentSpec, archive_content, publish_content
from app.services.knowledge import create_knowledge_item
from app.services.organisations import create_organisation, update_organisation
from app.services.position_papers import create_position_paper
from app.services.themes import create_theme
from app.services.working_groups import create_working_group

Progress = Callable[[str, int], None]


def _no_progress(label: str, advance: int) -> None:
    return None


async def _existing(session: AsyncSession, model: Any) -> set[str]:
    return set((await session.scalars(select(model.slug))).all())


async def _finish_status(
    session: AsyncSession, spec: ContentSpec, slug: str, status: str, published_at: str | None
) -> None:
    if status == ContentStatus.draft or published_at is None:
        return
    when = datetime.fromisoformat(published_at)
    await publish_content(session=session, actor=SYSTEM, spec=spec, id_or_slug=slug, published_at=when)
    if status == ContentStatus.archived:
        await archive_content(session=session, actor=SYSTEM, spec=spec, id_or_slug=slug)


async def seed_demo(*, session: AsyncSession, progress: Progress = _no_progress) -> dict[str, int]:
    """Load the demo content; records whose slug already exists are left alone, so it can run twice."""
    from app.demo import content as demo

    created = {"themes": 0, "organisations": 0, "working_groups": 0, "knowledge_items": 0, "position_papers": 0}
    existing = await _existing(session, Theme)
    for row in demo.THEMES:
        if row["slug"] not in existing:
            await create_theme(session=session, actor=SYSTEM, data=ThemeCreate(**row))
            created["themes"] += 1
        progress("themes", 1)

    existing = await _existing(session, Organisation)
    members: dict[str, list[MemberRef]] = {}
    for link in demo.ALLIANCE_MEMBERS:
        members.setdefault(link["alliance"], []).append(MemberRef(organisation=link["member"], role=link["role"]))
    for row in demo.ORGANISATIONS:
        if row["slug"] not in existing:
            await create_organisation(session=session, actor=SYSTEM, data=OrganisationCreate(**row))
            created["organisations"] += 1
        progress("organisations", 1)
    # Memberships after every organisation exists; only for alliances this run created.
    new_alliances = {r["slug"] for r in demo.ORGANISATIONS if r["slug"] not in existing}
    for alliance, refs in members.items():
        if alliance in new_alliances:
            await update_organisation(
                session=session, actor=SYSTEM, id_or_slug=alliance, data=OrganisationUpdate(members=refs)
            )

    existing = await _existing(session, WorkingGroup)
    for row in demo.WORKING_GROUPS:
        if row["slug"] not in existing:
            await create_working_group(session=session, actor=SYSTEM, data=WorkingGroupCreate(**row))
            created["working_groups"] += 1
        progress("working groups", 1)

    existing = await _existing(session, KnowledgeItem)
    for row in demo.KNOWLEDGE_ITEMS:
        if row["slug"] not in existing:
            fields = {k: v for k, v in row.items() if k not in ("status", "published_at", "translation_of")}
            fields["translation"] = row.get("translation_of")
            await create_knowledge_item(session=session, actor=SYSTEM, data=KnowledgeItemCreate(**fields))
            await _finish_status(session, KNOWLEDGE, row["slug"], row["status"], row.get("published_at"))
            created["knowledge_items"] += 1
        progress("knowledge items", 1)

    existing = await _existing(session, PositionPaper)
    for row in demo.POSITION_PAPERS:
        if row["slug"] not in existing:
            fields = {k: v for k, v in row.items() if k not in ("status", "published_at", "translation_of")}
            fields["translation"] = row.get("translation_of")
            await create_position_paper(session=session, actor=SYSTEM, data=PositionPaperCreate(**fields))
            await _finish_status(session, POSITION_PAPERS, row["slug"], row["status"], row.get("published_at"))
            created["position_papers"] += 1
        progress("position papers", 1)
    return created


# ----- synthetic corpora (benchmarks): bulk inserts, same tables and change log -----

_NL_WORDS = [
    "gendergelijkheid",
    "vrouwenrechten",
    "financiering",
    "klimaat",
    "landrechten",
    "vrede",
    "veiligheid",
    "participatie",
    "ketens",
    "bedrijven",
    "water",
    "bossen",
    "onderwijs",
    "gezondheid",
    "geweld",
    "bescherming",
    "leiderschap",
    "ondernemerschap",
    "beleid",
    "begroting",
    "ontwikkelingssamenwerking",
    "maatschappelijk",
    "middenveld",
    "activisten",
    "coördinatie",
    "oriëntatie",
    "financiële",
    "duurzaamheid",
    "inclusie",
    "emancipatie",
    "zeggenschap",
]
_EN_WORDS = [
    "gender",
    "equality",
    "women",
    "rights",
    "funding",
    "climate",
    "land",
    "peace",
    "security",
    "participation",
    "supply",
    "chains",
    "companies",
    "water",
    "forests",
    "education",
    "health",
    "violence",
    "protection",
    "leadership",
    "entrepreneurship",
    "policy",
    "budget",
    "development",
    "cooperation",
    "civil",
    "society",
    "activists",
    "accountability",
    "inclusion",
    "empowerment",
]
SYNTHETIC_PREFIX = "syn-"


def _sentence(rng: random.Random, words: list[str], n: int) -> str:
    text = " ".join(rng.choice(words) for _ in range(n))
    return text[0].upper() + text[1:]


async def seed_synthetic(
    *, session: AsyncSession, count: int, seed: int = 1325, progress: Progress = _no_progress, batch: int = 2_000
) -> dict[str, int]:
    """Add ``count`` synthetic published records: ~85% knowledge items, ~10% position papers, ~5% organisations."""
    rng = random.Random(seed)
    theme_ids = list((await session.scalars(select(Theme.id))).all())
    if not theme_ids:
        theme_ids = [
            (await create_theme(session=session, actor=SYSTEM, data=ThemeCreate(name_nl=n, name_en=n))).id  # type: ignore[misc]
            for n in ("Synthetisch thema A", "Synthetisch thema B")
        ]
    start = (
        await session.scalar(
            select(func.count()).select_from(KnowledgeItem).where(KnowledgeItem.slug.like(f"{SYNTHETIC_PREFIX}%"))
        )
    ) or 0  # type: ignore[attr-defined]
    n_orgs = max(1, count * 5 // 100)
    n_papers = max(1, count * 10 // 100)
    n_items = max(0, count - n_orgs - n_papers)
    epoch = datetime(2010, 1, 1, tzinfo=UTC)
    span = (datetime(2026, 11, 1, tzinfo=UTC) - epoch).total_seconds()
    kinds = list(KnowledgeKind)
    audiences = [a.value for a in Audience if a is not Audience.ministry]

    org_ids: list[int] = []
    for offset in range(0, n_orgs, batch):
        rows = [
            {
                "slug": f"{SYNTHETIC_PREFIX}org-{start + i}",
                "name": f"{_sentence(rng, _NL_WORDS, 2)} {start + i}",
                "kind": rng.choice([OrganisationKind.member, OrganisationKind.partner]).value,
                "status": "active",
                "description": _sentence(rng, _NL_WORDS, 20),
                "country": rng.choice(["NL", "BE", "KE", "UG", "CO", "BD", "ML"]),
                "member_since": date(2010, 1, 1) + timedelta(days=rng.randrange(6000)),
                "version": 1,
            }
            for i in range(offset, min(offset + batch, n_orgs))
        ]
        org_ids += list((await session.scalars(insert(Organisation).returning(Organisation.id), rows)).all())
        await _log(session, EntityType.organisation, org_ids[-len(rows) :], [r["slug"] for r in rows])
        progress("organisations", len(rows))

    async def content(spec: ContentSpec, n: int, label: str, make: Callable[[int, bool], dict[str, Any]]) -> None:
        for offset in range(0, n, batch):
            rows = []
            for i in range(offset, min(offset + batch, n)):
                dutch = rng.random() < 0.6
                row = make(i, dutch)
                row.update(
                    language="nl" if dutch else "en",
                    status="published",
                    version=1,
                    published_at=epoch + timedelta(seconds=rng.random() * span),
                    summary=_sentence(rng, _NL_WORDS if dutch else _EN_WORDS, 25),
                    body=" ".join(_sentence(rng, _NL_WORDS if dutch else _EN_WORDS, 30) for _ in range(6)),
                )
                rows.append(row)
            ids = list((await session.scalars(insert(spec.model).returning(spec.model.id), rows)).all())
            theme_link = spec.theme_owner.class_
            await session.execute(
                insert(theme_link),
                [{spec.theme_owner.key: i, spec.theme_id.key: rng.choice(theme_ids)} for i in ids],
            )
            if org_ids:
                links = [{spec.org_owner.key: i, spec.org_id.key: rng.choice(org_ids)} for i in ids]
                await session.execute(insert(spec.org_owner.class_), links)
            await _log(session, spec.entity, ids, [r["slug"] for r in rows])
            progress(label, len(rows))

    await content(
        KNOWLEDGE,
        n_items,
        "knowledge items",
        lambda i, dutch: {
            "slug": f"{SYNTHETIC_PREFIX}item-{start + i}",
            "title": f"{_sentence(rng, _NL_WORDS if dutch else _EN_WORDS, 6)} {start + i}",
            "kind": rng.choice(kinds).value,
            "tags": rng.sample(_NL_WORDS if dutch else _EN_WORDS, 3),
        },
    )
    await content(
        POSITION_PAPERS,
        n_papers,
        "position papers",
        lambda i, dutch: {
            "slug": f"{SYNTHETIC_PREFIX}paper-{start + i}",
            "title": f"{_sentence(rng, _NL_WORDS if dutch else _EN_WORDS, 6)} {start + i}",
            "audience": rng.sample(audiences, 2),
        },
    )
    return {"organisations": n_orgs, "knowledge_items": n_items, "position_papers": n_papers}


async def _log(session: AsyncSession, entity: EntityType, ids: list[int], slugs: list[str]) -> None:
    await session.execute(
        insert(ChangeEvent),
        [
            {"entity_type": entity, "entity_id": i, "op": ChangeOp.created, "slug": s, "public": True, "data": {}}
            for i, s in zip(ids, slugs, strict=True)
        ],
    )
    # Bulk rows skip record_change, so they queue their search sync themselves, in the same transaction.
    await enqueue_many(session=session, entity_type=entity, entity_ids=ids)

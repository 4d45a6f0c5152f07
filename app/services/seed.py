"""Demo content (idempotent, through the NDJSON import) and synthetic corpora for benchmarks."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.demo import DATA_DIR
from app.models.change import ChangeEvent, ChangeOp, EntityType
from app.models.content_types import KNOWLEDGE, POSITION_PAPERS, ContentSpec
from app.models.knowledge import KnowledgeItem, KnowledgeKind
from app.models.organisation import Organisation, OrganisationKind
from app.models.position_paper import Audience
from app.models.theme import Theme, ThemeCreate
from app.search.outbox import enqueue_many
from app.services.auth import SYSTEM
from app.services.themes import create_theme
from app.services.transfer import RESOURCES, Progress, import_exports, no_progress, read_exports


async def seed_demo(*, session: AsyncSession, progress: Progress = no_progress) -> dict[str, int]:
    """Import the demo content (``app/demo/data``) as ``kennisbank import`` would; existing slugs are kept."""
    exports = read_exports([DATA_DIR / f"{resource}.ndjson" for resource in RESOURCES])
    created = await import_exports(session=session, actor=SYSTEM, exports=exports, progress=progress)
    return {resource.replace("-", "_"): count for resource, count in created.items()}


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
    *, session: AsyncSession, count: int, seed: int = 1325, progress: Progress = no_progress, batch: int = 2_000
) -> dict[str, int]:
    """Add ``count`` synthetic published records: ~85% knowledge items, ~10% position papers, ~5% organisations."""
    rng = random.Random(seed)
    theme_ids = list((await session.scalars(select(col(Theme.id)))).all())
    if not theme_ids:
        theme_ids = [
            (await create_theme(session=session, actor=SYSTEM, data=ThemeCreate(name_nl=n, name_en=n))).id
            for n in ("Synthetisch thema A", "Synthetisch thema B")
        ]
    start = (
        await session.scalar(
            select(func.count()).select_from(KnowledgeItem).where(col(KnowledgeItem.slug).like(f"{SYNTHETIC_PREFIX}%"))
        )
    ) or 0
    n_orgs = max(1, count * 5 // 100)
    n_papers = max(1, count * 10 // 100)
    n_items = max(0, count - n_orgs - n_papers)
    epoch = datetime(2010, 1, 1, tzinfo=UTC)
    span = (datetime(2026, 11, 1, tzinfo=UTC) - epoch).total_seconds()
    kinds = list(KnowledgeKind)
    audiences = [a.value for a in Audience if a is not Audience.ministry]

    org_ids: list[int] = []
    for offset in range(0, n_orgs, batch):
        rows: list[dict[str, Any]] = [
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
        inserted = await session.scalars(insert(Organisation).returning(col(Organisation.id)), rows)
        org_ids += [i for i in inserted if i is not None]
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
            inserted = await session.scalars(insert(spec.model).returning(col(spec.model.id)), rows)
            ids = [i for i in inserted if i is not None]
            themes = spec.themes
            await session.execute(
                insert(themes.table),
                [{themes.owner.key: i, themes.target.key: rng.choice(theme_ids)} for i in ids],
            )
            if org_ids:
                organisations = spec.organisations
                links = [{organisations.owner.key: i, organisations.target.key: rng.choice(org_ids)} for i in ids]
                await session.execute(insert(organisations.table), links)
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

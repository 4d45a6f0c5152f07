"""The index design (app/search/indexes.py): applied to a real Meilisearch, applying it again changes nothing,
synonyms and the settings comparison."""

from __future__ import annotations

import asyncio
import uuid

from app.models.change import EntityType
from app.search.engine import SearchEngine
from app.search.indexes import INDEX_SUFFIX, MAX_TOTAL_HITS, index_settings, settings_diff, synonyms
from tests.meili import MeiliServer


async def test_setup_creates_prefixed_indexes_with_the_designed_settings(search_engine: SearchEngine) -> None:
    uid = search_engine.uid(EntityType.knowledge_item)
    assert uid.startswith(search_engine.prefix) and uid.endswith("knowledge_items")
    settings = await search_engine.request("GET", f"/indexes/{uid}/settings")
    assert settings["searchableAttributes"][:3] == ["title", "summary", "tags"]
    assert {"type", "kind", "themes", "language", "year", "organisations"} <= set(settings["filterableAttributes"])
    assert set(settings["sortableAttributes"]) == {"published_at", "title"}
    assert "digest" not in settings["displayedAttributes"] and "body" not in settings["displayedAttributes"]
    assert settings["localizedAttributes"][0]["locales"] == ["nld", "eng"]
    assert {"de", "het", "the"} <= set(settings["stopWords"])
    assert "gender-based violence" in settings["synonyms"]["gbv"]
    assert settings["typoTolerance"]["enabled"] is True
    assert settings["pagination"]["maxTotalHits"] == MAX_TOTAL_HITS


async def test_setup_is_idempotent(search_engine: SearchEngine) -> None:
    again = await search_engine.setup()
    assert again == {search_engine.uid(t): [] for t in INDEX_SUFFIX}


async def test_processes_setting_up_at_once_do_not_trip_over_each_other(meili: MeiliServer) -> None:
    prefix = f"t{uuid.uuid4().hex[:10]}_"
    engines = [SearchEngine(url=meili.url, api_key=meili.master_key, prefix=prefix) for _ in range(2)]
    try:
        first, second = await asyncio.gather(*(e.setup() for e in engines))
        assert sorted(first) == sorted(second) == sorted(engines[0].uid(t) for t in INDEX_SUFFIX)
    finally:
        for uid in [engines[0].uid(t) for t in INDEX_SUFFIX]:
            await engines[0].client.delete_index_if_exists(uid)
        for engine in engines:
            await engine.close()


def test_synonym_groups_are_symmetric() -> None:
    mapping = synonyms()
    assert "gendergerelateerd geweld" in mapping["gbv"] and "gbv" in mapping["gendergerelateerd geweld"]
    assert "vrouwen vrede en veiligheid" in mapping["1325"]


def test_settings_diff_ignores_order_where_meilisearch_does() -> None:
    desired = index_settings(EntityType.knowledge_item)
    current = {
        **desired,
        "stopWords": list(reversed(desired["stopWords"])),
        "typoTolerance": {**desired["typoTolerance"], "disableOnWords": []},
    }
    assert settings_diff(desired, current) == {}
    assert set(settings_diff(desired, {**current, "sortableAttributes": ["title"]})) == {"sortableAttributes"}

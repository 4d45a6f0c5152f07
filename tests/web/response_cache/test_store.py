"""The answer store (app/web/response_cache/store.py) on its own: no database, no HTTP."""

from __future__ import annotations

import time

from app.web.response_cache.store import GRAPHQL, Answer, AnswerStore, Key

ITEM_7 = "knowledge_item:7"


def key(path: str, query: str = "") -> Key:
    return (path.encode(), query.encode(), b"testserver", b"http", b"application/json")


def answer(body: bytes = b"{}", *tokens: str, expires: float = float("inf")) -> Answer:
    return Answer(
        headers=[(b"content-type", b"application/json")],
        body=body,
        etag='"ki7-v1-abc"',
        tokens=tokens or ("knowledge_item",),
        expires=expires,
        route_context=None,
    )


def listening_store(max_bytes: int = 1 << 20) -> AnswerStore:
    store = AnswerStore(max_bytes=max_bytes)
    store.listening = True
    return store


def test_a_kept_answer_is_served_by_its_whole_key() -> None:
    store = listening_store()
    kept = answer(b'{"id": 7}', ITEM_7)
    assert store.put(key("/api/v1/knowledge-items/7"), kept, generation=store.generation)
    assert store.get(key("/api/v1/knowledge-items/7")) is kept
    assert store.get(key("/api/v1/knowledge-items/7", "fields=title")) is None
    assert store.get(key("/api/v1/knowledge-items/8")) is None
    assert len(store) == 1 and store.size == kept.size


def test_nothing_is_kept_while_not_listening() -> None:
    store = AnswerStore(max_bytes=1 << 20)
    assert not store.put(key("/a"), answer(), generation=store.generation)
    assert store.get(key("/a")) is None and len(store) == 0


def test_an_answer_made_before_a_change_is_refused() -> None:
    store = listening_store()
    read = store.generation
    store.changed("position_paper:1")  # any notification moves the generation on
    assert not store.put(key("/a"), answer(), generation=read)
    assert store.put(key("/a"), answer(), generation=store.generation)


def test_an_expired_answer_is_dropped_when_asked_for() -> None:
    store = listening_store()
    assert store.put(key("/a"), answer(b"a", expires=time.monotonic() - 0.001), generation=store.generation)
    assert len(store) == 1
    assert store.get(key("/a")) is None
    assert len(store) == 0 and store.size == 0


def test_putting_a_key_again_replaces_its_answer_and_its_size() -> None:
    store = listening_store()
    store.put(key("/a"), answer(b"x" * 100), generation=store.generation)
    newer = answer(b"y" * 10)
    store.put(key("/a"), newer, generation=store.generation)
    assert store.get(key("/a")) is newer and len(store) == 1 and store.size == newer.size


def test_eviction_by_size_drops_the_least_recently_used_first() -> None:
    one = answer(b"x" * 1000)
    store = listening_store(max_bytes=3 * one.size)
    for name in ("/a", "/b", "/c"):
        assert store.put(key(name), answer(b"x" * 1000), generation=store.generation)
    store.get(key("/a"))  # /b is now the least recently used
    store.put(key("/d"), answer(b"x" * 1000), generation=store.generation)
    assert store.get(key("/b")) is None
    assert all(store.get(key(name)) is not None for name in ("/a", "/c", "/d"))
    assert store.size == 3 * one.size <= store.max_bytes


def test_an_answer_larger_than_the_whole_store_is_not_kept() -> None:
    store = listening_store(max_bytes=1000)
    assert not store.put(key("/huge"), answer(b"x" * 1000), generation=store.generation)
    assert len(store) == 0 and store.size == 0


def test_a_record_change_drops_its_answers_its_types_lists_and_every_graphql_answer() -> None:
    store = listening_store()
    answers = {
        "/ki/7": answer(b"7", ITEM_7),
        "/ki/8": answer(b"8", "knowledge_item:8"),
        "/ki": answer(b"list", "knowledge_item"),
        "/pp": answer(b"papers", "position_paper"),
        "/pp/7": answer(b"paper 7", "position_paper:7"),
        "/graphql": answer(b"page", GRAPHQL),
    }
    for path, kept in answers.items():
        assert store.put(key(path), kept, generation=store.generation)
    store.changed(ITEM_7)
    gone = {path for path in answers if store.get(key(path)) is None}
    assert gone == {"/ki/7", "/ki", "/graphql"}
    assert store.size == sum(answers[path].size for path in ("/ki/8", "/pp", "/pp/7"))


def test_an_answer_under_several_tokens_goes_with_any_of_them() -> None:
    store = listening_store()
    store.put(key("/ki/7"), answer(b"7", ITEM_7, "knowledge_item:9"), generation=store.generation)
    store.changed("knowledge_item:9")  # its translation, say
    assert store.get(key("/ki/7")) is None and store.size == 0


def test_a_star_or_a_bare_type_empties_everything() -> None:
    for payload in ("*", "theme"):
        store = listening_store()
        store.put(key("/ki"), answer(b"l", "knowledge_item"), generation=store.generation)
        store.put(key("/pp"), answer(b"p", "position_paper"), generation=store.generation)
        store.keep_count("knowledge_item", ("nl",), 3, generation=store.generation, expires=float("inf"))
        before = store.generation
        store.changed(payload)
        assert len(store) == 0 and store.size == 0 and store.count("knowledge_item", ("nl",)) is None
        assert store.generation > before


def test_list_totals_are_kept_per_type_until_they_expire_or_their_type_changes() -> None:
    store = listening_store()
    store.keep_count("knowledge_item", ("nl",), 12, generation=store.generation, expires=float("inf"))
    store.keep_count("position_paper", (), 4, generation=store.generation, expires=float("inf"))
    store.keep_count("knowledge_item", ("en",), 5, generation=store.generation, expires=time.monotonic() - 1)
    assert store.count("knowledge_item", ("nl",)) == 12
    assert store.count("knowledge_item", ("en",)) is None  # expired
    store.changed("knowledge_item:1")
    assert store.count("knowledge_item", ("nl",)) is None
    assert store.count("position_paper", ()) == 4


def test_a_total_counted_before_a_change_is_not_kept() -> None:
    store = listening_store()
    read = store.generation
    store.changed("knowledge_item:1")
    store.keep_count("knowledge_item", (), 3, generation=read, expires=float("inf"))
    assert store.count("knowledge_item", ()) is None

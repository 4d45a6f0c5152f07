from sqlalchemy import text


async def test_database_is_migrated(session):
    assert await session.scalar(text("SELECT count(*) FROM theme")) == 0


async def test_healthz(client):
    r = await client.get("/healthz")
    assert r.status_code == 200 and r.json() == {"status": "ok"}

"""``kennisbank apikey``: create, list and revoke API keys."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import typer

from app.cli.common import JsonOption, err, fail, load_settings, out, print_table, run, with_session

apikey_app = typer.Typer(help="Create, list and revoke API keys.", no_args_is_help=True)


@apikey_app.command("create")
def apikey_create(
    name: Annotated[str, typer.Option(help="Who or what uses the key.")],
    role: Annotated[str, typer.Option(help="admin, editor or reader.")],
    expires: Annotated[datetime | None, typer.Option(help="Expiry (ISO date/time).")] = None,
) -> None:
    """Create an API key and print its token once."""
    from pydantic import ValidationError

    from app.models.api_key import ApiKeyCreate, Role  # start-up time (see app/cli/__init__.py)
    from app.services.auth import SYSTEM, create_api_key

    if role not in Role.__members__:
        fail(f"unknown role {role!r}; use one of: {', '.join(Role.__members__)}")
    try:
        data = ApiKeyCreate(name=name, role=Role(role), expires_at=expires)
    except ValidationError as exc:
        fail(f"invalid key: {exc.errors()[0]['msg']}")
    settings = load_settings()

    async def work(session: Any) -> tuple[int, str]:
        key, token = await create_api_key(session=session, actor=SYSTEM, data=data)
        assert key.id is not None
        return key.id, token

    key_id, token = run(lambda: with_session(settings, work))
    err.print(f"created API key {key_id} ({role}) for {name!r}; the token is shown only now:")
    print(token)


KEY_COLUMNS = ("id", "name", "role", "prefix", "state", "created_at", "last_used_at", "expires_at")


@apikey_app.command("list")
def apikey_list(as_json: JsonOption = False) -> None:
    """List API keys (never their tokens) as a table, or JSON with --json."""
    from app.models.base import utcnow
    from app.services.auth import SYSTEM, list_api_keys  # start-up time

    settings = load_settings()

    async def work(session: Any) -> list[Any]:
        return await list_api_keys(session=session, actor=SYSTEM)

    now = utcnow()
    rows = [
        {
            "id": key.id,
            "name": key.name,
            "role": str(key.role),
            "prefix": key.prefix + ("" if as_json else "…"),
            "state": _state(key, now),
            "created_at": _when(key.created_at, as_json),
            "last_used_at": _when(key.last_used_at, as_json),
            "expires_at": _when(key.expires_at, as_json),
        }
        for key in run(lambda: with_session(settings, work))
    ]
    print_table(rows, KEY_COLUMNS, as_json=as_json)


def _state(key: Any, now: datetime) -> str:
    if key.revoked_at:
        return "revoked"
    return "expired" if key.expires_at and key.expires_at <= now else "active"


def _when(moment: datetime | None, as_json: bool) -> str | None:
    """ISO 8601 for scripts, minutes for people."""
    if moment is None:
        return None
    return moment.isoformat() if as_json else moment.strftime("%Y-%m-%d %H:%M")


@apikey_app.command("revoke")
def apikey_revoke(key_id: Annotated[int, typer.Argument(help="The key's id (see `apikey list`).")]) -> None:
    """Revoke an API key; it stops working at once."""
    from app.services.auth import SYSTEM, revoke_api_key  # start-up time

    settings = load_settings()

    async def work(session: Any) -> None:
        await revoke_api_key(session=session, actor=SYSTEM, key_id=key_id)

    run(lambda: with_session(settings, work))
    out.print(f"API key {key_id} revoked")

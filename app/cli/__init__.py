"""The ``kennisbank`` command: every command, assembled from one module per family.

- ``common``: consoles, one-line failures, settings, running a command's coroutine in a transaction;
- ``serve``: the API under uvicorn (and the embedded Meilisearch);
- ``data``: migrate, seed, import, export, graphql-schema;
- ``keys``: ``apikey create|list|revoke``;
- ``search``: ``search setup|verify``, ``reindex``, ``sync-worker``.

Commands import the database, the services, search and GraphQL inside their bodies (marked "start-up
time"): loading SQLAlchemy, the models and strawberry takes over a second, which ``--help``, a mistyped
option and the commands that do not need them should not pay.
"""

from __future__ import annotations

import typer

from app.cli import data, keys, search, serve

app = typer.Typer(
    help="The Kennisbank API: WO=MEN's knowledge base service.", no_args_is_help=True, pretty_exceptions_enable=False
)
app.command("migrate")(data.migrate_command)
app.command("seed")(data.seed_command)
app.command("import")(data.import_command)
app.command("export")(data.export_command)
app.command("serve")(serve.serve_command)
app.command("graphql-schema")(data.graphql_schema_command)
app.command("reindex")(search.reindex_command)
app.command("sync-worker")(search.sync_worker_command)
app.add_typer(keys.apikey_app, name="apikey")
app.add_typer(search.search_app, name="search")


def main() -> None:
    app()

"""Public answers of the content routes, kept in memory until PostgreSQL says their records changed.

A frontend's page build or a partner's site asks for the same published items and list pages over and
over; each answer costs several queries and a render, and a conditional GET would cost the same just to
answer 304. So every API process keeps the 200 answers it gave to anonymous GETs of knowledge items
and position papers (one record, or one list page) and serves them again, 304s included, without
touching the database, until one of three things says they may be stale:

- a change notification: triggers on the content tables (migration 0007) send ``<type>:<id>`` on the
  ``kennisbank_changes`` channel when the writing transaction commits, whoever wrote (the API, the
  CLI, the scheduler, psql). The record's answers and its translation's go, and every list of its
  type; ``*`` (a theme or organisation changed) empties the cache;
- the clock: an answer expires at the next ``publish_at``/``unpublish_at`` of its type, when what
  the public may see changes without any write;
- losing the notification connection: the cache is emptied and unused until it listens again.

Answers are never kept for a caller with an ``Authorization`` or ``X-Preview-Token`` header (editors and
previews see drafts), for any status but 200, or when a notification arrived while the answer was being
made (it may predate it).
Once a write made through this process has committed, and before its response goes out, the cache
serves and keeps nothing until this process has heard that write's notifications (``settle``), so a
client that writes and then reads here never reads the old answer, and the writer does not wait.
Another process hears them a moment later (milliseconds on one machine).
``Cache-Control: no-cache`` on a request skips the stored answer (and stores the fresh one).

Routes, GraphQL and the session dependency use four functions: ``offer`` and ``offer_graphql`` (this
answer may be kept), ``counted`` (a list total, remembered) and ``mark_written`` (this request wrote).
app/main.py wires the rest: ``ResponseCache`` (store.py: the answers; listener.py: the notifications),
``CachedResponses`` (middleware.py) and ``response_cache_runtime`` (the listener's lifetime).
"""

from __future__ import annotations

from app.web.response_cache.listener import ResponseCache, response_cache_runtime
from app.web.response_cache.middleware import CachedResponses
from app.web.response_cache.offers import counted, mark_written, offer, offer_graphql

__all__ = [
    "CachedResponses",
    "ResponseCache",
    "counted",
    "mark_written",
    "offer",
    "offer_graphql",
    "response_cache_runtime",
]

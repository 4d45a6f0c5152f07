"""Search infrastructure, below the services: the Meilisearch engine and index settings, the documents built
from the database, the outbox and its sync worker, reindex/verify/repair, the embedded Meilisearch and the
readiness report. The search use case (queries, the database fallback) is app/services/search.
"""

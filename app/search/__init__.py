"""Search: index settings, document mapping, the outbox and its sync worker, and the search service."""

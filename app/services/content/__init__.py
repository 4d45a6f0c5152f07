"""Knowledge items and position papers: one set of rules for both, driven by their ``ContentSpec``.

- ``visibility``: who may see what (drafts and the publication window), in Python and SQL;
- ``listing``: filters, sorting, pages, lookups by id or slug, exports;
- ``relations``: themes, organisations, attachments and translations of many items at once;
- ``writes``: create, update and delete;
- ``publishing``: publish, unpublish, archive and the schedule (``publish_at``/``unpublish_at``);
- ``record``: what every write leaves behind: version, change log, revision;
- ``revisions`` and ``restore``: history, diffs, and writing an old revision back;
- ``representation``: an item as REST shows it (its ``ContentSpec.public`` model).
"""

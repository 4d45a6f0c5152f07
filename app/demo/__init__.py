"""Demo content: themes, organisations, working groups, knowledge items and position papers.

``data/<resource>.ndjson`` are NDJSON exports, one record per line in the shape
``GET /api/v1/export/{resource}.ndjson`` gives, without what a database assigns (ids, versions,
``created_at``/``updated_at``). ``kennisbank seed --demo`` imports them as ``kennisbank import`` would;
relations are by slug. Real organisations are described in general terms only; the small diaspora member
organisations and the partner organisations abroad without a website are invented for demonstration purposes.
"""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"

"""Rewrite the widget's screenshots in docs/img/ from the browser tests (Dutch and English, wide and narrow,
the error states).

The browser tests (tests/browser/test_widget.py) take them on every run into a temporary directory; with
KENNISBANK_SCREENSHOTS set they write them here instead. Usage: uv run python scripts/embed-screenshots.py
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TESTS = [
    "tests/browser/test_widget.py::test_wide_and_narrow_in_both_languages_pass_axe_and_make_the_screenshots",
    "tests/browser/test_widget.py::test_each_error_state_and_no_results_says_what_happened",
    "tests/browser/test_widget.py::test_the_instantsearch_example_labels_its_facets_in_dutch_and_english",
]


def main() -> int:
    target = REPO / "docs" / "img"
    target.mkdir(parents=True, exist_ok=True)
    env = os.environ | {"KENNISBANK_SCREENSHOTS": str(target)}
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", *TESTS], cwd=REPO, env=env)
    for shot in sorted(target.glob("*.png")):
        print(f"{shot.relative_to(REPO)}: {shot.stat().st_size / 1000:.1f} kB")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())

"""``python -m app.cli``: the ``kennisbank`` command."""

from app.cli import main

main()

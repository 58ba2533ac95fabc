"""``python -m crosscheck``: the ``crosscheck`` command line (see :mod:`crosscheck.cli`)."""

from crosscheck.cli import main

raise SystemExit(main())

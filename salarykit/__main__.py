"""``python -m salarykit``: the command line (see :mod:`salarykit.cli`)."""

from __future__ import annotations

if __name__ == "__main__":
    import sys

    from salarykit.cli import main

    sys.exit(main())

"""Build the optional compiled parser into a copy of the package (for tests and benchmarks).

Usage::

    python scripts/build_compiled.py DEST   # DEST/salarykit, with the pipeline compiled by mypyc

The copy is built in place through the project's own ``setup.py`` with ``SALARYKIT_COMPILE=1``
(see there); put ``DEST`` first on ``sys.path`` to import it. Needs mypy and a C compiler.
"""

from __future__ import annotations

import os
import pathlib
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]


def build_compiled(dest: pathlib.Path) -> pathlib.Path:
    """Copy the package to ``dest`` and compile its pipeline there; returns ``dest``.

    Raises ``subprocess.CalledProcessError`` (with the compiler's output) when the build fails.
    """
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "pyproject.toml", dest)
    shutil.copy(ROOT / "setup.py", dest)
    shutil.copytree(
        ROOT / "salarykit", dest / "salarykit", ignore=shutil.ignore_patterns("*.so", "__pycache__")
    )
    subprocess.run(
        [sys.executable, "setup.py", "build_ext", "--inplace"],
        cwd=dest,
        env={**os.environ, "SALARYKIT_COMPILE": "1"},
        capture_output=True,
        text=True,
        check=True,
        timeout=1800,
    )
    return dest


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        raise SystemExit(2)
    print(build_compiled(pathlib.Path(sys.argv[1])))

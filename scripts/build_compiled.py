"""Build the wheel of this checkout, as ``pip install .`` does, and unpack it (for tests and
benchmarks).

Usage::

    python scripts/build_compiled.py DEST   # DEST/site/salarykit, the parser compiled by mypyc

The wheel is built by the project's own build backend (``_build/backend.py``, which compiles
the parsing pipeline through ``setup.py``) with ``pip wheel --no-build-isolation``, so that the
installed mypy compiles and nothing is downloaded; put ``DEST/site`` first on ``sys.path`` to
import it. Needs mypy and a C compiler (without them the backend builds pure Python).
"""

from __future__ import annotations

import os
import pathlib
import shutil
import subprocess
import sys
import zipfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
SOURCES = ["pyproject.toml", "setup.py", "README.md", "MANIFEST.in", "_build", "salarykit"]


def build_wheel(dest: pathlib.Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Copy the sources to ``dest/src`` and build their wheel into ``dest/wheel`` with the
    environment ``env`` added (``{"SALARYKIT_COMPILE": "0"}``…); returns pip's run.

    Raises ``subprocess.CalledProcessError`` (with pip's output) when the build fails.
    """
    src = dest / "src"
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            ignore = shutil.ignore_patterns("*.so", "*.pyd", "__pycache__")
            shutil.copytree(path, src / name, ignore=ignore, dirs_exist_ok=True)
        else:
            src.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, src / name)
    environ = {k: v for k, v in os.environ.items() if k != "SALARYKIT_COMPILE"}
    command = [sys.executable, "-m", "pip", "wheel", "--no-build-isolation", "--no-deps"]
    return subprocess.run(
        [*command, "--wheel-dir", str(dest / "wheel"), str(src)],
        env={**environ, **(env or {})},
        capture_output=True,
        text=True,
        check=True,
        timeout=1800,
    )


def build_compiled(dest: pathlib.Path, env: dict[str, str] | None = None) -> pathlib.Path:
    """Build the wheel (see :func:`build_wheel`) and unpack it into ``dest/site``; returns it.
    pip's output is kept in ``dest/build.log``."""
    dest.mkdir(parents=True, exist_ok=True)
    run = build_wheel(dest, env)
    (dest / "build.log").write_text(run.stdout + run.stderr, encoding="utf-8")
    (wheel,) = (dest / "wheel").glob("salarykit-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(dest / "site")
    return dest / "site"


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        raise SystemExit(2)
    print(build_compiled(pathlib.Path(sys.argv[1])))

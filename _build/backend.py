"""The build backend of salarykit: setuptools, with the parser compiled in wheels when it can be.

A wheel (``pip install .``, ``pip wheel .``, ``python -m build``) compiles the modules of the
parsing pipeline with mypyc (see ``setup.py``), which reads more than three times as many
phrases per second; when the machine cannot compile them (no C compiler, no Python headers),
the wheel is built again as pure Python, with a message saying why. ``SALARYKIT_COMPILE``
decides:

* unset: compile, fall back to pure Python when compiling fails;
* ``1``: compile, and fail when compiling fails;
* ``0``: pure Python.

Editable installs (``pip install -e .``, what the test command uses) stay pure Python unless
``SALARYKIT_COMPILE=1``: a compiled module would shadow later edits of its source, and doctests
are collected from Python functions only. Every other hook is setuptools' own.
"""

from __future__ import annotations

import os
import shutil
import sys
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403 (the hooks not overridden here)

# mypyc compiles from the types mypy infers, with the project's mypy configuration: the same
# mypy as the test extra, the pydantic plugin it names and the stubs the pipeline's imports need
COMPILER = ["mypy==2.4.1", "pydantic>=2.5", "types-PyYAML"]


def _mode() -> str:
    return os.environ.get("SALARYKIT_COMPILE", "").strip()


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    requires: list[str] = list(_setuptools.get_requires_for_build_wheel(config_settings))
    return requires if _mode() == "0" else [*requires, *COMPILER]


def _build(compile_: bool, *args: Any) -> str:
    shutil.rmtree("build", ignore_errors=True)  # no module of an earlier build slips in
    before = os.environ.get("SALARYKIT_COMPILE")
    os.environ["SALARYKIT_COMPILE"] = "1" if compile_ else "0"
    try:
        return str(_setuptools.build_wheel(*args))
    finally:
        if before is None:
            del os.environ["SALARYKIT_COMPILE"]
        else:
            os.environ["SALARYKIT_COMPILE"] = before


def build_wheel(
    wheel_directory: str,
    config_settings: dict[str, Any] | None = None,
    metadata_directory: str | None = None,
) -> str:
    mode = _mode()
    args = (wheel_directory, config_settings, metadata_directory)
    if mode == "0":
        return _build(False, *args)
    try:
        return _build(True, *args)
    except (Exception, SystemExit) as error:
        if mode == "1":
            raise
        print(
            f"salarykit: the compiled parser could not be built ({type(error).__name__}: "
            f"{error}); building the pure-Python package instead (same readings, about half "
            "the throughput). Set SALARYKIT_COMPILE=1 to make this an error.",
            file=sys.stderr,
        )
        return _build(False, *args)

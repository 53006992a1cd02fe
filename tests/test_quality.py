"""The code stays typed and lint-clean: mypy --strict and ruff run as part of the suite."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import ROOT


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=900)


def test_mypy_strict_is_clean() -> None:
    pytest.importorskip("mypy", reason="mypy is in the test extra")
    out = _run(sys.executable, "-m", "mypy")
    assert out.returncode == 0, out.stdout + out.stderr


def test_ruff_is_clean() -> None:
    pytest.importorskip("ruff", reason="ruff is in the test extra")
    out = _run(sys.executable, "-m", "ruff", "check", ".")
    assert out.returncode == 0, out.stdout + out.stderr


def test_package_is_typed() -> None:
    assert (ROOT / "salarykit" / "py.typed").is_file()

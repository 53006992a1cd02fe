"""The public surface: everything in ``__all__`` resolves, and nothing public is left out."""

from __future__ import annotations

import importlib
import subprocess
import sys

import salarykit as sk


def test_all_is_sorted_and_resolves() -> None:
    assert sk.__all__ == sorted(sk.__all__)
    for name in sk.__all__:
        assert getattr(sk, name) is not None, name


def test_all_is_complete() -> None:
    """Every public name defined in a private module's ``__all__`` is re-exported."""
    modules = {m for m in sk._EXPORTS.values()}
    for module_name in modules:
        module = importlib.import_module(module_name, "salarykit")
        for name in getattr(module, "__all__", []):
            assert name in sk.__all__, f"{module_name}.{name} is public but not in salarykit.__all__"


def test_errors_subclass_base_and_builtin() -> None:
    assert issubclass(sk.SalaryParseError, sk.SalarykitError)
    assert issubclass(sk.SalaryParseError, ValueError)
    assert issubclass(sk.RateNotFoundError, LookupError)
    assert issubclass(sk.ProviderError, ConnectionError)


def test_import_is_lazy() -> None:
    code = "import sys, salarykit; print(any(m in sys.modules for m in ('pydantic', 'babel', 'pint')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

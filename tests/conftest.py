"""Test-suite wide settings.

* The network is disabled for every test: any socket connection to a non-loopback address
  fails (local Dask clusters and notebook kernels talk over loopback, which stays allowed).
* ``SHARED`` points at ``../shared`` (seed articles, corpus, World Bank data) when it exists;
  tests that need it skip with a reason when it does not (a user's clone has no ``shared/``).
"""

from __future__ import annotations

import ipaddress
import pathlib
import socket
from typing import Any

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_local(address: Any) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    host = address[0] if isinstance(address, tuple) and address else ""
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class NetworkDisabledError(RuntimeError):
    """Raised when a test tries to reach the network."""


def _guarded_connect(self: socket.socket, address: Any) -> Any:
    if not _is_local(address):
        raise NetworkDisabledError(f"network access disabled in tests: {address!r}")
    return _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: Any) -> Any:
    if not _is_local(address):
        raise NetworkDisabledError(f"network access disabled in tests: {address!r}")
    return _real_connect_ex(self, address)


def pytest_configure(config: pytest.Config) -> None:
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]


@pytest.fixture(scope="session")
def shared_dir() -> pathlib.Path:
    """The ``shared/`` folder beside the checkout, or a clean skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present (it exists beside the checkout and in CI only)")
    return SHARED

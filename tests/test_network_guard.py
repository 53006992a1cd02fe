import socket

import pytest


def test_outside_connections_fail() -> None:
    with pytest.raises(RuntimeError, match="network access disabled"):
        socket.create_connection(("93.184.216.34", 80), timeout=1)

import socket

import pytest


def test_sockets_beyond_loopback_are_blocked_during_tests():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(AssertionError, match="network access attempted"):
            s.connect(("93.184.216.34", 80))
    finally:
        s.close()

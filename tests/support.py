"""Helpers that tests in several folders share (one copy, not one per folder)."""

from __future__ import annotations

import socket


def free_port() -> int:
    """A TCP port of 127.0.0.1 where nothing listens now (the OS picks one; it is released).

    For a server a test is about to start on it, or an address that must refuse connections.
    """
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])

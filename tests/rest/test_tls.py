"""HTTPS with a private CA: the ca_bundle setting is honoured by both transports."""

from __future__ import annotations

import datetime as dt
import json
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from callbox import AsyncClient, Client
from callbox.errors import ConnectionError
from tests.support import serving

from .conftest import ACCOUNT, TOKEN

x509 = pytest.importorskip("cryptography.x509")


def _self_signed(tmp: Path) -> tuple[Path, Path]:
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp / "cert.pem", tmp / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


@pytest.fixture
def https_server(tmp_path: Path) -> Any:
    cert, key = _self_signed(tmp_path)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            body = json.dumps({"sid": ACCOUNT, "friendly_name": "over tls"}).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
    with serving(httpd, "https", "localhost") as url:
        yield url, cert


def test_sync_client_trusts_only_the_given_bundle(https_server: Any) -> None:
    base, cert = https_server
    trusted = Client(ACCOUNT, TOKEN, base_url=base, ca_bundle=str(cert), environment={})
    assert trusted.account.fetch().friendly_name == "over tls"
    untrusted = Client(ACCOUNT, TOKEN, base_url=base, environment={})
    with pytest.raises(ConnectionError, match="cannot connect"):
        untrusted.account.fetch()


async def test_async_client_trusts_only_the_given_bundle(https_server: Any) -> None:
    base, cert = https_server
    async with AsyncClient(
        ACCOUNT, TOKEN, base_url=base, ca_bundle=str(cert), environment={}
    ) as client:
        assert (await client.account.fetch()).friendly_name == "over tls"


class _ConnectProxy:
    """A forward proxy that only tunnels (CONNECT), recording what it was asked."""

    def __init__(self) -> None:
        import socket

        self.seen: list[tuple[str, str]] = []  # (request line, Proxy-Authorization)
        self._server = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://user:p%40ss@127.0.0.1:{self._server.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            threading.Thread(target=self._tunnel, args=(client,), daemon=True).start()

    def _tunnel(self, client: Any) -> None:
        import socket

        head = b""
        while b"\r\n\r\n" not in head:
            head += client.recv(4096)
        lines = head.decode("latin-1").split("\r\n")
        auth = next(
            (
                v
                for k, _, v in (x.partition(": ") for x in lines)
                if k.lower() == "proxy-authorization"
            ),
            "",
        )
        self.seen.append((lines[0], auth))
        port = lines[0].split()[1].rpartition(":")[2]
        upstream = socket.create_connection(("127.0.0.1", int(port)))
        client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")

        def pump(src: Any, dst: Any) -> None:
            try:
                while data := src.recv(65536):
                    dst.sendall(data)
            except OSError:
                pass
            finally:
                dst.close()

        threading.Thread(target=pump, args=(upstream, client), daemon=True).start()
        pump(client, upstream)

    def close(self) -> None:
        self._server.close()


def test_https_goes_through_a_proxy_tunnel_with_its_credentials(https_server: Any) -> None:
    base, cert = https_server
    proxy = _ConnectProxy()
    try:
        client = Client(
            ACCOUNT, TOKEN, base_url=base, ca_bundle=str(cert), proxy=proxy.url, environment={}
        )
        assert client.account.fetch().friendly_name == "over tls"
    finally:
        proxy.close()
    port = base.rsplit(":", 1)[1]
    assert proxy.seen == [(f"CONNECT localhost:{port} HTTP/1.1", "Basic dXNlcjpwQHNz")]


async def test_async_https_goes_through_a_proxy_tunnel(https_server: Any) -> None:
    base, cert = https_server
    proxy = _ConnectProxy()
    try:
        async with AsyncClient(
            ACCOUNT, TOKEN, base_url=base, ca_bundle=str(cert), proxy=proxy.url, environment={}
        ) as client:
            assert (await client.account.fetch()).friendly_name == "over tls"
    finally:
        proxy.close()
    assert [line for line, _ in proxy.seen] == [
        f"CONNECT localhost:{base.rsplit(':', 1)[1]} HTTP/1.1"
    ]

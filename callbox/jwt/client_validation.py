"""Public Key Client Validation (PKCV): sign every REST request with your RSA key.

With PKCV, each request to Twilio carries a ``Twilio-Client-Validation``
header: an RS256 JWT, signed with your private key, whose header has
``cty: twilio-pkrv;v=1`` and ``kid`` (the Credential SID of the public key you
uploaded), and whose claims are ``iss`` (API key SID), ``sub`` (account SID),
``nbf``/``exp`` (a five-minute window), ``hrh`` (the signed header names,
``;``-separated) and ``rqh``: the hex SHA-256 of the canonical request::

    METHOD                        upper case
    /path                         as sent, "/" when empty
    a=1&b=2                       query parameters as sent, sorted
    authorization:Basic ...       one "name:value" line per signed header,
    host:api.twilio.com           names lower-cased and sorted, values trimmed
    (empty line)
    authorization;host            the signed header names
    <hex SHA-256 of the body>

Usage with the REST client (the lead wires ``request_signer``)::

    private_pem, public_pem = generate_key_pair()      # once; upload public_pem
    signer = ClientValidationSigner(account_sid, credential_sid, private_pem)
    client = Client(api_key_sid, api_key_secret, account_sid, request_signer=signer)

``cryptography`` (the ``callbox[crypto]`` extra) is imported only when a key
is generated or a token is signed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import time
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

import jwt as pyjwt

from ..errors import ConfigurationError
from ._errors import TokenError

__all__ = [
    "CLIENT_VALIDATION_HEADER",
    "DEFAULT_SIGNED_HEADERS",
    "ClientValidationSigner",
    "canonical_request",
    "generate_key_pair",
    "request_hash",
]

CLIENT_VALIDATION_HEADER = "Twilio-Client-Validation"
DEFAULT_SIGNED_HEADERS = ("authorization", "host")
_CTY = "twilio-pkrv;v=1"
_DEFAULT_PORTS = {"https": 443, "http": 80}


def _crypto_missing(exc: ImportError) -> ConfigurationError:
    return ConfigurationError(
        "public key client validation needs the 'cryptography' package: "
        "pip install 'callbox[crypto]'"
    )


def generate_key_pair(bits: int = 2048) -> tuple[str, str]:
    """A new RSA key pair as ``(private_pem, public_pem)`` (PKCS#8 and SubjectPublicKeyInfo).

    Twilio accepts 2048-bit keys with exponent 65537. Keep the private PEM secret;
    upload the public PEM as a Credential (type ``public-key``).
    """
    try:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise _crypto_missing(exc) from exc
    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    private_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private_pem.decode("ascii"), public_pem.decode("ascii")


def _host_header(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    if port is not None and port != _DEFAULT_PORTS.get(parts.scheme.lower()):
        host += f":{port}"
    return host


def canonical_request(
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes | str | None,
    signed_headers: Iterable[str] = DEFAULT_SIGNED_HEADERS,
) -> tuple[str, str]:
    """The canonical request text and the ``hrh`` value (signed header names).

    A signed header missing from ``headers`` is left out, except ``host``,
    which is taken from the URL as an HTTP client would send it.
    """
    parts = urlsplit(url)
    by_name: dict[str, list[str]] = {}
    for name, value in headers.items():
        by_name.setdefault(name.strip().lower(), []).append(" ".join(str(value).split()))
    wanted = sorted({name.strip().lower() for name in signed_headers})
    if "host" in wanted and "host" not in by_name:
        by_name["host"] = [_host_header(url)]
    present = [name for name in wanted if name in by_name]
    header_lines = "".join(f"{name}:{','.join(by_name[name])}\n" for name in present)
    query = "&".join(sorted(p for p in parts.query.split("&") if p))
    if body is None:
        body = b""
    elif isinstance(body, str):
        body = body.encode("utf-8")
    hrh = ";".join(present)
    text = "\n".join(
        [
            method.strip().upper(),
            parts.path or "/",
            query,
            header_lines,
            hrh,
            hashlib.sha256(body).hexdigest(),
        ]
    )
    return text, hrh


def request_hash(
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes | str | None,
    signed_headers: Iterable[str] = DEFAULT_SIGNED_HEADERS,
) -> tuple[str, str]:
    """``(rqh, hrh)``: the hex SHA-256 of the canonical request, and the signed header names."""
    text, hrh = canonical_request(method, url, headers, body, signed_headers)
    return hashlib.sha256(text.encode("utf-8")).hexdigest(), hrh


def _basic_username(headers: Mapping[str, str]) -> str | None:
    for name, value in headers.items():
        if name.lower() == "authorization" and str(value).lower().startswith("basic "):
            try:
                decoded = base64.b64decode(str(value)[6:].strip(), validate=True).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError):
                return None
            return decoded.partition(":")[0] or None
    return None


class ClientValidationSigner:
    """Signs outgoing REST requests for Public Key Client Validation.

    ``signer(method, url, headers, body)`` returns the headers to add
    (``{"Twilio-Client-Validation": <jwt>}``). ``api_key_sid`` is the JWT
    issuer; when not given it is read from the request's Basic
    ``Authorization`` username (the API key SID the client authenticates
    with), falling back to the account SID.
    """

    def __init__(
        self,
        account_sid: str,
        credential_sid: str,
        private_key: str | bytes | Any,
        api_key_sid: str | None = None,
        *,
        signed_headers: Iterable[str] = DEFAULT_SIGNED_HEADERS,
        ttl: int = 300,
        algorithm: str = "RS256",
    ) -> None:
        if not account_sid or not credential_sid:
            raise ConfigurationError("account_sid and credential_sid are required")
        if not private_key:
            raise ConfigurationError("a private key is required")
        self.account_sid = account_sid
        self.credential_sid = credential_sid
        self.api_key_sid = api_key_sid
        self.signed_headers = tuple(signed_headers)
        self.ttl = ttl
        self.algorithm = algorithm
        self._key = self._load_key(private_key)

    @staticmethod
    def _load_key(private_key: Any) -> Any:
        if not isinstance(private_key, (str, bytes)):
            return private_key  # already a key object
        try:
            from cryptography.hazmat.primitives.serialization import load_pem_private_key
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise _crypto_missing(exc) from exc
        data = private_key.encode("ascii") if isinstance(private_key, str) else private_key
        try:
            return load_pem_private_key(data, password=None)
        except (ValueError, TypeError) as exc:
            raise ConfigurationError("the private key is not an unencrypted PEM key") from exc

    def __repr__(self) -> str:
        return f"<ClientValidationSigner account={self.account_sid} kid={self.credential_sid}>"

    def token(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | str | None,
        now: int | None = None,
    ) -> str:
        """The ``Twilio-Client-Validation`` JWT for one request."""
        rqh, hrh = request_hash(method, url, headers, body, self.signed_headers)
        issued = int(time.time()) if now is None else now
        claims = {
            "iss": self.api_key_sid or _basic_username(headers) or self.account_sid,
            "sub": self.account_sid,
            "nbf": issued,
            "exp": issued + self.ttl,
            "hrh": hrh,
            "rqh": rqh,
        }
        try:
            return pyjwt.encode(
                claims,
                self._key,
                algorithm=self.algorithm,
                headers={"cty": _CTY, "kid": self.credential_sid},
            )
        except (NotImplementedError, ValueError, TypeError) as exc:
            raise TokenError(f"could not sign the client validation token: {exc}") from exc

    def __call__(
        self, method: str, url: str, headers: Mapping[str, str], body: bytes | str | None
    ) -> dict[str, str]:
        return {CLIENT_VALIDATION_HEADER: self.token(method, url, headers, body)}

"""Public Key Client Validation with the official package's names and claims.

For code written against ``twilio``: :class:`ClientValidationJwt` (from
``twilio.jwt.validation``), and :class:`ValidationPayload` and :class:`ValidationClient`
(from ``twilio.http.validation_client``) are here, so such code runs with the imports
changed to ``callbox.jwt.validation`` (or ``callbox.jwt``)::

    from callbox import Client
    from callbox.jwt.validation import ValidationClient

    http = ValidationClient(account_sid, api_key_sid, credential_sid, private_key_pem)
    client = Client(api_key_sid, api_key_secret, account_sid, http_client=http)

:class:`ClientValidationJwt` computes ``hrh`` and ``rqh`` exactly as the official package
does, byte for byte (tests compare them).  Two of its rules differ from
:class:`~callbox.jwt.ClientValidationSigner`'s canonical request (written from Twilio's
description of the scheme): an empty body is hashed as the empty string, not as the
SHA-256 of nothing, and header values are taken as given rather than trimmed.  Use the
signer with ``request_signer=`` for new code and for :class:`~callbox.AsyncClient`; use
these names to keep code and tokens identical to the official package's.

``cryptography`` (the ``callbox[crypto]`` extra) signs the RS256 tokens.
"""

from __future__ import annotations

import hashlib
from typing import Any, NamedTuple

from ._base import Jwt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..rest import Request, Response, Transport

__all__ = ["ClientValidationJwt", "ValidationClient", "ValidationPayload", "ValidationResponse"]

#: The request header that carries the token (``client_validation`` loads PyJWT; not here).
_HEADER = "Twilio-Client-Validation"


class ValidationPayload(NamedTuple):
    """What a request contributes to its validation token (the official field names)."""

    method: str
    path: str
    query_string: str
    all_headers: Mapping[str, Any]
    signed_headers: Sequence[str]
    body: str | bytes


def _joined(value: Any, separator: str) -> str:
    """A header value or query as the official package writes it: lists sorted and joined."""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return separator.join(sorted(str(v) for v in value))
    return str(value)


def _sha256_or_empty(data: str | bytes) -> str:
    if not data:
        return ""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


class ClientValidationJwt(Jwt):
    """The ``Twilio-Client-Validation`` token for one request (RS256, five minutes).

    ``iss`` is the API key SID, ``sub`` the account SID, the header carries
    ``cty: twilio-pkrv;v=1`` and ``kid`` (the public key's Credential SID), and the
    claims ``hrh`` (the signed header names) and ``rqh`` (the hash of the request).
    """

    ALGORITHM = "RS256"
    CONTENT_TYPE = "twilio-pkrv;v=1"

    def __init__(
        self,
        account_sid: str,
        api_key_sid: str,
        credential_sid: str,
        private_key: Any,
        validation_payload: ValidationPayload,
    ) -> None:
        super().__init__(
            secret_key=private_key,
            issuer=api_key_sid,
            subject=account_sid,
            algorithm=self.ALGORITHM,
            ttl=300,
        )
        self.credential_sid = credential_sid
        self.validation_payload = validation_payload

    def __repr__(self) -> str:
        payload = self.validation_payload
        return f"<ClientValidationJwt {payload.method} {payload.path} kid={self.credential_sid}>"

    def _generate_headers(self) -> dict[str, Any]:
        return {"cty": self.CONTENT_TYPE, "kid": self.credential_sid}

    def canonical_request(self) -> str:
        """The text whose SHA-256 is ``rqh``."""
        payload = self.validation_payload
        headers = {name.lower(): _joined(v, ",") for name, v in payload.all_headers.items()}
        signed = sorted(payload.signed_headers)
        lines = "\n".join(f"{name}:{headers[name]}" for name in signed if name in headers)
        parts = [payload.method, payload.path, _joined(payload.query_string.split("&"), "&")]
        if lines:
            parts.append(lines)
        parts += ["", ";".join(signed), _sha256_or_empty(payload.body)]
        return "\n".join(parts)

    def _generate_payload(self) -> dict[str, Any]:
        rqh = hashlib.sha256(self.canonical_request().encode("utf-8")).hexdigest()
        return {"hrh": ";".join(sorted(self.validation_payload.signed_headers)), "rqh": rqh}


class ValidationResponse(NamedTuple):
    """What :meth:`ValidationClient.request` returns (the official response's fields)."""

    status_code: int
    text: str
    headers: Mapping[str, str]

    @property
    def ok(self) -> bool:
        return 200 <= self.status_code < 400


class ValidationClient:
    """A transport for :class:`~callbox.Client` that signs every request for PKCV.

    Pass it as ``http_client=`` (or ``transport=``).  Each request gets a
    :class:`ClientValidationJwt` over its method, path, query, ``Authorization`` and
    ``Host`` headers and body, then goes out through ``transport`` (by default
    :class:`callbox.rest.HTTPTransport`; a fresh one per request when
    ``pool_connections`` is false).
    """

    SIGNED_HEADERS = ("authorization", "host")

    def __init__(
        self,
        account_sid: str,
        api_key_sid: str,
        credential_sid: str,
        private_key: Any,
        pool_connections: bool = True,
        *,
        transport: Transport | None = None,
    ) -> None:
        self.account_sid = account_sid
        self.api_key_sid = api_key_sid
        self.credential_sid = credential_sid
        self.private_key = private_key
        self.pool_connections = pool_connections
        self._transport = transport

    def __repr__(self) -> str:
        return f"<ValidationClient account={self.account_sid} kid={self.credential_sid}>"

    def validation_payload(self, request: Request) -> ValidationPayload:
        """The parts of ``request`` the token signs (``Host`` from the URL when not set)."""
        from urllib.parse import urlsplit

        url = urlsplit(request.url)
        headers: dict[str, Any] = dict(request.headers)
        if not any(name.lower() == "host" for name in headers):
            headers["Host"] = url.netloc
        return ValidationPayload(
            method=request.method.upper(),
            path=url.path or "/",
            query_string=url.query,
            all_headers=headers,
            signed_headers=list(self.SIGNED_HEADERS),
            body=request.body or "",
        )

    def sign(self, request: Request) -> Request:
        """A copy of ``request`` with its ``Twilio-Client-Validation`` header."""
        from ..rest import Request

        token = ClientValidationJwt(
            self.account_sid,
            self.api_key_sid,
            self.credential_sid,
            self.private_key,
            self.validation_payload(request),
        ).to_jwt()
        headers = {**request.headers, _HEADER: token}
        return Request(request.method, request.url, headers, request.body, request.timeout)

    def send(self, request: Request) -> Response:
        """Sign and send one request (the :class:`~callbox.rest.Transport` interface)."""
        signed = self.sign(request)
        if self._transport is not None:
            return self._transport.send(signed)
        from ..rest import HTTPTransport

        if self.pool_connections:
            self._transport = HTTPTransport()
            return self._transport.send(signed)
        once = HTTPTransport()
        try:
            return once.send(signed)
        finally:
            once.close()

    def request(
        self,
        method: str,
        url: str,
        params: Mapping[str, Any] | None = None,
        data: Mapping[str, Any] | str | bytes | None = None,
        headers: Mapping[str, str] | None = None,
        auth: tuple[str, str] | None = None,
        timeout: float | None = None,
        allow_redirects: bool = False,
    ) -> ValidationResponse:
        """Send one signed request with the official ``request`` arguments.

        ``params`` go in the query, ``data`` is form-encoded, ``auth`` is Basic.
        Redirects are never followed (as Twilio's API never sends them).
        """
        import base64
        from urllib.parse import urlencode

        from ..rest import Request, Timeout

        if params:
            url += ("&" if "?" in url else "?") + urlencode(params, doseq=True)
        all_headers = dict(headers or {})
        body: bytes | None = None
        if isinstance(data, str):
            body = data.encode("utf-8")
        elif isinstance(data, bytes):
            body = data
        elif data:
            body = urlencode(data, doseq=True).encode("ascii")
            all_headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
        if auth is not None:
            pair = f"{auth[0]}:{auth[1]}".encode()
            all_headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
        response = self.send(Request(method.upper(), url, all_headers, body, Timeout.of(timeout)))
        return ValidationResponse(response.status, response.text, dict(response.headers))

    def validate_ssl_certificate(self, client: Any) -> None:
        """Check that ``client`` reaches Twilio's TLS test host; raise if it does not."""
        from ..errors import RestError

        url = "https://tls-test.twilio.com:443"
        response = client.request("GET", url)
        status: int = getattr(response, "status_code", None) or 0
        if not status:  # a callbox client answers with .status
            status = getattr(response, "status", 0)
        if not 200 <= status < 300:
            raise RestError(status, url, "Failed to validate SSL certificate")

    def close(self) -> None:
        """Close the pooled connections."""
        if self._transport is not None:
            self._transport.close()

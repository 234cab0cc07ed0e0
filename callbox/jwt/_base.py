"""The JWT base class every callbox token builds on (signed with PyJWT).

Claims are set as the official package sets them: ``exp`` comes from, in order,
a non-zero ``ttl`` given to :meth:`Jwt.to_jwt`, a non-zero ``valid_until``, then
issue time + the ``ttl`` given at construction; ``nbf`` is the issue time (whole
seconds) by default, the value given as is (an ``int``, a ``float``, a
``datetime``: PyJWT writes it as a NumericDate), or left out with ``None``.

Subclassing is the official package's extension point: override
``_generate_payload(self)`` (and ``_generate_headers(self)``) and the base adds
``iss``, ``exp``, ``nbf`` and ``sub``.  callbox's own tokens take an optional
``now`` there, so the ``jti`` and the times of one token agree to the second.
"""

from __future__ import annotations

import time

from ._errors import TokenError

# PyJWT (and with it the cryptography backends it finds, ~100 ms) is imported
# by the first to_jwt(), not by importing a token class.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from datetime import datetime
    from typing import Any, Final

__all__ = ["GENERATE", "Jwt"]

#: Whether a class's ``_generate_payload`` takes the issue time (found once per function).
_TAKES_NOW: dict[Any, bool] = {}


def _takes_now(function: Any) -> bool:
    known = _TAKES_NOW.get(function)
    if known is None:
        import inspect

        try:
            params = list(inspect.signature(function).parameters.values())[1:]
        except (TypeError, ValueError):
            params = []
        positional = (
            inspect.Parameter.POSITIONAL_ONLY,
            inspect.Parameter.POSITIONAL_OR_KEYWORD,
            inspect.Parameter.VAR_POSITIONAL,
        )
        known = _TAKES_NOW[function] = bool(params) and params[0].kind in positional
    return known


class _Generate:
    """Marker: compute the value when the token is issued."""

    _instance: _Generate | None = None

    def __new__(cls) -> _Generate:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "GENERATE"


GENERATE: Final = _Generate()


class Jwt:
    """A JSON Web Token signed with a shared secret (HS256 unless told otherwise)."""

    ALGORITHM = "HS256"
    GENERATE = GENERATE

    def __init__(
        self,
        secret_key: str | bytes,
        issuer: str,
        subject: str | None = None,
        algorithm: str | None = None,
        nbf: int | float | datetime | _Generate | None = GENERATE,
        ttl: float = 3600,
        valid_until: int | float | datetime | None = None,
    ) -> None:
        self.secret_key = secret_key
        self.issuer = issuer
        self.subject = subject
        self.algorithm = algorithm or self.ALGORITHM
        self.nbf = nbf
        self.ttl = ttl
        self.valid_until = valid_until
        self._decoded_headers: dict[str, Any] | None = None
        self._decoded_payload: dict[str, Any] | None = None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} iss={self.issuer!r} sub={self.subject!r}>"

    def __str__(self) -> str:
        return self.to_jwt()

    # -- what subclasses add (the official package's extension points)

    def _generate_headers(self) -> dict[str, Any]:
        """Extra JOSE header fields (``typ`` and ``alg`` are always the base's)."""
        return {}

    def _generate_payload(self) -> dict[str, Any]:
        """The token's own claims; the base adds ``iss``, ``exp``, ``nbf`` and ``sub``."""
        return {}

    # -- building

    def _claims(self, now: int, ttl: float | None = None) -> dict[str, Any]:
        generate = type(self)._generate_payload
        own = generate(self, now) if _takes_now(generate) else generate(self)  # type: ignore[call-arg]
        claims = dict(own)
        claims["iss"] = self.issuer
        if ttl:
            claims["exp"] = now + ttl
        elif self.valid_until:
            claims["exp"] = self.valid_until
        else:
            claims["exp"] = now + self.ttl
        if self.nbf is GENERATE:
            claims["nbf"] = now
        elif self.nbf is not None:
            claims["nbf"] = self.nbf
        if self.subject:
            claims["sub"] = self.subject
        return claims

    @property
    def headers(self) -> dict[str, Any]:
        """The JOSE header: the decoded one for a parsed token, else the one to_jwt writes."""
        if self._decoded_headers is not None:
            return self._decoded_headers
        headers = dict(self._generate_headers())
        headers["typ"] = "JWT"
        headers["alg"] = self.algorithm
        return headers

    @property
    def payload(self) -> dict[str, Any]:
        """The claims: the decoded ones for a parsed token, else those to_jwt would write now."""
        if self._decoded_payload is not None:
            return self._decoded_payload
        return self._claims(int(time.time()))

    def to_jwt(self, ttl: float | None = None) -> str:
        """Sign and encode the token; a non-zero ``ttl`` (seconds) overrides the lifetime."""
        if not self.secret_key:
            raise TokenError(f"{type(self).__name__} needs a secret key to be signed")
        import jwt as pyjwt

        claims = self._claims(int(time.time()), ttl)
        return pyjwt.encode(claims, self.secret_key, algorithm=self.algorithm, headers=self.headers)

    @classmethod
    def from_jwt(cls, jwt: str, key: str | bytes = "") -> Jwt:
        """Decode a token; with ``key`` its signature and times are verified too.

        Raises a :class:`~callbox.errors.TokenError` subclass saying what is wrong.
        """
        from ._decode import decode

        decoded = decode(jwt, key or None, verify=bool(key))
        return cls._from_jwt(decoded.headers, decoded.payload, key)

    @classmethod
    def _from_jwt(cls, headers: dict[str, Any], payload: dict[str, Any], key: Any = None) -> Jwt:
        """Build the decoded token (the official package's hook for :meth:`from_jwt`)."""
        token = Jwt(
            secret_key=key,
            issuer=payload.get("iss", ""),
            subject=payload.get("sub"),
            algorithm=headers.get("alg"),
            valid_until=payload.get("exp"),
            nbf=payload.get("nbf"),
        )
        token._decoded_headers = headers
        token._decoded_payload = payload
        return token

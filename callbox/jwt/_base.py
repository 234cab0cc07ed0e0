"""The JWT base class every callbox token builds on (signed with PyJWT).

Times are whole seconds since the epoch. ``exp`` comes from, in order: the
``ttl`` given to :meth:`Jwt.to_jwt`, ``valid_until``, then the ``ttl`` given at
construction. ``nbf`` is the issue time unless given (``None`` leaves it out).
"""

from __future__ import annotations

import time

from ._errors import TokenError

# PyJWT (and with it the cryptography backends it finds, ~100 ms) is imported
# by the first to_jwt(), not by importing a token class.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Final

__all__ = ["GENERATE", "Jwt"]


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
        nbf: int | float | _Generate | None = GENERATE,
        ttl: int = 3600,
        valid_until: int | float | None = None,
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

    # -- what subclasses add

    def _generate_headers(self) -> dict[str, Any]:
        return {}

    def _generate_payload(self, now: int) -> dict[str, Any]:
        return {}

    # -- building

    def _claims(self, now: int, ttl: int | None = None) -> dict[str, Any]:
        claims = dict(self._generate_payload(now))
        claims["iss"] = self.issuer
        if ttl is not None:
            claims["exp"] = now + int(ttl)
        elif self.valid_until is not None:
            claims["exp"] = int(self.valid_until)
        else:
            claims["exp"] = now + int(self.ttl)
        if self.nbf is GENERATE:
            claims["nbf"] = now
        elif self.nbf is not None:
            claims["nbf"] = int(self.nbf)  # type: ignore[arg-type]
        if self.subject:
            claims["sub"] = self.subject
        return claims

    @property
    def headers(self) -> dict[str, Any]:
        """The JOSE header: the decoded one for a parsed token, else the one to_jwt writes."""
        if self._decoded_headers is not None:
            return self._decoded_headers
        return {"typ": "JWT", "alg": self.algorithm, **self._generate_headers()}

    @property
    def payload(self) -> dict[str, Any]:
        """The claims: the decoded ones for a parsed token, else those to_jwt would write now."""
        if self._decoded_payload is not None:
            return self._decoded_payload
        return self._claims(int(time.time()))

    def to_jwt(self, ttl: int | None = None) -> str:
        """Sign and encode the token; ``ttl`` (seconds) overrides the lifetime."""
        if not self.secret_key:
            raise TokenError(f"{type(self).__name__} needs a secret key to be signed")
        import jwt as pyjwt

        claims = self._claims(int(time.time()), ttl)
        return pyjwt.encode(
            claims, self.secret_key, algorithm=self.algorithm, headers=self._generate_headers()
        )

    @classmethod
    def from_jwt(cls, jwt: str, key: str | bytes = "") -> Jwt:
        """Decode a token; with ``key`` its signature and times are verified too.

        Raises a :class:`~callbox.errors.TokenError` subclass saying what is wrong.
        """
        from ._decode import decode

        decoded = decode(jwt, key or None, verify=bool(key))
        token = Jwt(
            secret_key=key,
            issuer=decoded.payload.get("iss", ""),
            subject=decoded.payload.get("sub"),
            algorithm=decoded.headers.get("alg"),
        )
        token._decoded_headers = decoded.headers
        token._decoded_payload = decoded.payload
        return token

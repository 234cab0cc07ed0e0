"""Twilio request signatures: computing and checking ``X-Twilio-Signature``.

The rules, as Twilio documents them:

* the signed string is the full URL Twilio requested (scheme, host, path and
  query string, exactly as configured), followed by every POST parameter sorted
  by name, each written as its name immediately followed by its value;
* the signature is the base64 of an HMAC over that UTF-8 string, keyed with the
  account's auth token: HMAC-SHA1 by default, HMAC-SHA256 when a webhook
  setting says so in ``X-Twilio-Webhooks-Signature-Settings``;
* Twilio is not consistent about writing the port into the URL it signs, so a
  URL validates with and without the default port (``:443`` / ``:80``), and a URL
  with any explicit port also validates against a signature of the same URL
  without it (what the official package accepts);
* JSON bodies are not form parameters: Twilio adds a ``bodySHA256`` query
  parameter (hex SHA-256 of the raw body) to the signed URL, and the body must
  hash to it.

Choices made here (and why):

* A parameter given several times (a multi-dict: Werkzeug's ``MultiDict``,
  Django's ``QueryDict``, ``multidict``/WebOb ``getall``, Starlette's form, or
  pairs, or lists as dict values) is accepted signed in any of three forms: its
  values in the order received, sorted, or sorted without duplicates (what the
  official package computes). Those extra HMACs are only ever computed when a
  name repeats and the first form failed. :meth:`RequestValidator.compute_signature`
  writes the official package's form, so a signature made here validates there.
* Every request the official validator accepts validates here too: on a
  mismatch the URL is also tried with the default port added or removed, with
  any explicit port removed, and as the official package rewrites it
  (:func:`urllib.parse.urlparse` then ``geturl()``). A signature made *with* a
  non-default port still validates only on that port.
* When the URL carries ``bodySHA256`` the raw body must be passed as ``params``
  (``str`` or ``bytes``); parsed parameters cannot prove the body, so the
  request fails. A ``str``/``bytes`` body without ``bodySHA256`` is read as an
  ``application/x-www-form-urlencoded`` body.
* Speed: the URL and parameters as given are tried first, so a genuine request
  costs one HMAC; the comparison is :func:`hmac.compare_digest` on bytes.
"""

from __future__ import annotations

import binascii
import hashlib
import hmac

from ..errors import ConfigurationError, WebhookError

# Importing the validator costs no more than hmac and hashlib: typing, logging
# and urllib.parse load only on the paths that need them (a raw body, a
# repeated name, a warning), never for a plain dict of webhook parameters.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence
    from typing import Any, Union

    Params = Union[
        Mapping[str, Any],
        Iterable[tuple[str, Any]],
        str,
        bytes,
        None,
    ]
    """What ``params`` may be: a dict (values ``str`` or lists of ``str``), a
    multi-dict with ``getlist`` (Flask, Django, Starlette forms), a sequence of
    ``(name, value)`` pairs, a raw body (``str``/``bytes``) or ``None``."""

__all__ = [
    "HMAC_SHA1",
    "HMAC_SHA256",
    "SIGNATURE_HEADER",
    "SIGNATURE_SETTINGS_HEADER",
    "RequestValidator",
    "UnsupportedAlgorithmError",
    "compute_body_hash",
    "compute_signature",
    "get_signature_algorithm",
]

SIGNATURE_HEADER = "X-Twilio-Signature"
"""The header that carries the signature."""
SIGNATURE_SETTINGS_HEADER = "X-Twilio-Webhooks-Signature-Settings"
"""The header naming the key and algorithm when a Webhook Setting signs with a shared key."""
HMAC_SHA1 = "HMAC_SHA1"
HMAC_SHA256 = "HMAC_SHA256"

_DIGESTS = {HMAC_SHA1: "sha1", HMAC_SHA256: "sha256"}
_DEFAULT_PORTS = {"https": "443", "http": "80"}


def _warn(message: str, *args: object) -> None:
    import logging

    logging.getLogger("callbox.webhooks").warning(message, *args)


class UnsupportedAlgorithmError(WebhookError, ValueError):
    """The signature algorithm is neither HMAC_SHA1 nor HMAC_SHA256."""


def _digest_name(algorithm: str | None) -> str | None:
    if algorithm is None:
        return "sha1"
    return _DIGESTS.get(algorithm.upper())


def get_signature_algorithm(signature_settings_header: str | None) -> str:
    """The algorithm named by ``X-Twilio-Webhooks-Signature-Settings``.

    The header looks like ``key=<key id>,algorithm=HMAC_SHA256``; a missing or
    empty header, or one without ``algorithm=``, means the auth-token signature,
    :data:`HMAC_SHA1`.
    """
    if not signature_settings_header:
        return HMAC_SHA1
    for part in signature_settings_header.split(","):
        name, sep, value = part.partition("=")
        if sep and name.strip().lower() == "algorithm" and value.strip():
            return value.strip().upper()
    return HMAC_SHA1


def compute_body_hash(body: str | bytes) -> str:
    """Hex SHA-256 of a raw request body, as Twilio puts it in ``bodySHA256``."""
    if isinstance(body, str):
        body = body.encode("utf-8")
    return hashlib.sha256(body).hexdigest()


# ---------------------------------------------------------------- params


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8")
    if value is None:
        return ""
    return str(value)


def _pairs(params: Params) -> list[tuple[str, list[str]]]:
    """Params as ``(name, [values...])``, names in sorted order, values as received."""
    from collections.abc import Mapping

    if params is None:
        return []
    if isinstance(params, (str, bytes)):
        from urllib.parse import parse_qsl

        text = params.decode("utf-8") if isinstance(params, bytes) else params
        params = parse_qsl(text, keep_blank_values=True)
    # Multi-dicts: getall (multidict, WebOb) or getlist (Werkzeug, Django, Starlette).
    getlist = getattr(params, "getall", None) or getattr(params, "getlist", None)
    if getlist is not None and isinstance(params, Mapping):
        return [(name, [_text(v) for v in getlist(name)]) for name in sorted(set(params))]
    if isinstance(params, Mapping):
        out: list[tuple[str, list[str]]] = []
        for name in sorted(params):
            value = params[name]
            if isinstance(value, (list, tuple)):
                out.append((name, [_text(v) for v in value]))
            else:
                out.append((name, [_text(value)]))
        return out
    grouped: dict[str, list[str]] = {}
    for name, value in params:
        grouped.setdefault(_text(name), []).append(_text(value))
    return sorted(grouped.items())


def _stored_lists_text(params: dict[Any, Any]) -> tuple[str, bool] | None:
    stored = dict.items(params)
    if len(stored) != len(params):
        return None
    parts: list[str] = []
    repeated = False
    try:
        for name, values in sorted(stored):
            if type(values) is not list:
                return None
            if len(values) == 1:
                parts.append(name + values[0])
            else:
                repeated = True
                parts.extend([name + value for value in values])
    except TypeError:
        return None
    return "".join(parts), repeated


def _params_text(params: Params) -> tuple[str, bool]:
    """The signed tail after the URL, and whether some name has several values."""
    if type(params) is dict:
        # Fast path: a plain dict of str -> str (the common webhook).
        try:
            return "".join([name + params[name] for name in sorted(params)]), False
        except TypeError:
            pass
    if isinstance(params, dict) and hasattr(params, "getlist"):
        # Werkzeug's MultiDict and Django's QueryDict keep a list per name underneath.
        fast = _stored_lists_text(params)
        if fast is not None:
            return fast
    pairs = _pairs(params)
    repeated = False
    parts: list[str] = []
    for name, values in pairs:
        if len(values) > 1:
            repeated = True
        for value in values:
            parts.append(name)
            parts.append(value)
    return "".join(parts), repeated


def _sorted_values_text(params: Params, distinct: bool = False) -> str:
    """The signed tail with each name's values sorted (without duplicates if ``distinct``)."""
    parts: list[str] = []
    for name, values in _pairs(params):
        for value in sorted(set(values) if distinct else values):
            parts.append(name)
            parts.append(value)
    return "".join(parts)


# ---------------------------------------------------------------- URLs


def _authority(url: str) -> tuple[int, int, int] | None:
    """Where ``url``'s scheme ends (at ``://``), where its port's ``:`` is (-1 when it has
    no port) and where its authority ends; None when it has no ``scheme://``."""
    start = url.find("://")
    if start <= 0:
        return None
    begin = start + 3
    end = len(url)
    for stop in "/?#":
        at = url.find(stop, begin)
        if at != -1 and at < end:
            end = at
    host_start = begin + url[begin:end].rfind("@") + 1
    hostport = url[host_start:end]
    colon = hostport.rfind(":")
    return start, (host_start + colon if colon > hostport.rfind("]") else -1), end


def _port_variant(url: str) -> str | None:
    """The same URL with the default port added (or removed, if it is there)."""
    found = _authority(url)
    if found is None:
        return None
    start, colon, end = found
    default = _DEFAULT_PORTS.get(url[:start].lower())
    if default is None:
        return None
    if colon >= 0:
        return url[:colon] + url[end:] if url[colon + 1 : end] == default else None
    return url[:end] + ":" + default + url[end:]


def _without_port(url: str) -> str | None:
    """The same URL with its explicit port (any port) removed, or None if it has none."""
    found = _authority(url)
    if found is None or found[1] < 0:
        return None
    _, colon, end = found
    return url[:colon] + url[end:]


def _as_parsed(url: str) -> bool:
    """Whether ``urlparse(url).geturl()`` gives ``url`` back and its port is cut cleanly.

    True for the URLs webhooks use (lower-case ``http(s)://``, no user info or IPv6
    literal, no ``;``, no empty query or fragment), so checking them never imports urllib.
    """
    if not url.startswith(("https://", "http://")) or url.endswith(("?", "#")) or "?#" in url:
        return False
    if ";" in url or "\t" in url or "\r" in url or "\n" in url:  # ;params, unsafe bytes
        return False
    begin = url.find("://") + 3
    end = len(url)
    for stop in "/?#":
        at = url.find(stop, begin)
        if at != -1 and at < end:
            end = at
    authority = url[begin:end]
    return not ("@" in authority or "[" in authority or authority.endswith(":"))


def _official_forms(url: str) -> tuple[str, ...]:
    """The two URLs the official validator signs for ``url``: without and with a port.

    It parses the URL and writes it back with ``geturl()`` (scheme lower-cased, an
    empty query or fragment dropped), cuts the network location at its first ``:``
    for the first, and adds ``:443`` (https) or ``:80`` (anything else) when no port
    is given for the second.
    """
    if _as_parsed(url):
        # Parsing changes nothing: the variants made by hand already cover these.
        return ()
    from urllib.parse import urlparse

    try:
        parsed = urlparse(url)
        port = parsed.port
    except ValueError:  # a bad IPv6 literal or port: the official validator fails there too
        return ()
    if not port:
        return (
            parsed.geturl(),
            parsed._replace(
                netloc=parsed.netloc + (":443" if parsed.scheme == "https" else ":80")
            ).geturl(),
        )
    return (parsed._replace(netloc=parsed.netloc.split(":")[0]).geturl(), parsed.geturl())


def _url_variants(url: str) -> list[str]:
    """Other URLs the signature may have been made for (see the module notes), in order."""
    found: list[str] = []
    for variant in (_port_variant(url), _without_port(url), *_official_forms(url)):
        if variant is not None and variant != url and variant not in found:
            found.append(variant)
    return found


def _query_values(url: str, name: str) -> list[str]:
    from urllib.parse import parse_qsl

    query = url.partition("?")[2].partition("#")[0]
    return [value for key, value in parse_qsl(query, keep_blank_values=True) if key == name]


# ---------------------------------------------------------------- validator


def _as_keys(token: Any) -> tuple[bytes, ...]:
    if isinstance(token, (str, bytes)):
        tokens: Sequence[Any] = (token,)
    else:
        try:
            tokens = tuple(token)
        except TypeError:
            raise TypeError("token must be a str, bytes or a sequence of them") from None
    keys = tuple(t.encode("utf-8") if isinstance(t, str) else bytes(t) for t in tokens if t)
    if not keys:
        # An empty key would make every signature forgeable: refuse it loudly.
        raise ConfigurationError("RequestValidator needs at least one non-empty auth token")
    return keys


def _b64(digest: bytes) -> bytes:
    return binascii.b2a_base64(digest, newline=False)


class RequestValidator:
    """Checks that a webhook request was signed by Twilio.

    ``token`` is the auth token (or a shared signing key); pass a list such as
    ``[primary, secondary]`` while rotating tokens and a request signed with
    any of them validates. ``auth_token=`` is accepted as a keyword alias.
    """

    __slots__ = ("_keys",)

    def __init__(
        self,
        token: str | bytes | Sequence[str | bytes] | None = None,
        *,
        auth_token: str | bytes | Sequence[str | bytes] | None = None,
    ) -> None:
        if token is None:
            token = auth_token
        elif auth_token is not None:
            raise TypeError("pass the token once, either positionally or as auth_token=")
        self._keys = _as_keys(token)

    def __repr__(self) -> str:
        return f"<RequestValidator with {len(self._keys)} token(s)>"

    def compute_hash(self, body: str | bytes) -> str:
        """Hex SHA-256 of a raw body (the ``bodySHA256`` value)."""
        return compute_body_hash(body)

    def compute_signature(self, uri: str, params: Params, algorithm: str | None = None) -> str:
        """The signature Twilio would send for ``uri`` and ``params``, with the first token."""
        digest = _digest_name(algorithm)
        if digest is None:
            raise UnsupportedAlgorithmError(f"unsupported signature algorithm {algorithm!r}")
        tail, repeated = _params_text(params)
        if repeated:
            # The official package's form: each name's values sorted, duplicates dropped.
            tail = _sorted_values_text(params, distinct=True)
        data = (uri + tail).encode("utf-8")
        return _b64(hmac.digest(self._keys[0], data, digest)).decode("ascii")

    def validate(
        self,
        uri: str,
        params: Params,
        signature: str | bytes | None,
        algorithm: str | None = None,
    ) -> bool:
        """True when ``signature`` is Twilio's signature of ``uri`` and ``params``.

        ``params`` is the POST form (any mapping or multi-dict), or for a JSON
        request whose URL carries ``bodySHA256``, the raw body (``str``/``bytes``).
        """
        if not signature:
            return False
        if isinstance(signature, str):
            try:
                given = signature.encode("ascii")
            except UnicodeEncodeError:
                return False
        else:
            given = bytes(signature)
        digest = _digest_name(algorithm)
        if digest is None:
            _warn("Rejecting a webhook signed with unsupported algorithm %r", algorithm)
            return False

        if "bodySHA256" in uri:
            expected_hashes = _query_values(uri, "bodySHA256")
            if expected_hashes:
                if not isinstance(params, (str, bytes)):
                    if params:
                        _warn(
                            "The URL carries bodySHA256 but parsed parameters were given; "
                            "pass the raw request body to validate it"
                        )
                        return False
                    params = b""
                actual = compute_body_hash(params).encode("ascii")
                if not hmac.compare_digest(actual, expected_hashes[0].encode("utf-8")):
                    return False
                params = None

        tail, repeated = _params_text(params)
        tails = [tail.encode("utf-8")]
        if self._matches(uri, tails[0], given, digest):
            return True
        if repeated:
            for distinct in (False, True):
                other = _sorted_values_text(params, distinct).encode("utf-8")
                if other not in tails:
                    tails.append(other)
                    if self._matches(uri, other, given, digest):
                        return True
        for variant in _url_variants(uri):
            for other in tails:
                if self._matches(variant, other, given, digest):
                    return True
        return False

    def _matches(self, uri: str, tail: bytes, given: bytes, digest: str) -> bool:
        data = uri.encode("utf-8") + tail
        new = hmac.digest
        compare = hmac.compare_digest
        for key in self._keys:
            if compare(_b64(new(key, data, digest)), given):
                break
        else:
            return False
        return True


def compute_signature(
    auth_token: str | bytes, url: str, params: Params = None, algorithm: str | None = None
) -> str:
    """Signature of ``url`` + ``params`` with ``auth_token`` (handy in tests and tools)."""
    return RequestValidator(auth_token).compute_signature(url, params, algorithm)

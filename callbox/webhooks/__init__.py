"""Webhook security: check that requests really come from Twilio, in any framework.

Core: :class:`RequestValidator` (same names and arguments as the official
package: ``compute_signature(uri, params)``, ``validate(uri, params,
signature)``), with HMAC-SHA1/SHA-256, port variants, ``bodySHA256``
JSON bodies and several tokens at once. See :mod:`callbox.webhooks._signature`
for the exact rules.

Integrations (each imports its framework only when imported itself):

* ``callbox.webhooks.flask`` — ``@twilio_webhook``, ``TwilioWebhooks(app)``
* ``callbox.webhooks.django`` — ``@twilio_webhook`` (CSRF-exempt), ``TwilioWebhookMiddleware``
* ``callbox.webhooks.starlette`` — FastAPI ``Depends(TwilioWebhook())``, ``@twilio_webhook``,
  ``TwiMLResponse``
* ``callbox.webhooks.wsgi`` / ``callbox.webhooks.asgi`` — ``TwilioWebhookMiddleware``,
  ``twiml_response(start_response, twiml)`` / ``await send_twiml(send, twiml)``

All of them build a :class:`WebhookRequest` and call :func:`validate_request`
with a :class:`WebhookConfig`; failures get ``403`` and ``"Twilio request
signature is invalid"`` as ``text/plain``, logged at WARNING on the
``callbox.webhooks`` logger. Returned TwiML is served as ``text/xml; charset=utf-8``.

Settings (Flask ``app.config``, Django settings, else environment variables):

=================================  ==============================================
``TWILIO_AUTH_TOKEN``              the auth token that signs webhooks
``CALLBOX_WEBHOOK_AUTH_TOKENS``    more accepted tokens (list or comma-separated),
                                   e.g. the secondary token during rotation
``CALLBOX_WEBHOOK_PUBLIC_URL``     the public scheme://host[/prefix] Twilio calls
``CALLBOX_WEBHOOK_TRUST_PROXY``    trust ``X-Forwarded-Proto``/``-Host`` (off)
``CALLBOX_WEBHOOK_ALLOW_UNSIGNED`` development only: let unsigned requests in (off;
                                   logged at ERROR when on, WARNING per request)
``CALLBOX_WEBHOOK_PATHS``          Django middleware: the URL prefixes to protect
=================================  ==============================================
"""

from __future__ import annotations

from .. import _lazy

# The names load on first use: ``from callbox.webhooks import RequestValidator``
# costs hmac and hashlib, not the integrations' shared code (logging,
# dataclasses, urllib.parse).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._request import (
        ALLOW_UNSIGNED_SETTING,
        AUTH_TOKEN_SETTING,
        AUTH_TOKENS_SETTING,
        FORBIDDEN_MESSAGE,
        PUBLIC_URL_SETTING,
        TRUST_PROXY_SETTING,
        TWIML_CONTENT_TYPE,
        WebhookConfig,
        WebhookRequest,
        public_url,
        to_twiml,
        validate_request,
    )
    from ._signature import (
        HMAC_SHA1,
        HMAC_SHA256,
        SIGNATURE_HEADER,
        SIGNATURE_SETTINGS_HEADER,
        RequestValidator,
        UnsupportedAlgorithmError,
        compute_body_hash,
        compute_signature,
        get_signature_algorithm,
    )

_SIGNATURE = "callbox.webhooks._signature"
_REQUEST = "callbox.webhooks._request"
_LAZY = {
    "HMAC_SHA1": _SIGNATURE,
    "HMAC_SHA256": _SIGNATURE,
    "SIGNATURE_HEADER": _SIGNATURE,
    "SIGNATURE_SETTINGS_HEADER": _SIGNATURE,
    "RequestValidator": _SIGNATURE,
    "UnsupportedAlgorithmError": _SIGNATURE,
    "compute_body_hash": _SIGNATURE,
    "compute_signature": _SIGNATURE,
    "get_signature_algorithm": _SIGNATURE,
    "ALLOW_UNSIGNED_SETTING": _REQUEST,
    "AUTH_TOKEN_SETTING": _REQUEST,
    "AUTH_TOKENS_SETTING": _REQUEST,
    "FORBIDDEN_MESSAGE": _REQUEST,
    "PUBLIC_URL_SETTING": _REQUEST,
    "TRUST_PROXY_SETTING": _REQUEST,
    "TWIML_CONTENT_TYPE": _REQUEST,
    "WebhookConfig": _REQUEST,
    "WebhookRequest": _REQUEST,
    "public_url": _REQUEST,
    "to_twiml": _REQUEST,
    "validate_request": _REQUEST,
}


if not TYPE_CHECKING:  # type checkers see the imports above, so a misspelt name is an error
    __getattr__, __dir__ = _lazy.exports(globals(), _LAZY)


__all__ = [
    "ALLOW_UNSIGNED_SETTING",
    "AUTH_TOKENS_SETTING",
    "AUTH_TOKEN_SETTING",
    "FORBIDDEN_MESSAGE",
    "HMAC_SHA1",
    "HMAC_SHA256",
    "PUBLIC_URL_SETTING",
    "SIGNATURE_HEADER",
    "SIGNATURE_SETTINGS_HEADER",
    "TRUST_PROXY_SETTING",
    "TWIML_CONTENT_TYPE",
    "RequestValidator",
    "UnsupportedAlgorithmError",
    "WebhookConfig",
    "WebhookRequest",
    "compute_body_hash",
    "compute_signature",
    "get_signature_algorithm",
    "public_url",
    "to_twiml",
    "validate_request",
]

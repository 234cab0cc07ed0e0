"""Fixtures for the webhook tests: an independent signer, and Django set up only on request."""

from __future__ import annotations

import pytest

from .webhook_signing import TOKEN, Signer, twilio_sign


@pytest.fixture
def sign() -> Signer:
    """Sign like Twilio does, with the test token unless another is given."""

    def _sign(url: str, params: object = None, token: str = TOKEN) -> str:
        return twilio_sign(token, url, params)  # type: ignore[arg-type]

    return _sign


@pytest.fixture(scope="session")
def django_configured() -> None:
    """Configure Django once, only for the tests that ask for it."""
    django = pytest.importorskip("django")
    from django.conf import settings

    if not settings.configured:
        settings.configure(
            DEBUG=False,
            SECRET_KEY="callbox-webhook-tests",
            ALLOWED_HOSTS=["*"],
            ROOT_URLCONF="callbox-tests-not-used",
            MIDDLEWARE=["django.middleware.csrf.CsrfViewMiddleware"],
            INSTALLED_APPS=[],
            USE_TZ=True,
        )
        django.setup()

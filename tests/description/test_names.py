"""Python names of API names: the one rule behind every keyword argument and resource name."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from callbox.description._names import python_name


@pytest.mark.parametrize(
    ("api", "python"),
    [
        ("StatusCallbackEvent", "status_callback_event"),
        ("To", "to"),
        ("From", "from_"),
        ("DateSent<", "date_sent_before"),
        ("DateSent>", "date_sent_after"),
        ("ChannelData.To", "channel_data_to"),
        ("Passkeys.RelyingParty.Id", "passkeys_relying_party_id"),
        ("SmsUrl", "sms_url"),
        ("SMSUrl", "sms_url"),
        ("AddOns", "add_ons"),
        ("X-Twilio-Webhook-Enabled", "x_twilio_webhook_enabled"),
        ("Sip2Domain", "sip2_domain"),
        ("2fa", "_2fa"),
        ("friendly_name", "friendly_name"),
        ("Global", "global_"),
    ],
)
def test_api_names_read_as_python_names(api: str, python: str) -> None:
    assert python_name(api) == python


def _two_passes(name: str) -> str:
    """The rule as first written (two regular expressions), kept here as the reference."""
    if name.endswith(">"):
        return _two_passes(name[:-1]) + "_after"
    if name.endswith("<"):
        return _two_passes(name[:-1]) + "_before"
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    s = re.sub(r"[^A-Za-z0-9]+", "_", s).strip("_").lower()
    if s in {"from", "global", "import", "in", "is", "not", "none", "true", "false", "class"}:
        s += "_"
    return "_" + s if s[:1].isdigit() else s


@settings(max_examples=500)
@given(st.text(alphabet="AaBbZz09._-<> é", max_size=16))
def test_the_one_pass_loop_agrees_with_the_two_regular_expressions(name: str) -> None:
    assert python_name(name) == _two_passes(name)

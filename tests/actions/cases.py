"""The block's error table, row by row, as payloads and the answers they must get.

Shared by the tests of ``run()``, ``callbox action`` and ``callbox actions serve``:
the same cases through all three.
"""

from __future__ import annotations

from typing import Any

from callbox.sandbox import Sandbox

NUMBER = "+15005550006"
PHONE = "+14155550100"
#: The seed's own example of a wrong account SID (too short).
SHORT_SID = "AC5f37acb25ffaeb498a78"

BODIES: dict[str, dict[str, Any]] = {
    "makeCall": {"url": "http://127.0.0.1:9/voice.xml"},
    "sendMessage": {"body": "text"},
    "sendMediaMessage": {"mediaUrl": "https://example.com/picture.png"},
}
RESOURCE = {"makeCall": "Calls", "sendMessage": "Messages", "sendMediaMessage": "Messages"}


def payload(sb: Sandbox, action: str, **changes: Any) -> dict[str, Any]:
    """A payload that works, with ``changes`` (a value of ``None`` removes the field)."""
    base: dict[str, Any] = {
        "accountSid": sb.account_sid,
        "accountToken": sb.auth_token,
        "from": NUMBER,
        "to": PHONE,
        **BODIES[action],
    }
    base.update(changes)
    return {k: v for k, v in base.items() if v is not None}


#: The rows of the block's error table.
ROWS = ("credentials", "accountSid", "accountToken", "mandatory field", "additional field")
#: Every (row, action) pair, for parametrize.
CASES = [(row, action) for row in ROWS for action in BODIES]


def error_case(sb: Sandbox, row: str, action: str) -> tuple[dict[str, Any], str]:
    """The payload of one row of the table for one action, and the error it must get."""
    resource = RESOURCE[action]
    if row == "credentials":  # Provide accountSid and accountToken
        return payload(sb, action, accountToken=None), "Credentials are required to create a Client"
    if row == "accountSid":  # Provide correct accountSid
        return payload(sb, action, accountSid=SHORT_SID), (
            "[HTTP 404] Unable to create record: The requested resource "
            f"/2010-04-01/Accounts/{SHORT_SID}/{resource}.json was not found"
        )
    if row == "accountToken":  # Provide correct accountToken
        return payload(sb, action, accountToken="not-the-token"), (
            "[HTTP 401] Unable to create record: Authenticate"
        )
    if row == "mandatory field":  # One of a mandatory field is incorrect
        missing = (
            "No 'From' number is specified"
            if action == "makeCall"
            else 'A "From" phone number is required.'  # the seed's table, word for word
        )
        return payload(sb, action, **{"from": None}), (
            f"[HTTP 400] Unable to create record: {missing}"
        )
    changes, message = {  # One of an additional field is incorrect
        "makeCall": ({"method": "test"}, "Method is not valid: TEST"),
        "sendMessage": ({"maxPrice": "abc"}, "Invalid value for parameter MaxPrice: 'abc'"),
        "sendMediaMessage": ({"mediaUrl": "not a url"}, "Invalid media URL(s): not a url"),
    }[action]
    return payload(sb, action, **changes), f"[HTTP 400] Unable to create record: {message}"


#: Refused before anything is sent: (action, changes, the error text).
LOCAL_ERRORS: list[tuple[str, dict[str, Any], str]] = [
    (
        "sendMessage",
        {"subject": "hello"},
        'Unknown field "subject"; sendMessage takes: accountSid, accountToken, from, '
        "messagingServiceSid, to, body, statusCallback, applicationSid, maxPrice, "
        "provideFeedback",
    ),
    ("sendMediaMessage", {"body": "no body here"}, 'Unknown field "body"; sendMediaMessage'),
    ("makeCall", {"timeout": "soon"}, 'Field "timeout" must be a number, not "soon"'),
    ("makeCall", {"record": "maybe"}, 'Field "record" must be true or false, not "maybe"'),
    ("sendMessage", {"to": 14155550100}, 'Field "to" must be a string, not 14155550100'),
    (
        "makeCall",
        {"statusCallbackEvent": 5},
        'Field "statusCallbackEvent" must be a string or an array of strings, not 5',
    ),
    ("sendMessage", {"provideFeedback": [True]}, 'Field "provideFeedback" must be true or false'),
    ("sendMessage", {"accountToken": 12345}, 'Field "accountToken" must be a string'),
]

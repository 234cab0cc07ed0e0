"""Errors come back as Twilio's JSON with Twilio's codes, and bad input is never a 5xx."""

from __future__ import annotations

import base64

import httpx
import pytest

from callbox.sandbox import Sandbox

from .conftest import Raw


def _error(response: httpx.Response, status: int, code: int) -> dict[str, object]:
    assert response.status_code == status, response.text
    body: dict[str, object] = response.json()
    assert body == {
        "code": code,
        "message": body["message"],
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }
    assert isinstance(body["message"], str) and body["message"]
    assert response.headers["content-type"] == "application/json"
    assert response.headers["twilio-request-id"].startswith("RQ")
    return body


def test_wrong_or_missing_credentials_are_20003(sandbox: Sandbox, acct: str) -> None:
    with httpx.Client(base_url=sandbox.base_url) as http:
        _error(http.get(f"{acct}/Messages.json"), 401, 20003)
        wrong = http.get(f"{acct}/Messages.json", auth=(sandbox.account_sid, "nope"))
        _error(wrong, 401, 20003)
        _error(http.get(f"{acct}/Messages.json", auth=("ACnope", "x")), 401, 20003)
        bearer = http.get(f"{acct}/Messages.json", headers={"Authorization": "Bearer abc"})
        _error(bearer, 401, 20003)
        garbage = http.get(f"{acct}/Messages.json", headers={"Authorization": "Basic %%%"})
        _error(garbage, 401, 20003)
        no_colon = base64.b64encode(sandbox.account_sid.encode()).decode()
        _error(
            http.get(f"{acct}/Messages.json", headers={"Authorization": f"Basic {no_colon}"}),
            401,
            20003,
        )


def test_a_malformed_account_sid_in_the_path_is_20404_whatever_the_credentials(
    sandbox: Sandbox,
) -> None:
    # As on Twilio (the low-code block's error table shows it): the path is checked first.
    short = "AC5f37acb25ffaeb498a78"
    path = f"/api/2010-04-01/Accounts/{short}/Messages.json"
    with httpx.Client(base_url=sandbox.base_url) as http:
        no_credentials = httpx.Auth()  # adds nothing to the request
        for auth in (
            (short, "any token"),
            (sandbox.account_sid, sandbox.auth_token),
            no_credentials,
        ):
            body = _error(http.post(path, data={"To": "+14155550100"}, auth=auth), 404, 20404)
            assert body["message"] == (
                f"The requested resource /2010-04-01/Accounts/{short}/Messages.json was not found"
            )
        well_formed = "AC" + "5" * 32  # unknown, but an account SID: the credentials decide
        _error(http.get(f"/api/2010-04-01/Accounts/{well_formed}.json"), 401, 20003)


def test_unknown_records_and_paths_are_20404(raw: Raw, acct: str) -> None:
    body = _error(raw.get(f"{acct}/Queues/QU{'0' * 32}.json"), 404, 20404)
    assert "was not found" in str(body["message"])
    _error(raw.get(f"{acct}/NoSuchThing.json"), 404, 20404)
    body = _error(raw.get("/nowhere/v1/Things"), 404, 20404)
    assert body["message"] == "The requested resource /nowhere/v1/Things was not found"
    _error(raw.get("/verify/v2/Services/not-a-sid"), 404, 20404)
    _error(raw.delete(f"{acct}/Queues/QU{'1' * 32}.json"), 404, 20404)


def test_a_path_under_a_missing_record_is_20404(raw: Raw, acct: str) -> None:
    ghost = f"{acct}/Calls/CA{'0' * 32}/Recordings.json"
    body = _error(raw.get(ghost), 404, 20404)
    # Named as Twilio names it, without the sandbox's host label.
    assert body["message"] == f"The requested resource {ghost[4:]} was not found"
    _error(raw.get(f"/conversations/v1/Conversations/CH{'0' * 32}/Messages"), 404, 20404)
    _error(raw.post(f"/verify/v2/Services/VA{'0' * 32}/Verifications", data={}), 404, 20404)
    service = raw.post("/verify/v2/Services", data={"FriendlyName": "s"}).json()
    assert raw.get(f"/verify/v2/Services/{service['sid']}/Entities").status_code == 200
    raw.delete(f"/verify/v2/Services/{service['sid']}")
    _error(raw.get(f"/verify/v2/Services/{service['sid']}/Entities"), 404, 20404)


def test_a_method_the_resource_lacks_is_405(raw: Raw, acct: str) -> None:
    _error(raw.delete(f"{acct}/Messages.json"), 405, 20004)
    _error(raw.request("PUT", f"{acct}/Messages.json"), 405, 20004)
    _error(raw.delete(f"{acct}.json"), 405, 20004)  # accounts cannot be deleted
    _error(raw.request("PATCH", "/verify/v2/Services"), 405, 20004)
    # The answer says what the resource does take.
    assert raw.delete(f"{acct}/Messages.json").headers["allow"] == "GET, HEAD, POST"


def test_missing_required_parameters_name_the_parameter(raw: Raw, acct: str) -> None:
    body = _error(raw.post(f"{acct}/Messages.json", data={"Body": "hi"}), 400, 21604)
    assert body["message"] == 'A "To" phone number is required.'  # Twilio's wording
    body = _error(raw.post(f"{acct}/Messages.json", data={"To": "+14155550100"}), 400, 21603)
    assert body["message"] == 'A "From" phone number is required.'
    body = _error(raw.post("/verify/v2/Services", data={}), 400, 20001)
    assert "FriendlyName" in str(body["message"])
    # An empty value counts as missing, as on Twilio.
    _error(raw.post("/verify/v2/Services", data={"FriendlyName": ""}), 400, 20001)


def test_enum_and_type_checks_come_from_the_description(raw: Raw, acct: str) -> None:
    body = _error(
        raw.post(f"{acct}/Calls.json", data={"To": "+1", "From": "+1", "Url": "x", "Method": "X"}),
        400,
        21209,  # Twilio's "Invalid Method" for calls, worded as the official libraries show it
    )
    assert body["message"] == "Method is not valid: X"
    queue = raw.post(f"{acct}/Queues.json", data={"FriendlyName": "q"}).json()
    _error(raw.post(f"{acct}/Queues/{queue['sid']}.json", data={"MaxSize": "lots"}), 400, 20001)
    ok = raw.post(f"{acct}/Queues/{queue['sid']}.json", data={"MaxSize": "12"})
    assert ok.status_code == 200 and ok.json()["max_size"] == 12
    service = raw.post("/verify/v2/Services", data={"FriendlyName": "s"}).json()
    bad_bool = raw.post(f"/verify/v2/Services/{service['sid']}", data={"Psd2Enabled": "maybe"})
    _error(bad_bool, 400, 20001)
    good = raw.post(f"/verify/v2/Services/{service['sid']}", data={"Psd2Enabled": "True"})
    assert good.json()["psd2_enabled"] is True


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("PageSize=0", 20001),
        ("PageSize=-5", 20001),
        ("PageSize=abc", 20001),
        ("PageSize=1001", 20007),
        ("Page=-1", 20001),
        ("Page=1.5", 20001),
        ("PageToken=garbage", 21481),
        ("PageSize=99999999999999999999", 20001),
    ],
)
def test_invalid_paging_is_a_400(raw: Raw, acct: str, query: str, code: int) -> None:
    _error(raw.get(f"{acct}/Messages.json?{query}"), 400, code)
    _error(raw.get(f"/verify/v2/Services?{query}"), 400, code)


def test_bad_bodies_are_4xx(sandbox: Sandbox, raw: Raw, acct: str) -> None:
    path = "/verify/v2/Services"
    _error(
        raw.post(path, content=b"FriendlyName=%ff%fe", headers={"Content-Type": _FORM}), 400, 20001
    )
    _error(
        raw.post(path, content=b'{"FriendlyName": "x"}', headers={"Content-Type": "text/plain"}),
        415,
        20001,
    )
    _error(
        raw.post(path, content=b"--x\r\n", headers={"Content-Type": "multipart/form-data; b=x"}),
        415,
        20001,
    )
    _error(
        raw.post(path, content=b"{not json", headers={"Content-Type": "application/json"}),
        400,
        20001,
    )
    huge = b"FriendlyName=" + b"a" * (2 << 20)
    _error(raw.post(path, content=huge, headers={"Content-Type": _FORM}), 413, 20001)
    many = "&".join(f"k{i}=v" for i in range(5000)).encode()
    _error(raw.post(path, content=many, headers={"Content-Type": _FORM}), 400, 20001)
    # A chunked upload that grows past the limit is cut off too.
    chunks = (b"a" * 65536 for _ in range(40))
    _error(raw.post(path, content=chunks, headers={"Content-Type": _FORM}), 413, 20001)


_FORM = "application/x-www-form-urlencoded"


def test_head_answers_like_get_without_a_body(raw: Raw, acct: str) -> None:
    got = raw.get(f"{acct}/Messages.json")
    head = raw.request("HEAD", f"{acct}/Messages.json")
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    assert raw.request("HEAD", f"{acct}/Messages/SM{'0' * 32}.json").status_code == 404


def test_unicode_digits_are_not_page_numbers(raw: Raw, acct: str) -> None:
    for value in ("²", "١٢", "1_0"):
        _error(raw.get(f"{acct}/Messages.json", params={"PageSize": value}), 400, 20001)


def test_deep_json_and_huge_integers_are_400_not_500(raw: Raw, acct: str) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    json_headers = {"Content-Type": "application/json"}
    body = _error(raw.post("/content/v1/Content", content=deep, headers=json_headers), 400, 20001)
    assert "nested" in str(body["message"])
    forty = "[" * 40 + "]" * 40  # parses, but deeper than any Twilio body
    _error(raw.post("/content/v1/Content", content=forty, headers=json_headers), 400, 20001)
    # Integers must fit the 64 bits Twilio's own types have, in filters and in bodies.
    _error(raw.get(f"{acct}/Notifications.json", params={"Log": "9" * 30}), 400, 20001)
    space = raw.post("/taskrouter/v1/Workspaces", data={"FriendlyName": "w"}).json()
    tasks = f"/taskrouter/v1/Workspaces/{space['sid']}/Tasks"
    _error(raw.get(tasks, params={"Priority": str(2**63)}), 400, 20001)
    assert raw.get(tasks, params={"Priority": str(2**63 - 1)}).status_code == 200
    # An object-valued form parameter nests no deeper than a JSON body.
    _error(raw.post("/video/v1/Rooms", data={"TranscriptionsConfiguration": deep}), 400, 20001)


def test_json_body_members_are_type_checked(raw: Raw) -> None:
    path = "/content/v1/Content"
    good = {"friendly_name": "hello", "language": "en", "types": {"twilio/text": {"body": "hi"}}}
    made = raw.post(path, json=good)
    assert made.status_code == 201, made.text
    assert made.json()["types"] == good["types"]
    body = _error(raw.post(path, json={**good, "types": 5}), 400, 20001)
    assert body["message"] == "Invalid value for parameter types: expected an object"
    body = _error(raw.post(path, json={**good, "language": ["en"]}), 400, 20001)
    assert "language" in str(body["message"])
    missing = {k: v for k, v in good.items() if k != "types"}
    body = _error(raw.post(path, json=missing), 400, 20001)
    assert body["message"] == "Missing required parameter types in the JSON body"
    _error(raw.post(path, json=["not", "an", "object"]), 400, 20001)


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)", "/relative"]
)
def test_urls_twilio_would_call_must_be_http(raw: Raw, acct: str, url: str) -> None:
    sent = {"To": "+14155550100", "From": "+15005550006", "Body": "hi", "StatusCallback": url}
    body = _error(raw.post(f"{acct}/Messages.json", data=sent), 400, 20001)
    assert "StatusCallback" in str(body["message"])
    media = {**sent, "StatusCallback": "http://127.0.0.1:9/ok", "MediaUrl": url}
    _error(raw.post(f"{acct}/Messages.json", data=media), 400, 21620)
    call = {"To": "+14155550100", "From": "+15005550006", "Url": url}
    _error(raw.post(f"{acct}/Calls.json", data=call), 400, 21205)

"""Errors come back as Twilio's JSON with Twilio's codes, and bad input is never a 5xx."""

from __future__ import annotations

import base64

import httpx
import pytest

from callbox.sandbox import Sandbox

from .conftest import Raw


def _error(response: httpx.Response, status: int, code: int) -> dict[str, object]:
    assert response.status_code == status, response.text
    body = response.json()
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
        for auth in ((short, "any token"), (sandbox.account_sid, sandbox.auth_token), None):
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
    _error(raw.get("/nowhere/v1/Things"), 404, 20404)
    _error(raw.get("/verify/v2/Services/not-a-sid"), 404, 20404)
    _error(raw.delete(f"{acct}/Queues/QU{'1' * 32}.json"), 404, 20404)


def test_a_method_the_resource_lacks_is_405(raw: Raw, acct: str) -> None:
    _error(raw.delete(f"{acct}/Messages.json"), 405, 20004)
    _error(raw.request("PUT", f"{acct}/Messages.json"), 405, 20004)
    _error(raw.delete(f"{acct}.json"), 405, 20004)  # accounts cannot be deleted
    _error(raw.request("PATCH", "/verify/v2/Services"), 405, 20004)


def test_missing_required_parameters_name_the_parameter(raw: Raw, acct: str) -> None:
    body = _error(raw.post(f"{acct}/Messages.json", data={"Body": "hi"}), 400, 21604)
    assert "To" in str(body["message"])
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

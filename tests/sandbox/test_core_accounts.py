"""Accounts: subaccounts with their own tokens, isolation, API keys, suspended and closed."""

from __future__ import annotations

from typing import Any

from callbox.sandbox import Sandbox

from .conftest import Raw


def _sub(raw: Raw, name: str) -> dict[str, Any]:
    response = raw.post("/api/2010-04-01/Accounts.json", data={"FriendlyName": name})
    assert response.status_code == 201, response.text
    return dict(response.json())


def test_a_subaccount_gets_its_own_credentials_and_uris(sandbox: Sandbox, raw: Raw) -> None:
    sub = _sub(raw, "customer 1")
    assert sub["sid"].startswith("AC") and sub["sid"] != sandbox.account_sid
    assert sub["owner_account_sid"] == sandbox.account_sid
    assert sub["status"] == "active" and len(sub["auth_token"]) == 32
    assert sub["uri"] == f"/2010-04-01/Accounts/{sub['sid']}.json"
    assert sub["subresource_uris"]["messages"] == f"/2010-04-01/Accounts/{sub['sid']}/Messages.json"
    as_sub = raw.as_(sub["sid"], sub["auth_token"])
    me = as_sub.get(f"/api/2010-04-01/Accounts/{sub['sid']}.json")
    assert me.status_code == 200 and me.json()["friendly_name"] == "customer 1"
    as_sub.close()


def test_parent_reaches_subaccounts_but_not_the_other_way(sandbox: Sandbox, raw: Raw) -> None:
    one, two = _sub(raw, "one"), _sub(raw, "two")
    as_one = raw.as_(one["sid"], one["auth_token"])
    parent_path = f"/api/2010-04-01/Accounts/{sandbox.account_sid}"
    one_path, two_path = (f"/api/2010-04-01/Accounts/{a['sid']}" for a in (one, two))

    # The subaccount creates a queue in its own account.
    queue = as_one.post(f"{one_path}/Queues.json", data={"FriendlyName": "mine"}).json()
    assert queue["account_sid"] == one["sid"]

    # The parent sees and changes it through the subaccount's path.
    seen = raw.get(f"{one_path}/Queues/{queue['sid']}.json")
    assert seen.status_code == 200
    renamed = raw.post(f"{one_path}/Queues/{queue['sid']}.json", data={"FriendlyName": "p"})
    assert renamed.json()["friendly_name"] == "p"
    # ...but it is not in the parent's own account.
    assert raw.get(f"{parent_path}/Queues/{queue['sid']}.json").status_code == 404

    # The subaccount cannot reach its parent or its sibling: Twilio's 20003, HTTP 401.
    for path in (parent_path, two_path):
        for method, url in (
            ("GET", f"{path}/Queues.json"),
            ("POST", f"{path}/Queues.json"),
            ("GET", f"{path}.json"),
        ):
            denied = as_one.request(method, url, data={"FriendlyName": "x"})
            assert denied.status_code == 401, (method, url, denied.text)
            assert denied.json()["code"] == 20003
    # A sibling's records under its own path are not visible either.
    as_two = raw.as_(two["sid"], two["auth_token"])
    assert as_two.get(f"{one_path}/Queues/{queue['sid']}.json").status_code == 401
    assert as_two.get(f"{two_path}/Queues/{queue['sid']}.json").status_code == 404

    # Account lists: the parent sees itself and its subaccounts, a subaccount only itself.
    listed = raw.get("/api/2010-04-01/Accounts.json?PageSize=1000").json()["accounts"]
    sids = {a["sid"] for a in listed}
    assert {sandbox.account_sid, one["sid"], two["sid"]} <= sids
    mine = as_one.get("/api/2010-04-01/Accounts.json").json()["accounts"]
    assert [a["sid"] for a in mine] == [one["sid"]]
    as_one.close()
    as_two.close()


def test_v1_resources_are_reached_only_with_their_own_accounts_credentials(raw: Raw) -> None:
    sub = _sub(raw, "v1 scope")
    as_sub = raw.as_(sub["sid"], sub["auth_token"])
    service = as_sub.post("/verify/v2/Services", data={"FriendlyName": "sub service"}).json()
    assert service["account_sid"] == sub["sid"]
    mine = [s["sid"] for s in raw.get("/verify/v2/Services?PageSize=1000").json()["services"]]
    assert service["sid"] not in mine
    # As on Twilio, resources outside the 2010 API need the subaccount's own credentials:
    # to its parent, as to a sibling, the record does not exist.
    other = _sub(raw, "sibling")
    as_other = raw.as_(other["sid"], other["auth_token"])
    for client in (raw, as_other):
        path = f"/verify/v2/Services/{service['sid']}"
        for response in (client.get(path), client.delete(path), client.post(path, data={})):
            assert response.status_code == 404 and response.json()["code"] == 20404
    assert as_sub.get(f"/verify/v2/Services/{service['sid']}").json()["friendly_name"] == (
        "sub service"
    )
    as_sub.close()
    as_other.close()


def test_subaccounts_cannot_create_subaccounts(raw: Raw) -> None:
    sub = _sub(raw, "no grandchildren")
    as_sub = raw.as_(sub["sid"], sub["auth_token"])
    refused = as_sub.post("/api/2010-04-01/Accounts.json", data={"FriendlyName": "x"})
    assert refused.status_code == 401 and refused.json()["code"] == 20003
    as_sub.close()


def test_suspended_and_closed_accounts_are_refused(raw: Raw) -> None:
    sub = _sub(raw, "to suspend")
    path = f"/api/2010-04-01/Accounts/{sub['sid']}"
    as_sub = raw.as_(sub["sid"], sub["auth_token"])
    assert as_sub.get(f"{path}/Queues.json").status_code == 200
    key = as_sub.post(f"{path}/Keys.json", data={"FriendlyName": "sub key"}).json()
    as_key = raw.as_(key["sid"], key["secret"])
    # A subaccount cannot lift or change its own status.
    assert as_sub.post(f"{path}.json", data={"Status": "closed"}).status_code == 401

    assert raw.post(f"{path}.json", data={"Status": "suspended"}).json()["status"] == "suspended"
    refused = as_sub.get(f"{path}/Queues.json")
    assert refused.status_code == 401 and refused.json()["code"] == 20005
    by_key = as_key.get(f"{path}/Queues.json")  # its API keys are refused too
    assert by_key.status_code == 401 and by_key.json()["code"] == 20005
    # The parent still manages it, and can reactivate it.
    assert raw.get(f"{path}/Queues.json").status_code == 200
    assert raw.post(f"{path}.json", data={"Status": "active"}).json()["status"] == "active"
    assert as_sub.get(f"{path}/Queues.json").status_code == 200

    assert raw.post(f"{path}.json", data={"Status": "closed"}).json()["status"] == "closed"
    closed = as_sub.get(f"{path}/Queues.json")
    assert closed.status_code == 401 and closed.json()["code"] == 20003
    reopen = raw.post(f"{path}.json", data={"Status": "active"})
    assert reopen.status_code == 400
    bad = raw.post(f"{path}.json", data={"Status": "asleep"})
    assert bad.status_code == 400 and bad.json()["code"] == 20001
    as_sub.close()
    as_key.close()


def test_api_keys_authenticate_as_their_account(sandbox: Sandbox, raw: Raw, acct: str) -> None:
    created = raw.post(f"{acct}/Keys.json", data={"FriendlyName": "ci"})
    assert created.status_code == 201
    key = created.json()
    assert key["sid"].startswith("SK") and len(key["secret"]) == 32
    # The secret is shown once, on creation.
    assert raw.get(f"{acct}/Keys/{key['sid']}.json").json()["secret"] is None
    listed = raw.get(f"{acct}/Keys.json").json()["keys"]
    assert all(k["secret"] is None for k in listed)

    as_key = raw.as_(key["sid"], key["secret"])
    queue = as_key.post(f"{acct}/Queues.json", data={"FriendlyName": "via key"})
    assert queue.status_code == 201 and queue.json()["account_sid"] == sandbox.account_sid
    assert raw.as_(key["sid"], "wrong").get(f"{acct}/Queues.json").status_code == 401

    # IAM keys work the same way; deleting a key revokes it.
    iam = raw.post("/iam/v1/Keys", data={"AccountSid": sandbox.account_sid, "FriendlyName": "k"})
    assert iam.status_code == 201, iam.text
    iam_key = iam.json()
    as_iam = raw.as_(iam_key["sid"], iam_key["secret"])
    assert as_iam.get(f"{acct}/Queues.json").status_code == 200
    assert raw.delete(f"/iam/v1/Keys/{iam_key['sid']}").status_code == 204
    assert as_iam.get(f"{acct}/Queues.json").status_code == 401
    as_key.close()
    as_iam.close()


def test_a_main_account_key_stays_in_the_main_account(
    sandbox: Sandbox, raw: Raw, acct: str
) -> None:
    key = raw.post(f"{acct}/Keys.json", data={"FriendlyName": "main only"}).json()
    sub = _sub(raw, "not for keys")
    sub_path = f"/api/2010-04-01/Accounts/{sub['sid']}"
    as_key = raw.as_(key["sid"], key["secret"])
    assert as_key.get(f"{acct}/Queues.json").status_code == 200
    # The account's own token reaches the subaccount; the account's key does not.
    assert raw.get(f"{sub_path}/Queues.json").status_code == 200
    for method, url in (("GET", f"{sub_path}/Queues.json"), ("POST", f"{sub_path}/Queues.json")):
        denied = as_key.request(method, url, data={"FriendlyName": "x"})
        assert denied.status_code == 401 and denied.json()["code"] == 20003, denied.text
    # It still manages the subaccount itself, as Twilio's main keys do.
    renamed = as_key.post(f"{sub_path}.json", data={"FriendlyName": "renamed by key"})
    assert renamed.status_code == 200 and renamed.json()["friendly_name"] == "renamed by key"
    # A subaccount's own key works in the subaccount.
    as_sub = raw.as_(sub["sid"], sub["auth_token"])
    sub_key = as_sub.post(f"{sub_path}/Keys.json", data={"FriendlyName": "sub"}).json()
    as_sub_key = raw.as_(sub_key["sid"], sub_key["secret"])
    made = as_sub_key.post(f"{sub_path}/Queues.json", data={"FriendlyName": "by key"})
    assert made.status_code == 201 and made.json()["account_sid"] == sub["sid"]
    for client in (as_key, as_sub, as_sub_key):
        client.close()


def test_singletons_belong_to_each_account(raw: Raw) -> None:
    sub = _sub(raw, "own settings")
    as_sub = raw.as_(sub["sid"], sub["auth_token"])
    path = "/conversations/v1/Configuration"
    assert raw.get(path).json()["default_inactive_timer"] is None  # answers before any update
    updated = raw.post(path, data={"DefaultInactiveTimer": "PT5M"})
    assert updated.status_code == 200 and updated.json()["default_inactive_timer"] == "PT5M"
    assert raw.get(path).json()["default_inactive_timer"] == "PT5M"
    assert as_sub.get(path).json()["default_inactive_timer"] is None
    as_sub.post(path, data={"DefaultInactiveTimer": "PT1H"})
    assert raw.get(path).json()["default_inactive_timer"] == "PT5M"
    assert as_sub.get(path).json()["account_sid"] == sub["sid"]
    as_sub.close()


def test_the_main_account_cannot_lock_itself_out(sandbox: Sandbox, raw: Raw) -> None:
    refused = raw.post(
        f"/api/2010-04-01/Accounts/{sandbox.account_sid}.json", data={"Status": "closed"}
    )
    assert refused.status_code == 400
    renamed = raw.post(
        f"/api/2010-04-01/Accounts/{sandbox.account_sid}.json", data={"FriendlyName": "Mine"}
    )
    assert renamed.json()["friendly_name"] == "Mine" and renamed.json()["status"] == "active"

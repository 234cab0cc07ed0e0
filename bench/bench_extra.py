"""Benchmarks beyond the anchors: TwiML parsing, access tokens, JSON-body webhooks.

Same method as the anchors (``per_op_bench_multi``: calibrated loops, libraries
interleaved round by round, GC on, ratio = median of the per-round ratios):

- TwiML parsing: ``callbox.twiml.parse`` of the anchors' IVR and SMS documents. twilio has
  no parser, so ``xml.etree.ElementTree.fromstring`` (which only builds a tree, with no
  checks) is the yardstick.
- Access tokens: build an ``AccessToken`` with a ``VoiceGrant`` and call ``to_jwt()``,
  twilio vs callbox; both outputs are decoded and their claims compared first.
- Webhook with a JSON body: ``RequestValidator.validate(url_with_bodySHA256, body, sig)``,
  twilio vs callbox; checked against an independent HMAC-SHA1/SHA-256 reference first.
- Cold imports (the anchors' ``bench_import`` method: fresh ``python -c``, round-robin
  with a ``python -c pass`` baseline, "net" = median paired difference): the request
  validator, ``AccessToken``, and importing ``AccessToken`` then signing one token (which
  is when callbox loads PyJWT).

    python bench/bench_extra.py
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "anchors"))

from bench_import import timing  # the anchors' cold-import timer
from bench_twiml import canon  # the anchors' structural comparison
from common import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    base_parser,
    fmt_us,
    load_adapters,
    machine_line,
    per_op_bench_multi,
    print_table,
    write_json,
)

KEY_SID = "SK" + "1" * 32
KEY_SECRET = "s3cr3t" + "0" * 26
APP_SID = "AP" + "2" * 32

HOOK_BODY = json.dumps(
    {
        "EventType": "onMessageAdded",
        "ConversationSid": "CH" + "3" * 32,
        "MessageSid": "IM" + "4" * 32,
        "Author": "alice",
        "Body": "Can I move my delivery to Friday? Order #1042, thanks!",
        "Attributes": "{}",
        "DateCreated": "2026-11-23T02:00:00Z",
        "Index": 17,
        "Source": "SDK",
        "RetryCount": 0,
    }
).encode()
HOOK_URL = (
    "https://hooks.example.com/twilio/conversations?bodySHA256="
    + hashlib.sha256(HOOK_BODY).hexdigest()
)


def ref_url_signature(token: str, url: str) -> str:
    """Independent reference: HMAC-SHA1 over the URL alone, base64."""
    mac = hmac.new(token.encode(), url.encode(), hashlib.sha1).digest()
    return base64.b64encode(mac).decode()


def jwt_parts(token: str) -> tuple[dict[str, Any], dict[str, Any]]:
    def part(s: str) -> dict[str, Any]:
        out: dict[str, Any] = json.loads(base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)))
        return out

    head, payload, _ = token.split(".")
    return part(head), part(payload)


# --------------------------------------------------------------------------- per library


def token_fn(pkg: str) -> Callable[[], str]:
    if pkg == "twilio":
        from twilio.jwt.access_token import AccessToken
        from twilio.jwt.access_token.grants import VoiceGrant
    else:
        from callbox.jwt import AccessToken, VoiceGrant  # type: ignore[assignment]

    def make() -> str:
        tok = AccessToken(ACCOUNT_SID, KEY_SID, KEY_SECRET, identity="alice", ttl=3600)
        tok.add_grant(VoiceGrant(outgoing_application_sid=APP_SID, incoming_allow=True))
        jwt: str = tok.to_jwt()
        return jwt

    return make


def json_hook_fn(pkg: str, body: bytes, sig: str) -> Callable[[], bool]:
    if pkg == "twilio":
        from twilio.request_validator import RequestValidator

        v: Any = RequestValidator(AUTH_TOKEN)
        text = body.decode()  # twilio hashes a str body
        return lambda: bool(v.validate(HOOK_URL, text, sig))
    from callbox.webhooks import RequestValidator as CallboxValidator

    cv = CallboxValidator(AUTH_TOKEN)
    return lambda: cv.validate(HOOK_URL, body, sig)  # raw bytes, as a framework hands them


# --------------------------------------------------------------------------- sections


def bench_parse(ads: list[Any], rounds: int, round_s: float) -> tuple[dict[str, Any], list[Any]]:
    import callbox.twiml

    res: dict[str, Any] = {}
    rows: list[Any] = []
    cb = next((a for a in ads if a.PACKAGE == "callbox"), None)
    if cb is None:
        return res, rows
    for doc, xml in (("IVR VoiceResponse", cb.build_ivr()), ("MessagingResponse", cb.build_sms())):
        raw = xml.encode()
        parsed = callbox.twiml.parse(xml)
        assert canon(ET.fromstring(str(parsed).encode())) == canon(ET.fromstring(raw)), doc
        r = per_op_bench_multi(
            {
                "xml.etree.ElementTree.fromstring (yardstick)": lambda raw=raw: ET.fromstring(raw),
                f"{cb.NAME} twiml.parse": lambda xml=xml: callbox.twiml.parse(xml),
            },
            rounds=rounds,
            min_round_s=round_s,
        )
        for name, d in r.items():
            res[f"parse {doc} | {name}"] = d
            rows.append(_row(f"parse {doc} ({len(raw)} B)", name, d))
    return res, rows


def bench_tokens(ads: list[Any], rounds: int, round_s: float) -> tuple[dict[str, Any], list[Any]]:
    fns = {a.NAME: token_fn(a.PACKAGE) for a in ads}
    claims = []
    for name, fn in fns.items():
        head, payload = jwt_parts(fn())
        assert head["cty"] == "twilio-fpa;v=1" and head["alg"] == "HS256", (name, head)
        claims.append((payload["iss"], payload["sub"], payload["grants"]))
    assert all(c == claims[0] for c in claims), claims
    r = per_op_bench_multi(fns, rounds=rounds, min_round_s=round_s)
    return {f"token | {k}": v for k, v in r.items()}, [
        _row("AccessToken + VoiceGrant, to_jwt()", k, v) for k, v in r.items()
    ]


def bench_json_hook(
    ads: list[Any], rounds: int, round_s: float
) -> tuple[dict[str, Any], list[Any]]:
    sig = ref_url_signature(AUTH_TOKEN, HOOK_URL)
    tampered = HOOK_BODY.replace(b"Friday", b"Monday")
    for a in ads:
        assert json_hook_fn(a.PACKAGE, HOOK_BODY, sig)() is True, f"{a.NAME}: valid rejected"
        assert json_hook_fn(a.PACKAGE, tampered, sig)() is False, f"{a.NAME}: tampered accepted"
    fns = {a.NAME: json_hook_fn(a.PACKAGE, HOOK_BODY, sig) for a in ads}
    r = per_op_bench_multi(fns, rounds=rounds, min_round_s=round_s)
    label = f"validate JSON webhook (bodySHA256, {len(HOOK_BODY)} B)"
    return {f"json hook | {k}": v for k, v in r.items()}, [_row(label, k, v) for k, v in r.items()]


TOKEN_IMPORTS = {
    "twilio": "from twilio.jwt.access_token import AccessToken",
    "callbox": "from callbox.jwt import AccessToken",
}
FIRST_TOKEN = f"; AccessToken({ACCOUNT_SID!r}, {KEY_SID!r}, {KEY_SECRET!r}, identity='a').to_jwt()"


def bench_cold_imports(ads: list[Any], rounds: int) -> tuple[dict[str, Any], list[list[str]]]:
    stmts: dict[str, str] = {}
    for what, statement in (
        ("import the request validator", lambda a: a.IMPORTS["request_validator"]),
        ("import AccessToken", lambda a: TOKEN_IMPORTS[a.PACKAGE]),
        ("import AccessToken + first to_jwt()", lambda a: TOKEN_IMPORTS[a.PACKAGE] + FIRST_TOKEN),
    ):
        for a in ads:
            stmts[f"{what} | {a.NAME}"] = statement(a)
    t = timing(stmts, rounds)
    rows = []
    for name, d in t.items():
        if name == "baseline":
            continue
        what, _, lib = name.partition(" | ")
        first = t[f"{what} | {ads[0].NAME}"]["net_wall_median"]
        rows.append(
            [
                what,
                lib,
                f"{d['wall']['median'] * 1e3:.1f}",
                f"{d['net_wall_median'] * 1e3:.1f}",
                f"{d['net_wall_median'] / first:.2f}" if first > 0 else "-",
            ]
        )
    return {f"cold import | {k}": v for k, v in t.items()}, rows


def _row(what: str, name: str, d: dict[str, Any]) -> list[str]:
    return [
        what,
        name,
        fmt_us(d["min"]),
        fmt_us(d["median"]),
        f"{d['ops_per_s_median']:,.0f}",
        f"{d['ratio_vs_first_median']:.2f}",
        f"{1 / d['ratio_vs_first_median']:.1f}x",
    ]


def main() -> None:
    ap = base_parser(__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=30)
    ap.add_argument("--round-s", type=float, default=0.1)
    ap.add_argument("--import-rounds", type=int, default=20, help="cold-import runs per statement")
    args = ap.parse_args()
    ads = load_adapters(args.lib)
    rounds = 5 if args.quick else args.rounds
    print(f"# bench_extra  lib={', '.join(a.NAME for a in ads)}")
    print("# " + machine_line())
    results: dict[str, Any] = {}
    rows: list[Any] = []
    for section in (bench_parse, bench_tokens, bench_json_hook):
        res, r = section(ads, rounds, args.round_s)
        results.update(res)
        rows += r
    import_rounds = 5 if args.quick else args.import_rounds
    imports, import_rows = bench_cold_imports(ads, import_rounds)
    results.update(imports)
    print(f"\n## {rounds} interleaved rounds of ~{args.round_s} s each, GC on")
    print_table(
        [
            "operation",
            "lib",
            "min/op",
            "median/op",
            "ops/s (median)",
            "time vs first",
            "speed vs first",
        ],
        rows,
    )
    print(
        f"\n## cold imports: fresh `python -c STMT`, {import_rounds} rounds round-robin "
        "with `python -c pass`; net = median paired difference"
    )
    print_table(
        ["statement", "lib", "wall median ms", "net median ms", "net vs first"], import_rows
    )
    write_json(args.json, {"libs": [a.NAME for a in ads], "bench": "extra", "results": results})


if __name__ == "__main__":
    main()

"""A schema fuzzer drives the sandbox with what the API description allows and with what
it does not: no answer may be a 5xx, every refusal is Twilio's JSON.

schemathesis generates each case from the description written out as OpenAPI
(:mod:`._openapi`), in positive mode (valid by the schema: deep in the backend) and
negative mode (each case breaks the schema somewhere: the edges).  It is bounded
(``CALLBOX_FUZZ_EXAMPLES``, 250 by default) to keep the suite fast; a larger run is
one environment variable away.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from callbox.sandbox import Sandbox

from ._openapi import openapi

schemathesis = pytest.importorskip("schemathesis")
from schemathesis import GenerationMode  # noqa: E402

EXAMPLES = int(os.environ.get("CALLBOX_FUZZ_EXAMPLES", "250"))

_SCHEMA = schemathesis.openapi.from_dict(openapi())
_OPS = [result.ok() for result in _SCHEMA.get_all_operations()]
_rng = random.Random(13)
_HOT = ("/Messages", "/Calls", "/IncomingPhoneNumbers", "/Notifications", "/Tasks", "/Queues")
_CHOSEN = sorted(
    {*_rng.sample(range(len(_OPS)), 90)}
    | {i for i, op in enumerate(_OPS) if any(h in op.path for h in _HOT)}
    | {i for i, op in enumerate(_OPS) if "application/json" in str(op.definition.raw)}
)


@pytest.fixture(scope="module")
def fuzzed() -> Iterator[Sandbox]:
    with Sandbox(step_delay=0) as sb:
        yield sb


def test_the_operation_sample_is_broad() -> None:
    assert len(_OPS) > 900
    assert len(_CHOSEN) > 150


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
@given(data=st.data())
def test_no_generated_request_gets_a_server_error(fuzzed: Sandbox, data: Any) -> None:
    op = _OPS[data.draw(st.sampled_from(_CHOSEN), label="operation")]
    mode = data.draw(
        st.sampled_from([GenerationMode.POSITIVE, GenerationMode.NEGATIVE]), label="mode"
    )
    own = {"AccountSid": fuzzed.account_sid} if "{AccountSid}" in op.path else None
    case = data.draw(op.as_strategy(generation_mode=mode, path_parameters=own), label="case")
    started = time.monotonic()
    response = case.call(
        base_url=fuzzed.base_url, auth=(fuzzed.account_sid, fuzzed.auth_token), timeout=15
    )
    took = time.monotonic() - started
    where = f"{case.method} {case.formatted_path} ({mode.value})"
    assert response.status_code < 500, f"{where} -> {response.status_code} {response.text}"
    assert took < 5, f"{where} took {took:.1f} s"
    if response.status_code >= 400 and case.method != "HEAD":
        body = response.json()
        assert set(body) == {"code", "message", "more_info", "status"}, (where, body)
        assert body["status"] == response.status_code, (where, body)


def _edge_requests(sid: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """For every described operation, one request per edge value its parameters take
    (one parameter at a time, so no other check answers first): integers past 64 bits,
    JSON 40 levels deep, non-http URLs."""
    from callbox.sandbox._routes import routes

    deep = "[" * 40 + "]" * 40
    for route in routes():
        path = f"/{route.label}{route.path}".replace("{AccountSid}", sid)
        for op in route.resource.ops(route.instance).values():
            where = "params" if op.method in ("GET", "DELETE") else "data"
            if op.json_body:
                yield op.method, path, {"content": deep, "headers": _JSON}
            for param in op.params:
                kind = param.type[2:] if param.is_array else param.type
                if kind == "i":
                    edge = str(2**64)
                elif kind == "o" and param.location != "j":
                    edge = deep
                elif param.api_name.endswith(("Url", "Callback")) and kind == "s":
                    edge = "file:///etc/passwd"
                else:
                    continue
                yield op.method, path, {where: {param.api_name: edge}}


_JSON = {"Content-Type": "application/json"}


def test_edge_values_of_every_kind_are_refused_everywhere(fuzzed: Sandbox) -> None:
    import httpx

    tried = refused = 0
    with httpx.Client(
        base_url=fuzzed.base_url, auth=(fuzzed.account_sid, fuzzed.auth_token), timeout=15
    ) as http:
        for method, path, kwargs in _edge_requests(fuzzed.account_sid):
            path = path.replace("{", "").replace("}", "")  # other keys: literal names
            response = http.request(method, path, **kwargs)
            tried += 1
            assert response.status_code < 500, (method, path, kwargs, response.text)
            refused += response.status_code == 400
    assert tried > 400 and refused > 200, (tried, refused)

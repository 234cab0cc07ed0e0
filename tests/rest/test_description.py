"""Every operation of the shipped description is callable through the client, as described.

The files, the loader and the generator are tested in tests/description/.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from callbox import Client
from callbox import description as desc
from callbox.rest import Request, Response
from callbox.rest._engine import InstanceContext, ListNode

SAMPLES = {
    "s": "x",
    "i": 1,
    "n": 1.5,
    "b": True,
    "o": {"k": "v"},
    "dt": "2024-01-01T00:00:00Z",
    "dr": "2024-01-01",
    "d": "2024-01-01",
}


class Capture:
    def __init__(self) -> None:
        self.last: Request | None = None

    def send(self, request: Request) -> Response:
        self.last = request
        return Response(200, {}, b"{}")

    def close(self) -> None:
        pass


def _value(param: desc.Param) -> Any:
    kind = param.type[2:] if param.is_array else param.type
    if param.enum:
        return [param.enum[0]] if param.is_array else param.enum[0]
    value = SAMPLES.get(kind, "x")
    return [value] if param.is_array else value


def _node(client: Client, res: desc.Resource, instance: bool) -> Any:
    chain = []
    node: desc.Resource | None = res
    while node is not None:
        chain.append(node)
        node = node.parent
    chain.reverse()
    cur: Any = getattr(getattr(client, chain[0].domain), chain[0].version)
    for i, r in enumerate(chain):
        cur = getattr(cur, r.name)
        last = i == len(chain) - 1
        wants_instance = instance if last else chain[i + 1].at_instance
        if wants_instance:
            cur = cur(*[f"ID{r.index}x{k}" for k in range(r.own_params)])
    return cur


def test_every_operation_sends_the_method_url_and_body_the_description_says() -> None:
    capture = Capture()
    client = Client("AC" + "0" * 32, "tok", base_url="http://sandbox.test", transport=capture)
    count = 0
    for res in desc.all_resources():
        for instance in (False, True):
            for name, op in res.ops(instance).items():
                node = _node(client, res, instance)
                assert isinstance(
                    node, InstanceContext if instance and res.instance_path else ListNode
                )
                kwargs = {p.py_name: _value(p) for p in op.required}
                method = "page" if name == "list" else name
                getattr(node, method)(**kwargs)
                sent = capture.last
                assert sent is not None
                assert sent.method == op.method, (res, name)
                url = urlsplit(sent.url)
                template = res.path(instance)
                assert template is not None
                label = desc.domain(res.domain).host.split(".")[0]
                pattern = (
                    "^/"
                    + re.escape(label)
                    + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template))
                    + "$"
                )
                assert re.match(pattern, url.path), (url.path, template)
                sent_pairs = parse_qsl(url.query) + (
                    parse_qsl(sent.body.decode()) if sent.body and not op.json_body else []
                )
                sent_names = {k for k, _ in sent_pairs} | set(sent.headers)
                for p in op.required:
                    if p.location in "fqh":
                        assert p.api_name in sent_names, (res, name, p.api_name)
                    else:
                        assert sent.body is not None and json.loads(sent.body) == kwargs[p.py_name]
                count += 1
    assert count > 1300

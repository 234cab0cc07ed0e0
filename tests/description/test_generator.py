"""tools/gen_spec.py: Twilio's OpenAPI files in, exactly the shipped description out.

The regeneration check needs Twilio's OpenAPI files at ``../shared/twilio-oai`` (beside
the clone; CI provides them). Without them it skips locally, and fails when ``CI`` is set,
so CI can never pass without having compared every byte.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "twilio-oai"
SHIPPED = ROOT / "callbox" / "description"
GENERATOR = ROOT / "tools" / "gen_spec.py"


def _generate(src: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(GENERATOR), str(src), *args],
        capture_output=True,
        text=True,
        check=False,
    )


def _data_files(folder: Path) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.suffix != ".py"
    }


@pytest.fixture
def twilio_oai() -> Path:
    if not SHARED.is_dir():
        reason = f"Twilio's OpenAPI files are not at {SHARED}"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}: CI must provide ../shared/twilio-oai beside the clone")
        pytest.skip(reason)
    return SHARED


def test_the_shipped_files_are_byte_for_byte_what_the_generator_writes(
    twilio_oai: Path, tmp_path: Path
) -> None:
    result = _generate(twilio_oai, "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    made, shipped = _data_files(tmp_path), _data_files(SHIPPED)
    assert sorted(made) == sorted(shipped), "files differ: run `make spec` and commit"
    stale = [name for name in made if made[name] != shipped[name]]
    assert not stale, f"out of date: {stale}: run `make spec` and commit"


def test_check_mode_names_a_changed_file_and_a_left_over_one(
    twilio_oai: Path, tmp_path: Path
) -> None:
    for name, data in _data_files(SHIPPED).items():
        (tmp_path / name).write_bytes(data)
    assert _generate(twilio_oai, "--out", str(tmp_path), "--check").returncode == 0
    verify = tmp_path / "verify.jsonl"
    verify.write_text(verify.read_text().replace('"VL"', '"XX"', 1))
    (tmp_path / "gone.json").write_text("{}")
    result = _generate(twilio_oai, "--out", str(tmp_path), "--check")
    assert result.returncode == 1
    assert "gone.json, verify.jsonl" in result.stderr
    assert _generate(twilio_oai, "--out", str(tmp_path)).returncode == 0  # rewrites, prunes
    assert _data_files(tmp_path) == _data_files(SHIPPED)


def _small_api() -> dict[str, Any]:
    """A two-resource OpenAPI document in Twilio's style, written for this test."""
    sid = {"type": "string", "pattern": "^WD[0-9a-fA-F]{32}$"}
    widget = {
        "type": "object",
        "properties": {
            "sid": sid,
            "friendly_name": {"type": "string", "description": "prose the generator drops"},
            "size": {"type": "integer"},
            "date_created": {"type": "string", "format": "date-time"},
            "tags": {"type": "array", "items": {"type": "string"}},
        },
    }
    page = {
        "type": "object",
        "properties": {"widgets": {"type": "array", "items": widget}, "meta": {"type": "object"}},
    }

    def ok(status: str, schema: dict[str, Any] | None) -> dict[str, Any]:
        body = {"content": {"application/json": {"schema": schema}}} if schema else {}
        return {status: {"description": "prose", **body}}

    form = {
        "application/x-www-form-urlencoded": {
            "schema": {
                "type": "object",
                "required": ["FriendlyName"],
                "properties": {
                    "FriendlyName": {"type": "string"},
                    "Color": {"type": "string", "enum": ["red", "blue"]},
                    "Tags": {"type": "array", "items": {"type": "string"}},
                    "Note": {"type": "string"},
                },
            }
        }
    }
    return {
        "openapi": "3.0.1",
        "servers": [{"url": "https://widgets.twilio.com"}],
        "paths": {
            "/v1/Widgets": {
                "x-twilio": {"mountName": "widgets"},
                "get": {
                    "summary": "prose",
                    "parameters": [
                        {"name": "PageSize", "in": "query", "schema": {"type": "integer"}},
                        {
                            "name": "DateCreated>",
                            "in": "query",
                            "schema": {"type": "string", "format": "date-time"},
                        },
                    ],
                    "responses": ok("200", page),
                },
                "post": {"requestBody": {"content": form}, "responses": ok("201", widget)},
            },
            "/v1/Widgets/{Sid}": {
                "x-twilio": {"mountName": "widgets"},
                "get": {"responses": ok("200", widget)},
                "delete": {"responses": ok("204", None)},
            },
            "/v1/Widgets/{WidgetSid}/Settings": {
                "put": {
                    "parameters": [
                        {"name": "WidgetSid", "in": "path", "required": True},
                        {"name": "If-Match", "in": "header", "required": True},
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["mode"],
                                    "properties": {
                                        "mode": {"type": "string", "enum": ["on", "off"]},
                                        "extra": {
                                            "oneOf": [{"type": "string"}, {"type": "object"}]
                                        },
                                        "note": {"type": "string"},
                                    },
                                }
                            }
                        },
                    },
                    "responses": ok(
                        "200", {"type": "object", "properties": {"mode": {"type": "string"}}}
                    ),
                },
            },
        },
    }


def test_a_small_openapi_document_becomes_readable_lines(tmp_path: Path) -> None:
    src, out = tmp_path / "oai", tmp_path / "out"
    src.mkdir()
    (src / "twilio_widgets_v1.json").write_text(json.dumps(_small_api()))
    result = _generate(src, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["index.jsonl", "widgets.jsonl"]
    assert (out / "index.jsonl").read_text() == (
        '{"domain":"widgets","host":"widgets.twilio.com","versions":["v1"]}\n'
    )
    text = (out / "widgets.jsonl").read_text()
    assert "prose" not in text
    widgets, settings = (json.loads(line) for line in text.splitlines())
    assert widgets == {
        "version": "v1",
        "name": "widgets",
        "list_path": "/v1/Widgets",
        "instance_path": "/v1/Widgets/{Sid}",
        "sid_prefix": "WD",
        "list_key": "widgets",
        "paging": "meta",
        "fields": {
            "date-time": ["date_created"],
            "integer": ["size"],
            "string": ["sid", "friendly_name"],
            "string[]": ["tags"],
        },
        "list_ops": {
            "create": {
                "method": "POST",
                "status": 201,
                "form": [
                    {"name": "FriendlyName", "required": True},
                    {"name": "Color", "enum": ["red", "blue"]},
                    {"name": "Tags", "type": "string[]"},
                    "Note",
                ],
            },
            "list": {
                "method": "GET",
                "query": [
                    {"name": "PageSize", "type": "integer"},
                    {"name": "DateCreated>", "type": "date-time"},
                ],
            },
        },
        "instance_ops": {
            "delete": {"method": "DELETE", "status": 204},
            "fetch": {"method": "GET"},
        },
    }
    assert settings == {
        "version": "v1",
        "name": "settings",
        "parent_path": "/v1/Widgets/{Sid}",
        "list_path": "/v1/Widgets/{WidgetSid}/Settings",
        "fields": {"string": ["mode"]},
        "list_ops": {
            "update": {
                "method": "PUT",
                "header": [{"name": "If-Match", "required": True}],
                "body": {
                    "name": "body",
                    "required": True,
                    "members": [
                        {"name": "mode", "required": True, "enum": ["on", "off"]},
                        {"name": "extra", "type": "any"},
                        "note",
                    ],
                },
            }
        },
    }
    again = tmp_path / "again"
    assert _generate(src, "--out", str(again)).returncode == 0
    assert _data_files(again) == _data_files(out)  # the same input gives the same bytes


def test_a_location_whose_parameters_are_not_adjacent_is_refused(tmp_path: Path) -> None:
    doc = _small_api()
    doc["paths"]["/v1/Widgets"]["get"]["operationId"] = "ListWidget"
    doc["paths"]["/v1/Widgets"]["get"]["parameters"].append(
        {"name": "X-Trace", "in": "header", "schema": {"type": "string"}}
    )
    doc["paths"]["/v1/Widgets"]["get"]["parameters"].append(
        {"name": "Page", "in": "query", "schema": {"type": "integer"}}
    )
    (tmp_path / "twilio_widgets_v1.json").write_text(json.dumps(doc))
    result = _generate(tmp_path, "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "ListWidget: its query parameters are not adjacent" in result.stderr
    assert not (tmp_path / "out").exists()  # nothing half-written

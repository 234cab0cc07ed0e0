"""Generate callbox's API description from Twilio's OpenAPI files.

    python tools/gen_spec.py ../shared/twilio-oai [--out callbox/description] [--check]

Reads every ``twilio_*.json`` file and writes ``index.jsonl`` plus one
``<domain>.jsonl`` per domain: JSON Lines, one resource per line, keys that name
what they hold, defaults left out. Only facts are kept: paths, operations,
parameter names, types, enums and required flags, response field types, SID
prefixes and paging style; descriptions, summaries and examples are dropped.
The format is documented in docs/description.md; ``callbox.description`` reads it.

The output is a pure function of the input: the same OpenAPI files give the same
bytes, which tests/description/test_generator.py checks against the shipped files.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from callbox.description._format import LOCATIONS, TYPES  # noqa: E402
from callbox.description._names import python_name  # noqa: E402

METHODS = ("get", "post", "put", "patch", "delete")
OUT_DEFAULT = ROOT / "callbox" / "description"
PAGE_2010 = "next_page_uri"
#: Type and location codes (what ``Resolver.type_of`` returns) → the words the files use.
TYPE_NAMES = {code: name for name, code in TYPES.items()}
LOCATION_NAMES = {code: name for name, code in LOCATIONS.items()}


def type_name(code: str) -> str:
    """``"dt"`` → ``"date-time"``, ``"a:s"`` → ``"string[]"``."""
    if code.startswith("a:"):
        return TYPE_NAMES[code[2:]] + "[]"
    return TYPE_NAMES[code]


class Resolver:
    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc

    def deref(self, node: dict[str, Any]) -> dict[str, Any]:
        seen = 0
        while "$ref" in node and seen < 10:
            parts = node["$ref"].lstrip("#/").split("/")
            target: Any = self.doc
            for part in parts:
                target = target[part]
            node = target
            seen += 1
        return node

    def type_of(self, schema: dict[str, Any], untyped: str = "s") -> tuple[str, list[Any] | None]:
        """Compact type code and enum values of a schema.

        ``untyped`` is the code of a schema that names no type: a parameter sent as a
        form value is a string, but a response field without a type may hold any JSON
        value (an object such as a participant's ``messaging_binding``), so records
        pass ``"o"``.
        """
        schema = self.deref(schema)
        if "allOf" in schema or "oneOf" in schema or "anyOf" in schema:
            return "o", None
        kind = schema.get("type")
        fmt = schema.get("format")
        enum = schema.get("enum")
        if kind == "array":
            inner, inner_enum = self.type_of(schema.get("items", {}), untyped)
            return "a:" + inner, inner_enum
        if kind == "integer":
            return "i", enum
        if kind == "number":
            return "n", enum
        if kind == "boolean":
            return "b", None
        if kind == "object":
            return "o", None
        if kind == "string" or (kind is None and enum):
            if fmt == "date-time":
                return "dt", enum
            if fmt == "date-time-rfc-2822":
                return "dr", enum
            if fmt == "date":
                return "d", enum
            return "s", list(enum) if enum else None
        if kind is None:
            return ("o" if "properties" in schema else untyped), None
        return "s", None


def _member_type(res: Resolver, prop: dict[str, Any]) -> tuple[str, list[Any] | None]:
    """A JSON member's type; "*" where the schema allows several shapes."""
    prop = res.deref(prop)
    if any(k in prop for k in ("allOf", "oneOf", "anyOf")) or not (
        prop.get("type") or "properties" in prop or "enum" in prop
    ):
        return "*", None
    return res.type_of(prop)


def sid_prefix(schema: dict[str, Any] | None) -> str | None:
    if not schema:
        return None
    pattern = schema.get("pattern", "")
    m = re.match(r"\^\(?([A-Z]{2})[|)\[]", pattern)
    return m.group(1) if m else None


def version_of(path: str) -> str:
    first = path.split("/")[1]
    if first == "2010-04-01":
        return "v2010"
    if re.fullmatch(r"v\d+", first):
        return first
    return python_name(first)


def norm(path: str) -> str:
    """Path without ``.json`` and with every parameter name erased."""
    if path.endswith(".json"):
        path = path[:-5]
    return re.sub(r"\{[^}]+\}", "{}", path)


def _literals(path: str) -> str:
    """The path without its parameters: twins (a list and an instance path of one
    resource) share it."""
    return "/".join(s for s in norm(path).split("/") if s != "{}")


def params_in(path: str) -> list[str]:
    return re.findall(r"\{([^}]+)\}", path)


class DomainBuilder:
    def __init__(self, host: str) -> None:
        self.host = host
        self.versions: dict[str, list[dict[str, Any]]] = {}

    def add_file(self, doc: dict[str, Any]) -> None:
        res = Resolver(doc)
        by_version: dict[str, dict[str, dict[str, Any]]] = {}
        for path, item in doc["paths"].items():
            version = version_of(path)
            key = norm(path)
            x = item.get("x-twilio", {})
            if key.rsplit("/", 1)[-1] == "{}":
                group_key, slot = key.rsplit("/", 1)[0], "inst"
            else:
                group_key, slot = key, "list"
            group = by_version.setdefault(version, {}).setdefault(
                group_key, {"key": group_key, "list": None, "inst": None, "items": {}}
            )
            if group[slot] is not None:  # two paths for one slot: keep the first
                print(f"warning: duplicate {slot} for {group_key}", file=sys.stderr)
                continue
            group[slot] = path
            group["items"][slot] = (item, x)
        for version, groups in by_version.items():
            self.versions.setdefault(version, [])
            self._build(version, groups, res)

    @staticmethod
    def _is_paged(res: Resolver, get: dict[str, Any]) -> bool:
        schema = DomainBuilder._response_schema(res, get)
        props = schema.get("properties", {}) if schema else {}
        return "meta" in props or PAGE_2010 in props

    @staticmethod
    def _response_schema(res: Resolver, op: dict[str, Any]) -> dict[str, Any] | None:
        for status in sorted(op.get("responses", {})):
            if not status.startswith("2"):
                continue
            content = op["responses"][status].get("content", {})
            for media in content.values():
                if "schema" in media:
                    return res.deref(media["schema"])
        return None

    def _build(self, version: str, groups: dict[str, dict[str, Any]], res: Resolver) -> None:
        out = self.versions[version]
        existing = {r["_key"]: i for i, r in enumerate(out)}
        order = sorted(groups, key=lambda k: (k.count("/"), k))
        for key in order:
            g = groups[key]
            if key in existing:
                known = out[existing[key]]
                for slot in ("list", "inst"):
                    if g[slot] and not known.get(slot):
                        known[slot] = g[slot]
                        self._add_ops(known, slot, g["items"][slot][0], res)
                continue
            mount = next(
                (
                    g["items"][s][1]["mountName"]
                    for s in ("list", "inst")
                    if g[s] and "mountName" in g["items"][s][1]
                ),
                None,
            )
            twin = self._twin(out, mount, g)
            if twin is not None:
                src = "inst" if g["inst"] else "list"
                slot = (
                    "list"
                    if out[twin]["inst"] is None
                    and g["list"]
                    and not g["inst"]
                    and (len(params_in(g["list"])) <= len(params_in(out[twin]["list"] or "")))
                    else "inst"
                )
                out[twin][slot] = g[src]
                self._add_ops(out[twin], slot, g["items"][src][0], res)
                existing[key] = twin
                continue
            rec = {
                "_key": key,
                "list": g["list"],
                "inst": g["inst"],
                "l": {},
                "i": {},
                "fields": {},
            }
            for slot in ("list", "inst"):
                if g[slot]:
                    item, x_slot = g["items"][slot]
                    if "mountName" in x_slot:
                        rec["name"] = x_slot["mountName"]
                    self._add_ops(rec, slot, item, res)
            parent, at, rest = self._find_parent(out, key)
            rec["parent"] = parent
            rec["at"] = at
            literals = [s for s in rest.split("/") if s and s != "{}"]
            if "name" not in rec:
                rec["name"] = (
                    python_name(literals[-1]) if literals else python_name(key.rsplit("/", 1)[-1])
                )
            existing[key] = len(out)
            out.append(rec)

    @staticmethod
    def _twin(out: list[dict[str, Any]], mount: str | None, g: dict[str, Any]) -> int | None:
        """A resource with the same mount name and the same path literals that has only the
        other path kind (Studio's two ``step_context`` resources, under engagements and
        under executions, are not twins)."""
        if mount is None or (g["list"] and g["inst"]):
            return None
        literals = _literals(g["list"] or g["inst"])
        for i, rec in enumerate(out):
            if (
                rec["name"] == mount
                and (rec["inst"] is None or rec["list"] is None)
                and _literals(rec["list"] or rec["inst"]) == literals
            ):
                return i
        return None

    @staticmethod
    def _find_parent(out: list[dict[str, Any]], key: str) -> tuple[int, str, str]:
        """The resource whose node is the longest proper prefix of ``key``."""
        best = (-1, "l", key.split("/", 2)[2] if key.count("/") >= 2 else key)
        best_len = 0
        for i, rec in enumerate(out):
            for slot, at in (("inst", "i"), ("list", "l")):
                path = rec.get(slot)
                if not path:
                    continue
                prefix = norm(path)
                if key.startswith(prefix + "/") and len(prefix) > best_len:
                    best_len = len(prefix)
                    best = (i, at, key[len(prefix) :])
        return best

    def _add_ops(self, rec: dict[str, Any], slot: str, item: dict[str, Any], res: Resolver) -> None:
        on = "i" if slot == "inst" else "l"
        singleton = on == "i" or (
            not rec.get("inst")
            and (
                item.get("x-twilio", {}).get("pathType") == "instance"
                or ("get" in item and not self._is_paged(res, item["get"]))
            )
        )
        ops: dict[str, Any] = rec[on]
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            if method == "get":
                name = "fetch" if singleton else "list"
            elif method == "post":
                name = "update" if singleton and ("get" in item or on == "i") else "create"
            elif method == "delete":
                name = "delete"
            elif method == "put":
                name = "update"
            else:
                name = "patch"
            if name in ops:
                name = method
            ops[name] = self._op(method, on, op, item, res)
            schema = self._response_schema(res, op)
            if schema:
                self._fields(rec, name, schema, res)

    def _op(
        self, method: str, on: str, op: dict[str, Any], item: dict[str, Any], res: Resolver
    ) -> dict[str, Any]:
        """One operation as the files hold it: its parameters grouped by where they go."""
        out: dict[str, Any] = {"method": method.upper()}
        statuses = [int(s) for s in op.get("responses", {}) if s.isdigit() and s.startswith("2")]
        if statuses and min(statuses) != 200:
            out["status"] = min(statuses)

        # Groups keep the parameters' order: each group is added when its first parameter
        # comes, and a location whose parameters are not all adjacent cannot be written.
        def add(loc: str, param: str | dict[str, Any]) -> None:
            group = LOCATION_NAMES[loc]
            if group in out and next(reversed(out)) != group:
                where = op.get("operationId", method.upper())
                raise SystemExit(f"{where}: its {group} parameters are not adjacent")
            out.setdefault(group, []).append(param)

        for raw in list(item.get("parameters", [])) + list(op.get("parameters", [])):
            prm = res.deref(raw)
            loc = {"path": "p", "query": "q", "header": "h"}.get(prm.get("in", ""), "q")
            if loc == "p":
                continue  # path parameters are bound positionally by the resource tree
            t, enum = res.type_of(prm.get("schema", {}))
            add(loc, self._param(prm["name"], t, enum, bool(prm.get("required"))))
        body = op.get("requestBody")
        if body:
            for media, content in body.get("content", {}).items():
                schema_ref = content.get("schema", {})
                if media == "application/x-www-form-urlencoded":
                    schema = res.deref(schema_ref)
                    required = set(schema.get("required", []))
                    for name, prop in schema.get("properties", {}).items():
                        t, enum = res.type_of(prop)
                        add("f", self._param(name, t, enum, name in required))
                else:
                    ref = schema_ref.get("$ref", "")
                    label = ref.rsplit("/", 1)[-1].rsplit(".", 1)[-1] or "body"
                    json_body: dict[str, Any] = {"name": label}
                    if body.get("required", True):
                        json_body["required"] = True
                    schema = res.deref(schema_ref)
                    required = set(schema.get("required", []))
                    members = [
                        self._param(name, *_member_type(res, prop), name in required)
                        for name, prop in schema.get("properties", {}).items()
                    ]
                    if members:
                        json_body["members"] = members
                    out[LOCATION_NAMES["j"]] = json_body
                break
        return out

    @staticmethod
    def _param(name: str, t: str, enum: list[Any] | None, required: bool) -> str | dict[str, Any]:
        """One parameter as the files hold it: its bare name when an optional plain string."""
        if t == "s" and not required and not enum:
            return name
        p: dict[str, Any] = {"name": name}
        if t != "s":
            p["type"] = type_name(t)
        if required:
            p["required"] = True
        if enum:
            p["enum"] = list(enum)
        return p

    def _fields(
        self, rec: dict[str, Any], op_name: str, schema: dict[str, Any], res: Resolver
    ) -> None:
        props = schema.get("properties", {})
        if op_name == "list" or "meta" in props or PAGE_2010 in props:
            if "meta" in props or PAGE_2010 in props:
                rec["paging"] = "meta" if "meta" in props else "page"
            for name, prop in props.items():
                prop = res.deref(prop)
                if prop.get("type") == "array" and name not in ("meta",):
                    rec["key"] = name
                    item = res.deref(prop.get("items", {}))
                    self._record_fields(rec, item, res)
                    break
            return
        self._record_fields(rec, schema, res)

    @staticmethod
    def _record_fields(rec: dict[str, Any], schema: dict[str, Any], res: Resolver) -> None:
        for name, prop in schema.get("properties", {}).items():
            t, enum = res.type_of(prop, untyped="o")
            rec["fields"].setdefault(name, [t, enum] if enum else t)
        if "sid" in schema.get("properties", {}) and "sid" not in rec:
            prefix = sid_prefix(res.deref(schema["properties"]["sid"]))
            if prefix:
                rec["sid"] = prefix

    def finish(self) -> list[dict[str, Any]]:
        """Every resource as the files hold it, versions in order, parents before children."""
        lines: list[dict[str, Any]] = []
        for version in sorted(self.versions):
            recs = self.versions[version]
            self._dedupe_names(recs)
            for rec in recs:
                out: dict[str, Any] = {"version": version, "name": rec["name"]}
                if rec["parent"] >= 0:
                    parent = recs[rec["parent"]]
                    out["parent_path"] = parent["inst" if rec["at"] == "i" else "list"]
                for key, name in (
                    ("list", "list_path"),
                    ("inst", "instance_path"),
                    ("sid", "sid_prefix"),
                    ("key", "list_key"),
                    ("paging", "paging"),
                ):
                    if rec.get(key):
                        out[name] = rec[key]
                if rec["fields"]:
                    # Grouped by type (groups in the order of their codes, names in response
                    # order): compact, and no field name ever stands as a JSON key.
                    grouped: dict[str, list[str]] = {}
                    for fname, ftype in rec["fields"].items():
                        grouped.setdefault(
                            ftype if isinstance(ftype, str) else ftype[0], []
                        ).append(fname)
                    out["fields"] = {type_name(t): grouped[t] for t in sorted(grouped)}
                for key, name in (("l", "list_ops"), ("i", "instance_ops")):
                    if rec[key]:
                        out[name] = {op: rec[key][op] for op in sorted(rec[key])}
                lines.append(out)
        return lines

    @staticmethod
    def _dedupe_names(recs: list[dict[str, Any]]) -> None:
        seen: set[tuple[int, str, str]] = set()
        for rec in recs:
            at = rec["at"] if rec["parent"] >= 0 else "l"
            name = rec["name"]
            n = 2
            while (rec["parent"], at, rec["name"]) in seen:
                rec["name"] = f"{name}{n}"
                n += 1
            if rec["name"] != name:
                print(f"warning: renamed clashing {name} to {rec['name']}", file=sys.stderr)
            seen.add((rec["parent"], at, rec["name"]))


def domain_name(host: str) -> str:
    return python_name(host.split(".", 1)[0].replace("-", "_"))


def _jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, separators=(",", ":")) + "\n" for r in records)


def generate(src: Path) -> dict[str, str]:
    """Every output file's name → its text."""
    builders: dict[str, DomainBuilder] = {}
    for file in sorted(src.glob("twilio_*.json")):
        doc = json.loads(file.read_text(encoding="utf-8"))
        host = doc["servers"][0]["url"].split("://", 1)[1].rstrip("/")
        name = domain_name(host)
        builders.setdefault(name, DomainBuilder(host)).add_file(doc)
    if not builders:
        raise SystemExit(f"no twilio_*.json files in {src}")
    files: dict[str, str] = {}
    index: list[dict[str, Any]] = []
    for name in sorted(builders):
        builder = builders[name]
        files[f"{name}.jsonl"] = _jsonl(builder.finish())
        index.append({"domain": name, "host": builder.host, "versions": sorted(builder.versions)})
    files["index.jsonl"] = _jsonl(index)
    return files


def generated_files(out: Path) -> list[Path]:
    """The files in ``out`` the generator owns (every ``.jsonl``, and ``.json`` of old)."""
    if not out.is_dir():
        return []
    return sorted(p for p in out.iterdir() if p.suffix in (".jsonl", ".json"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("src", type=Path, help="folder holding twilio_*.json")
    parser.add_argument("--out", type=Path, default=OUT_DEFAULT)
    parser.add_argument("--check", action="store_true", help="fail if --out differs")
    args = parser.parse_args(argv)
    files = generate(args.src)
    if args.check:
        have = {p.name: p.read_bytes() for p in generated_files(args.out)}
        want = {n: t.encode("utf-8") for n, t in files.items()}
        stale = sorted(n for n in have.keys() | want.keys() if have.get(n) != want.get(n))
        if stale:
            print("out of date (run make spec): " + ", ".join(stale), file=sys.stderr)
            return 1
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for old in generated_files(args.out):
        if old.name not in files:
            old.unlink()
    for name, text in files.items():
        (args.out / name).write_bytes(text.encode("utf-8"))
    print(f"wrote {len(files)} files to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

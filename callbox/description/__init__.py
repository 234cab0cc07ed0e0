"""The API description callbox ships: every Twilio resource, loaded lazily per domain.

One set of facts drives every part that speaks Twilio's REST API: the REST client
(:mod:`callbox.rest`) walks it to build requests, the sandbox to route, check and
answer them, the ``callbox api`` command to call any operation, the console to list
what it can show, and ``tools/gen_stubs.py`` to write the typing stubs. They all
import this public module, never each other's private modules, so a fact is read
the same way everywhere.

Public API:

* :func:`index` — domain name → ``{"host": ..., "versions": [...]}``, for every domain.
* :func:`domain` — one :class:`Domain` (its :class:`Version` objects and their
  :class:`Resource` trees), read from its file on first use and kept for the process.
* :func:`all_resources` — every resource of every domain (loads them all; for tools
  and tests).
* :class:`Resource`, :class:`Operation`, :class:`Param`, :class:`Version`,
  :class:`Domain` — the objects; read their attributes, do not build them.

``tools/gen_spec.py`` writes the files beside this module from Twilio's OpenAPI
documents: ``index.jsonl`` and one ``<domain>.jsonl`` per domain, one resource per
line with keys that name what they hold (the format is in docs/description.md).
Importing this module reads nothing; each file is read at most once per process.
"""

from __future__ import annotations

from ._load import all_resources, domain, index
from ._model import Operation, Param
from ._tree import Domain, Resource, Version

__all__ = [
    "Domain",
    "Operation",
    "Param",
    "Resource",
    "Version",
    "all_resources",
    "domain",
    "index",
]

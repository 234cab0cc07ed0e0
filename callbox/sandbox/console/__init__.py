"""The sandbox console: a browser phone and a live view of everything the sandbox does.

``callbox sandbox`` serves it at ``http://127.0.0.1:8787/`` and prints a link carrying the
credentials in the URL's fragment.  It is a page of hand-written ES modules and CSS under
``static/`` (no build step, nothing from a CDN) that talks to the sandbox only through the
public REST API and the control API (``/_sandbox/...``), with the main account's
credentials in an ``Authorization`` header, like every other client.  See docs/console.md.

* ``routes``  — the page, its assets and the API catalog, registered with
  :func:`callbox.sandbox._hooks.route` when a server starts (never on ``import
  callbox.sandbox``).
* ``catalog`` — the API description as compact JSON for "Try an API call".
"""

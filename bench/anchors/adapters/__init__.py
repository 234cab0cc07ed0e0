"""Adapters: one module per library, all exposing the same small interface.

To compare another library, add adapters/<module>.py implementing every name
below (twilio_sdk.py is the reference implementation), register it in
ADAPTERS (or pass --lib <module> directly), then e.g.
    python bench/anchors/bench_twiml.py --lib twilio,<name>
Several libraries in one --lib run interleaved (A B A B ...) and every table
gets a "vs first lib" column (median of paired ratios).  Keep each function
the thinnest idiomatic use of that library's public API.

Contract
  NAME                 str, label printed in tables (e.g. "twilio 9.13.0")
  DIST, PACKAGE        distribution name (importlib.metadata) / top-level import package
  IMPORTS              dict with keys "rest_client", "twiml_voice", "request_validator":
                       a one-line import statement each, timed in a fresh interpreter
  RSS_SNIPPET          one-line statement: import the REST client, build a client for
                       'AC'+'0'*32 / 'tok', touch its Messages resource
  build_ivr() -> str   the IVR document of bench_twiml.IVR_SPEC, serialised
  build_sms() -> str   the MessagingResponse of bench_twiml.SMS_SPEC, serialised
  make_validator(auth_token) -> v
  validate(v, url, params: dict, signature) -> bool     X-Twilio-Signature check
  compute_signature(v, url, params: dict) -> str
  make_client(account_sid, auth_token, base_url) -> client   sync REST client whose
                       API host is replaced by base_url (http://127.0.0.1:PORT)
  create_message(client, to, from_, body) -> str   POST Messages.json, returns the sid
  close_client(client)
  async make_async_client(account_sid, auth_token, base_url) -> client
  async create_message_async(client, to, from_, body) -> str
  async close_async_client(client)
  stream_messages(client, page_size) -> iterator of records with .sid (lazy, all pages)
  list_messages(client, page_size) -> list of records with .sid (eager, all pages)

Optional (used by bench/bench_first_request.py when present)
  FIRST_REQUEST_SNIPPET  statement template with {sid}, {token}, {base_url}: import the
                       client, build it against base_url, send one Messages create and
                       print the sid; timed in a fresh interpreter
"""
import importlib

# --lib name -> module under adapters/
ADAPTERS = {
    "twilio": "twilio_sdk",
    "callbox": "callbox",
}

INTERFACE = (
    # metadata
    "NAME", "DIST", "PACKAGE", "IMPORTS", "RSS_SNIPPET",
    # TwiML
    "build_ivr", "build_sms",
    # webhook signatures
    "make_validator", "validate", "compute_signature",
    # REST, sync
    "make_client", "create_message", "close_client",
    # REST, async
    "make_async_client", "create_message_async", "close_async_client",
    # pagination
    "stream_messages", "list_messages",
)


def load(name: str):
    modname = ADAPTERS.get(name, name)
    mod = importlib.import_module(f"adapters.{modname}")
    missing = [n for n in INTERFACE if not hasattr(mod, n)]
    if missing:
        raise SystemExit(f"adapter {modname!r} lacks: {', '.join(missing)}")
    return mod

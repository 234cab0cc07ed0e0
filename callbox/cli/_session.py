"""One run of the command: its output mode, where its credentials come from, its client.

Credentials are looked up in this order; the first source that has some wins:

1. ``--sandbox [URL]``: the local sandbox, with the account from the state file
   ``callbox sandbox`` writes (or, for a URL it did not write, the environment's);
2. ``--profile NAME`` (or ``CALLBOX_PROFILE``): a profile from ``profiles.json``;
3. the environment: ``TWILIO_ACCOUNT_SID`` with ``TWILIO_AUTH_TOKEN``, or
   ``TWILIO_API_KEY`` and ``TWILIO_API_SECRET`` (with ``TWILIO_ACCOUNT_SID``), plus
   ``TWILIO_REGION``, ``TWILIO_EDGE`` and ``CALLBOX_BASE_URL``;
4. the active profile (``callbox profiles use NAME``).

Secrets never appear in output, errors or reprs: a :class:`Credentials` shows
where it came from and the account SID, nothing else.
"""

from __future__ import annotations

import os

import click

from ._config import Profiles, SandboxState
from ._errors import SetupError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from callbox.rest import Client

__all__ = ["MODES", "Credentials", "Session", "session_of"]

#: Output modes: human tables, one JSON document, JSON Lines, bare SIDs.
MODES = ("table", "json", "jsonl", "quiet")
_KEY = "callbox.session"
#: Settings the client may still read from the environment whatever the credentials' source.
_PASSED_ON = ("TWILIO_CA_BUNDLE", "TWILIO_LOG_LEVEL")


class Credentials:
    """Who the command acts as, and where its requests go."""

    __slots__ = (
        "account_sid",
        "api_key",
        "api_secret",
        "auth_token",
        "base_url",
        "edge",
        "region",
        "source",
    )

    def __init__(
        self,
        source: str,
        account_sid: str | None,
        auth_token: str | None = None,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        region: str | None = None,
        edge: str | None = None,
        base_url: str | None = None,
    ) -> None:
        self.source = source
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.api_key = api_key
        self.api_secret = api_secret
        self.region = region
        self.edge = edge
        self.base_url = base_url.rstrip("/") if base_url else None

    def __repr__(self) -> str:
        return f"<Credentials {self.account_sid} from {self.source}>"

    @classmethod
    def from_mapping(cls, source: str, values: dict[str, str]) -> Credentials:
        return cls(
            source,
            values.get("account_sid"),
            values.get("auth_token"),
            api_key=values.get("api_key"),
            api_secret=values.get("api_secret"),
            region=values.get("region"),
            edge=values.get("edge"),
            base_url=values.get("base_url"),
        )

    def usable(self) -> bool:
        with_token = bool(self.account_sid and self.auth_token)
        return with_token or bool(self.api_key and self.api_secret and self.account_sid)

    def client(self) -> Client:
        from callbox.rest import Client

        username: str | None
        password: str | None
        if self.api_key and self.api_secret:
            username, password = self.api_key, self.api_secret
        else:
            username, password = self.account_sid, self.auth_token
        environment = {k: os.environ[k] for k in _PASSED_ON if k in os.environ}
        return Client(
            username,
            password,
            account_sid=self.account_sid,
            region=self.region,
            edge=self.edge,
            base_url=self.base_url,
            environment=environment,
            # A proxy cannot reach this machine's loopback: talk to a local sandbox directly.
            proxy="" if _is_local(self.base_url) else None,
        )


def _is_local(url: str | None) -> bool:
    if not url:
        return False
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or ""
    return host in ("localhost", "::1") or host.startswith("127.")


def _from_environment() -> Credentials | None:
    env = os.environ
    sid = env.get("TWILIO_ACCOUNT_SID")
    found = Credentials(
        "the environment",
        sid,
        env.get("TWILIO_AUTH_TOKEN"),
        api_key=env.get("TWILIO_API_KEY"),
        api_secret=env.get("TWILIO_API_SECRET"),
        region=env.get("TWILIO_REGION"),
        edge=env.get("TWILIO_EDGE"),
        base_url=env.get("CALLBOX_BASE_URL") or env.get("TWILIO_BASE_URL"),
    )
    return found if found.usable() else None


def normalise_url(value: str) -> str:
    """``8787``, ``localhost:8787`` or ``http://127.0.0.1:8787/`` → a base URL."""
    text = value.strip().rstrip("/")
    if text.isdigit():
        return f"http://127.0.0.1:{text}"
    if "://" not in text:
        return f"http://{text}"
    return text


class Session:
    """The global options of one invocation (``--profile``, ``--sandbox``, output mode)."""

    def __init__(self) -> None:
        self.profile: str | None = None
        self.sandbox: str | None = None  # "" for "the one callbox sandbox started"
        self.mode = "table"
        self._credentials: Credentials | None = None
        self._client: Client | None = None

    @property
    def as_json(self) -> bool:
        return self.mode in ("json", "jsonl")

    def fail(self, message: str) -> SetupError:
        return SetupError(message, as_json=self.as_json)

    def profiles(self) -> Profiles:
        try:
            found = Profiles.load()
        except ValueError as exc:
            raise self.fail(str(exc)) from None
        if found.exposed():
            click.echo(
                f"Warning: {found.path} is readable by other users; run: chmod 600 {found.path}",
                err=True,
            )
        return found

    def credentials(self, *, required: bool = True) -> Credentials | None:
        """The credentials in effect (see the module's docstring for the order)."""
        if self._credentials is None:
            self._credentials = self._find()
        if self._credentials is None and required:
            raise self.fail(
                "no Twilio credentials: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, "
                "add a profile (callbox profiles add NAME), or use --sandbox"
            )
        return self._credentials

    def _find(self) -> Credentials | None:
        if self.sandbox is not None:
            return self._sandbox()
        name = self.profile or os.environ.get("CALLBOX_PROFILE")
        if name:
            return self._profile(name)
        env = _from_environment()
        if env is not None:
            return env
        profiles = self.profiles()
        if profiles.active:
            return self._profile(profiles.active, profiles)
        return None

    def _profile(self, name: str, profiles: Profiles | None = None) -> Credentials:
        profiles = profiles or self.profiles()
        try:
            values = profiles.get(name)
        except KeyError as exc:
            raise self.fail(str(exc.args[0])) from None
        found = Credentials.from_mapping(f"profile {name!r}", values)
        if not found.usable():
            raise self.fail(f"profile {name!r} has no complete credentials; add them again")
        return found

    def _sandbox(self) -> Credentials:
        state = SandboxState.read()
        if self.sandbox:
            url = normalise_url(self.sandbox)
            if state is not None and state.url == url and state.auth_token:
                return Credentials(
                    f"the sandbox at {url}", state.account_sid, state.auth_token, base_url=url
                )
            env = os.environ
            sid, token = env.get("TWILIO_ACCOUNT_SID"), env.get("TWILIO_AUTH_TOKEN")
            if sid and token:
                return Credentials(f"the sandbox at {url}", sid, token, base_url=url)
            raise self.fail(
                f"no credentials for the sandbox at {url}: it is not the one `callbox sandbox` "
                "recorded, so set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN to its account"
            )
        where = SandboxState.path_in()
        if state is None:
            raise self.fail(
                f"no running sandbox found ({where} does not exist): start one with "
                "`callbox sandbox`, or pass --sandbox URL"
            )
        if not state.alive():
            raise self.fail(
                f"the sandbox recorded in {where} (process {state.pid}) is no longer running: "
                "start one with `callbox sandbox`"
            )
        token = state.auth_token or os.environ.get("TWILIO_AUTH_TOKEN")
        if not token:
            raise self.fail(
                f"{where} holds no auth token (the file system cannot keep it private): "
                "set TWILIO_AUTH_TOKEN to the sandbox's"
            )
        return Credentials(
            f"the sandbox at {state.url}", state.account_sid, token, base_url=state.url
        )

    def client(self) -> Client:
        """The REST client for the credentials in effect (built once)."""
        if self._client is None:
            found = self.credentials()
            assert found is not None
            self._client = found.client()
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None


def session_of(ctx: click.Context) -> Session:
    """The session shared by every context of this invocation."""
    found = ctx.meta.get(_KEY)
    if found is None:
        found = ctx.meta[_KEY] = Session()
        ctx.call_on_close(found.close)
    assert isinstance(found, Session)
    return found

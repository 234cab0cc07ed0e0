"""What the command keeps on disk: named profiles and the running sandbox's address.

Both live in one folder: ``$CALLBOX_CONFIG_DIR``, else ``$XDG_CONFIG_HOME/callbox``,
else ``~/.config/callbox`` (``%APPDATA%\\callbox`` on Windows). Files that may hold a
secret are written atomically (a temporary file beside the target, flushed and
fsynced, then renamed over it) and created with mode 0600 in a 0700 folder, so no
other user can read them, even for an instant, and a crash never leaves half a file.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = [
    "PROFILE_FIELDS",
    "SECRET_FIELDS",
    "Profiles",
    "SandboxState",
    "config_dir",
    "write_private",
]

#: What a profile may hold, in display order.
PROFILE_FIELDS = (
    "account_sid",
    "auth_token",
    "api_key",
    "api_secret",
    "region",
    "edge",
    "base_url",
)
#: Fields never printed, logged or put in an error message.
SECRET_FIELDS = frozenset({"auth_token", "api_secret"})


def config_dir() -> str:
    """The folder for profiles and the sandbox's state file (not created here)."""
    explicit = os.environ.get("CALLBOX_CONFIG_DIR")
    if explicit:
        return explicit
    if sys.platform == "win32" and os.environ.get("APPDATA"):
        return os.path.join(os.environ["APPDATA"], "callbox")
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return os.path.join(base, "callbox")


def _private_dir(path: str) -> None:
    os.makedirs(path, mode=0o700, exist_ok=True)


def write_private(path: str, text: str) -> bool:
    """Write ``text`` to ``path`` atomically, readable by its owner only.

    Returns whether the file really is private (False on file systems that ignore
    permissions), so a caller can leave secrets out of it.
    """
    folder = os.path.dirname(path) or "."
    _private_dir(folder)
    tmp = f"{path}.{os.getpid()}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return is_private(path)


def is_private(path: str) -> bool:
    """True when no one but the owner may read ``path`` (always True on Windows)."""
    if sys.platform == "win32":
        return True
    return os.stat(path).st_mode & 0o077 == 0


def _read_json(path: str) -> Any:
    import json  # here, not at the top: `callbox --help` never needs it

    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        return None


class Profiles:
    """Named credentials in ``profiles.json``, and which one is active.

    ``profiles`` maps a name to a dict of :data:`PROFILE_FIELDS` (unset ones absent).
    """

    FILE = "profiles.json"

    def __init__(self, path: str, profiles: dict[str, dict[str, str]], active: str | None) -> None:
        self.path = path
        self.profiles = profiles
        self.active = active

    @classmethod
    def load(cls, folder: str | None = None) -> Profiles:
        path = os.path.join(folder or config_dir(), cls.FILE)
        try:
            raw = _read_json(path)
        except ValueError as exc:
            raise ValueError(f"{path} is not valid JSON ({exc}); fix or remove it") from None
        if raw is None:
            return cls(path, {}, None)
        if not isinstance(raw, dict) or not isinstance(raw.get("profiles", {}), dict):
            raise ValueError(f"{path} does not hold callbox profiles; fix or remove it")
        profiles = {
            str(name): {k: str(v) for k, v in fields.items() if k in PROFILE_FIELDS and v}
            for name, fields in raw.get("profiles", {}).items()
            if isinstance(fields, dict)
        }
        active = raw.get("active")
        return cls(path, profiles, active if active in profiles else None)

    def exposed(self) -> bool:
        """True when the file exists and others may read it."""
        return os.path.exists(self.path) and not is_private(self.path)

    def save(self) -> None:
        import json

        body = {"active": self.active, "profiles": self.profiles}
        write_private(self.path, json.dumps(body, indent=2, sort_keys=True) + "\n")

    def get(self, name: str) -> dict[str, str]:
        try:
            return self.profiles[name]
        except KeyError:
            known = ", ".join(sorted(self.profiles)) or "none yet (callbox profiles add NAME)"
            raise KeyError(f"no profile named {name!r}; profiles: {known}") from None


class SandboxState:
    """The state file ``callbox sandbox`` writes while it runs: where it is, which account.

    ``--sandbox`` without a URL reads it. The file is 0600; the auth token is left
    out when the file system cannot keep it private.
    """

    FILE = "sandbox.json"

    def __init__(self, data: dict[str, Any], path: str) -> None:
        self.data = data
        self.path = path

    @property
    def url(self) -> str:
        return str(self.data.get("url") or "")

    @property
    def account_sid(self) -> str:
        return str(self.data.get("account_sid") or "")

    @property
    def auth_token(self) -> str | None:
        token = self.data.get("auth_token")
        return str(token) if token else None

    @property
    def pid(self) -> int:
        return int(self.data.get("pid") or 0)

    def alive(self) -> bool:
        """Whether the process that wrote the file still runs (on this machine)."""
        if self.pid <= 0:
            return False
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        except OSError:
            return sys.platform == "win32"
        return True

    @classmethod
    def path_in(cls, folder: str | None = None) -> str:
        return os.path.join(folder or config_dir(), cls.FILE)

    @classmethod
    def read(cls, folder: str | None = None) -> SandboxState | None:
        path = cls.path_in(folder)
        try:
            raw = _read_json(path)
        except ValueError:
            return None
        if not isinstance(raw, dict) or not raw.get("url"):
            return None
        return cls(raw, path)

    @classmethod
    def write(cls, url: str, account_sid: str, auth_token: str, db: str) -> SandboxState:
        import json

        path = cls.path_in()
        data: dict[str, Any] = {
            "url": url,
            "account_sid": account_sid,
            "auth_token": auth_token,
            "pid": os.getpid(),
            "db": db,
        }
        if not write_private(path, json.dumps(data, indent=2) + "\n"):
            del data["auth_token"]
            write_private(path, json.dumps(data, indent=2) + "\n")
        return cls(data, path)

    def remove(self) -> None:
        """Delete the file if it is still this process's (another sandbox may have replaced it)."""
        current = SandboxState.read(os.path.dirname(self.path))
        if current is not None and current.pid == self.pid:
            try:
                os.unlink(self.path)
            except FileNotFoundError:
                pass

"""``redis://host:port/db``: Redis, for instances on many hosts (redis-py's asyncio client).

One pooled client per store (``max_connections``, default 50; a request waits for a free
connection rather than fail when all are busy).  A request costs three
round trips: the claim and the state are read in one pipeline, the commit is one Lua
script that checks the claim is still ours, stores the answer and applies the state
changes atomically.  Keys live under a namespace (``?namespace=`` in the URL, default
``callbox:flows``): ``{ns}:c:{token}`` (a claim ``C<owner>`` with the lease as its TTL,
then the answer ``A<answer>``), ``{ns}:s:{scope}`` (a hash of the state's fields) and
``{ns}:b:{pending}`` (an outbound call's binding).
"""

from __future__ import annotations

import math
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .base import Begin, Changes, Store

__all__ = ["RedisStore"]

_RENEW = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
"""

_COMMIT = """
if KEYS[1] ~= '' then
  if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
end
if KEYS[2] ~= '' and #ARGV > 4 then
  for i = 5, #ARGV, 3 do
    if ARGV[i] == 's' then
      redis.call('HSET', KEYS[2], ARGV[i + 1], ARGV[i + 2])
    else
      redis.call('HDEL', KEYS[2], ARGV[i + 1])
    end
  end
  redis.call('EXPIRE', KEYS[2], ARGV[4])
end
return 1
"""

_BIND = """
local bound = redis.call('GET', KEYS[1])
if bound then return bound end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
local fields = redis.call('HGETALL', KEYS[2])
if #fields > 0 then
  redis.call('HSET', KEYS[3], unpack(fields))
  redis.call('EXPIRE', KEYS[3], ARGV[2])
end
return ARGV[1]
"""


def _seconds(ttl: float) -> int:
    return max(1, math.ceil(ttl))


def _ms(ttl: float) -> int:
    return max(1, math.ceil(ttl * 1000))


class RedisStore(Store):
    """A store in Redis at ``url`` (``redis://`` or ``rediss://``)."""

    shared = True

    def __init__(
        self, url: str, *, namespace: str | None = None, max_connections: int = 50
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("redis", "rediss", "unix"):
            raise ValueError(f"a Redis URL starts with redis://, rediss:// or unix://, not {url!r}")
        query = parse_qsl(parts.query, keep_blank_values=True)
        found = [v for k, v in query if k == "namespace"]
        rest = [(k, v) for k, v in query if k != "namespace"]
        self.url = urlunsplit(parts._replace(query=urlencode(rest)))
        self.namespace = namespace or (found[0] if found else "") or "callbox:flows"
        self.max_connections = max_connections
        self._client: Any = None
        self._scripts: dict[str, Any] = {}

    def __repr__(self) -> str:
        parts = urlsplit(self.url)
        host = parts.hostname or ""
        where = f"{parts.scheme}://{host}" + (f":{parts.port}" if parts.port else "") + parts.path
        return f"RedisStore({where!r}, namespace={self.namespace!r})"  # never the password

    def _key(self, kind: str, name: str) -> str:
        return f"{self.namespace}:{kind}:{name}"

    async def open(self) -> None:
        if self._client is not None:
            return
        try:
            import redis.asyncio as aioredis
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise ImportError(
                "the Redis flow store needs redis-py: pip install 'callbox[flows,redis]'"
            ) from exc
        # A blocking pool: a burst of requests beyond max_connections waits for a free
        # connection instead of failing with "Too many connections".
        pool = aioredis.BlockingConnectionPool.from_url(
            self.url, decode_responses=True, max_connections=self.max_connections, timeout=10
        )
        self._client = aioredis.Redis(connection_pool=pool)
        self._client.auto_close_connection_pool = True
        self._scripts = {
            "renew": self._client.register_script(_RENEW),
            "commit": self._client.register_script(_COMMIT),
            "bind": self._client.register_script(_BIND),
        }

    async def close(self) -> None:
        if self._client is not None:
            client, self._client = self._client, None
            await client.aclose()

    async def _redis(self) -> Any:
        if self._client is None:
            await self.open()
        return self._client

    async def begin(self, token: str | None, owner: str, lease: float, scope: str | None) -> Begin:
        client = await self._redis()
        if token is None:
            state = await client.hgetall(self._key("s", scope)) if scope is not None else {}
            return Begin("run", None, dict(state))
        claim = self._key("c", token)
        while True:
            async with client.pipeline(transaction=False) as pipe:
                pipe.set(claim, "C" + owner, nx=True, px=_ms(lease))
                if scope is not None:
                    pipe.hgetall(self._key("s", scope))
                replies = await pipe.execute()
            if replies[0]:
                return Begin("run", None, dict(replies[1]) if scope is not None else {})
            held = await client.get(claim)
            if held is None:
                continue  # the claim expired between the two reads: try again
            if held.startswith("A"):
                return Begin("done", held[1:])
            return Begin("busy")

    async def renew(self, token: str, owner: str, lease: float) -> bool:
        await self._redis()
        done = await self._scripts["renew"](
            keys=[self._key("c", token)], args=["C" + owner, _ms(lease)]
        )
        return bool(done)

    async def commit(
        self,
        token: str | None,
        owner: str,
        answer: str,
        answer_ttl: float,
        scope: str | None,
        changes: Changes,
        state_ttl: float,
    ) -> bool:
        if token is None and (scope is None or not changes):
            return True
        await self._redis()
        args: list[Any] = ["C" + owner, "A" + answer, _ms(answer_ttl), _seconds(state_ttl)]
        for name, value in changes.items():
            args += ["d", name, ""] if value is None else ["s", name, value]
        keys = [
            self._key("c", token) if token is not None else "",
            self._key("s", scope) if scope is not None else "",
        ]
        return bool(await self._scripts["commit"](keys=keys, args=args))

    async def load(self, scope: str) -> dict[str, str]:
        client = await self._redis()
        return dict(await client.hgetall(self._key("s", scope)))

    async def save(self, scope: str, changes: Changes, state_ttl: float) -> None:
        await self.commit(None, "", "", 0, scope, changes, state_ttl)

    async def drop(self, scope: str) -> None:
        client = await self._redis()
        await client.delete(self._key("s", scope))

    async def bind(self, pending: str, sid: str, state_ttl: float) -> str:
        await self._redis()
        bound = await self._scripts["bind"](
            keys=[self._key("b", pending), self._key("s", pending), self._key("s", sid)],
            args=[sid, _seconds(state_ttl)],
        )
        return str(bound)

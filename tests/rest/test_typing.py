"""IDE completion and type checking come from stubs generated from the description.

One mypy run (``--strict``) checks a script that gets things wrong on purpose, next to
the typed examples: each line of the script marked ``# error: <text>`` must be reported
with that text, each ``# reveals: <text>`` must reveal it, and nothing else may be
reported, in the script or in the examples.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = [ROOT / "examples" / "typed_client.py", ROOT / "examples" / "typed_choices.py"]
MYPY = Path(sys.executable).parent / "mypy"

MISUSE = """\
from callbox import AsyncClient, Client

client = Client("AC" + "0" * 32, "token")
client.messages.create(to="+14155550100", bodyy="typo")  # error: Unexpected keyword argument "bodyy"; did you mean "body"?
reveal_type(client.messages.create(to="+14155550100").date_created)  # reveals: datetime.datetime | None
reveal_type(client.calls("CA1").recordings.list())  # reveals: list[callbox.rest._typing.api.V2010_Accounts_Calls_Recordings_Instance[callbox.rest._typing.Sync]]

# Enums are Literal types: a value outside the documented set is an error before it is sent.
client.messages(sid="SM1").update(status="cancelled")  # error: Argument "status" has incompatible type "Literal['cancelled']"; expected "Literal['canceled'] | None"
client.messages.create(to="+1", risk_check="on")  # error: expected "Literal['enable', 'disable'] | None"
client.chat.v2.services("IS1").bindings.list(binding_type=["gcm", "sms"])  # error: List item 1 has incompatible type "Literal['sms']"
status = "completed"
client.calls("CA1").update(status=status)  # error: Argument "status" has incompatible type "str"
reveal_type(client.calls.create)  # reveals: status_callback_method: Literal['GET'] | Literal['POST'] | None =

# A field the description leaves untyped holds any JSON value (here an object), not a str.
reveal_type(client.conversations.v1.conversations("CH1").participants("MB1").fetch().messaging_binding)  # reveals: Any | None
# A resource without an id is called with none, and gives the same node.
reveal_type(client.conversations.v1.configuration().fetch)  # reveals: def () -> callbox.rest._typing.conversations.V1_Configuration_Instance[callbox.rest._typing.Sync]
client.conversations.v1.configuration("x")  # error: Too many arguments for "__call__"

# Ids have their real names.
client.calls(sid="CA1").fetch()
client.available_phone_numbers(country_code="US").local.list(area_code=510)
client.calls(call_sid="CA1")  # error: Unexpected keyword argument "call_sid" for "__call__"
client.flex_api.v2.flex_user(instance_sid="GO1")  # error: Missing positional argument "flex_user_sid" in call to "__call__"

# The async tree: the same classes, every operation awaited.
async def use(aclient: AsyncClient) -> None:
    sent = await aclient.messages.create(to="+14155550100")
    reveal_type(sent.date_created)  # reveals: datetime.datetime | None
    reveal_type(aclient.messages.list())  # reveals: typing.Awaitable[list[callbox.rest._typing.api.V2010_Accounts_Messages_Instance[callbox.rest._typing.Async]]]
    reveal_type(await sent.fetch())  # reveals: V2010_Accounts_Messages_Instance[callbox.rest._typing.Async]
    aclient.messages.create(to="+1").sid  # error: "Awaitable[V2010_Accounts_Messages_Instance[Async]]" has no attribute "sid"
    for _ in aclient.messages.stream():  # error: "AsyncIterator[V2010_Accounts_Messages_Instance[Async]]" has no attribute "__iter__"
        pass
    await aclient.calls(sid="CA1").update(status="hangup")  # error: expected "Literal['canceled', 'completed'] | None"

# The packages load their names lazily, yet a misspelt import is still caught.
from callbox import VoiceRespons  # error: Module "callbox" has no attribute "VoiceRespons"
from callbox.jwt import AccessTokn  # error: Module "callbox.jwt" has no attribute "AccessTokn"
from callbox.rest.transport import AsyncHTTPTransprt  # error: Module "callbox.rest.transport" has no attribute "AsyncHTTPTransprt"
"""


def test_stubs_are_generated_from_the_shipped_description() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "gen_stubs.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(
    shutil.which("mypy") is None and not MYPY.exists(), reason="mypy is not installed"
)
def test_mypy_holds_misuse_to_the_stubs_and_passes_the_typed_examples(tmp_path: Path) -> None:
    script = tmp_path / "misuse.py"
    script.write_text(MISUSE)
    mypy = str(MYPY) if MYPY.exists() else "mypy"
    flags = ["--strict", "--no-incremental", "--no-pretty", "--show-error-codes"]
    result = subprocess.run(
        [mypy, *flags, str(script), *map(str, EXAMPLES)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    reported: dict[tuple[str, int], list[str]] = {}
    for line in result.stdout.splitlines():
        found = re.match(r"(.+?):(\d+): (error|note): (.*)", line)
        if found:
            where = (Path(found[1]).name, int(found[2]))
            reported.setdefault(where, []).append(f"{found[3]}: {found[4]}")
    expected = 0
    for number, line in enumerate(MISUSE.splitlines(), start=1):
        said = reported.pop(("misuse.py", number), [])
        mark = re.search(r"# (error|reveals): (.*)$", line)
        if mark is None:
            assert not said, f"line {number} {line!r}: {said}"
            continue
        expected += 1
        kind = "error" if mark[1] == "error" else "note: Revealed type is"
        want = f"{kind}: " if kind == "error" else kind
        assert any(s.startswith(want) and mark[2] in s for s in said), (number, line, said)
    assert expected == 22
    # Nothing else anywhere: the examples are clean under --strict.
    leftover = {k: v for k, v in reported.items() if any(s.startswith("error") for s in v)}
    assert not leftover, leftover
    errors = MISUSE.count("# error: ")
    assert f"Found {errors} errors in 1 file (checked {1 + len(EXAMPLES)} source files)" in (
        result.stdout
    )

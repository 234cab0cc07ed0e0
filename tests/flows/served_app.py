"""An app for ``callbox.flows.run`` to serve in another process (tests/flows/test_frontends)."""

from __future__ import annotations

import os

from callbox.flows import App, Call, Result

GREETING = "Hello from process"

app = App()  # credentials and public URL from the environment


@app.incoming_call
async def answer(call: Call) -> None:
    with call.gather(menu, num_digits=1) as g:
        g.say("Press a key.")


@app.handler
async def menu(call: Call, result: Result) -> None:
    call.say(f"{GREETING} {os.getpid()}. You pressed {result.digits}.")

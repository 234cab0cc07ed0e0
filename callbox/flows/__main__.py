"""``python -m callbox.flows module:app [--host H] [--port P]``: serve an app with uvicorn."""

from __future__ import annotations

import argparse

from ._run import run


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m callbox.flows", description=__doc__)
    parser.add_argument("target", help="the app, as module:attribute")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--log-level", default="info")
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args(argv)
    run(args.target, args.host, args.port, log_level=args.log_level, workers=args.workers)


if __name__ == "__main__":
    main()

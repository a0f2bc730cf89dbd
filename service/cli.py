"""The `claimdesk` command: `serve` runs the API under gunicorn, `extract` prints one answer."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from typing import Any

from .config import ConfigError, from_environment


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        from_environment()
    except ConfigError as error:
        print(f"claimdesk: {error}", file=sys.stderr)
        return 2
    return args.run(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claimdesk", description=__doc__)
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    serve = commands.add_parser("serve", help="serve the HTTP API with gunicorn")
    serve.add_argument("--host", help="address to bind (default: CLAIMDESK_BIND, else 127.0.0.1)")
    serve.add_argument(
        "--port", type=_port, help="port to bind (default: CLAIMDESK_BIND, else 8000)"
    )
    serve.add_argument(
        "--workers", type=_positive, help="worker processes (default: WEB_CONCURRENCY, else 2)"
    )
    serve.set_defaults(run=_serve)

    extract = commands.add_parser("extract", help="print the claims of one article as JSON")
    extract.add_argument("file", help="a UTF-8 text file, or - for standard input")
    extract.add_argument("--published", type=_date, help="the article's date, YYYY-MM-DD")
    extract.add_argument("--id", help="an id to echo in the answer")
    extract.add_argument(
        "--jsonl",
        action="store_true",
        help="the file holds one JSON article a line ({text, published, id}, as the API takes "
        "them); print one JSON result a line: {line, status, answer | problem}",
    )
    extract.set_defaults(run=_extract)
    return parser


def _serve(args: argparse.Namespace) -> int:
    from gunicorn.app.base import BaseApplication

    from . import create_app
    from .gunicorn_settings import SETTINGS

    class Server(BaseApplication):
        def load_config(self) -> None:
            for name, value in SETTINGS.items():
                self.cfg.set(name, value)
            if args.host or args.port:  # options given win over CLAIMDESK_BIND
                host, _, port = SETTINGS["bind"].rpartition(":")
                self.cfg.set("bind", f"{args.host or host}:{args.port or port}")
            if args.workers is not None:
                self.cfg.set("workers", args.workers)

        def load(self) -> Any:
            return create_app()

    Server().run()
    return 0


def _extract(args: argparse.Namespace) -> int:
    from .analysis import analyse

    if args.jsonl:
        return _extract_jsonl(args)
    try:
        raw = sys.stdin.buffer.read() if args.file == "-" else _read(args.file)
        text = raw.decode("utf-8")
    except OSError as error:
        print(f"claimdesk: cannot read {args.file}: {error.strerror}", file=sys.stderr)
        return 2
    except UnicodeDecodeError as error:
        print(f"claimdesk: {args.file} is not UTF-8 (byte offset {error.start})", file=sys.stderr)
        return 2
    answer = analyse(text, args.published, args.id)
    try:
        json.dump(answer, sys.stdout, indent=2, sort_keys=True)
        sys.stdout.write("\n")
        sys.stdout.flush()
    except BrokenPipeError:  # the reader stopped early (| head): not an error of ours
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps exit-time flush quiet
    return 0


def _extract_jsonl(args: argparse.Namespace) -> int:
    """Stream an archive: each line in, one result line out, as it goes. Blank lines are
    skipped; a line that is not JSON gets a 400 problem of its own."""
    from .batch import answer_one

    if args.published or args.id:
        print("claimdesk: with --jsonl, give published and id in each line", file=sys.stderr)
        return 2
    try:
        # closed by the `with` below
        stream = sys.stdin.buffer if args.file == "-" else open(args.file, "rb")  # noqa: SIM115
    except OSError as error:
        print(f"claimdesk: cannot read {args.file}: {error.strerror}", file=sys.stderr)
        return 2
    failed = 0
    with stream:
        for number, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            try:
                status, body = answer_one(json.loads(raw.decode("utf-8")))
            except (UnicodeDecodeError, json.JSONDecodeError) as error:
                detail = f"Line {number}: {error}"
                body = {
                    "type": "about:blank",
                    "title": "Bad Request",
                    "status": 400,
                    "detail": detail,
                }
                status = 400
            failed += status != 200
            result = {"answer": body} if status == 200 else {"problem": body}
            sys.stdout.write(json.dumps({"line": number, "status": status, **result}) + "\n")
            sys.stdout.flush()
    return 1 if failed else 0


def _read(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _port(value: str) -> int:
    port = _positive(value)
    if port > 65535:
        raise argparse.ArgumentTypeError(f"not a port: {value}")
    return port


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return number


if __name__ == "__main__":
    sys.exit(main())

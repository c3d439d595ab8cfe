"""``tutor serve``: the tutor in the browser, one session per learner, for a class."""

from __future__ import annotations

import argparse
import os
import sys

NEEDS_EXTRA = "tutor serve needs the class extra: pip install 'debate-tutor[class]'"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on")
    parser.add_argument(
        "--public-url",
        metavar="URL",
        help="the address learners open, when behind a reverse proxy (e.g. https://tutor.school)",
    )
    parser.add_argument(
        "--learner-header",
        metavar="HEADER",
        help="take each learner's name from this request header, set by an authenticating proxy",
    )


def run(args: argparse.Namespace) -> int:
    try:
        from tutor.serve.server import ClassServer
    except ImportError as missing:
        print(f"tutor: {NEEDS_EXTRA} ({missing})", file=sys.stderr)
        return 2
    from tutor.store.learners import URL_VAR, store_url
    from tutor.store.paths import ENV_VAR

    url = store_url(getattr(args, "store", None))
    if url is not None:
        os.environ[URL_VAR] = url
    if getattr(args, "data_dir", None):
        os.environ[ENV_VAR] = str(args.data_dir)
    server = ClassServer(
        host=args.host, port=args.port, public_url=args.public_url, header=args.learner_header
    )
    server.serve()
    return 0

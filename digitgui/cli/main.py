"""Entry point: parse the command line and run a sub-command, or open the window.

A user's mistake (a bad option, a missing or damaged file) ends with exit status 2 and one
line on stderr; never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys

import digitgui
from digitgui.core.errors import UserError


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr (argparse prints the usage too)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _add_model_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--model", default="default", metavar="BUNDLE",
        help="a model bundle folder, or 'default' for the default model (default: default)",
    )


def build_parser() -> argparse.ArgumentParser:
    from digitgui.cli import bench, evaluate, predict, train, transfer  # noqa: PLC0415

    parser = _Parser(
        prog="digitgui",
        description="Draw a digit and watch a neural network read it. With no command, opens "
        "the window.",
    )
    parser.add_argument("--version", action="version", version=f"digitgui {digitgui.__version__}")
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument("--install-desktop", action="store_true",
                         help="put digitgui (entry and icon) in the desktop's menu, for you")
    desktop.add_argument("--uninstall-desktop", action="store_true",
                         help="take digitgui out of the desktop's menu again")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    train.add_parser(commands)
    predict.add_parser(commands, _add_model_option)
    evaluate.add_parser(commands, _add_model_option)
    bench.add_parser(commands)
    transfer.add_parsers(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.install_desktop or args.uninstall_desktop:
        from digitgui.cli import desktop  # noqa: PLC0415

        return desktop.run(install_it=args.install_desktop)
    if args.command is None:
        return _launch_window()
    try:
        return int(args.run(args) or 0)
    except UserError as exc:
        print(f"digitgui {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"digitgui {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `digitgui evaluate ... | head`): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def _launch_window() -> int:
    try:
        from digitgui.ui.app import run_app  # noqa: PLC0415
    except ImportError as exc:
        print(f"digitgui: the window cannot start ({exc})", file=sys.stderr)
        return 1
    return run_app()

# Four more small argparse parsers as python3 parses them: option metavars, int choices from a
# range, abbreviated long options, appended tags, a positional of exactly two values beside a
# flag (an extra string is unrecognized), subcommands with a metavar and aliases; usage lines.
import argparse
import io
import contextlib


def attempt(make, argv):
    p = make()
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(argv, "->", p.parse_args(argv))
    except SystemExit as e:
        print(argv, "exit", e.code)
        print(err.getvalue(), end="")


def p7():
    p = argparse.ArgumentParser(prog="conv", description="Convert things.")
    p.add_argument("-o", "--output", metavar="FILE", default="-")
    p.add_argument("--level", type=int, choices=range(1, 4))
    p.add_argument("source")
    return p


def p8():
    p = argparse.ArgumentParser(prog="srv")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--host")
    p.add_argument("--debug", action="store_true")
    p.add_argument("--tag", action="append", default=[])
    return p


def p9():
    p = argparse.ArgumentParser(prog="multi")
    p.add_argument("pairs", nargs=2)
    p.add_argument("--flag", "-f", action="store_const", const=42)
    return p


def p10():
    p = argparse.ArgumentParser(prog="db")
    sub = p.add_subparsers(dest="cmd", metavar="COMMAND")
    m = sub.add_parser("migrate", aliases=["mg"])
    m.add_argument("--steps", type=int, required=True)
    sub.add_parser("status")
    return p


cases = [
    (p7, []), (p7, ["in.txt", "--level", "5"]), (p7, ["in.txt", "-o"]), (p7, ["in.txt", "--level", "x"]),
    (p7, ["a.txt", "b.txt"]), (p7, ["--outp", "z", "a"]),
    (p8, ["--port", "x"]), (p8, ["--tag", "a", "--tag", "b", "--debug"]), (p8, ["--hos", "h"]), (p8, ["--port"]),
    (p9, ["a"]), (p9, ["a", "b", "-f"]), (p9, ["a", "b", "c"]),
    (p10, []), (p10, ["mg", "--steps", "3"]), (p10, ["migrate"]), (p10, ["nope"]), (p10, ["status", "x"]),
]
for make, argv in cases:
    attempt(make, argv)
for make in (p7, p10):
    print(make().format_usage(), end="")

# Ten-odd small argparse parsers, each given good and bad command lines, as python3 parses them:
# a nargs='*' positional before subcommands (the last string of the first run names the command),
# usage lines of required groups, choices, subcommands and metavar tuples, option values too few,
# append with nargs (one item per use). Errors print the usage line and the message (exit 2).
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


def p1():
    p = argparse.ArgumentParser(prog="tool")
    p.add_argument("files", nargs="*")
    sub = p.add_subparsers(dest="cmd")
    r = sub.add_parser("run")
    r.add_argument("--fast", action="store_true")
    return p


def p2():
    p = argparse.ArgumentParser(prog="calc")
    p.add_argument("x", type=int)
    p.add_argument("y", type=int, nargs="?")
    p.add_argument("-v", "--verbose", action="count", default=0)
    return p


def p3():
    p = argparse.ArgumentParser(prog="grp")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--a", action="store_true")
    g.add_argument("--b", type=float)
    return p


def p4():
    p = argparse.ArgumentParser(prog="ch")
    p.add_argument("--mode", choices=["fast", "slow"], required=True)
    p.add_argument("items", nargs="+")
    return p


def p5():
    p = argparse.ArgumentParser(prog="git")
    sub = p.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("commit")
    c.add_argument("-m", required=True)
    sub.add_parser("push").add_argument("remote", nargs="?")
    return p


def p6():
    p = argparse.ArgumentParser(prog="kv")
    p.add_argument("--pair", nargs=2, metavar=("K", "V"), action="append")
    p.add_argument("rest", nargs="*")
    return p


cases = [
    (p1, []), (p1, ["a", "b"]), (p1, ["a", "run", "--fast"]), (p1, ["run"]), (p1, ["--bad"]),
    (p2, []), (p2, ["x"]), (p2, ["1", "2", "3"]), (p2, ["1", "-vv"]),
    (p3, []), (p3, ["--a", "--b", "2"]), (p3, ["--b", "z"]),
    (p4, ["x"]), (p4, ["--mode", "med", "x"]), (p4, ["--mode", "fast"]),
    (p5, []), (p5, ["commit"]), (p5, ["pull"]), (p5, ["push", "origin", "extra"]),
    (p6, ["--pair", "a"]), (p6, ["--pair", "a", "b", "x", "y"]), (p6, ["--pair", "a", "b", "c"]),
]
for make, argv in cases:
    attempt(make, argv)

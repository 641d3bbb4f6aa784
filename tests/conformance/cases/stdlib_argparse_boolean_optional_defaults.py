# A CLI's switches with argparse.BooleanOptionalAction (--cache / --no-cache, abbreviated, in a
# subcommand, in usage and help) and ArgumentDefaultsHelpFormatter's "(default: ...)" in the help
# (before: the action was refused as not simulated and the formatter's defaults were left out).
import argparse
import contextlib
import io


def build():
    p = argparse.ArgumentParser(prog="sync", description="Sync files.",
                                formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("--cache", action=argparse.BooleanOptionalAction, default=True, help="use the cache")
    p.add_argument("-c", "--color", action=argparse.BooleanOptionalAction, help="colour output")
    p.add_argument("--jobs", type=int, default=4, help="parallel jobs")
    p.add_argument("--tag", default=None, help="a tag")
    p.add_argument("--limit", type=int, default=10, help="at most %(default)s items")
    p.add_argument("--quiet", action="store_true", help="less output")
    p.add_argument("--secret", default="x", help=argparse.SUPPRESS)
    p.add_argument("src", help="source directory")
    p.add_argument("dst", nargs="?", default="out", help="target directory")
    p.add_argument("extra", nargs="*", help="more paths")
    return p


def build_git():
    g = argparse.ArgumentParser(prog="git")
    sub = g.add_subparsers(dest="cmd")
    push = sub.add_parser("push", help="push changes", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    push.add_argument("--force", action=argparse.BooleanOptionalAction, default=False, help="overwrite")
    push.add_argument("remote", nargs="?", default="origin", help="where to")
    return g, push


p = build()
for argv in (["a"], ["--no-cache", "a", "b"], ["--cache", "--color", "a"], ["-c", "a"], ["--no-col", "a"],
             ["--no-cache", "--cache", "a"], ["a", "b", "c", "d"]):
    print(argv, "->", vars(p.parse_args(argv)))
print(p.format_usage(), end="")
print(p.format_help())
g, push = build_git()
for argv in (["push", "--force"], ["push", "--no-force", "up"], ["push"]):
    print(argv, "->", vars(g.parse_args(argv)))
print(push.format_help())
for argv in (["--cache=yes", "a"], ["--no-cach", "a"], ["--c", "a"]):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(vars(p.parse_args(argv)))
    except SystemExit as e:
        print(argv, "exit", e.code, err.getvalue().strip().splitlines()[-1])

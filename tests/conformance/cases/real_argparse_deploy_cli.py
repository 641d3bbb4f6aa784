# argparse with explicit argv lists: subcommands, types, choices, mutually exclusive groups, errors.
import argparse
import contextlib
import io


def port(value):
    n = int(value)
    if not 0 < n < 65536:
        raise argparse.ArgumentTypeError(f"{n} is not a valid port")
    return n


def build():
    p = argparse.ArgumentParser(prog="deploy", description="Deploy services.", epilog="See docs.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--env", choices=["dev", "staging", "prod"], default="dev")
    p.add_argument("--tag", action="append", default=[], metavar="KEY=VAL")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--fast", action="store_true")
    g.add_argument("--safe", action="store_true")
    sub = p.add_subparsers(dest="command", required=True)
    up = sub.add_parser("up", help="start services")
    up.add_argument("services", nargs="+")
    up.add_argument("-p", "--port", type=port, default=8000)
    up.add_argument("--replicas", type=int, default=1)
    down = sub.add_parser("down", help="stop services", aliases=["stop"])
    down.add_argument("services", nargs="*", default=["all"])
    down.add_argument("--timeout", type=float, default=10.0)
    scale = sub.add_parser("scale")
    scale.add_argument("pair", nargs=2, metavar=("SERVICE", "N"))
    return p


p = build()
for argv in (["up", "web", "api", "-p", "9000"],
             ["-vv", "--env", "prod", "--tag", "a=1", "--tag", "b=2", "down"],
             ["--fast", "stop", "db", "--timeout", "2.5"],
             ["scale", "web", "3"],
             ["--dry-run", "up", "--replicas=2", "--", "-weird-name"]):
    ns = p.parse_args(argv)
    print(sorted(vars(ns).items()))

errors = [["up"], ["up", "web", "-p", "70000"], ["--env", "qa", "up", "x"], ["--fast", "--safe", "down"],
          [], ["down", "--timeout", "soon"], ["bogus"], ["up", "x", "--unknown"]]
for argv in errors:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            p.parse_args(argv)
        except SystemExit as e:
            print(argv, "exit", e.code)
    print("  " + err.getvalue().strip().splitlines()[-1])

ns, rest = p.parse_known_args(["up", "svc", "--color", "red"])
print(ns.services, rest)
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        p.parse_args(["up", "--help"])
    except SystemExit as e:
        code = e.code
print("help exit", code)
print(out.getvalue())
print(p.format_usage())
q = argparse.ArgumentParser(prog="calc", add_help=False, exit_on_error=False)
q.add_argument("numbers", type=float, nargs="*")
q.add_argument("--op", default="sum", choices=("sum", "max"))
try:
    q.parse_args(["1", "x"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e, "| arg:", e.argument_name)
ns = q.parse_args(["3", "4.5", "--op", "max"])
print(ns, max(ns.numbers) if ns.op == "max" else sum(ns.numbers))
r = argparse.ArgumentParser(prog="r", fromfile_prefix_chars="@", argument_default=argparse.SUPPRESS)
r.add_argument("--name")
r.add_argument("--size", type=int)
print(r.parse_args(["--size", "3"]), r.parse_intermixed_args(["--name", "n"]))

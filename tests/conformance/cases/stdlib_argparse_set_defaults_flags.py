# set_defaults gives its value to the arguments with that dest (added before or after it), so a
# flag's default follows it; a flag given always counts as present in its mutually exclusive
# group, whatever it stores. Programs reach the actions through parser._actions.
import argparse

p = argparse.ArgumentParser(prog="t")
p.add_argument("--full", action="store_true")
p.add_argument("--inc", dest="full", action="store_false")
p.add_argument("--n", type=int, default=1)
p.set_defaults(full=True, n=5, extra="x")
p.add_argument("--late", action="store_true")
p.set_defaults(late="L")
p.set_defaults(quiet=3)
p.add_argument("-q", dest="quiet", action="count")
p.add_argument("--z", action="store_true")
print(sorted(vars(p.parse_args([])).items()))
print(sorted(vars(p.parse_args(["--inc", "-qq"])).items()))
print(p.get_default("full"), p.get_default("n"), p.get_default("extra"), p.get_default("quiet"), p.get_default("z"))
print(p.format_help())

m = argparse.ArgumentParser(prog="m", exit_on_error=False)
g = m.add_mutually_exclusive_group(required=True)
g.add_argument("--on", action="store_true", default=True)
g.add_argument("--off", dest="on", action="store_false")
g.add_argument("--lvl", action="count", default=1)
g.add_argument("--c", action="store_const", const=None)
for argv in (["--on"], ["--on", "--off"], ["--off", "--on"], ["--c"], ["--c", "--lvl"], []):
    try:
        print(argv, m.parse_args(argv))
    except argparse.ArgumentError as e:
        print(argv, "ArgumentError", e)
    except SystemExit as e:
        print(argv, "exit", e.code)

cli = argparse.ArgumentParser(prog="cli")
sub = cli.add_subparsers(dest="cmd")
run = sub.add_parser("run")
mode = run.add_mutually_exclusive_group()
mode.add_argument("--full", action="store_true")
mode.add_argument("--incremental", dest="full", action="store_false")
run.set_defaults(full=True, handler="do_run")
sub.add_parser("ls", aliases=["list"])
for argv in (["run"], ["run", "--incremental"], ["run", "--full", "--incremental"]):
    try:
        print(argv, cli.parse_args(argv))
    except SystemExit as e:
        print(argv, "exit", e.code)
action = next(a for a in cli._actions if isinstance(a, argparse._SubParsersAction))
print(sorted(action.choices), [a.dest for a in run._actions])

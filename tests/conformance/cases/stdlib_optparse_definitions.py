# optparse beyond the everyday: the checks on option definitions and their messages, conflicting
# option strings (error, and resolve taking them over), remove_option, Values (ensure_value,
# careful and loose updates, read_file), a subclass with its own type and action, a callback that
# consumes a variable number of arguments, check_values and error overridden, defaults that go
# through their type, usage variants and the width $COLUMNS sets.
import copy
import optparse
import os
import tempfile
from optparse import Option, OptionParser, OptionValueError, make_option


def attempt(*opts, **attrs):
    try:
        opt = Option(*opts, **attrs)
        print("ok", opt, opt.action, opt.type, opt.dest, opt.nargs, opt.default)
    except (optparse.OptionError, TypeError) as e:
        print(type(e).__name__, e)


attempt()
attempt("")
attempt("x")
attempt("-")
attempt("--")
attempt("-xy")
attempt("---x")
attempt("x-")
attempt("-x", "--long-name", "--other")
attempt("-x", bogus=1, another=2)
attempt("-x", action="launch")
attempt("-x", type="date")
attempt("-x", type=int, action="count")
attempt("-x", type=float)
attempt("-x", type=str)
attempt("-x", type="choice")
attempt("-x", type="choice", choices="abc")
attempt("-x", choices=("a", "b"))
attempt("-x", action="store_true", choices=["a"])
attempt("-x", const=3)
attempt("-x", action="store_true", nargs=2)
attempt("-x", callback=len)
attempt("-x", action="callback")
attempt("-x", action="callback", callback=len, callback_args=[1])
attempt("-x", action="callback", callback=len, callback_kwargs=[1])
attempt("-x", callback_args=(1,))
attempt("-x", callback_kwargs={})
attempt("-x", action="callback", callback=len)
attempt("-x", action="help")
attempt("--dry-run-now", action="store_const", const="c")
print(make_option is Option, optparse.SUPPRESS_HELP, optparse.SUPPRESS_USAGE, optparse.NO_DEFAULT)

p = OptionParser(prog="tool")
p.add_option("-a", "--all", action="store_true")
for args in [("-a",), ("--all", "-b"), ("-h",)]:
    try:
        p.add_option(*args)
    except optparse.OptionConflictError as e:
        print("conflict:", e, "|", e.msg, "|", e.option_id)
try:
    p.add_option(42)
except TypeError as e:
    print("TypeError", e)
try:
    p.add_option(Option("-q"), help="x")
except TypeError as e:
    print("TypeError", e)
try:
    p.set_conflict_handler("ignore")
except ValueError as e:
    print("ValueError", e)

r = OptionParser(prog="tool", conflict_handler="resolve", add_help_option=False)
r.add_option("-v", "--verbose", action="store_true", help="old verbose")
r.add_option("-q", action="store_true", help="old quiet")
r.add_option("-v", "--version-info", action="store_true", help="new -v")
r.add_option("-q", "--quiet", action="count", help="new quiet")
print([str(o) for o in r.option_list])
r.print_help()
r.remove_option("--quiet")
print([str(o) for o in r.option_list], r.has_option("-q"))
try:
    r.remove_option("-z")
except ValueError as e:
    print("ValueError", e)
empty = OptionParser(prog="bare", add_help_option=False, usage=optparse.SUPPRESS_USAGE)
print(repr(empty.format_help()), repr(empty.get_usage()), repr(empty.format_option_help()))
print(OptionParser(usage="Usage: %prog FILE", prog="p").get_usage(), end="")
print(OptionParser(usage="USAGE: run it", prog="p").get_usage(), end="")

v = optparse.Values({"a": 1, "b": None})
print(v, v == {"a": 1, "b": None}, v == optparse.Values({"a": 1, "b": None}), v != {"a": 2}, v == 3)
print(v.ensure_value("b", []), v.ensure_value("a", 5), v.ensure_value("c", "new"), v)
v._update({"a": 10, "b": None, "zz": 3}, "careful")
print(v)
v._update({"zz": 3}, "loose")
print(v)
try:
    v._update({}, "wild")
except ValueError as e:
    print("ValueError", e)
settings = os.path.join(tempfile.mkdtemp(), "settings.py")
with open(settings, "w") as f:
    f.write("a = 99\nc = None\nextra = 'x'\n")
v.read_file(settings)
print(v)
v.read_file(settings, "loose")
print(sorted(vars(v)))
os.remove(settings)


# A subclass with its own type and action, as the documentation teaches.
def check_range(option, opt, value):
    try:
        low, high = (int(x) for x in value.split("-"))
    except ValueError:
        raise OptionValueError(f"option {opt}: invalid range: {value!r}")
    return range(low, high + 1)


class RangeOption(Option):
    TYPES = Option.TYPES + ("range",)
    TYPE_CHECKER = copy.copy(Option.TYPE_CHECKER)
    TYPE_CHECKER["range"] = check_range
    ACTIONS = Option.ACTIONS + ("extend",)
    STORE_ACTIONS = Option.STORE_ACTIONS + ("extend",)
    TYPED_ACTIONS = Option.TYPED_ACTIONS + ("extend",)
    ALWAYS_TYPED_ACTIONS = Option.ALWAYS_TYPED_ACTIONS + ("extend",)

    def take_action(self, action, dest, opt, value, values, parser):
        if action == "extend":
            values.ensure_value(dest, []).extend(value.split(","))
            return 1
        return Option.take_action(self, action, dest, opt, value, values, parser)


def take_rest(option, opt, value, parser):
    # Everything up to the next option.
    taken = []
    while parser.rargs and not parser.rargs[0].startswith("-"):
        taken.append(parser.rargs.pop(0))
    setattr(parser.values, option.dest, taken)


class StrictParser(OptionParser):
    def error(self, msg):
        raise RuntimeError("bad command line: " + msg)

    def check_values(self, values, args):
        if len(args) > 2:
            self.error(f"too many arguments: {args}")
        return values, [a.upper() for a in args]


s = StrictParser(option_class=RangeOption, prog="strict")
s.add_option("--pages", type="range", default="1-3")
s.add_option("--tags", action="extend", type="string")
s.add_option("--files", action="callback", callback=take_rest, dest="files")
s.add_option("-n", type="int", default="0x10")
s.set_defaults(n="7", extra="kept")
s.set_default("tags", None)
values, args = s.parse_args(["--pages", "4-6", "--tags", "a,b", "--tags=c", "--files", "x", "y", "-n", "3", "p"])
print(values.pages, values.tags, values.files, values.n, values.extra, args)
values, args = s.parse_args([])
print(values.pages, values.n, args)
s.set_process_default_values(False)
print(s.parse_args([])[0].pages)
for argv in [["--pages", "x"], ["a", "b", "c"], ["--unknown"], ["-n"]]:
    try:
        s.parse_args(argv)
    except RuntimeError as e:
        print(e)
base = optparse.Values({"n": 100})
print(s.parse_args(["-n", "5"], values=base)[0] is base, base.n)
for e in [optparse.BadOptionError("-k"), optparse.AmbiguousOptionError("--co", ["--color", "--count"]),
          OptionValueError("bad value"), optparse.OptionError("msg", None), optparse.OptionError("msg", "")]:
    print(type(e).__name__, str(e), isinstance(e, optparse.OptParseError))

os.environ["COLUMNS"] = "50"
w = OptionParser(prog="w", description="A description long enough to need wrapping at fifty columns wide.")
w.add_option("--output", metavar="FILE", help="write the report to FILE instead of standard output")
w.print_help()
os.environ["COLUMNS"] = "many"
print(optparse.IndentedHelpFormatter().width, optparse.TitledHelpFormatter().width)
del os.environ["COLUMNS"]
f = optparse.IndentedHelpFormatter()
print(f.width, f.max_help_position, f.indent_increment, f.short_first, f.help_position)
print(optparse.IndentedHelpFormatter(width=30).max_help_position, optparse.HelpFormatter.NO_DEFAULT_VALUE)
for bad in [lambda: f.set_short_opt_delimiter("="), lambda: f.set_long_opt_delimiter("")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)

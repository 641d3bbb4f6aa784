# A command-line tool written with optparse: a file syncer with every action (store with each
# type, store_const, store_true/false, append, append_const, count, callback with arguments,
# help, version), defaults and %default, choices, nargs, option groups, clusters (-vvq), long
# option abbreviations, "--" and interspersed arguments; its help at the default width and at
# a narrow one, the titled formatter, and the errors a user gets (usage on stderr, exit status 2).
import contextlib
import io
import optparse
import sys


def set_level(option, opt, value, parser, scale, *, unit="KB"):
    parser.values.limit = f"{value * scale}{unit} via {opt}"
    print(f"  callback {option} {opt!r} {value!r} rest={parser.rargs} left={parser.largs}")


def build(**kw):
    parser = optparse.OptionParser(
        usage="%prog [options] SOURCE... DEST",
        version="%prog 2.1.0",
        description="Copy SOURCE files to DEST, keeping only what changed. %prog never deletes "
        "anything unless --delete is given, and then only files it copied itself earlier.",
        epilog="Report bugs to the issue tracker. Exit status is 0 on success.",
        prog="syncer",
        **kw,
    )
    parser.add_option("-n", "--dry-run", action="store_true", help="show what would be copied")
    parser.add_option("--no-dry-run", action="store_false", dest="dry_run")
    parser.add_option("-j", "--jobs", type="int", default=4, metavar="N",
                      help="copy with N workers at once [default: %default]")
    parser.add_option("-r", "--ratio", type="float", help="compression ratio (default %default)")
    parser.add_option("-z", type="complex", dest="z")
    parser.add_option("-m", "--mode", type="choice", choices=["fast", "safe", "paranoid"], default="safe",
                      help="checking mode: fast, safe or paranoid; the default, %default, checks sizes and times")
    parser.add_option("-x", "--exclude", action="append", default=[], help="skip files matching PATTERN",
                      metavar="PATTERN")
    parser.add_option("-v", "--verbose", action="count", dest="verbosity", default=0)
    parser.add_option("-q", "--quiet", action="store_const", const=0, dest="verbosity", help="say nothing")
    parser.add_option("--size", type="int", nargs=2, metavar="MIN MAX", help="only files in this size range")
    parser.add_option("--limit", action="callback", callback=set_level, type="int", callback_args=(1024,),
                      callback_kwargs={"unit": "B"}, help="bandwidth limit")
    parser.add_option("--secret", help=optparse.SUPPRESS_HELP)
    group = optparse.OptionGroup(parser, "Dangerous options", "Caution: these can lose data. Use them "
                                 "only when you know what the destination holds.")
    group.add_option("--delete", action="store_true", default=False, help="delete extraneous files from DEST")
    group.add_option("-f", "--force", action="append_const", const="force", dest="flags")
    group.add_option("--checksum-algorithm-to-use-for-comparison", dest="algo", default="sha256",
                     help="hash used by paranoid mode")
    parser.add_option_group(group)
    return parser


parser = build()
print(parser.get_usage(), end="")
print(parser.get_version())
parser.print_help()
print(repr(parser.format_help().splitlines()[-1]))

for argv in [
    ["a.txt", "b.txt", "/backup"],
    ["-n", "-j", "8", "--ratio=0.5", "a", "-vvv", "dest"],
    ["-nj16", "-vq", "--mode", "paranoid", "-x", "*.tmp", "--exclude=*.log", "src", "dst"],
    ["--dry", "--verb", "--verbose", "-z", "1+2j", "--size", "10", "2000", "x", "y"],
    ["--limit", "64", "--delete", "-ff", "--", "-not-an-option", "--nor-this"],
    ["-j0x1f", "--jobs=017", "--ratio", "1e3", "-m", "fast", "--no-dry-run", "-j", "0b101"],
    ["--secret=s3", "--checksum=md5", "--limit=1", "only"],
    [],
]:
    values, args = parser.parse_args(argv)
    print(argv)
    print("  ", sorted(vars(values).items()), args)

print(parser.defaults == {"dry_run": None, "jobs": 4, "ratio": None, "z": None, "mode": "safe", "exclude": [],
                          "verbosity": 0, "size": None, "limit": None, "secret": None, "delete": False,
                          "flags": None, "algo": "sha256"})
print(parser.has_option("-n"), parser.has_option("--nope"), parser.get_option("--mode").choices)
print(parser.get_option_group("--delete").title, parser.get_option_group("-n"))
opt = parser.get_option("--jobs")
print(str(opt), opt.dest, opt.type, opt.default, opt.metavar, opt.nargs, opt.takes_value(), opt.get_opt_string())

parser.disable_interspersed_args()
print(parser.parse_args(["-n", "cmd", "-v", "--", "x"])[1])
parser.enable_interspersed_args()

# The errors: usage and message on stderr, status 2.
for argv in [["--jobs", "many"], ["-r", "x"], ["--mode", "slow"], ["--bogus"], ["--d"], ["-Q"], ["-j"],
             ["--size", "1"], ["--delete=yes"], ["-z", "1+"], ["--ver"]]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            parser.parse_args(argv)
        except SystemExit as e:
            print(argv, "exit", e.code)
    print("  " + err.getvalue().replace("\n", "\n  ").rstrip())

for argv in [["--help"], ["--version"], ["-h", "--bogus"]]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            parser.parse_args(argv)
        except SystemExit as e:
            code = e.code
    print(argv, "exit", code, len(out.getvalue().splitlines()), out.getvalue().splitlines()[:2])

narrow = build(formatter=optparse.IndentedHelpFormatter(width=46, max_help_position=30))
narrow.print_help()
titled = build(formatter=optparse.TitledHelpFormatter())
titled.print_help()
short = build(formatter=optparse.IndentedHelpFormatter(short_first=0))
short.formatter.set_short_opt_delimiter("")
short.formatter.set_long_opt_delimiter(" ")
print(short.format_option_help())

sys.argv = ["syncer.py", "--jobs", "3", "left", "-n"]
plain = optparse.OptionParser()
plain.add_option("-j", "--jobs", type=int)
plain.add_option("-n", action="store_true", dest="dry")
values, rest = plain.parse_args()
print(vars(values), rest, plain.get_prog_name(), str(values), values == {"jobs": 3, "dry": True})
plain.print_help()
plain.print_usage()

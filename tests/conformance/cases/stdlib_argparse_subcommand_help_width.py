# The help column of a parser with subcommands: 3.13 measures each listed subcommand at its own
# indent, 3.11 and 3.12 at the subparsers' row, so there a long name or alias list that seemed to
# fit is put on a line of its own with its help below.
import argparse


def show(parser):
    print(parser.format_help())


p = argparse.ArgumentParser(prog="notes", description="Keep notes.")
sub = p.add_subparsers(dest="command", title="commands", metavar="CMD")
sub.add_parser("add", help="add a note")
sub.add_parser("list", aliases=["ls"], help="list notes")
sub.add_parser("rm", help="remove notes")
show(p)

q = argparse.ArgumentParser(prog="tool")
q.add_argument("-x", help="a short option")
cmds = q.add_subparsers(help="what to do")
cmds.add_parser("synchronise", aliases=["sync", "s"], help="bring both sides up to date")
cmds.add_parser("go", help="start")
show(q)

r = argparse.ArgumentParser(prog="deep", add_help=False)
r.add_argument("--a-rather-long-option-name", help="long enough to push the column")
more = r.add_subparsers(metavar="{one,two}")
more.add_parser("one-with-a-long-name", help="the first")
more.add_parser("two", help="the second")
show(r)

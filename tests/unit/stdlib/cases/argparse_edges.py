# Subcommands without a dest (required), parent defaults under a subcommand's, a subcommand's own -h,
# type errors inside it; mutually exclusive members with counts, defaults and nargs.
import argparse, sys
sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog='app')
p.set_defaults(func='parent', level=1)
p.add_argument('config')
s = p.add_subparsers(required=True)
a = s.add_parser('run', help='run it', description='Run the thing.')
a.add_argument('--times', type=int, default=1, help='how many times (default: %(default)s)')
a.set_defaults(func='run')
b = s.add_parser('check')
for argv in [['c.toml'], ['c.toml', 'run'], ['c.toml', 'check'], ['c.toml', 'run', '--times', 'x'], ['c.toml', 'run', '-h'], ['c.toml', 'nope'], [], ['c.toml', 'run', 'extra']]:
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
print(p.format_help())
print(a.format_usage(), a.prog)
g = argparse.ArgumentParser(prog='g')
m = g.add_mutually_exclusive_group()
m.add_argument('--one', action='count')
m.add_argument('--two', default='x')
m.add_argument('--three', nargs='+')
for argv in [['--one', '--one'], ['--two', 'x', '--one'], ['--two', 'y', '--one'], ['--three', 'a', 'b', '--two', 'z']]:
    try:
        print(g.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
print(g.format_help())

# A todo tool with subcommands (add_subparsers, add_parser, set_defaults(func=...)) and mutually
# exclusive options; errors go to stderr, here sent to stdout to be compared (3.14 words invalid choices anew).
import argparse
import sys

sys.stderr = sys.stdout


def run(parser, argv):
    try:
        ns = parser.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code)
        return None
    # the function's repr carries its address: show its name
    print({k: v.__name__ if k == 'func' else v for k, v in vars(ns).items()})
    if getattr(ns, 'func', None):
        ns.func(ns)
    return ns


def add(ns):
    print('adding', ns.title, 'priority', ns.priority)


def show(ns):
    print('listing', 'all' if ns.all else 'open', 'as', ns.format)


parser = argparse.ArgumentParser(prog='todo', description='Keep a list of things to do.')
loud = parser.add_mutually_exclusive_group()
loud.add_argument('-v', '--verbose', action='store_true', help='say more')
loud.add_argument('-q', '--quiet', action='store_true', help='say less')
sub = parser.add_subparsers(dest='command', required=True, help='what to do')
p_add = sub.add_parser('add', help='add an item')
p_add.add_argument('title')
p_add.add_argument('-p', '--priority', type=int, default=3, choices=[1, 2, 3, 4, 5])
p_add.set_defaults(func=add)
p_list = sub.add_parser('list', aliases=['ls'], help='list items')
fmt = p_list.add_mutually_exclusive_group(required=True)
fmt.add_argument('--json', dest='format', action='store_const', const='json')
fmt.add_argument('--table', dest='format', action='store_const', const='table')
p_list.add_argument('-a', '--all', action='store_true')
p_list.set_defaults(func=show)
sub.add_parser('clear')

print(parser.format_usage(), end='')
print(parser.format_help())
print(p_add.format_help())
print(p_list.format_help())
run(parser, ['add', 'buy milk'])
run(parser, ['-v', 'add', 'walk', '-p', '1'])
run(parser, ['list', '--json', '-a'])
run(parser, ['ls', '--table'])
run(parser, ['clear'])
run(parser, ['-v', '-q', 'clear'])
run(parser, ['list', '--json', '--table'])
run(parser, ['list'])
run(parser, [])
run(parser, ['remove'])
run(parser, ['add'])
run(parser, ['add', 'x', '-p', '9'])
run(parser, ['add', 'x', '--bogus'])

plain = argparse.ArgumentParser(prog='tool')
subs = plain.add_subparsers()
subs.add_parser('go').add_argument('--fast', action='store_true')
print(plain.format_usage(), end='')
print(plain.format_help())
run(plain, [])
run(plain, ['go', '--fast'])

titled = argparse.ArgumentParser(prog='svc')
titled.add_argument('--port', type=int, default=8080)
cmds = titled.add_subparsers(title='commands', description='the service commands', dest='cmd', metavar='CMD')
cmds.add_parser('start', help='start the service')
cmds.add_parser('stop', help='stop the service')
print(titled.format_help())
run(titled, ['--port', '9000', 'start'])
run(titled, ['restart'])

req = argparse.ArgumentParser(prog='fetch')
mode = req.add_mutually_exclusive_group(required=True)
mode.add_argument('--url')
mode.add_argument('--file', metavar='PATH')
mode.add_argument('--stdin', action='store_true')
req.add_argument('-n', type=int, default=1)
print(req.format_usage(), end='')
print(req.format_help())
run(req, ['--url', 'http://x'])
run(req, ['-n', '2'])
run(req, ['--url', 'a', '--file', 'b'])
run(req, ['--file', 'b', '--stdin'])

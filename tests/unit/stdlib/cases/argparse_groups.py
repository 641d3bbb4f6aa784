# Titled argument groups (with a description, a mutually exclusive group inside, one left empty) each
# get a help section after 'options', in the order they were made; a titled subcommand group too.
import sys
sys.stderr = sys.stdout
import argparse
p = argparse.ArgumentParser(prog='deploy', description='Deploy a service.', epilog='See the docs.')
p.add_argument('service', help='which service')
net = p.add_argument_group('network', 'where the service listens')
net.add_argument('--host', default='0.0.0.0', help='address to bind (default: %(default)s)')
net.add_argument('--port', type=int, default=8080)
out = p.add_argument_group('output')
ex = out.add_mutually_exclusive_group()
ex.add_argument('--json', action='store_true', help='print JSON')
ex.add_argument('--yaml', action='store_true', help='print YAML')
empty = p.add_argument_group('nothing here')
p.add_argument('-n', '--dry-run', action='store_true', help='show what would change')
sub = p.add_subparsers(title='actions', dest='action')
sub.add_parser('up', help='start it')
late = p.add_argument_group('late group')
late.add_argument('--late', help='added last')
print(p.format_help())
print(p.parse_args(['web', '--json', 'up']))
try:
    p.parse_args(['web', '--json', '--yaml'])
except SystemExit as e:
    print('exit', e.code)

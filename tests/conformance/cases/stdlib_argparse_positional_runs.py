# argparse as CPython parses: options and runs of values alternate, each run gives the positionals
# that match at its start (a value after an unknown option is left over), exit_on_error=False raises
# ArgumentError, parse_intermixed_args, combined short flags, negative numbers, an option with nargs=?.
import argparse, contextlib, io

def show(p, argv, known=False, inter=False):
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            if inter:
                r = p.parse_intermixed_args(argv)
            else:
                r = p.parse_known_args(argv) if known else p.parse_args(argv)
            print(argv, '->', r)
        except SystemExit as e:
            print(argv, 'exit', e.code, err.getvalue().strip().splitlines()[-1])
        except argparse.ArgumentError as e:
            print(argv, 'ArgumentError', e, e.argument_name)

p = argparse.ArgumentParser(prog='t')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out')
p.add_argument('-f', action='store_true')
p.add_argument('-n', type=int, default='7')
p.add_argument('rest', nargs='*')
for argv in [['a'], ['a', 'b'], ['a', 'b', 'c', 'd'], ['a', '-f', 'b'], ['-f', 'a', 'b', 'c'], ['a', '-n', '3', 'b', 'c'],
             ['a', '-n-3'], ['-n', '-3', 'x'], ['--', '-x', '-y'], ['a', '--', '-f'], ['-fn3', 'x'], ['-n=4', 'x'],
             ['x', '-1'], ['x', '-f=1'], ['x', '-fz'], ['x', '--unknown', 'y']]:
    show(p, argv)
    show(p, argv, known=True)
q = argparse.ArgumentParser(prog='q')
q.add_argument('--sum', nargs='+', type=float)
q.add_argument('--pair', nargs=2)
q.add_argument('-x', nargs='?', const='C', default='D')
q.add_argument('items', nargs='+')
for argv in [['--sum', '1', '2', 'i'], ['i', '--sum'], ['i', '--pair', 'a'], ['i', '-x'], ['-x', 'i'], ['i', '-x', 'v', 'j'],
             ['i', '--pair', 'a', 'b', 'j'], ['--su', '1', 'i'], ['i', '--p', '1', '2']]:
    show(q, argv)
    show(q, argv, inter=True)
r = argparse.ArgumentParser(prog='r', exit_on_error=False)
r.add_argument('a', type=int)
r.add_argument('--m', choices=['x', 'y'])
for argv in [['1'], ['z'], [], ['1', '--m', 'q'], ['1', 'extra']]:
    show(r, argv)
s = argparse.ArgumentParser(prog='s')
s.add_argument('-v', action='count', default=0)
sub = s.add_subparsers(dest='cmd')
a = sub.add_parser('add')
a.add_argument('x', nargs='*')
a.add_argument('-q', action='store_true')
for argv in [['add', '1', '2'], ['-v', 'add', '-q', '1'], ['add', '1', '-v'], [], ['-vvv'], ['add', '--', '-5']]:
    show(s, argv)
    show(s, argv, known=True)
u = argparse.ArgumentParser(prog='u')
u.add_argument('first')
u.add_argument('more', nargs='*')
u.add_argument('-k', action='store_true')
for argv in [['a', '-k', 'b', 'c'], ['--', '--', 'x'], ['a', '--', '--'], ['-k', '--', '-k']]:
    show(u, argv)
sub2 = argparse.ArgumentParser(prog='sub2')
sp = sub2.add_subparsers(dest='cmd')
run = sp.add_parser('run')
run.add_argument('args', nargs='*')
for argv in [['run', 'a', '--', '-b'], ['--', 'run', 'x']]:
    show(sub2, argv)

# getopt and gnu_getopt: fixed command lines (clusters, attached and separate arguments, long
# prefixes, '--', '-', '+' and POSIXLY_CORRECT, 3.14's optional arguments and '-' ordering) and
# seeded random command lines against a few option specs, with GetoptError's msg and opt.
import getopt
import os
import random


def run(f, args, short, long=[]):
    try:
        return f(args, short, long)
    except getopt.GetoptError as e:
        return f'GetoptError({e.msg!r}, {e.opt!r}) {str(e)!r} {e.args!r}'


CASES = [
    (['-a', '1', '-bc', 'x', 'y'], 'a:bc', []),
    (['-a1', '-b', '--', '-c'], 'a:bc', []),
    (['--alpha=3', '--be', 'rest', '-b'], 'b', ['alpha=', 'beta']),
    (['--al', '3', '-'], '', ['alpha=', 'all']),
    (['--al'], '', ['alpha=', 'also']),
    (['--beta=1'], '', ['beta']),
    (['--gamma'], '', ['alpha=']),
    (['-x'], 'ab', []),
    (['-a'], 'a:', []),
    (['--alpha'], '', ['alpha=']),
    (['-o', 'val', '-o'], 'o::', []),
    (['-oval', '--opt', 'x', '--opt=y'], 'o::', ['opt=?']),
    (['--op'], '', ['opt=?', 'other']),
    (['--op'], '', ['opt=?']),
]
for args, short, long in CASES:
    print(args, short, long)
    print('  getopt', run(getopt.getopt, args, short, long))
    print('  gnu   ', run(getopt.gnu_getopt, args, short, long))
print(run(getopt.gnu_getopt, ['a', '-b', 'c', '--', '-d'], 'bd'), run(getopt.gnu_getopt, ['a', '-b', 'c'], '+b'))
print(run(getopt.gnu_getopt, ['a', '-b', 'c', 'd', '--x', 'e'], '-b', ['x']))
os.environ['POSIXLY_CORRECT'] = '1'
print(run(getopt.gnu_getopt, ['a', '-b', 'c'], 'b'))
del os.environ['POSIXLY_CORRECT']
print(run(getopt.getopt, ['-a'], 'a', 'alpha'), getopt.error is getopt.GetoptError)

random.seed(77)
WORDS = ['-a', '-b', '-ab', '-ba', '-c', '-cx', '-q', '--alpha', '--alpha=1', '--al', '--beta', '--b', '--beta=2',
         '--gamma', '--gam=3', '--', '-', 'x', 'y', 'file.txt', '-z']
SPECS = [('ab:c', ['alpha', 'beta=']), ('a:bc:', ['alpha=', 'all', 'beta']), ('abc', ['gamma=', 'game']),
         ('+ab', ['alpha']), ('ab::c', ['alpha=?', 'beta='])]
for i in range(150):
    args = [random.choice(WORDS) for _ in range(random.randint(0, 6))]
    short, long = random.choice(SPECS)
    print(i, args, short, long, run(getopt.getopt, args, short, long), run(getopt.gnu_getopt, args, short, long))

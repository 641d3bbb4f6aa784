# shutil.rmtree's error hooks per version: onexc (3.12+) gets the exception itself, onerror the
# exc_info triple; with both, onexc wins; 3.11 has no onexc. A hook that returns lets the removal
# go on; one that raises stops it.
import os
import re
import shutil


def msg(e):
    return re.sub(r'\[Errno \d+\] ', '', str(e))


def onexc(func, path, exc):
    print('onexc', func.__name__, path, type(exc).__name__, msg(exc), exc.filename)


def onerror(func, path, info):
    print('onerror', func.__name__, path, info[0].__name__, type(info[1]).__name__, msg(info[1]))


os.makedirs('rt/a/b')
with open('rt/a/b/f.txt', 'w') as f:
    f.write('x')
with open('plain.txt', 'w') as f:
    f.write('y')
for kwargs in ({'onexc': onexc}, {'onexc': onexc, 'onerror': onerror}, {'onerror': onerror}):
    for target in ('nothing-here', 'plain.txt'):
        try:
            shutil.rmtree(target, **kwargs)
            print('returned', sorted(kwargs), target)
        except TypeError as e:
            print('TypeError', e)


def stop(func, path, exc):
    print('stop at', func.__name__)
    raise RuntimeError('stopped') from exc


try:
    shutil.rmtree('plain.txt', onerror=lambda *a: stop(a[0], a[1], a[2][1]))
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
shutil.rmtree('rt')
print(os.path.exists('rt'), os.path.exists('plain.txt'))
os.remove('plain.txt')

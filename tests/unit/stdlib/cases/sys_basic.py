import sys
print(sys.version_info, sys.version_info >= (3, 11), sys.version_info[:2], sys.version_info.major, sys.version.startswith('3.13.0'), sys.platform, sys.maxsize, sys.getrecursionlimit())
sys.stdout.write('hello\n')
print('x', file=sys.stdout)
print('err', file=sys.stderr)
sys.stderr.write('err2\n')
print(sys.version_info.releaselevel, tuple(sys.version_info) == (3, 13, 0, 'final', 0))

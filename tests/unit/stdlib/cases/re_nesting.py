# Deeply nested patterns: CPython's parser is recursive Python code, so nesting past the recursion
# limit (less the caller's depth) is a RecursionError; just below it compiles and matches. The
# depths are printed relative to each other (the recorder itself adds frames below the program).
import re


def deepest(build):
    lo, hi = 10, 1000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            re.compile(build(mid))
            lo = mid
        except RecursionError:
            hi = mid - 1
    re.purge()
    return lo


def at(depth, build):
    if depth:
        return at(depth - 1, build)
    return deepest(build)


BASE = at(0, lambda n: '(' * n + 'a' + ')' * n)
print(400 < BASE < 500)
for build in [lambda n: '(' * n + 'a' + ')' * n, lambda n: '(?:' * n + ')' * n, lambda n: '(?=' * n + 'a|b' + ')' * n,
              lambda n: 'a|(' * n + ')' * n]:
    print([BASE - at(d, build) for d in (0, 1, 2, 7, 50)])
n = deepest(lambda n: '(' * n + 'a' + ')' * n)
m = re.match('(' * n + 'a' + ')' * n, 'a')
print(m.span(), m.lastindex, len(m.groups()) - BASE)
try:
    re.search('(' * 5000 + ')' * 5000, 'x')
except RecursionError as e:
    print('RecursionError', e)

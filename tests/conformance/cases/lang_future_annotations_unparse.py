# `from __future__ import annotations`: each annotation is kept as the text CPython unparses from
# its syntax tree, not as written: quotes and spacing normalised ("str" is 'str', `List[ int ]` is
# List[int]), numbers as their repr (1e10 is 10000000000.0, 1e999 is 1e309), only the parentheses
# precedence needs, an f-string rebuilt, a `u` prefix kept, a private name as written (unmangled).
from __future__ import annotations
from typing import List
class C:
    __p: __q
    a: "C" = None
    b: list[C] | None
    def m(self, x: 1 .real, y: (1, 2), z: (), *, k: {1, 2} = 3, **kw: f"{x=}") -> {}: pass
def g(a: lambda: 0, b: lambda x, /, y=1, *z, w, **v: 0, c: not (a and b), d: (a or b) and c,
      e: 2 ** -1, h: (-2) ** 2, i: 2 ** 3 ** 4, j: (2 ** 3) ** 4, k: a - (b - c), l: (a - b) - c,
      m: x if (y if z else w) else v, o: [*a, *b], p: f(x for x in y), q: f(*a), r: "it's",
      s: b"\x00\xff", t: 1e999, u: -1e999, v: 1e999j, w: 0.1 + 1_0.5e-3, x: True | None, y: {**a},
      z: set(), aa: {}, ab: x[()], ac: x[a:b:c], ad: x[:, :], ae: x[(1,)], af: ~x, ag: +x, ah: -(-x),
      aj: a @ b, ak: f"{'{'}{x:{y}.{z}}" f'b{{', al: u"u", am: U'v' 'w', *args: *Ts, **kw: dict[str,int]) -> x:
    pass


x: ( int ) = 1
y: 'a' "b"
z: f"{x!r:>10}"
w: [1,2,(3,)]
v: {1:2, **d}
u: x[1:2, ::3]
t: -x ** 2 + (not y) * (a or b and c)
s: 1e10 + 0x10 + 1_000 + 1j + 1.5
q: a.b.c(d, *e, f=g, **h)
p: {x for x in y if x}
n: ...
m: b'x' + r'\d'
l: a < b <= c is not d not in e
k: {k: v for k, v in d.items() if k for _ in ()}
j: (yield_ for yield_ in ())
i: lambda *, a=(1, 2): [a]
h: x[a, b]
print(C.__annotations__)
print(C.m.__annotations__)
print(g.__annotations__)
print(__annotations__)

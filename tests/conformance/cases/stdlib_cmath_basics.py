# cmath: the constants, what arguments each function takes (complex, int, float, bool, objects
# with __complex__, __float__ or __index__) and refuses, the domain and range errors, isclose's
# tolerances, and exact results (signed zeros, branch cuts, rect on the axes).
import cmath
import math

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.pi == math.pi, cmath.sqrt, type(cmath.infj).__name__)


class Z:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return -4.0


class I:
    def __index__(self):
        return 9


class Bad:
    def __complex__(self):
        return 5


def show(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


for arg in [4, -4, 4.0, -0.0, True, 2 + 0j, -1j, Z(), F(), I(), 10 ** 400, 'x', None, Bad(), [1]]:
    show('sqrt ' + type(arg).__name__, cmath.sqrt, arg)
for z in [complex(-1, 0.0), complex(-1, -0.0), complex(0.0, 0.0), complex(-0.0, -0.0), 1j, -1j]:
    show('sqrt ' + repr(z), cmath.sqrt, z)
    show('phase ' + repr(z), cmath.phase, z)
    show('polar ' + repr(z), cmath.polar, z)
show('log 0', cmath.log, 0)
show('log -0j', cmath.log, complex(-0.0, -0.0))
show('log10 0', cmath.log10, 0j)
show('log e', cmath.log, cmath.e)
show('log 8 base 2', cmath.log, 8, 2)
show('log base 1', cmath.log, 2, 1)
show('log base 0', cmath.log, 2, 0)
show('log 3 args', cmath.log, 1, 2, 3)
show('log -1', cmath.log, -1)
show('log10 1000', cmath.log10, 1000)
show('exp 0', cmath.exp, 0)
show('exp -0j', cmath.exp, complex(-0.0, -0.0))
show('exp 1', cmath.exp, 1)
show('exp 710', cmath.exp, 710)
show('exp 709.5', cmath.exp, complex(709.5, 0.5))
show('exp -750', cmath.exp, -750)
show('exp inf j', cmath.exp, complex(1, math.inf))
show('polar big', cmath.polar, complex(1.7e308, 1.7e308))
show('abs big', abs, complex(1.7e308, 1.7e308))
show('phase tiny', cmath.phase, complex(1e300, 1e-30))
show('phase subnormal', cmath.phase, complex(1, 1e-310))
show('rect 2 0', cmath.rect, 2, 0)
show('rect 2 -0.0', cmath.rect, 2, -0.0)
show('rect -2 0', cmath.rect, -2, 0.0)
show('rect 0 inf', cmath.rect, 0, math.inf)
show('rect 1 inf', cmath.rect, 1, math.inf)
show('rect inf 0.5', cmath.rect, math.inf, 0.5)
show('rect -inf 2', cmath.rect, -math.inf, 2)
show('rect complex', cmath.rect, 1j, 0)
show('rect str', cmath.rect, 1, 'x')
show('isclose', cmath.isclose, 1 + 1j, 1 + 1.0000000001j)
show('isclose rel', cmath.isclose, 1 + 1j, 1.1 + 1j, rel_tol=0.1)
show('isclose abs', cmath.isclose, 0j, 1e-12j, abs_tol=1e-11)
show('isclose zero', cmath.isclose, 0j, 1e-12j)
show('isclose inf', cmath.isclose, complex(math.inf, 1), complex(math.inf, 1))
show('isclose inf2', cmath.isclose, complex(math.inf, 1), complex(math.inf, 2))
show('isclose nan', cmath.isclose, complex(math.nan, 1), complex(math.nan, 1))
show('isclose negative', cmath.isclose, 1, 1, rel_tol=-1)
show('isclose positional', cmath.isclose, 1, 1, 0.1)
show('isclose bad', cmath.isclose, 1j, 'a')
show('isclose missing', cmath.isclose, 1j)
show('isfinite', cmath.isfinite, complex(1, math.inf))
show('isinf', cmath.isinf, complex(math.nan, math.inf))
show('isnan', cmath.isnan, complex(math.inf, math.nan))
show('sqrt none', cmath.sqrt)
show('sqrt kw', cmath.sqrt, z=1)

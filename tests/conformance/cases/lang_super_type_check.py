# super(C, obj) with obj neither an instance nor a subclass of C is a TypeError (3.13 names both);
# a frozen slots dataclass meets it in its own __setattr__ for a name that is not a field.
class A:
    def f(self): return 'A.f'
class B(A):
    def f(self): return 'B.f'
class C: pass
for args in [(B, C()), (B, 1), (B, C), (B, A()), (B, B), (B, B())]:
    try:
        print(super(*args).f.__qualname__)
    except TypeError as e:
        print('TypeError:', e)
print(super(A, B()).__class__, super(B, B()).f())
class D(B):
    def f(self):
        return super(A, self).__class__.__name__ + ' ' + super().f()
print(D().f())
from dataclasses import dataclass
@dataclass(frozen=True, slots=True)
class P:
    x: int
p = P(1)
for action in (lambda: setattr(p, 'x', 2), lambda: setattr(p, 'y', 2), lambda: delattr(p, 'x')):
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)

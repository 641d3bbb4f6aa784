# Zero-argument super() and __class__ outside a method's own body: in a list, set or dict
# comprehension (inlined from 3.12, PEP 709: it takes the method's self; on 3.11 its own frame's
# argument is the iterator), a generator expression (always its own frame: the iterator), a lambda
# and a nested function (their own first argument, the method's __class__ cell).
class A:
    def f(self, x=0):
        return ('A.f', x)


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, f'{type(e).__name__}: {e}')


class B(A):
    g = lambda self: super().f(1)

    def listcomp(self, xs):
        return [super().f(x) for x in xs]

    def setcomp(self, xs):
        return sorted({super().f(x) for x in xs})

    def dictcomp(self, xs):
        return {x: super().f(x) for x in xs}

    def genexp(self, xs):
        return list(super().f(x) for x in xs)

    def bare(self):
        return [type(super()).__name__ for _ in (1,)]

    def lam(self):
        return (lambda: super().f())()

    def lam_arg(self):
        return (lambda me: super().f(2))(self)

    def nested(self):
        def inner():
            return super().f()
        return inner()

    def nested_arg(self):
        def inner(me):
            return super().f(3)
        return inner(self)

    def shadow(self, xs):
        return [super().f(self) for self in xs]

    def nested_comps(self):
        return [[super().f(x) for x in row] for row in ([1], [2])]

    def in_condition(self):
        return [x for x in range(3) if super().f(x)[1] != 1]

    @staticmethod
    def static(xs):
        return [super().f(x) for x in xs]

    @classmethod
    def klass(cls, xs):
        return [super().f(x) for x in xs]

    def no_args():
        return [super().f(x) for x in (1,)]

    def deleted_attr(self):
        del self
        return [super().f() for x in (1,)]

    def deleted_bare(self):
        del self
        return [super() for x in (1,)]

    def captured_self(self):
        keep = lambda: self
        return [super().f(x) for x in (5,)], keep() is self

    def walrus(self):
        r = [(y := super().f(x)) for x in (6,)]
        return r, y

    def class_cell(self):
        def inner():
            return __class__
        return (inner().__name__, [__class__ for _ in (1,)][0].__name__,
                (lambda: __class__)().__name__, list(__class__.__name__ for _ in (1,)))

    def early(self):
        return super().f()

    def early_bare(self):
        return super()

    # Called while the class body runs: the __class__ cell is still empty.
    for fn in (early, early_bare, class_cell):
        try:
            print('class body', fn.__name__, fn(1))
        except Exception as e:
            print('class body', fn.__name__, f'{type(e).__name__}: {e}')

    def local_class(self):
        __class__ = 5
        return super()

    def star_only(*args):
        return super().f()


def plain(xs):
    return [super().f(x) for x in xs]


b = B()
for name in ('listcomp', 'setcomp', 'dictcomp', 'genexp', 'shadow'):
    show(name, lambda: getattr(b, name)([1, 2]))
for name in ('g', 'bare', 'lam', 'lam_arg', 'nested', 'nested_arg', 'nested_comps', 'in_condition',
             'deleted_attr', 'deleted_bare', 'captured_self', 'walrus', 'class_cell', 'local_class',
             'star_only'):
    show(name, getattr(b, name))
show('static', lambda: B.static([1]))
show('klass', lambda: B.klass([1]))
show('no_args', B.no_args)
show('plain', lambda: plain([1]))
show('lambda_at_module', lambda: [super() for x in (1,)])

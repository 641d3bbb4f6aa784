# A class statement in a traceback: its body failing (the body's frame with the carets of its
# failing operation), a metaclass failing (the statement from its `class` keyword: 3.13 prints
# every line of it, up to "...<N lines>..."), a decorator failing (located at the decorator, of a
# class or a function), and a staticmethod object used as a decorator (callable since 3.10).
import os
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        print(traceback.format_exc().replace(__file__, os.path.basename(__file__)))


def body_fails():
    class A:
        x = 1
        y = 1 / 0


def body_fails_after_a_def():
    class A:
        def f(self):
            pass
        z = [][0]


class Meta(type):
    def __new__(mcs, name, bases, ns):
        raise RuntimeError("meta")


def metaclass_fails():
    class A(metaclass=Meta):
        x = 1


def long_class_fails():
    class A(metaclass=Meta):
        a = 1
        b = 2
        c = 3
        d = 4
        e = 5


def one_line_class_fails():
    class A(metaclass=Meta): pass


def class_decorator_fails():
    @staticmethod
    def dec(c):
        raise ValueError("dec")

    @dec
    class A:
        pass


def function_decorator_fails():
    def dec(fn):
        return fn.missing

    @dec
    def g():
        pass


def callable_staticmethod():
    s = staticmethod(len)
    print(callable(s), s("abc"))


for fn in [body_fails, body_fails_after_a_def, metaclass_fails, long_class_fails, one_line_class_fails,
           class_decorator_fails, function_decorator_fails, callable_staticmethod]:
    show(fn)

# "Did you mean ...?" inside a closure that uses a method's `self`: `self` is a free variable of the
# inner function, yet it is in that frame's f_locals, so the traceback module (3.12 on) suggests
# 'self.count' for a NameError and, from 3.13, keeps _names for self's AttributeError.
import traceback


class Counter:
    def __init__(self):
        self.count = 1
        self._hidden = 2

    def check(self):
        def inner():
            _ = self
            try:
                count  # noqa: F821
            except NameError:
                print(traceback.format_exc().splitlines()[-1])

        def inner_attr():
            _ = self
            try:
                self.hiddn
            except AttributeError:
                print(traceback.format_exc().splitlines()[-1])
            try:
                self._hiddn
            except AttributeError:
                print(traceback.format_exc().splitlines()[-1])

        inner()
        inner_attr()


Counter().check()

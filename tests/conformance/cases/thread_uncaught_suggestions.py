# The hint an uncaught exception's line gets: 3.11 and 3.12 compute it in C for the exact classes
# (a function's local names, then the globals, then the builtins, each on its own; 3.11 without
# ImportError, `self.` and the import hint), 3.13 with the traceback module. A thread's exception is
# written by threading.excepthook as the interpreter writes an uncaught one; it is caught here.
import contextlib
import io
import os
import threading

lib = os.path.dirname(os.__file__)

abcdZ = 1


def run(target):
    buf = io.StringIO()
    with contextlib.redirect_stderr(buf):
        t = threading.Thread(target=target)
        t.start()
        t.join()
    print(buf.getvalue().splitlines()[-1].replace(lib, "LIB"))


def local_typo():
    lenght = 3
    return length


def later_local():
    print(latr)
    later = 1
    return later


def near_global():
    abcdxy = 2
    return abcdz


def near_local():
    valuee = 1
    return valu


class Config:
    def __init__(self):
        self.value = 2
        self._hidden = 1

    def show(self):
        return value

    def peek(self):
        return self.hiddn


class Quiet(NameError):
    pass


def subclass():
    raise Quiet("name 'prnt' is not defined", name="prnt")


def by_keywords():
    raise AttributeError("it is not there", name="apend", obj=[])


def import_typo():
    from json import dumsp


run(local_typo)
run(later_local)
run(near_global)
run(near_local)
run(lambda: prnt(1))
run(lambda: sys.argv)
run(Config().show)
run(Config().peek)
run(lambda: Config().hiddn)
run(lambda: Config()._hiden)
run(subclass)
run(by_keywords)
run(import_typo)

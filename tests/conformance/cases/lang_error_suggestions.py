# "Did you mean ...?": the hint the traceback module adds to a NameError's, AttributeError's or
# ImportError's line (3.12 on; 3.11's traceback module adds none), and format_exception_only's, which
# has no traceback to find a NameError's names in. The program ends with an uncaught typo.
import collections
import os
import sys
import traceback

lib = os.path.dirname(os.__file__)


def shown(text):
    return text.replace(__file__, os.path.basename(__file__)).replace(lib, "LIB")


log_level = 1


def last_line(thunk):
    try:
        thunk()
    except Exception as e:
        print(shown(traceback.format_exc().splitlines()[-1]))
        print("  only:", shown(traceback.format_exception_only(e)[-1].rstrip()))
        te = traceback.TracebackException.from_exception(e)
        print("  str: ", shown(str(te)))
        print("  te:  ", shown(list(te.format_exception_only())[-1].rstrip()))


def local_typo():
    valuee = 1
    return valu  # 3.12's search takes nothing further away than the name is long


def global_typo():
    return log_levl


class Account:
    def __init__(self):
        self.balance = 10
        self._secret = 42

    def total(self):
        return balance

    def peek(self):
        return self.secrt  # its own `self`: _names count from 3.13 too

    def __repr__(self):
        return "Account()"


last_line(local_typo)
last_line(global_typo)
last_line(lambda: prnt("x"))
last_line(lambda: sys.argvv)
last_line(lambda: [].apend(1))
last_line(lambda: "abc".uper())
last_line(lambda: collections.OrderDict)
last_line(Account().total)
last_line(Account().peek)
last_line(lambda: Account().secrt)  # someone else's _secret: left out from 3.13
last_line(lambda: Account()._secrt)
last_line(lambda: math.sqrt(2))
last_line(lambda: json)


def import_typo():
    from json import dumsp


def import_typo_dotted():
    from os.path import jion


last_line(import_typo)
last_line(import_typo_dotted)


def raised_by_hand():
    raise AttributeError("no such thing")


last_line(raised_by_hand)


def with_context():
    try:
        {}["k"].count
    except KeyError:
        return countr


def chained():
    try:
        [].apend
    except AttributeError as e:
        raise ValueError("wrapped") from e


last_line(chained)
last_line(with_context)
try:
    chained()
except ValueError:
    # Each exception of the chain gets its hint.
    print([line for line in traceback.format_exc().splitlines() if line.endswith("?")])

collections.defaultdictt

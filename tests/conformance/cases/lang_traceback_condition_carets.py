# Where a failing truth test (__bool__ raising) is located, per version: from 3.12 at the operand
# tested by an if, while, assert, conditional expression or comprehension if (through `not`,
# `and`, `or`); in 3.11 at the statement, conditional expression or comprehension. `and`/`or`
# used as a value, and `not`, are located at the whole expression in every version.
import os
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        print(traceback.format_exc().replace(__file__, os.path.basename(__file__)))


class Falsy:
    def __init__(self, passes=0):
        self.passes = passes

    def __bool__(self):
        if self.passes:
            self.passes -= 1
            return True
        raise ValueError("no truth value")


x = 1


def if_call():
    if Falsy():
        pass


def while_call():
    while Falsy():
        pass


def if_and_first():
    if Falsy() and x:
        pass


def if_and_second():
    if x and Falsy():
        pass


def if_not():
    if not Falsy():
        pass


def if_name():
    b = Falsy()
    if b:
        pass


def while_retest():
    b = Falsy(2)
    while b:
        y = 1 + 1


def or_value():
    y = Falsy() or 2
    return y


def and_chain_value():
    y = x and Falsy() and 3
    return y


def comprehension_if():
    return [i for i in range(3) if Falsy()]


def conditional_expression():
    b = Falsy()
    y = 1 if b else 2
    return y


def assert_name():
    y = Falsy()
    assert y, "message"


def not_value():
    b = Falsy()
    return not b


for fn in [if_call, while_call, if_and_first, if_and_second, if_not, if_name, while_retest,
           or_value, and_chain_value, comprehension_if, conditional_expression, assert_name,
           not_value]:
    show(fn)

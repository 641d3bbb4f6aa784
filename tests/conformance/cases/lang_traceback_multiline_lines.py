# A failing operation on a later line of a statement written over several lines: the traceback
# names that line (the failing operation's), not the statement's first; 3.13 prints every line
# the operation spans. An unhashable key or element of a dict or set display is located at the
# whole display, after every key and value of its run was evaluated.
import os
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        print(traceback.format_exc().replace(__file__, os.path.basename(__file__)))


def add(a, b=0, *, c=0):
    return a + b + c


def noisy():
    print("noisy evaluated")
    return 1


def in_list():
    x = [1,
         2 + None]
    return x


def in_dict_value():
    x = {"a": 1,
         "b": [][0]}
    return x


def in_tuple():
    x = (1,
         {}["k"])
    return x


def after_a_call():
    x = (add(1) +
         add(2) +
         None)
    return x


def call_over_lines():
    y = add(1,
            2,
            c="x")
    return y


def call_with_keywords():
    y = add(
        1,
        c=None,
    )
    return y


def operands_over_lines():
    x = 1
    return (x
            + None)


def dict_unhashable():
    return {[1]: 2}


def set_unhashable():
    return {1, [2]}


def dict_unhashable_later_line():
    return {1: 2,
            [3]: 4}


def dict_values_first():
    return {[1]: 2, 3: noisy()}


def dict_after_unpacking():
    d = {1: 2}
    return {**d, (1, [2]): noisy(), 5: noisy()}


def set_with_star():
    return {1, 2, *[3], [4]}


def nested_subscript_store():
    d = {}
    d["a"]["b"] = 1


def try_then_fail():
    try:
        x = 1 + None
    except TypeError:
        pass
    y = [0,
         1 / 0]
    return y


for fn in [in_list, in_dict_value, in_tuple, after_a_call, call_over_lines, call_with_keywords,
           operands_over_lines, dict_unhashable, set_unhashable, dict_unhashable_later_line,
           dict_values_first, dict_after_unpacking, set_with_star, nested_subscript_store,
           try_then_fail]:
    show(fn)

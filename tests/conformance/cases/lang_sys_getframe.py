# sys._getframe(depth) and inspect.currentframe(): the frames of the running calls, linked by
# f_back out to the module's frame (None after it), with f_code, f_lineno, f_locals and f_globals;
# a depth past the outermost is a ValueError, a negative one the current frame. 3.12's
# sys._getframemodulename names the module of the frame's function (None past the outermost).
# (The recorder runs the program from a function of its own: frames outside this file are not shown.)
import inspect
import sys


def where(depth):
    f = sys._getframe(depth + 1)
    return f'{f.f_code.co_name}:{f.f_lineno}'


def chain():
    f = sys._getframe()
    names = []
    while f is not None and f.f_code.co_filename == __file__:
        names.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return names


def inner(a, b=2):
    local = a + b
    f = sys._getframe()
    print(where(0), where(1), where(2), chain())
    print(sorted(k for k in f.f_locals.items() if k[0] != 'f'), f.f_globals is globals(), f.f_back is sys._getframe(1))
    print(sys._getframe(-3) is f, inspect.currentframe() is f, inspect.currentframe().f_back.f_code.co_name)
    for depth in (50, 400):
        try:
            sys._getframe(depth)
        except ValueError as e:
            print(depth, 'ValueError', e)
    return local


def outer():
    return inner(1)


print(outer())
print(sorted([3, 1, 2], key=lambda x: (where(1), x)[1]), list(map(lambda _: where(1), [0])))


def gen():
    yield sys._getframe(1).f_code.co_name
    yield where(0)


def drive():
    return list(gen())


print(drive())


class Shape:
    made_in = sys._getframe().f_code.co_name
    caller = sys._getframe(1).f_code.co_name


print(Shape.made_in, Shape.caller)
exec("f = __import__('sys')._getframe(); print(f.f_code.co_filename, f.f_code.co_name, f.f_back.f_code.co_name)")
top = sys._getframe()
print(top.f_code.co_name, top.f_back is None or top.f_back.f_code.co_filename != __file__, top.f_lineno, type(top).__name__)
for bad in ('1', 1.0, None):
    try:
        sys._getframe(bad)
    except TypeError as e:
        print('TypeError', e)
for args, kwargs in [((), {'depth': 1}), ((1, 2), {})]:
    try:
        sys._getframe(*args, **kwargs)
    except TypeError as e:
        print('TypeError', e)
if hasattr(sys, '_getframemodulename'):
    def named():
        return sys._getframemodulename(), sys._getframemodulename(1), sys._getframemodulename(depth=90)
    print(named())
    try:
        sys._getframemodulename(0, 1)
    except TypeError as e:
        print('TypeError', e)
else:
    print('no _getframemodulename')

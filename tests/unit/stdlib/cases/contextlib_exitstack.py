import contextlib


class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()

    def __exit__(self, typ, exc, tb):
        print('exit', self.name, typ.__name__ if typ else None, exc)
        return self.suppress


with contextlib.ExitStack() as stack:
    names = [stack.enter_context(Res(n)) for n in 'abc']
    print(names)
    moved = stack.pop_all()
print('after with')
moved.close()

with contextlib.ExitStack() as stack:
    stack.enter_context(Res('outer', suppress=True))
    stack.enter_context(Res('inner'))
    raise ValueError('swallowed by outer')
print('continued')


def failing_cb():
    raise KeyError('from callback')


try:
    with contextlib.ExitStack() as stack:
        stack.callback(print, 'last')
        stack.callback(failing_cb)
        stack.enter_context(Res('r'))
except KeyError as e:
    print('KeyError', e, type(e.__context__).__name__)

try:
    with contextlib.ExitStack() as stack:
        stack.callback(failing_cb)
        raise ValueError('body')
except Exception as e:
    print(type(e).__name__, e, repr(e.__context__))


def exit_fn(typ, exc, tb):
    print('exit_fn sees', typ.__name__ if typ else None)
    return True


with contextlib.ExitStack() as stack:
    stack.push(exit_fn)
    1 / 0
print('zero division suppressed')

with contextlib.suppress(ZeroDivisionError):
    print('before')
    1 / 0
    print('never')
try:
    with contextlib.suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('escaped', e)
try:
    with contextlib.suppress(ValueError):
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
except* TypeError as eg:
    print('rest', repr(eg.exceptions))


@contextlib.contextmanager
def tag(name):
    print(f'<{name}>')
    yield
    print(f'</{name}>')


with tag('a'), tag('b'):
    print('body')


@tag('deco')
def fn(x):
    print('fn', x)


fn(1)
fn(2)

def use_null():
    with contextlib.nullcontext() as v:
        print(v)
    with contextlib.nullcontext(42) as v:
        print(v)


use_null()

# pickle's refusals and each version's words for them: what cannot be found by its name
# (lambdas, local functions and classes, a name bound to something else), objects that cannot be
# pickled (memoryviews, modules, generators), bad protocols, and broken or foreign pickle data.
import pickle
import re


def clean(text):
    return re.sub(r' at 0x[0-9a-f]+', '', str(text))


def make():
    class Local:
        pass

    def inner():
        pass
    return Local, inner


Local, inner = make()


class Renamed:
    pass


Original = Renamed


class Renamed:
    pass


def gen():
    yield 1


CASES = {
    'lambda': lambda: 0,
    'local function': inner,
    'local class': Local,
    'rebound name': Original,
    'memoryview': memoryview(b'view'),
    'module': re,
    'generator': gen(),
    'in a list': [1, [2, lambda: 3]],
    'in a dict': {'key': memoryview(b'')},
}
for label, value in CASES.items():
    for proto in (0, 2, 4, 5):
        try:
            pickle.dumps(value, proto)
            print(label, proto, 'pickled')
        except Exception as e:
            print(label, proto, f'{type(e).__module__}.{type(e).__name__}:', clean(e), getattr(e, '__notes__', ''))

print(issubclass(pickle.PicklingError, pickle.PickleError), pickle.PickleError.__mro__[1].__name__)
for proto in (6, -1, -5):
    try:
        print(proto, pickle.dumps(None, proto))
    except ValueError as e:
        print(proto, 'ValueError:', e)

BROKEN = [b'', b'N', b'\x80\x04', b'\x80\x07N.', b'garbage', b'\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00N.',
          b'0.', b'h\x03.', b'(N', b'X\x05\x00\x00\x00ab', b'K\x01\x85R.', b'\x80\x02c__main__\nMissing\n.',
          b'\x80\x02cno_such_module\nname\n.', b'\x80\x04\x8c\x08__main__\x94\x8c\x07Missing\x94\x93.']
for data in BROKEN:
    try:
        print(data, '->', pickle.loads(data))
    except Exception as e:
        print(data, '->', f'{type(e).__name__}:', str(e).split(' on <module')[0])
try:
    pickle.loads('text')
except TypeError as e:
    print('TypeError:', e)

# Uncaught: the error as the traceback's last line shows it.
pickle.dumps({'config': [Local]})

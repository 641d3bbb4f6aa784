# hmac over digest objects that are not hashlib's: a constructor that lacks block_size (a warning,
# then 64), one whose block_size is too small (a warning, then 64), a digestmod given as an object
# with a new() method; the order in which the constructor is called (outer, inner, then the long
# key), copy() of an HMAC subclass instance (CPython's copy leaves block_size unset), where the
# warnings point (into hmac, not at the caller: they are raised one frame below HMAC.__init__),
# and the warnings raised as errors.
import hashlib
import hmac
import types
import warnings

calls = []


class Tracked:
    def __init__(self, data=b'', tag='plain'):
        calls.append((tag, len(data)))
        self._h = hashlib.sha256(data)
        self.digest_size = 32
        self.name = 'tracked-' + tag

    def update(self, data):
        self._h.update(data)

    def copy(self):
        twin = type(self).__new__(type(self))
        twin._h = self._h.copy()
        twin.digest_size, twin.name = self.digest_size, self.name
        calls.append(('copy', 0))
        return twin

    def digest(self):
        return self._h.digest()

    def hexdigest(self):
        return self._h.hexdigest()


class Small(Tracked):
    block_size = 8


class Wide(Tracked):
    block_size = 64


warnings.simplefilter('always')
with warnings.catch_warnings(record=True) as caught:
    h = hmac.HMAC(b'k' * 70, b'message', Tracked)
    s = hmac.HMAC(b'short', b'message', Small)
for w in caught:
    print(w.category.__name__, w.message, w.filename == __file__)
print(calls)
calls.clear()
w = hmac.HMAC(b'k' * 70, b'message', Wide)
print(calls, w.block_size, w.digest_size, w.name)
print(h.hexdigest() == w.hexdigest(), h.block_size, s.block_size, h.name, s.name)
print(h.hexdigest() == hmac.new(b'k' * 70, b'message', 'sha256').hexdigest())
calls.clear()
print(hmac.digest(b'k' * 70, b'message', Tracked) == h.digest(), calls)

module_like = types.SimpleNamespace(new=lambda data=b'': Wide(data, 'ns'))
calls.clear()
m = hmac.new(b'key', b'abc', module_like)
print(calls, m.name, m.hexdigest() == hmac.new(b'key', b'abc', hashlib.sha256).hexdigest())


class Mine(hmac.HMAC):
    pass


calls.clear()
x = Mine(b'key', b'part one ', digestmod=Wide)
y = x.copy()
y.update(b'and two')
print(type(y).__name__, calls, y.digest_size, x.block_size, x.hexdigest() != y.hexdigest())
for copied in (y, hmac.new(b'k', b'm', 'sha256').copy()):
    try:
        print(copied.block_size)
    except AttributeError:
        print('AttributeError: a copy has no block_size')
print(y.hexdigest() == hmac.new(b'key', b'part one and two', 'sha256').hexdigest())

warnings.simplefilter('error')
for mod in (Tracked, Small):
    try:
        hmac.HMAC(b'key', b'm', mod)
    except RuntimeWarning as e:
        print('RuntimeWarning', e, e.__context__)
for key in ['text', 5, None]:
    try:
        hmac.HMAC(key, digestmod=Wide)
    except TypeError as e:
        print('TypeError', e)

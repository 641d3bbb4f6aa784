import weakref


class Session:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return 'hi ' + self.name


s = Session('a')
r = weakref.ref(s)
print(r() is s, r() is r(), r == weakref.ref(s), isinstance(r, weakref.ref), r.__callback__)
for bad in [1, 'x', (1,), [], {}, None]:
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)
cache = weakref.WeakValueDictionary()
cache['a'] = s
t = Session('b')
cache['b'] = t
print(sorted(cache), cache['a'].name, len(cache), 'b' in cache, cache.get('zz'))
try:
    cache['n'] = 5
except TypeError as e:
    print(e)
del cache['b']
print(list(cache.keys()))
members = weakref.WeakSet([s, t])
print(len(members), s in members, Session('c') in members)
members.discard(t)
print(len(members))
meta = weakref.WeakKeyDictionary()
meta[s] = {'seen': 1}
print(meta[s], len(meta))
m = weakref.WeakMethod(s.hello)
print(m()())
calls = []
f = weakref.finalize(s, calls.append, 'closed')
print(f.alive, f(), calls, f.alive, f())
print(weakref.proxy(s).name)

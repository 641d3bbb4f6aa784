# threading.Lock is _thread.allocate_lock (a builtin function) up to 3.12 and the lock type itself
# from 3.13 (callable, not subclassable); threading.RLock is a factory function on every version,
# whose locks are _thread.RLock (arguments warn from 3.13). No 3.13 golden: the recorder runs 3.13's
# threads on its own lock class (virtual_threads.VLock); 3.13.0 was compared by hand.
import _thread
import threading

lock = threading.Lock()
print(type(lock), type(lock).__module__, type(lock).__qualname__)
print(repr(lock).split(' object at ')[0])
print(threading.Lock.__name__, threading.Lock.__module__, type(threading.Lock).__name__)
print(threading.Lock is _thread.LockType, threading.Lock is _thread.allocate_lock)
print(isinstance(threading.Lock, type), isinstance(lock, _thread.LockType))
print(_thread.allocate_lock, _thread.allocate_lock.__module__)

attempts = [
    ('LockType()', lambda: _thread.LockType()),
    ('type(lock)()', lambda: type(lock)()),
    ('Lock(1)', lambda: threading.Lock(1)),
    ('allocate_lock(1)', lambda: _thread.allocate_lock(1)),
    ('RLock(1)', lambda: threading.RLock(1)),
]
for what, make in attempts:
    try:
        made = make()
        print(what, '->', type(made).__name__, made.acquire(), made.acquire(False))
    except TypeError as e:
        print(what, 'TypeError:', e)

try:

    class MyLock(threading.Lock):
        pass

    print('subclassed')
except TypeError as e:
    print('subclass TypeError:', e)

print(type(threading.RLock()), type(threading.RLock).__name__, threading.RLock.__module__)
with threading.Condition(threading.RLock()) as c:
    print('condition over an RLock', c._is_owned() if hasattr(c, '_is_owned') else True)

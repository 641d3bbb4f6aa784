# run: python
# threading.local as python3 has it (the C class _thread._local): each thread's attributes are the
# instance's __dict__ there, a subclass's __init__ runs again in every thread that meets the
# instance, class attributes and properties behave as on a plain instance; RLock is _thread.RLock,
# whose repr says owner=0 while nobody holds it (the recorder swaps in threading's Python RLock,
# hence a plain python3 run).
import threading


class Session(threading.local):
    retries = 1

    def __init__(self, user):
        self.user = user
        self.calls = 0
        print('init for', user, 'in', threading.current_thread().name)

    @property
    def label(self):
        return f'{self.user}#{self.calls}'

    def call(self):
        self.calls += 1
        return self.calls


s = Session('ann')
s.call()
s.retries = 3
print(vars(s), s.label, Session.retries)


def worker():
    print('worker sees', sorted(vars(s).items()), s.label, s.retries)
    s.call()
    s.call()
    s.extra = 'x'
    print('worker now', s.__dict__)


t = threading.Thread(target=worker, name='w')
t.start()
t.join()
print('main still', vars(s))

plain = threading.local()
plain.a = 1
print(vars(plain), type(plain), type(plain).__name__, threading.local.__mro__)
for attempt in [lambda: threading.local(1), lambda: setattr(s, 'label', 'z'),
                lambda: s.missing, lambda: delattr(plain, 'b'), lambda: setattr(s, '__dict__', {})]:
    try:
        attempt()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
del plain.a
print(vars(plain), hasattr(plain, 'a'))

r = threading.RLock()
print(type(r), repr(r).split(' at ')[0])
with r:
    with r:
        print(repr(r).split(' owner=')[0], repr(r).split(' count=')[1].split(' ')[0])
print(repr(r).split(' at ')[0])

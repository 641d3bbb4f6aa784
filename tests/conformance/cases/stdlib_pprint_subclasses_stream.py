# pprint with subclasses of dict, list, tuple and int that keep their base's repr (laid out and sorted as
# the base is; underscore_numbers reaches an int subclass), ones that define their own repr (left alone),
# and the exact write() calls a PrettyPrinter makes on a stream of its own.
import pprint


class D(dict):
    pass


class L(list):
    pass


class T(tuple):
    pass


class N(int):
    pass


class Shown(dict):
    def __repr__(self):
        return 'Shown!'


print(pprint.pformat(D(b=1, a=2)), pprint.saferepr(D(b=[L([3, 2])], a=T((1,)))), pprint.pformat(N(1234567), underscore_numbers=True))
print(pprint.pformat([N(10 ** 6), D(z=N(12345))], underscore_numbers=True), pprint.pformat(Shown(b=1, a=2)))
print(pprint.pformat({'k': D(y=1, x=[L(range(3))])}, depth=2), pprint.isreadable(D(a=1)), pprint.isreadable(Shown()))
pprint.pprint(D({f'key{i}': L(range(i)) for i in range(8, 0, -1)}), width=40)
pprint.pprint(T(range(20)), width=30, compact=True)


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, text):
        self.calls.append(text)


for value, kwargs in (
    ({'b': [1, 2, 3], 'a': 'x' * 30}, {'width': 20, 'indent': 3}),
    (b'0123456789abcdef' * 2, {'width': 15}),
    (['word ' * 12], {'width': 25}),
    ((1,), {}),
    (list(range(12)), {'width': 20, 'compact': True}),
    ({5, 3, 9}, {'width': 4}),
):
    out = Recorder()
    pprint.PrettyPrinter(stream=out, **kwargs).pprint(value)
    print(out.calls)

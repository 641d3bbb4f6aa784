# An __index__ that returns a bool (an instance of a strict subclass of int) is still taken, with
# CPython's DeprecationWarning at the line that needed the index: list and range indexing, hex(),
# operator.index and a slice. Under the default filters it is shown once per line (in __main__).
import operator
import warnings


class Flag:
    def __index__(self):
        return True


class Bad:
    def __index__(self):
        return 2.5


print([10, 20][Flag()])
print(hex(Flag()), range(5)[Flag()], 'abc'[Flag():])
for _ in range(2):
    print(operator.index(Flag()), type(operator.index(Flag())).__name__)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    [1, 2][Flag()]
    bin(Flag())
print([(w.category.__name__, str(w.message)[:40], w.lineno) for w in caught])
try:
    [1, 2][Bad()]
except TypeError as e:
    print(e)
try:
    operator.index(Bad())
except TypeError as e:
    print(e)
print(operator.index(True), type(operator.index(True)).__name__)

# BaseException.args is a descriptor: assigning it (any iterable, made a tuple) changes what str(),
# repr() and args show, and puts nothing in the instance's __dict__; it cannot be deleted.
class E(Exception):
    def __init__(self, m):
        Exception.__init__(self, m)
        self.args = (m, 1)


e = ValueError('a')
e.args = ['x', 2]
print(e.args, str(e), repr(e), vars(e))
e.args = iter('ab')
print(e.args, str(e))
e = E('q')
print(e.args, str(e), repr(e), vars(e))
e.note = 'kept'
print(vars(e))
try:
    e.args = 5
except TypeError as t:
    print('TypeError', t)
try:
    del e.args
except TypeError as t:
    print('TypeError', t)
try:
    raise E('raised')
except E as caught:
    print(caught.args, caught)
# The same assignments repeated (a hot attribute site) still go through the descriptors.
for i in range(3):
    x = E(i)
    x.__cause__ = ValueError(i)
    x.__suppress_context__ = False
    print(x.args, x, vars(x), repr(x.__cause__), x.__suppress_context__)

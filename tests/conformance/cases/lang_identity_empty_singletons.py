# CPython keeps one empty tuple and one empty bytes: every way of making one gives that object
# (`is` and id() agree); a subclass's empty instance and an empty list, set or bytearray are new.
a = ()
b = tuple()
c = tuple([])
d = (1, 2)[:0]
e = tuple(x for x in [])
print(a is b, b is c, c is d, d is e, id(a) == id(e))
print(bytes() is b''.join([]), b'xyz'[3:] is bytes(0), bytes([]) is b'abc'[:0], id(bytes()) == id(b'q'[1:]))


class T(tuple):
    pass


class B(bytes):
    pass


print(T() is tuple(), B() is bytes(), T() is T())
print([] is list(), set() is set(), bytearray() is bytearray(), frozenset() is frozenset())
empties = [(), tuple(), b'', bytes()]
print([x is empties[0] for x in empties], empties.index(tuple()), empties.count(()))
print(() in [[], tuple()], len({id(x) for x in empties}))

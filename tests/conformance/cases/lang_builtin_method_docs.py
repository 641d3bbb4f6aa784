# Built-in types' methods carry CPython's docstrings and signatures (each version's own texts):
# read from the type (str.join), bound to an object ('x'.upper, [].append), as a class method
# (dict.fromkeys) and for slot wrappers (int.__add__), the way a help()-style script prints them.
METHODS = [
    str.join, str.split, str.upper, str.format, str.removeprefix, str.startswith, str.encode,
    str.partition, str.__len__, list.append, list.sort, list.index, list.pop, list.copy,
    dict.get, dict.setdefault, dict.items, dict.update, dict.pop, dict.fromkeys,
    set.add, set.union, set.discard, frozenset.isdisjoint, tuple.index, tuple.count,
    int.bit_length, int.to_bytes, int.from_bytes, int.__add__, float.is_integer, float.hex,
    bytes.hex, bytes.decode, bytearray.extend, object.__init__, object.__repr__,
    'abc'.split, [].append, {}.get, {1}.pop, (1).bit_length,
]

for m in METHODS:
    print(f'{m.__qualname__}{m.__text_signature__ or "(...)"}')
    for line in (m.__doc__ or '<no doc>').splitlines():
        print('   ', line)

print(str.join.__doc__ == 'x'.join.__doc__, dict.get.__text_signature__)

# io's classes are C types in CPython: an AttributeError names them with their module
# ('_io.BytesIO', '_io.TextIOWrapper', '_io.BufferedReader'), as it does collections.deque, while
# type(), __name__ and __module__ read as usual; they still take weak references and subclasses.
import io
import os
import weakref

NAME = 'stdlib_io_c_type_names.txt'
with open(NAME, 'w', encoding='utf-8') as f:
    f.write('text')
objs = [io.BytesIO(b'ab'), io.StringIO('cd'), io.TextIOWrapper(io.BytesIO(), encoding='utf-8'),
        open(NAME, encoding='utf-8'), open(NAME, 'rb')]
for o in objs:
    try:
        o.nope
    except AttributeError as e:
        print(e)
    try:
        o.nope = 1
        print('set', type(o).__name__, o.nope)
    except AttributeError as e:
        print(e)
    print(type(o), type(o).__name__, type(o).__module__, weakref.ref(o)() is o)
for o in objs[-2:]:
    o.close()
os.remove(NAME)


class Chunks(io.BytesIO):
    pass


print(Chunks(b'xyz').read(2))
try:
    Chunks().missing
except AttributeError as e:
    print(e)

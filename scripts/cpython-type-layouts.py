"""Print, as JSON, what each built-in type of this CPython says about its C layout: __flags__,
__basicsize__, __itemsize__, __dictoffset__, __weakrefoffset__, the flags a class statement's
subclass of it inherits (None when it cannot be subclassed) and __text_signature__.
scripts/cpython-type-layouts.mjs runs it on each recorded version and writes the table."""
import builtins
import json
import sys

# What every class statement's class has on its own: heap type, base type, ready, garbage-collected.
HEAP_CLASS = (1 << 9) | (1 << 10) | (1 << 12) | (1 << 14)


def collect():
    types = {}
    for name, v in sorted(vars(builtins).items()):
        if isinstance(v, type) and name == v.__name__:
            try:
                inherited = type('X', (v,), {'__slots__': ()}).__flags__ & ~HEAP_CLASS
            except TypeError:
                inherited = None
            types[name] = [v.__flags__, v.__basicsize__, v.__itemsize__, v.__dictoffset__, v.__weakrefoffset__,
                           inherited, v.__text_signature__]
    return {'python': sys.version.split()[0], 'types': types}


if __name__ == '__main__':
    print(json.dumps(collect()))

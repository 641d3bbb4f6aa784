"""Print, as JSON, the __doc__ and __text_signature__ of each built-in function of this CPython
(len, print, ...) and the __doc__ of each built-in type in builtins (int, str, ValueError, ...).
scripts/cpython-builtin-docs.mjs runs it on each recorded version and writes the table
src/lib/runtime/builtin-docs.ts reads."""
import builtins
import json
import sys


def collect():
    functions = {}
    types = {}
    for name, v in sorted(vars(builtins).items()):
        if type(v) is type(len) and v.__name__ == name:
            functions[name] = [v.__doc__, v.__text_signature__]
        elif isinstance(v, type) and v.__name__ == name:
            types[name] = v.__doc__
    return {'python': sys.version.split()[0], 'functions': functions, 'types': types}


if __name__ == '__main__':
    print(json.dumps(collect()))

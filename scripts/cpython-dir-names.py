"""Print, as JSON, the names in vars() of each built-in type of this CPython (what dir() merges
along a class's __mro__), and the names every class statement adds to a class's namespace.
scripts/cpython-dir-names.mjs runs it on each recorded version and writes the table dir() uses."""
import builtins
import json
import sys


def collect():
    types = {}
    for name, v in sorted(vars(builtins).items()):
        if isinstance(v, type) and name == v.__name__:
            types[name] = ' '.join(sorted(vars(v)))
    types['NoneType'] = ' '.join(sorted(vars(type(None))))
    types['function'] = ' '.join(sorted(vars(type(collect))))
    types['builtin_function_or_method'] = ' '.join(sorted(vars(type(len))))

    class Plain:
        pass

    return {
        'python': sys.version.split()[0],
        'types': types,
        'class': ' '.join(sorted(vars(Plain))),
        'module': ' '.join(sorted(vars(type(sys)('m')))),
    }


if __name__ == '__main__':
    print(json.dumps(collect()))

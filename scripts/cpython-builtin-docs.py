"""Print, as JSON, the __doc__ and __text_signature__ of each built-in function of this CPython
(len, print, ...), the __doc__ of each built-in type in builtins (int, str, ValueError, ...), the
__doc__ and __text_signature__ of the methods the built-in types define (str.join, list.append,
dict.get, int.__add__ ...), and the __doc__ of each module named in the input (a JSON list on
stdin: the modules Loopline simulates) and of asyncio's submodules; and, names only, the library functions, classes and methods of those
modules that have a docstring (library_documented: not the texts, which are CPython's own).
scripts/cpython-builtin-docs.mjs runs it on each recorded version and writes the table
src/lib/runtime/builtin-docs.ts reads."""
import builtins
import importlib
import json
import sys
import types as t

# What a built-in type's own methods are made of in CPython's C code.
METHOD_KINDS = (t.MethodDescriptorType, t.ClassMethodDescriptorType, t.WrapperDescriptorType,
                t.BuiltinMethodType)


def _library_key(v):
    # module.qualname, as the simulator names the same object: a C method (no __module__ of its
    # own) by its class's module, a class's built-in class method (datetime.now) by that class's.
    qualname = getattr(v, '__qualname__', None)
    if not isinstance(qualname, str):
        return None
    module = getattr(v, '__module__', None)
    if not isinstance(module, str):
        owner = getattr(v, '__objclass__', None) or getattr(v, '__self__', None)
        module = getattr(owner, '__module__', None)
    return f'{module}.{qualname}' if isinstance(module, str) and module != 'builtins' else None


def library_documented(module_names):
    """The module.qualname of each function, class and method reachable from the modules' names
    (each class's own attributes one level down; a property by its getter) whose __doc__ is a str."""
    seen = set()
    out = set()

    def visit(v):
        if isinstance(v, (staticmethod, classmethod)):
            v = v.__func__
        elif isinstance(v, property):
            v = v.fget
        if not (callable(v) or isinstance(v, type)) or id(v) in seen:
            return
        seen.add(id(v))
        key = _library_key(v)
        if key is not None and isinstance(getattr(v, '__doc__', None), str):
            out.add(key)
        if isinstance(v, type) and key is not None:
            for attr in vars(v).values():
                visit(attr)

    for name in module_names:
        try:
            m = importlib.import_module(name)
        except ImportError:
            continue
        for attr in vars(m).values():
            if isinstance(attr, (type, t.FunctionType, t.BuiltinFunctionType)):
                visit(attr)
    return sorted(out)


def collect(module_names=()):
    functions = {}
    types = {}
    methods = {}
    for name, v in sorted(vars(builtins).items()):
        if type(v) is type(len) and v.__name__ == name:
            functions[name] = [v.__doc__, v.__text_signature__]
        elif isinstance(v, type) and v.__name__ == name:
            types[name] = v.__doc__
            if issubclass(v, BaseException) and v is not BaseException:
                continue
            for attr, m in vars(v).items():
                if isinstance(m, staticmethod):  # str.maketrans
                    m = m.__func__
                if isinstance(m, METHOD_KINDS):
                    methods[f'{name}.{attr}'] = [m.__doc__, getattr(m, '__text_signature__', None)]
    modules = {}
    for name in module_names:
        try:
            m = importlib.import_module(name)
        except ImportError:
            continue
        modules[name] = m.__doc__
        if name == 'asyncio':
            for v in vars(m).values():
                if isinstance(v, t.ModuleType) and v.__name__.startswith('asyncio.'):
                    modules.setdefault(v.__name__, v.__doc__)
    return {'python': sys.version.split()[0], 'functions': functions, 'types': types,
            'methods': methods, 'modules': modules, 'documented': library_documented(module_names)}


if __name__ == '__main__':
    given = sys.stdin.read()
    print(json.dumps(collect(json.loads(given) if given.strip() else ())))

"""Run one case program under real CPython 3.13 with Loopline's version of one module.

    PYTHONHASHSEED=0 PYENV_VERSION=3.13.0 python3 cpython_parity.py MODULE CASE.py

MODULE's source (src/lib/stdlib/py/MODULE.py) is executed as the module MODULE and put in sys.modules in
place of CPython's, with small stand-ins for the Loopline natives it imports (`_stdlib_native`,
`_collections_deque`, the float functions of `math`). MODULE `asyncio` instead runs the Python parts of
Loopline's asyncio (src/lib/sim/py/*.py) into CPython's asyncio namespace, over CPython's Lock, wait_for,
TaskGroup, ... The case then runs as tests/unit/stdlib/gen_expected.py and tests/recorder/record_all.sh run
it (the recorder, or plain CPython for "# run: python"), and the trace is printed as JSON, so the test can
hold it against the same expected traces the simulator is held against.
"""

import _functools
import builtins
import collections
import heapq as cpython_heapq  # before ours replaces it: its pure-Python sifts stand in for our native ones
import importlib.util
import io
import json
import math
import os
import posixpath
import re
import signal
import sys
import time
import types

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
STDLIB_PY = os.path.join(ROOT, 'src', 'lib', 'stdlib', 'py')
ASYNCIO_PY = os.path.join(ROOT, 'src', 'lib', 'sim', 'py')
RECORDER = os.path.join(ROOT, 'tests', 'recorder', 'record.py')


def _to_float(x):
    """The float argument conversion of the math natives: CPython's PyFloat_AsDouble."""
    if isinstance(x, (int, float)):
        return float(x)
    for name in ('__float__', '__index__'):
        f = getattr(type(x), name, None)
        if f is not None:
            return float(f(x))
    raise TypeError(f'must be real number, not {type(x).__name__}')


def _set_metaclass(cls, meta):
    cls.__class__ = meta


def _own_annotations(cls):
    """A class's own annotations; from 3.14 a name not defined yet is a ForwardRef (ours: its text)."""
    if sys.version_info >= (3, 14):
        import annotationlib
        return annotationlib.get_annotations(cls, format=annotationlib.Format.FORWARDREF)
    return cls.__dict__.get('__annotations__', {})


def _globals_of(obj):
    """The module namespace a function or class was defined in (typing.get_type_hints)."""
    if isinstance(obj, type):
        m = sys.modules.get(obj.__module__)
        return None if m is None else vars(m)
    return getattr(obj, '__globals__', None)


def _bisect_search(a, x, lo, hi, key, right):
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if (x < item) if right else not (item < x):
            hi = mid
        else:
            lo = mid + 1
    return lo


def native_module():
    """`_stdlib_native`: what the simulator implements in TypeScript, from CPython's own parts."""
    m = types.ModuleType('_stdlib_native')
    m.clock = lambda: time.time()  # the recorder's virtual clock once it has patched time
    m.strftime = lambda fmt, seconds: time.strftime(fmt, time.gmtime(seconds))
    m.tuple_new = lambda cls, iterable: tuple.__new__(cls, iterable)
    m.new_object = lambda cls: object.__new__(cls)
    m.set_abstract = lambda cls, names: setattr(cls, '__abstractmethods__', frozenset(names))
    m.set_metaclass = _set_metaclass
    m.stderr_write = lambda s: sys.stderr.write(s)
    m.stdout_write = lambda s: sys.stdout.write(s)
    m.globals_of = _globals_of
    m.python_version = lambda: tuple(sys.version_info[:3])
    m.cpu_count = lambda: 4
    m.own_annotations = _own_annotations
    m.recursion_limit = sys.getrecursionlimit
    m.set_recursion_limit = sys.setrecursionlimit
    m.origin_depth = sys.get_coroutine_origin_tracking_depth
    m.set_origin_depth = sys.set_coroutine_origin_tracking_depth
    m.c_types = lambda *classes: None  # only names C types in error messages
    # makes the listed functions built-ins of a C module (their repr, type, __module__); here they stay Python's
    m.c_functions = lambda module, namespace, names: None
    m.default_int_handler = signal.default_int_handler
    m.heap_sift_root = cpython_heapq._siftdown
    m.heap_sift_leaves = cpython_heapq._siftup
    m.bisect_search = _bisect_search
    m.datetime_natives = lambda *classes: None  # the Python methods it would speed up stay as they are
    m.itertools_natives = lambda namespace: None  # likewise itertools' generators and methods
    m.functools_natives = _functools_natives  # and functools' partial.__call__ and reduce
    m.final_types = lambda *classes: None  # only refuses them as base classes
    m.operator_natives = lambda namespace: None  # and operator's functions and getters' calls
    # sys._getframe(depth) of the native's caller: one frame more for this lambda's own
    m.caller_module = lambda depth: sys._getframe(depth + 1).f_globals.get('__name__', '__main__')
    return m



def _functools_natives(namespace):
    # lru_cache's wrapper class is all natives in the simulator (lru-cache-native.ts), copying
    # CPython's C type: here it is that type.
    namespace['_lru_cache_wrapper'] = _functools._lru_cache_wrapper


def math_natives():
    """The names the simulator puts in math's namespace before math.py runs."""
    names = ['sqrt', 'exp', 'exp2', 'expm1', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh',
             'asinh', 'acosh', 'atanh', 'fabs', 'cbrt', 'log1p', 'erf', 'erfc', 'gamma', 'lgamma', 'log', 'log2',
             'log10', 'pow', 'atan2', 'hypot', 'fmod', 'copysign', 'isqrt', 'fsum', 'frexp', 'ldexp', 'modf']
    d = {n: getattr(math, n) for n in names}
    d['_float_floor'] = lambda x: math.floor(_to_float(x))
    d['_float_ceil'] = lambda x: math.ceil(_to_float(x))
    d['_float_trunc'] = lambda x: math.trunc(_to_float(x))
    d['_to_float'] = _to_float
    d['_range_product'] = lambda lo, hi: math.prod(range(max(lo, 1), hi + 1))
    return d


def json_natives():
    """The scanner and encoder the simulator puts in json's namespace, from CPython's json package."""
    import json.decoder
    import json.encoder
    import json.scanner

    def make_scanner(decoder, error, novalue):
        scan = json.scanner.make_scanner(decoder)

        def scan_once(s, idx):
            try:
                return scan(s, idx)
            except StopIteration as e:
                raise novalue(e.value) from None
            except json.decoder.JSONDecodeError as e:
                raise error(e.msg, e.doc, e.pos) from None
        return scan_once

    def write_json(encoder, indent, o, out, pieces=False):
        # CPython's encoder in Python (iterencode without _one_shot): what came before an error stays.
        # (Its pieces stand for the C encoder's too: only their text is compared.)
        real = json.encoder.JSONEncoder(
            skipkeys=encoder.skipkeys, ensure_ascii=encoder.ensure_ascii, check_circular=encoder.check_circular,
            allow_nan=encoder.allow_nan, sort_keys=encoder.sort_keys, indent=indent,
            separators=(encoder.item_separator, encoder.key_separator), default=encoder.default)
        if out is None:
            return ''.join(real.iterencode(o))
        give = out.append if isinstance(out, list) else out
        for chunk in real.iterencode(o):
            give(chunk)

    def quote(s, ascii_only):
        return json.encoder.encode_basestring_ascii(s) if ascii_only else json.encoder.encode_basestring(s)

    return {'_make_scanner': make_scanner, '_write_json': write_json, '_quote': quote}


def run_file(path, namespace):
    with open(path, encoding='utf-8') as f:
        exec(compile(f.read(), path, 'exec'), namespace)


# Our private modules that the others import (CPython has no such module).
HELPERS = ('_mappingproxy',)


def asyncio_order():
    """Our asyncio's files in the order the simulation runs them (asyncioSources in sim/py/index.ts)."""
    with open(os.path.join(ASYNCIO_PY, 'index.ts'), encoding='utf-8') as f:
        index = f.read()
    files = dict(re.findall(r"import (\w+) from '\./(\w+\.py)\?raw';", index))
    body = re.search(r'export const asyncioSources = \{(.*?)\};', index, re.S).group(1)
    body = re.sub(r'//.*', '', body)  # its comments' words are not files
    return [files[k] for k in re.findall(r'(\w+),', body)]


def install(name):
    """Execute our NAME.py as the module NAME and make `import NAME` return it (asyncio: see the docstring)."""
    sys.modules['_stdlib_native'] = native_module()
    deque_mod = types.ModuleType('_collections_deque')
    deque_mod.deque = collections.deque
    sys.modules['_collections_deque'] = deque_mod
    # Where the program's own text is (_fs.py refuses reading the program's file by its path): no program here.
    source_mod = types.ModuleType('_source')
    source_mod.file = None
    sys.modules['_source'] = source_mod
    # Our posixpath keeps the simulated working directory; CPython's asks the OS (its own attribute, unused by it).
    posixpath._CWD = os.getcwd()
    if name == 'asyncio':
        import asyncio

        # The parts run in the simulation's order (asyncioSources in sim/py/index.ts: a class may
        # stand on another file's, as datagrams.py's transport on transports.py's).
        # py311.py is 3.11's asyncio (not this CPython's); runners.py and threads.py stand on the
        # simulation's own loop and threads, which CPython's asyncio has natively.
        asyncio._PY_MINOR = sys.version_info[1]
        # Where the simulation notes address-ordered iteration for its doctor: nothing to note here.
        asyncio._remember_line = lambda owner: None
        asyncio._address_order = lambda kind, objs, owner=None: None
        # Refuses a debug-mode log record the simulation does not write; CPython's own code, which
        # these files stand in for, would write it.
        asyncio._debug_log_refused = lambda loop, level, what: None
        # The loopback network the socket files import (stdlib/py/_loopback.py, on our _fs.py).
        install('_fs')
        install('_loopback')
        for f in asyncio_order():
            if f not in ('py311.py', 'runners.py', 'threads.py'):
                run_file(os.path.join(ASYNCIO_PY, f), asyncio.__dict__)
        return
    if name not in HELPERS:
        for helper in HELPERS:
            install(helper)
    path = os.path.join(STDLIB_PY, name + '.py')
    mod = types.ModuleType(name)
    mod.__file__ = path
    if name == 'math':
        mod.__dict__.update(math_natives())
    if name == 'json':
        mod.__dict__.update(json_natives())
    # The native type the simulator gives _mappingproxy.py: CPython's own.
    if name == '_mappingproxy':
        mod.mappingproxy = types.MappingProxyType
    run_file(path, mod.__dict__)
    sys.modules[name] = mod


def run_plain(case):
    """As gen_expected.py's run_plain: the whole output as one stdout entry, and the error line."""
    import traceback

    out = io.StringIO()
    error = None
    real_stdout = sys.stdout
    sys.stdout = out
    try:
        with open(case, encoding='utf-8') as f:
            code = compile(f.read(), case, 'exec')
        exec(code, {'__name__': '__main__', '__file__': case, '__builtins__': builtins})
    except SystemExit:
        pass
    except BaseException as e:  # noqa: BLE001
        error = traceback.format_exception_only(e)[-1].rstrip('\n')
    finally:
        sys.stdout = real_stdout
    text = out.getvalue()
    stdout = [{'t': 0.0, 'text': text}] if text else []
    print(json.dumps({'stdout': stdout, 'steps': [], 'tasks': [], 'warnings': [], 'error': error, 'end': 0.0}))


def main():
    name, case = sys.argv[1], os.path.abspath(sys.argv[2])
    with open(case, encoding='utf-8') as f:
        plain = f.readline().strip() == '# run: python'
    if plain:
        install(name)
        run_plain(case)
        return
    # The recorder is imported (not run) first, so asyncio and the recorder itself keep CPython's modules.
    spec = importlib.util.spec_from_file_location('loopline_recorder', RECORDER)
    recorder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(recorder)
    install(name)
    sys.argv = [RECORDER, case]
    recorder.main()


if __name__ == '__main__':
    main()

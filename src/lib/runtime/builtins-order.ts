/**
 * The order of the builtins module's namespace in CPython (3.13.0's `vars(builtins)`; 3.11, 3.12 and
 * 3.14 list the same names in the same order, less or more a few): `vars(builtins)` lists them so, and
 * a NameError's "Did you mean ...?" search reads them in this order (the first of equally near names wins).
 */
const ORDER = `
__name__ __doc__ __package__ __loader__ __spec__ __build_class__ __import__ abs all any ascii bin breakpoint
callable chr compile delattr dir divmod eval exec format getattr globals hasattr hash hex id input isinstance
issubclass iter aiter len locals max min next anext oct ord pow print repr round setattr sorted sum vars None
Ellipsis NotImplemented False True bool memoryview bytearray bytes classmethod complex dict enumerate filter
float frozenset property int list map object range reversed set slice staticmethod str super tuple type zip
__debug__ BaseException BaseExceptionGroup Exception GeneratorExit KeyboardInterrupt SystemExit
ArithmeticError AssertionError AttributeError BufferError EOFError ImportError LookupError MemoryError
NameError OSError ReferenceError RuntimeError StopAsyncIteration StopIteration SyntaxError SystemError
TypeError ValueError Warning FloatingPointError OverflowError ZeroDivisionError BytesWarning
DeprecationWarning EncodingWarning FutureWarning ImportWarning PendingDeprecationWarning ResourceWarning
RuntimeWarning SyntaxWarning UnicodeWarning UserWarning BlockingIOError ChildProcessError ConnectionError
FileExistsError FileNotFoundError InterruptedError IsADirectoryError NotADirectoryError PermissionError
ProcessLookupError TimeoutError IndentationError _IncompleteInputError IndexError KeyError ModuleNotFoundError
NotImplementedError PythonFinalizationError RecursionError UnboundLocalError UnicodeError BrokenPipeError
ConnectionAbortedError ConnectionRefusedError ConnectionResetError TabError UnicodeDecodeError
UnicodeEncodeError UnicodeTranslateError ExceptionGroup EnvironmentError IOError open quit exit copyright
credits license help
`
  .trim()
  .split(/\s+/);

const rank = new Map(ORDER.map((name, i) => [name, i]));

/**
 * `entries` in CPython's order; names CPython does not have keep their order, after the others.
 * One pass placing each entry at its name's rank (a name given twice keeps its entries' order),
 * rather than a sort: every run orders its builtins once, in code that V8 has not optimized yet.
 */
export function inCPythonOrder<T>(entries: [string, T][]): [string, T][] {
  const known: ([string, T][] | undefined)[] = new Array(ORDER.length);
  const rest: [string, T][] = [];
  for (const e of entries) {
    const r = rank.get(e[0]);
    if (r === undefined) rest.push(e);
    else (known[r] ??= []).push(e);
  }
  const out: [string, T][] = [];
  for (let r = 0; r < known.length; r++) {
    const at = known[r];
    if (at !== undefined) for (const e of at) out.push(e);
  }
  for (const e of rest) out.push(e);
  return out;
}

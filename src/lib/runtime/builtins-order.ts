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

/** `entries` in CPython's order; names CPython does not have keep their order, after the others. */
export function inCPythonOrder<T>(entries: [string, T][]): [string, T][] {
  const at = (name: string) => rank.get(name) ?? ORDER.length;
  return entries
    .map((e, i) => [e, i] as const)
    .sort((x, y) => at(x[0][0]) - at(y[0][0]) || x[1] - y[1])
    .map(([e]) => e);
}

# Every builtin exception class a program can name: its place in the hierarchy, how its instances
# print, and the old names of OSError. A client retrying a refused connection catches by family.
import asyncio

CLASSES = [
    BlockingIOError, BrokenPipeError, ChildProcessError, ConnectionAbortedError,
    ConnectionRefusedError, ConnectionResetError, FileExistsError, InterruptedError,
    IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError,
    TabError, UnicodeTranslateError, BytesWarning, EncodingWarning, ImportWarning,
    PendingDeprecationWarning, SyntaxWarning, UnicodeWarning,
]


async def connect(attempt):
    await asyncio.sleep(0.1 * attempt)
    if attempt < 2:
        raise ConnectionRefusedError(111, "Connection refused")
    return "connected"


async def main():
    for cls in CLASSES:
        print(cls.__name__, cls.__mro__[1].__name__, issubclass(cls, OSError), issubclass(cls, Warning))
    print(IOError is OSError, EnvironmentError is OSError, IOError.__name__)
    for attempt in range(3):
        try:
            print(await connect(attempt))
            break
        except ConnectionError as e:
            print(type(e).__name__, e, e.args)
    e = PermissionError(13, "Permission denied", "/etc/shadow")
    print(e, e.args, e.errno, e.strerror, e.filename, e.filename2)
    print(OSError(1, "a", "f", None, "g"), OSError("plain").errno, OSError(1, 2, 3, 4, 5, 6))
    try:
        raise BrokenPipeError("pipe closed")
    except OSError as e:
        print(repr(e), isinstance(e, ConnectionError))


asyncio.run(main())

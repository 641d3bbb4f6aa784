/**
 * OSError's view of its arguments (Objects/exceptions.c, OSError_init): given two to five, they
 * are errno, strerror, filename, (winerror,) filename2, and the exception prints as
 * "[Errno 111] Connection refused" rather than as a tuple.
 */
import { type PyExceptionObject, type PyValue } from './core';

export interface OsErrorFields {
  errno: PyValue;
  strerror: PyValue;
  filename: PyValue;
  filename2: PyValue;
}

function isOsError(e: PyExceptionObject): boolean {
  return e.cls.mro.some((c) => c.isBuiltin && c.name === 'OSError');
}

/** errno, strerror and filenames of an OSError (None where not given); null for other exceptions. */
export function osErrorFields(e: PyExceptionObject): OsErrorFields | null {
  if (!isOsError(e)) return null;
  const a = e.args;
  if (a.length < 2 || a.length > 5) return { errno: null, strerror: null, filename: null, filename2: null };
  return { errno: a[0], strerror: a[1], filename: a[2] ?? null, filename2: a[4] ?? null };
}

/** What `args` shows: CPython keeps only errno and strerror there once a filename is given. */
export function osErrorArgs(e: PyExceptionObject): PyValue[] {
  return isOsError(e) && e.args.length >= 3 && e.args.length <= 5 ? e.args.slice(0, 2) : e.args;
}

/** Linux errno values and the OSError subclass CPython makes for each (Objects/exceptions.c errnomap). */
const ERRNO_CLASSES = new Map<bigint, string>([
  [1n, 'PermissionError'], // EPERM
  [2n, 'FileNotFoundError'], // ENOENT
  [3n, 'ProcessLookupError'], // ESRCH
  [4n, 'InterruptedError'], // EINTR
  [10n, 'ChildProcessError'], // ECHILD
  [11n, 'BlockingIOError'], // EAGAIN, EWOULDBLOCK
  [13n, 'PermissionError'], // EACCES
  [17n, 'FileExistsError'], // EEXIST
  [20n, 'NotADirectoryError'], // ENOTDIR
  [21n, 'IsADirectoryError'], // EISDIR
  [32n, 'BrokenPipeError'], // EPIPE
  [103n, 'ConnectionAbortedError'], // ECONNABORTED
  [104n, 'ConnectionResetError'], // ECONNRESET
  [108n, 'BrokenPipeError'], // ESHUTDOWN
  [110n, 'TimeoutError'], // ETIMEDOUT
  [111n, 'ConnectionRefusedError'], // ECONNREFUSED
  [114n, 'BlockingIOError'], // EALREADY
  [115n, 'BlockingIOError'], // EINPROGRESS
]);

/** `OSError(errno, strerror, ...)` itself makes the errno's subclass: the subclass's name, or null. */
export function errnoSubclass(args: PyValue[]): string | null {
  if (args.length < 2 || args.length > 5) return null;
  const n = args[0];
  if (typeof n !== 'bigint') return null;
  return ERRNO_CLASSES.get(n) ?? null;
}

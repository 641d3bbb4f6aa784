// What Pyodide's CPython 3.14 lacks because it runs on Emscripten rather than Linux, for the
// scripts that record 3.14's names inside it (cpython-names-314.mjs, cpython-module-vars.mjs).

/**
 * Modules whose names follow the platform: os, signal, sys, time and threading lack what a Linux
 * build has (os.fork...), errno has its own numbers and names, hashlib is built without OpenSSL,
 * and there are no processes or Unix sockets. On these only the names 3.14 adds count. os.path is
 * listed under both its names (cpython-names.py keys it so, cpython-module-vars.py as posixpath).
 */
export const PLATFORM_MODULES = new Set([
  'os',
  'os.path',
  'posixpath',
  'signal',
  'sys',
  'time',
  'threading',
  'hashlib',
  'errno',
  'select',
  'selectors',
  'socket',
  'subprocess',
  'multiprocessing',
  'multiprocessing.managers',
]);

/** asyncio's Unix-socket streams, which need AF_UNIX; a Linux build lists them after start_server. */
export const UNIX_STREAMS = ['open_unix_connection', 'start_unix_server'];

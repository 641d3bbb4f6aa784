/**
 * What a program can import in Loopline, for the people reading about it (the README, the app's
 * "What runs here" panel, which may not import the engine). stdlib/modules.ts builds these; a test keeps the two lists the same.
 */
export const SIMULATED_MODULES = [
  'abc',
  'argparse',
  'asyncio',
  'bisect',
  'builtins',
  'collections',
  'concurrent',
  'contextlib',
  'contextvars',
  'copy',
  'dataclasses',
  'datetime',
  'enum',
  'fractions',
  'functools',
  'heapq',
  'itertools',
  'json',
  'logging',
  'math',
  'multiprocessing',
  'operator',
  'os',
  'pathlib',
  'posixpath',
  'pprint',
  'queue',
  'random',
  'signal',
  'statistics',
  'string',
  'sys',
  'textwrap',
  'threading',
  'time',
  'timeit',
  'traceback',
  'typing',
  'uuid',
  'weakref',
] as const;

/** Third-party packages that run on the simulated network. */
export const SIMULATED_PACKAGES = ['aiohttp', 'requests'] as const;

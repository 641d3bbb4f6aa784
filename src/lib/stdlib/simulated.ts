/**
 * What a program can import in Loopline, for the people reading about it (the README, the app's
 * "What runs here" panel). stdlib/modules.ts builds these; a test keeps the two lists the same.
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
  'copy',
  'dataclasses',
  'datetime',
  'enum',
  'functools',
  'heapq',
  'itertools',
  'json',
  'math',
  'operator',
  'queue',
  'random',
  'statistics',
  'string',
  'sys',
  'textwrap',
  'threading',
  'time',
  'timeit',
  'typing',
] as const;

/** Third-party packages that run on the simulated network. */
export const SIMULATED_PACKAGES = ['aiohttp', 'requests'] as const;

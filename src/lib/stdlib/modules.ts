/**
 * The one table of modules a simulated program can import: asyncio, the standard-library modules
 * (Python source run as library code, plus native parts), and aiohttp/requests on the simulated
 * network. A module is built the first time a run imports it.
 */
import type { Module } from '../ir/types';
import { PyModule, type PyValue } from '../runtime/core';
import { importModule } from '../interp/state';
import { libraryModule } from '../interp/library';
import { dequeClass } from '../runtime/types/deque';
import { makeAsyncio } from '../sim/module';
import type { Simulation } from '../sim/runners';
import { makeMathNative } from './math';
import { makeNative } from './native';
import { makeRandom } from './random';
import { makeSimnet } from './simnet';
import { makeTime } from './time';
import { aiohttpLib, requestsLib } from '../sim/pylib/support_lib';
import { collectionsLib } from '../sim/pylib/stdlib_collections';
import { contextlibLib } from '../sim/pylib/stdlib_contextlib';
import { dataclassesLib } from '../sim/pylib/stdlib_dataclasses';
import { datetimeLib } from '../sim/pylib/stdlib_datetime';
import { functoolsStdLib } from '../sim/pylib/stdlib_functools';
import { itertoolsLib } from '../sim/pylib/stdlib_itertools';
import { operatorLib } from '../sim/pylib/stdlib_operator';
import { mathLib } from '../sim/pylib/stdlib_math';
import { stringLib } from '../sim/pylib/stdlib_string';
import { sysLib } from '../sim/pylib/stdlib_sys';
import { typingLib } from '../sim/pylib/stdlib_typing';
import { enumLib } from '../sim/pylib/stdlib_enum';
import { abcLib, collectionsAbcLib } from '../sim/pylib/stdlib_abc';
import { futureLib } from '../sim/pylib/stdlib_future';

/** What a module's builder may use: the run's simulation and the program (for its directives). */
export interface ModuleHost {
  sim: Simulation;
  program: Module;
}

type ModuleBuilder = (host: ModuleHost) => PyModule;

const modules: Record<string, ModuleBuilder> = {
  asyncio: (h) => makeAsyncio(h.sim),
  time: (h) => makeTime(h.sim),
  random: () => makeRandom(),
  math: () => libraryModule('math', mathLib, makeMathNative()),
  _stdlib_native: (h) => makeNative(h.sim),
  _simnet: (h) => makeSimnet(h.sim, h.program),
  _collections_deque: () => new PyModule('collections', new Map<string, PyValue>([['deque', dequeClass]])),
  collections: () => libraryModule('collections', collectionsLib),
  _collections_abc: () => libraryModule('collections.abc', collectionsAbcLib),
  'collections.abc': () => importModule('_collections_abc'),
  contextlib: () => libraryModule('contextlib', contextlibLib),
  dataclasses: () => libraryModule('dataclasses', dataclassesLib),
  datetime: () => libraryModule('datetime', datetimeLib),
  functools: () => libraryModule('functools', functoolsStdLib),
  itertools: () => libraryModule('itertools', itertoolsLib),
  operator: () => libraryModule('operator', operatorLib),
  string: () => libraryModule('string', stringLib),
  sys: () => libraryModule('sys', sysLib),
  typing: () => libraryModule('typing', typingLib),
  enum: () => libraryModule('enum', enumLib),
  abc: () => libraryModule('abc', abcLib),
  __future__: () => libraryModule('__future__', futureLib),
  aiohttp: () => libraryModule('aiohttp', aiohttpLib),
  requests: () => libraryModule('requests', requestsLib),
};

/** How one run finds a module it has not imported yet (undefined: no such module). */
export function moduleFinder(host: ModuleHost): (name: string) => PyModule | undefined {
  return (name) => (Object.hasOwn(modules, name) ? modules[name](host) : undefined);
}

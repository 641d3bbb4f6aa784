/**
 * The modules a simulated program can import: asyncio (TS core + Python parts), time, random,
 * aiohttp/requests on the simulated network, and small helpers (collections, functools).
 */
import { parse } from '../parse';
import type { Module } from '../ir/types';
import { PyModule, PyObject, PyList, PyDict,  native, pyError, type PyValue } from '../runtime/core';
import { toFloat, toIndex, iterToArray, str as pyStr,  setitem } from '../runtime/ops';
import { Compiler } from '../interp/compile';
import { registerModule, importModule } from '../interp/state';
import { strftime, gmtime } from '../py/format/strftime';
import { PyRandom, RandomError } from '../py/random/index';
import { makeAsyncio } from './asyncio';
import { installQueues } from './queues';
import { registerStdlib } from './stdlib';
import type { Simulation } from './simulation';
import { asyncioSources } from './py';
import { stdlibSources } from '../stdlib/py';
import { ctx } from '../runtime/context';
import { dequeClass } from '../runtime/types/deque';

const compiledLibs = new Map<string, ReturnType<Compiler['compileModule']>>();

/** Run library Python source into a module's namespace (compiled once per source per process). */
function runLib(name: string, source: string, globals: Map<string, PyValue>): void {
  let c = compiledLibs.get(source);
  if (!c) {
    const r = parse(source);
    if (r.diagnostics.length) throw new Error(`library ${name}: ${r.diagnostics[0].message} at line ${r.diagnostics[0].span.line}`);
    c = new Compiler(r.module, false, name).compileModule();
    compiledLibs.set(source, c);
  }
  c.run(globals);
}

function pyModule(name: string, source: string, pre: [string, PyValue][] = []): PyModule {
  const g = new Map<string, PyValue>([['__name__', name], ...pre]);
  const m = new PyModule(name, g);
  runLib(name, source, g);
  return m;
}

export function installLibrary(sim: Simulation, program: Module): void {
  registerModule('_collections_deque', () => new PyModule('collections', new Map<string, PyValue>([['deque', dequeClass]])));
  registerModule('collections', () => importModule('_collections_deque'));
  registerModule('asyncio', () => {
    const g = makeAsyncio(sim);
    g.set('__name__', 'asyncio');
    const m = new PyModule('asyncio', g);
    for (const source of Object.values(asyncioSources)) runLib('asyncio', source, g);
    installQueues(g, () => sim.runningLoop ?? sim.getEventLoop());
    return m;
  });
  registerModule('time', () => makeTime(sim));
  registerModule('random', () => makeRandom());
  registerModule('_simnet', () => makeSimnet(sim, program));
  registerModule('aiohttp', () => pyModule('aiohttp', stdlibSources.aiohttp));
  registerModule('requests', () => pyModule('requests', stdlibSources.requests));
  for (const n of ['typing', 'sys', 'math']) registerModule(n, () => new PyModule(n, new Map()));
  // Last: the standard-library modules replace the placeholders above.
  registerStdlib(sim);
}

function makeTime(sim: Simulation): PyModule {
  const d = new Map<string, PyValue>();
  const now = () => sim.clock.now;
  d.set('time', native('time', () => now()));
  d.set('perf_counter', native('perf_counter', () => now()));
  d.set('monotonic', native('monotonic', () => now()));
  d.set('process_time', native('process_time', () => now()));
  d.set('time_ns', native('time_ns', () => BigInt(Math.round(now() * 1e9))));
  d.set('perf_counter_ns', native('perf_counter_ns', () => BigInt(Math.round(now() * 1e9))));
  d.set('monotonic_ns', native('monotonic_ns', () => BigInt(Math.round(now() * 1e9))));
  d.set(
    'sleep',
    native('sleep', (args) => {
      const s = toFloat(args[0]);
      ctx().block(s, `time.sleep(${pyStr(args[0])})`);
      return null;
    })
  );
  d.set(
    'strftime',
    native('strftime', (args) => {
      const fmt = args[0] as string;
      return strftime(fmt, args.length > 1 ? structToSeconds(args[1]) : now());
    })
  );
  const tm = (args: PyValue[]) => {
    const t = gmtime(args.length && args[0] !== null ? toFloat(args[0]) : now());
    return new StructTime(t as unknown as Record<string, number>, args.length && args[0] !== null ? toFloat(args[0]) : now());
  };
  d.set('gmtime', native('gmtime', tm));
  d.set('localtime', native('localtime', tm));
  return new PyModule('time', d);
}

import { PyTuple, builtinClass } from '../runtime/core';
const structTimeClass = builtinClass('struct_time', []);
structTimeClass.module = 'time';
class StructTime extends PyTuple {
  constructor(public fields: Record<string, number>, public seconds: number) {
    super(
      ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'].map((k) => BigInt(fields[k] ?? 0))
    );
  }
  getAttr(_o: unknown, name: string): PyValue | undefined {
    if (name in this.fields) return BigInt(this.fields[name]);
    return undefined;
  }
}
function structToSeconds(v: PyValue): number {
  if (v instanceof StructTime) return v.seconds;
  return toFloat(v);
}

/** random's functions bound to one generator (the module's, or a random.Random instance's). */
function randomMethods(r: PyRandom): Map<string, PyValue> {
  const d = new Map<string, PyValue>();
  const wrap = <T>(f: () => T): T => {
    try {
      return f();
    } catch (e) {
      if (e instanceof RandomError) throw pyError(e.kind, e.message);
      throw e;
    }
  };
  const seq = (v: PyValue): PyValue[] => (v instanceof PyList || v instanceof PyTuple ? v.items : iterToArray(v));
  const int = (v: PyValue): bigint => (typeof v === 'boolean' ? BigInt(v) : typeof v === 'bigint' ? v : toIndex(v));
  d.set('seed', native('seed', (args) => wrap(() => (r.seed((args[0] ?? null) as never), null))));
  d.set('random', native('random', () => r.random()));
  d.set('uniform', native('uniform', (args) => wrap(() => r.uniform(toFloat(args[0]), toFloat(args[1])))));
  d.set('triangular', native('triangular', (args) => wrap(() => (r.triangular as (...a: number[]) => number)(...args.map(toFloat)))));
  d.set('randint', native('randint', (args) => wrap(() => r.randint(int(args[0]), int(args[1])))));
  d.set('randrange', native('randrange', (args) => wrap(() => (r.randrange as (...a: bigint[]) => bigint)(...args.map(int)))));
  d.set('getrandbits', native('getrandbits', (args) => wrap(() => r.getrandbits(Number(args[0])))));
  d.set('choice', native('choice', (args) => wrap(() => { const s = seq(args[0]); return s[r.choice(s.length)]; })));
  d.set('shuffle', native('shuffle', (args) => wrap(() => { r.shuffleInPlace((args[0] as PyList).items); return null; })));
  d.set('sample', native('sample', (args, kw) => wrap(() => {
    const s = seq(args[0]);
    const k = Number(int(kw?.get('k') ?? args[1]));
    return new PyList(r.sample(s.length, k).map((i: number) => s[i]));
  })));
  d.set('choices', native('choices', (args, kw) => wrap(() => {
    const s = seq(args[0]);
    const weights = kw?.get('weights') ?? args[1] ?? null;
    const cum = kw?.get('cum_weights') ?? null;
    const k = Number(int(kw?.get('k') ?? 1n));
    const nums = (v: PyValue) => (v === null ? undefined : seq(v).map(toFloat));
    return new PyList((r.choices as (n: number, w?: number[], c?: number[], k?: number) => number[])(s.length, nums(weights), nums(cum), k).map((i) => s[i]));
  })));
  d.set('gauss', native('gauss', (args) => wrap(() => r.gauss(args.length ? toFloat(args[0]) : 0, args.length > 1 ? toFloat(args[1]) : 1))));
  d.set('normalvariate', native('normalvariate', (args) => wrap(() => r.normalvariate(args.length ? toFloat(args[0]) : 0, args.length > 1 ? toFloat(args[1]) : 1))));
  d.set('expovariate', native('expovariate', (args) => wrap(() => r.expovariate(args.length ? toFloat(args[0]) : 1))));
  return d;
}

const randomClass = builtinClass('Random');
randomClass.module = 'random';
randomClass.slots.call = (_cls, args) => {
  const r = new PyRandom();
  if (args.length && args[0] !== null) r.seed(args[0] as never);
  return new PyObject(randomClass, randomMethods(r));
};

function makeRandom(): PyModule {
  const d = randomMethods(new PyRandom());
  d.set('Random', randomClass);
  return new PyModule('random', d);
}

function makeSimnet(sim: Simulation, program: Module): PyModule {
  const d = new Map<string, PyValue>();
  const latency = (url: string): number => {
    let best: { prefix: string; seconds: number } | null = null;
    for (const l of program.directives) if (url.startsWith(l.prefix) && (best === null || l.prefix.length > best.prefix.length)) best = l;
    return best === null ? 1.0 : best.seconds;
  };
  d.set('latency', native('latency', (args) => latency(pyStr(args[0]))));
  d.set('body', native('body', (args) => 'response from ' + pyStr(args[0])));
  d.set('json_body', native('json_body', (args) => {
    const dict = new PyDict();
    setitem(dict, 'url', pyStr(args[0]));
    return dict;
  }));
  d.set('block', native('block', (args) => {
    sim.block(toFloat(args[0]), pyStr(args[1]));
    return null;
  }));
  return new PyModule('_simnet', d);
}

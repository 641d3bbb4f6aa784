/**
 * The `gc` module as a small deterministic model. Loopline's objects live in JavaScript's heap,
 * so there is no collector to drive and no cycle to find: collect() finds nothing (0, with the
 * `gc.callbacks` called as CPython calls them), get_count() is (0, 0, 0) and freeze() keeps
 * nothing apart. What is modelled exactly: enable/disable/isenabled, the thresholds (each
 * version's defaults, 3.14 without a third generation), the debug flags, `garbage`, argument
 * checks and messages, and is_tracked(), which follows CPython's rules (atomic values and builtin
 * classes are untracked; a tuple, and before 3.14 a dict, only while it holds a tracked value,
 * though before 3.14 a tuple stays tracked until a collection, which here is only collect()).
 * get_objects, get_referrers, get_referents, get_stats and get_freeze_count are refused.
 */
import {
  Ellipsis,
  NotImplemented,
  PyBytes,
  PyClass,
  PyComplex,
  PyDict,
  PyList,
  PyModule,
  PyObject,
  PyRange,
  PyTuple,
  dictClass,
  objectClass,
  pyError,
  tupleClass,
  type PyValue,
} from '../runtime/core';
import { call, setitem, toIndex } from '../runtime/ops';
import { defNative } from '../runtime/native';
import { run } from '../runtime/run';
import { bytearrayClass } from '../runtime/types/bytearray';
import { lifetimes } from '../sim/lifetimes';
import { collectHook } from '../sim/destroyed-tasks';

const DEBUG_FLAGS: [string, bigint][] = [
  ['DEBUG_STATS', 1n],
  ['DEBUG_COLLECTABLE', 2n],
  ['DEBUG_UNCOLLECTABLE', 4n],
  ['DEBUG_SAVEALL', 32n],
  ['DEBUG_LEAK', 38n],
];

/**
 * Whether CPython's collector would be tracking `v`. Before 3.14 a tuple is tracked from its
 * creation until a collection finds it holds nothing tracked: objects made before the program's
 * last collect() (`collectedBefore`, an object id) have been through one.
 */
function isTracked(v: PyValue, collectedBefore: number): boolean {
  if (!(v instanceof PyObject)) return false;
  if (v instanceof PyClass) return !v.isBuiltin;
  if (v instanceof PyBytes || v instanceof PyComplex || v instanceof PyRange) return false;
  if (v === Ellipsis || v === NotImplemented || v.cls === objectClass || v.cls === bytearrayClass) return false;
  const tracked = (x: PyValue) => isTracked(x, collectedBefore);
  if (v instanceof PyTuple && v.cls === tupleClass) {
    const unexamined = run.minor < 14 && v.items.length > 0 && v.id >= collectedBefore;
    return unexamined || v.items.some(tracked);
  }
  if (v instanceof PyDict && v.cls === dictClass && run.minor < 14)
    return [...v.map.values()].some((e) => tracked(e.key) || tracked(e.value));
  return true;
}

export function makeGc(): PyModule {
  let enabled = true;
  let debug = 0n;
  let collectedBefore = 0;
  const threshold: bigint[] = run.minor >= 13 ? [2000n, 10n, 10n] : [700n, 10n, 10n];
  const callbacks = new PyList([]);
  const d = new Map<string, PyValue>();
  const def = (name: string, sig: string, fn: (a: PyValue[]) => PyValue) =>
    d.set(name, defNative(name, sig, fn, `gc.${name}`));
  const refuse = (name: string) =>
    def(name, '(*args)', () => {
      throw pyError('NotSimulatedError', `gc.${name} is not simulated in Loopline`);
    });

  def('enable', '()', () => ((enabled = true), null));
  def('disable', '()', () => ((enabled = false), null));
  def('isenabled', '()', () => enabled);
  def('collect', '(generation=2)', ([g]) => {
    const generation = toIndex(g);
    if (generation < 0n || generation > 2n) throw pyError('ValueError', 'invalid generation');
    collectedBefore = run.nextId;
    let collected = 0n;
    for (const phase of ['start', 'stop']) {
      // Only objects whose death shows are collected (sim/lifetimes.ts): cycles holding them.
      // and pending tasks only their own cycles hold.
      if (phase === 'stop') collected = BigInt((run.get(lifetimes)?.collect() ?? 0) + collectHook.tasks());
      for (const cb of [...callbacks.items]) {
        const info = new PyDict();
        setitem(info, 'generation', generation);
        setitem(info, 'collected', collected);
        setitem(info, 'uncollectable', 0n);
        call(cb, [phase, info], null);
      }
    }
    return collected;
  });
  def('get_count', '()', () => new PyTuple([0n, 0n, 0n]));
  def('get_threshold', '()', () => new PyTuple(run.minor >= 14 ? [threshold[0], threshold[1], 0n] : threshold));
  def('set_threshold', '(*args)', ([args]) => {
    const given = (args as PyTuple).items;
    if (given.length < 1 || given.length > 3) {
      if (run.minor >= 13) throw pyError('TypeError', 'gc.set_threshold requires 1 to 3 arguments');
      const bound = given.length < 1 ? 'at least 1 argument' : 'at most 3 arguments';
      throw pyError('TypeError', `set_threshold() takes ${bound} (${given.length} given)`);
    }
    given.forEach((v, i) => (threshold[i] = toIndex(v)));
    return null;
  });
  def('get_debug', '()', () => debug);
  def('set_debug', '(flags, /)', ([flags]) => ((debug = toIndex(flags)), null));
  def('is_tracked', '(obj, /)', ([obj]) => isTracked(obj, collectedBefore));
  def('is_finalized', '(obj, /)', () => false);
  def('freeze', '()', () => null);
  def('unfreeze', '()', () => null);
  for (const name of ['get_objects', 'get_referrers', 'get_referents', 'get_stats', 'get_freeze_count']) refuse(name);
  for (const [name, bit] of DEBUG_FLAGS) d.set(name, bit);
  d.set('garbage', new PyList([]));
  d.set('callbacks', callbacks);
  return new PyModule('gc', d);
}

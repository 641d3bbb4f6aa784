/**
 * The builtins that read the calling frame's namespaces: globals(), locals(), vars() and dir()
 * without an argument. A call written as `locals()` names its frame (compile/calls.ts sets
 * `caller.frame` around it); one reached another way reads the innermost frame running.
 */
import type * as ir from '../ir/types';
import { PyCell, PyDict, PyList, type PyValue } from '../runtime/core';
import { defNative } from '../runtime/native';
import { run } from '../runtime/run';
import { liveDict } from '../runtime/types/attr-dict';
import { dirOf } from '../runtime/dir';
import { varsOf } from '../runtime/builtins';
import { iterToArray, strKey } from '../runtime/ops';
import { sortItems } from '../runtime/types/list';
import type { Frame } from './frame';
import { frameStack } from './drops';
import { currentThreadFrames } from './threaded';

/** The builtins that need the caller's frame; compile/calls.ts passes it for calls to these names. */
export const FRAME_BUILTINS = new Set(['globals', 'locals', 'vars', 'dir', 'eval', 'exec']);

/** The frame a call to one of FRAME_BUILTINS was written in, while it runs. */
export const caller: { frame: Frame | null } = { frame: null };

export function callerFrame(): Frame {
  if (caller.frame !== null) return caller.frame;
  for (const f of currentThreadFrames(run.get(frameStack))) return f;
  throw new Error('no Python frame is running');
}

/** One dict per namespace (the same as its module's `__dict__`), so `globals() is globals()`. */
export function namespaceDict(ns: Map<string, PyValue>): PyDict {
  return liveDict(ns);
}

const frameDicts = new WeakMap<Frame, PyDict>();

/**
 * locals(): the module's or class body's namespace itself; in a function, a new dict of the
 * locals bound now (PEP 667's snapshot), parameters and locals first, then captured cells, then
 * free variables, as CPython orders a frame's fast locals.
 */
export function frameLocals(f: Frame): PyValue {
  if (f.ns !== null) return namespaceDict(f.ns);
  const sc = f.code.scope;
  if (sc.kind === 'module') return namespaceDict(f.globals);
  // Before 3.13 (PEP 667) a function's locals() is one dict per frame, brought up to date at each
  // call: names exec() added stay, names no longer bound go.
  let d: PyDict;
  if (run.minor < 13) {
    d = frameDicts.get(f) ?? new PyDict();
    frameDicts.set(f, d);
    for (const name of sc.slots.keys()) d.map.delete(strKey(name));
    for (const name of sc.freeSlots.keys()) d.map.delete(strKey(name));
  } else d = new PyDict();
  const cellsLast: [string, number][] = [];
  for (const [name, i] of sc.slots) {
    if (sc.cells.has(name) && !isParam(f, name)) {
      cellsLast.push([name, i]);
      continue;
    }
    put(d, name, f.locals[i]);
  }
  for (const [name, i] of cellsLast) put(d, name, f.locals[i]);
  for (const [name, j] of sc.freeSlots) put(d, name, f.free[j]);
  return d;
}

function isParam(f: Frame, name: string): boolean {
  const p = (f.code.scope.node as { params?: ir.Params } | null)?.params;
  if (!p) return false;
  return [...p.posonly, ...p.args, ...p.kwonly, p.vararg, p.kwarg].some((a) => a?.name === name);
}

function put(d: PyDict, name: string, slot: PyValue | PyCell | undefined): void {
  const v = slot instanceof PyCell ? slot.v : slot;
  if (v !== undefined) d.map.set(strKey(name), { key: name, value: v });
}

function sortedKeys(ns: PyValue): PyList {
  const items = iterToArray(ns);
  sortItems(items, null, false);
  return new PyList(items);
}

export function namespaceBuiltins(): [string, PyValue][] {
  return [
    ['globals', defNative('globals', '()', () => namespaceDict(callerFrame().globals))],
    ['locals', defNative('locals', '()', () => frameLocals(callerFrame()))],
    ['vars', defNative('vars', '([object], /)', ([o]) => (o === undefined ? frameLocals(callerFrame()) : varsOf(o)))],
    [
      'dir',
      defNative('dir', '([object], /)', ([o]) => (o === undefined ? sortedKeys(frameLocals(callerFrame())) : dirOf(o))),
    ],
  ];
}

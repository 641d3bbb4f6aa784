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
import { isGenexpScope, type Scope } from './scope';
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
  if (f.inlinedIn !== null) return inlinedLocals(f);
  if (f.ns !== null) return namespaceDict(f.ns);
  if (f.code.scope.kind === 'module') return namespaceDict(f.globals);
  return fastLocals(f, []);
}

/**
 * locals() in a list, set or dict comprehension inlined from 3.12 (PEP 709): its variables are
 * the enclosing frame's. In a function (or generator expression) they are among that frame's
 * locals; in a module or class body 3.12 shows them with a copy of the namespace, 3.13 alone.
 */
function inlinedLocals(f: Frame): PyValue {
  const comps: Frame[] = [];
  let root = f;
  for (let up = f.inlinedIn; up !== null; up = root.inlinedIn) {
    comps.unshift(root);
    root = up;
  }
  if (root.code.scope.kind === 'function' || root.code.scope.kind === 'comprehension') return fastLocals(root, comps);
  const d = new PyDict();
  if (run.minor < 13) for (const [k, e] of namespaceDict(root.ns ?? root.globals).map) d.map.set(k, e);
  putComprehensions(d, comps);
  return d;
}

/**
 * A function frame's locals in CPython's order; `comps`: the inlined comprehensions running in it
 * (outermost first), whose variables come after the locals bound before them.
 */
function fastLocals(f: Frame, comps: Frame[]): PyDict {
  const sc = f.code.scope;
  // Before 3.13 (PEP 667) a function's locals() is one dict per frame, brought up to date at each
  // call: names exec() added stay, names no longer bound go (an inlined comprehension's too).
  let d: PyDict;
  if (run.minor < 13) {
    d = frameDicts.get(f) ?? new PyDict();
    frameDicts.set(f, d);
    for (const name of sc.slots.keys()) d.map.delete(strKey(name));
    for (const name of sc.freeSlots.keys()) d.map.delete(strKey(name));
    for (const name of inlinedNames(sc)) d.map.delete(strKey(name));
  } else d = new PyDict();
  const early = comps.length === 0 ? null : new Set([...sc.assigned].slice(0, comps[0].code.scope.boundBefore));
  let placed = comps.length === 0;
  const cellsLast: [string, number][] = [];
  for (const [name, i] of sc.slots) {
    if (sc.cells.has(name) && !isParam(f, name)) {
      cellsLast.push([name, i]);
      continue;
    }
    if (!placed && !early!.has(name)) placed = putComprehensions(d, comps);
    put(d, name, f.locals[i]);
  }
  if (!placed) putComprehensions(d, comps);
  for (const [name, i] of cellsLast) put(d, name, f.locals[i]);
  for (const [name, j] of sc.freeSlots) put(d, name, f.free[j]);
  return d;
}

/** The variables of inlined comprehensions (their own, not the `.0` Loopline keeps their first iterator in). */
function putComprehensions(d: PyDict, comps: Frame[]): true {
  for (const c of comps) for (const [name, i] of c.code.scope.slots) if (name !== '.0') put(d, name, c.locals[i]);
  return true;
}

/** The variables of the comprehensions inlined in scope `sc` (3.12+), nested ones too. */
function inlinedNames(sc: Scope): string[] {
  if (run.minor < 12) return [];
  const out: string[] = [];
  for (const c of sc.children)
    if (c.kind === 'comprehension' && !isGenexpScope(c)) {
      for (const name of c.slots.keys()) if (name !== '.0') out.push(name);
      out.push(...inlinedNames(c));
    }
  return out;
}

/**
 * Whether a comprehension inlined from 3.12 reads its frame's names (locals(), vars(), dir(),
 * eval(), exec()), itself or through one inlined in it: then its frame links to the enclosing one.
 */
export function readsEnclosingFrame(sc: Scope): boolean {
  for (const name of FRAME_BUILTINS) if (sc.used.has(name)) return true;
  return sc.children.some((c) => c.kind === 'comprehension' && !isGenexpScope(c) && readsEnclosingFrame(c));
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

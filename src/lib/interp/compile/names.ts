/**
 * Names: where a load or store goes (fast local slot, cell, free variable, class namespace,
 * globals, builtins), decided at compile time from the scope analysis.
 */
import { type PyCell, type PyExc, pyError, type PyValue, type SourceSpan } from '../../runtime/core';
import { located } from './positions';
import { run } from '../../runtime/run';
import { interpreter } from '../state';
import { dropValue } from '../drops';
import { unsimulatedStarName } from '../../runtime/star-names';
import type { X, Assign, CompileContext } from './context';
import type { Frame } from '../frame';
import { seesClassCell } from '../scope';

export function unbound(name: string): PyExc {
  return pyError('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
}

export function nameError(name: string): PyExc {
  const e = pyError('NameError', `name '${name}' is not defined`);
  e.exc.dict!.set('name', name);
  return e;
}

/**
 * A global name found neither in the module nor in the builtins: NameError, or NotSimulatedError
 * for one an `import *` left unbound because Loopline does not simulate it (runtime/star-names.ts).
 */
export function missingGlobal(globals: Map<string, PyValue>, name: string): PyExc {
  return unsimulatedStarName(globals, name) ?? nameError(name);
}

export function freeUnbound(name: string): PyExc {
  return pyError(
    'NameError',
    `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
  );
}

/** A name's load; `span` (the program's code): where a NameError or UnboundLocalError comes from, for caret lines. */
export function loadName(cx: CompileContext, name: string, span: SourceSpan | null = null): X {
  const sc = cx.scope;
  const j = sc.freeSlots.get('__classdict__');
  if (sc.canSeeClass && j !== undefined && !sc.slots.has(name)) {
    // PEP 695's annotation scope in a class body: the class's namespace first (scope.ts canSeeClass).
    const outer = loadOutside(cx, name, span);
    return (f) => {
      const v = (f.free[j].v as unknown as Map<string, PyValue>).get(name);
      return v === undefined ? outer(f) : v;
    };
  }
  return loadOutside(cx, name, span);
}

function loadOutside(cx: CompileContext, name: string, span: SourceSpan | null): X {
  const sc = cx.scope;
  if (sc.kind === 'function' || sc.kind === 'comprehension') {
    if (sc.slots.has(name) && !sc.globals.has(name)) {
      const i = sc.slots.get(name)!;
      if (sc.cells.has(name))
        return (f) => {
          const v = (f.locals[i] as PyCell).v;
          if (v === undefined) throw at(unbound(name), span);
          return v;
        };
      return (f) => {
        const v = f.locals[i] as PyValue | undefined;
        if (v === undefined) throw at(unbound(name), span);
        return v;
      };
    }
  }
  if (sc.freeSlots.has(name)) {
    const j = sc.freeSlots.get(name)!;
    return (f) => {
      const v = f.free[j].v;
      if (v === undefined) throw at(freeUnbound(name), span);
      return v;
    };
  }
  if (name === '__class__' && seesClassCell(sc)) {
    // A method's implicit __class__ cell (a nested function's or comprehension's too): the class
    // whose body defined it; empty while that body runs.
    return (f) => {
      const cls = f.ownerClass;
      if (cls === null) throw at(freeUnbound(name), span);
      return cls;
    };
  }
  if (sc.kind === 'class' && !sc.globals.has(name)) {
    return (f) => {
      // `None` is null: test for undefined (missing), never with `??`.
      let v = f.ns!.get(name);
      if (v === undefined) v = f.globals.get(name);
      if (v === undefined) v = run.get(interpreter).builtins.get(name);
      if (v === undefined) throw at(missingGlobal(f.globals, name), span);
      return v;
    };
  }
  return (f) => {
    let v = f.globals.get(name);
    if (v === undefined) v = run.get(interpreter).builtins.get(name);
    if (v === undefined) throw at(missingGlobal(f.globals, name), span);
    return v;
  };
}

/** The error, marked as raised at `span` (when known). */
function at(e: PyExc, span: SourceSpan | null): PyExc {
  return span === null ? e : located(e, span);
}

export function storeName(cx: CompileContext, name: string): Assign {
  const store = storeNamePlain(cx, name);
  if (!cx.user) return store;
  // In the program's code, rebinding a name lets go of the value it held.
  const load = peekName(cx, name);
  return (f, v) => {
    const old = load(f);
    store(f, v);
    dropValue(old);
  };
}

/** The value a name holds now in this scope, or undefined (no error when unbound). */
function peekName(cx: CompileContext, name: string): (f: Frame) => PyValue | undefined {
  const sc = cx.scope;
  if ((sc.kind === 'function' || sc.kind === 'comprehension') && sc.slots.has(name) && !sc.globals.has(name)) {
    const i = sc.slots.get(name)!;
    if (sc.cells.has(name)) return (f) => (f.locals[i] as PyCell).v;
    return (f) => f.locals[i] as PyValue | undefined;
  }
  if (sc.freeSlots.has(name) && (sc.nonlocals.has(name) || sc.kind === 'comprehension')) {
    const j = sc.freeSlots.get(name)!;
    return (f) => f.free[j].v;
  }
  if (sc.kind === 'class' && !sc.globals.has(name)) return (f) => f.ns!.get(name);
  return (f) => f.globals.get(name);
}

function storeNamePlain(cx: CompileContext, name: string): Assign {
  const sc = cx.scope;
  if ((sc.kind === 'function' || sc.kind === 'comprehension') && sc.slots.has(name) && !sc.globals.has(name)) {
    const i = sc.slots.get(name)!;
    if (sc.cells.has(name))
      return (f, v) => {
        (f.locals[i] as PyCell).v = v;
      };
    return (f, v) => {
      f.locals[i] = v;
    };
  }
  if (sc.freeSlots.has(name) && (sc.nonlocals.has(name) || sc.kind === 'comprehension')) {
    const j = sc.freeSlots.get(name)!;
    return (f, v) => {
      f.free[j].v = v;
    };
  }
  if (sc.kind === 'class' && !sc.globals.has(name))
    return (f, v) => {
      f.ns!.set(name, v);
    };
  return (f, v) => {
    f.globals.set(name, v);
  };
}

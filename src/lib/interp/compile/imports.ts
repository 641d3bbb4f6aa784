/** `import` and `from ... import` (they cannot suspend: there is no suspending form). */
import type * as ir from '../../ir/types';
import { PyExc, getExcClass, pyError, typeName, type PyModule, type PyValue } from '../../runtime/core';
import { NORMAL } from '../frame';
import { run } from '../../runtime/run';
import { importModule } from '../state';
import { getattr, getattrOpt, iterToArray, unsimulatedNames } from '../../runtime/ops';
import { hiddenNames, shownNames } from '../../runtime/hidden-names';
import type { S, CompileContext } from './context';
import { storeName } from './names';
import { fillAll } from '../../runtime/lazy-names';
import { cpythonVars } from '../../runtime/module-vars';
import { noteUnsimulatedStarName } from '../../runtime/star-names';

export function compileImport(cx: CompileContext, s: ir.Import): S {
  const parts = s.names.map((n) => {
    const top = n.name.split('.')[0];
    return { full: n.name, store: storeName(cx, n.asname ?? top), asname: n.asname };
  });
  return (f) => {
    for (const p of parts) {
      const m = importModule(p.full);
      p.store(f, p.asname ? m : importModule(p.full.split('.')[0]));
    }
    return NORMAL;
  };
}

export function compileImportFrom(cx: CompileContext, s: ir.ImportFrom): S {
  const names = s.names.map((n) => ({
    name: n.name,
    store: n.name === '*' ? null : storeName(cx, n.asname ?? n.name),
  }));
  const modName = s.module;
  return (f) => {
    const m = importModule(modName);
    for (const n of names) {
      if (n.store === null) {
        importStar(m, f.globals);
        continue;
      }
      const v = m.dict!.get(n.name) ?? moduleAttribute(m, n.name);
      if (v === undefined) {
        let sub: PyValue | undefined;
        try {
          sub = importModule(modName + '.' + n.name);
        } catch (e) {
          // A standard-library submodule Loopline lacks says so (ImportError), where a missing one
          // (ModuleNotFoundError) is CPython's "cannot import name".
          if (e instanceof PyExc && e.exc.cls === getExcClass('ImportError')) throw e;
          sub = undefined;
        }
        if (sub === undefined) {
          const unsimulated = unsimulatedNames.find?.(m, n.name);
          if (unsimulated)
            throw pyError(
              'ImportError',
              `cannot import name '${n.name}' from '${modName}': ${unsimulated} is not simulated in Loopline`,
            );
          // The module's file, as CPython names it (a module built from C has none).
          const file = m.dict!.get('__file__');
          const where = typeof file === 'string' ? file : 'unknown location';
          // The module as it names itself (os.path is 'posixpath').
          const own = m.dict!.get('__name__');
          const pkg = typeof own === 'string' ? own : '<unknown module name>';
          const err = pyError('ImportError', `cannot import name '${n.name}' from '${pkg}' (${where})`);
          // ImportError's fields, as CPython's import_from sets them (name_from from 3.12).
          const fields = err.exc.dict!;
          fields.set('name', pkg);
          fields.set('path', typeof file === 'string' ? file : null);
          if (run.minor >= 12) fields.set('name_from', n.name);
          throw err;
        }
        n.store(f, sub);
      } else n.store(f, v);
    }
    return NORMAL;
  };
}

/**
 * `from m import *`: the names of `m.__all__` (each read as getattr reads it), else the module's
 * names that do not start with '_' (its hidden helpers left out: runtime/hidden-names.ts).
 */
function importStar(m: PyModule, globals: Map<string, PyValue>): void {
  fillAll(m);
  // A module's own __all__ that CPython's lacks is one of its hidden helpers (decimal's).
  const all = hiddenNames(m.dict!)?.has('__all__') ? undefined : m.dict!.get('__all__');
  if (all === undefined) {
    for (const k of [...shownNames(m.dict!)]) if (!k.startsWith('_')) globals.set(k, m.dict!.get(k)!);
    // CPython's module has public names Loopline's lacks: they are noted as not simulated.
    for (const k of cpythonVars(m.name) ?? [])
      if (!k.startsWith('_') && !m.dict!.has(k)) noteUnsimulated(m, k, globals);
    return;
  }
  for (const name of iterToArray(all)) {
    if (typeof name !== 'string')
      throw pyError('TypeError', `Item in ${m.name}.__all__ must be str, not ${typeName(name)}`);
    const v = m.dict!.get(name) ?? moduleAttribute(m, name);
    // A name CPython has there and Loopline does not simulate is left unbound, and noted so that
    // its use says so (the rest of the import runs); any other missing name is CPython's error.
    if (v === undefined && noteUnsimulated(m, name, globals)) continue;
    globals.set(name, v ?? getattr(m, name));
  }
}

/** Notes `name` of `globals` as not simulated if it is a name of CPython's `m` Loopline lacks; whether it is. */
function noteUnsimulated(m: PyModule, name: string, globals: Map<string, PyValue>): boolean {
  const dotted = unsimulatedNames.find?.(m, name);
  if (!dotted) return false;
  noteUnsimulatedStarName(globals, name, dotted);
  return true;
}

/**
 * A name the module's dict lacks, as getattr finds it (a module's __getattr__, a lazy attribute
 * such as sys.float_info); undefined when that raises AttributeError, as CPython's import_from
 * then goes on to look for a submodule.
 */
function moduleAttribute(m: PyModule, name: string): PyValue | undefined {
  try {
    return getattrOpt(m, name);
  } catch (e) {
    const cls = e instanceof PyExc ? e.exc.cls : null;
    if (cls?.isSubclassOf(getExcClass('AttributeError')) || cls?.name === 'NotSimulatedError') return undefined;
    throw e;
  }
}

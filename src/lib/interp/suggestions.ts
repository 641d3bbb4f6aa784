/**
 * The hint CPython adds to the line of a NameError, AttributeError or ImportError ("Did you mean:
 * 'print'?", "Did you mean: 'self.count'?", "Did you forget to import 'sys'?"), computed as each
 * version computes it where the line is written:
 * - `uncaught`: the interpreter printing an exception nobody caught (also a thread's, a child's).
 *   3.11 and 3.12 do it in C, for those three exact classes: a function's local variable names,
 *   then the globals, then the builtins, each searched on its own (3.11: no ImportError, no `self.`,
 *   no import hint). From 3.13 the traceback module's code does it.
 * - `traceback`: the traceback module formatting an exception with its traceback (3.12 on; 3.12's
 *   Python search takes no candidate further away than the name is long). The innermost frame's
 *   bound locals, globals and builtins in one list; from 3.13 an attribute's `_names` are left out
 *   unless the name asked for starts with `_` or the object is the frame's `self`.
 * - `line`: traceback.format_exception_only(exc), which has no traceback: no NameError suggestion.
 */
import { getExcClass, type PyModule, type PyExceptionObject, type PyValue } from '../runtime/core';
import { getattrOpt, repr } from '../runtime/ops';
import { run } from '../runtime/run';
import { dirOf } from '../runtime/dir';
import { suggestName } from '../runtime/suggest';
import { stdlibModuleNames } from '../ir/stdlib-module-names';
import { interpreter } from './state';
import type { Frame } from './frame';
import { localsEntries } from './frame-objects';

export type HintSite = 'uncaught' | 'traceback' | 'line';

/** The text to add after the exception's message ('' for none). */
export function hintFor(e: PyExceptionObject, site: HintSite): string {
  const minor = run.minor;
  if (site === 'uncaught' && minor <= 12) return interpreterHint(e, minor);
  if (minor <= 11) return '';
  return tracebackModuleHint(e, site === 'line' ? null : innermostFrame(e), minor);
}

/** One of the exception's attributes (name, obj, name_from); None when unset. */
function attribute(e: PyExceptionObject, key: string): PyValue {
  return e.dict?.get(key) ?? null;
}

function innermostFrame(e: PyExceptionObject): Frame | null {
  const entry = e.traceback.length ? e.traceback[0] : e.caughtAt;
  return (entry?.frame as Frame | undefined) ?? null;
}

/** dir(obj)'s names, or null when dir() fails. */
function dirNames(obj: PyValue): string[] | null {
  try {
    return dirOf(obj).items.filter((n): n is string => typeof n === 'string');
  } catch {
    return null;
  }
}

function hasAttribute(obj: PyValue, name: string): boolean {
  try {
    return getattrOpt(obj, name) !== undefined;
  } catch {
    return false;
  }
}

/** A module the run has imported (sys.modules; also by the name it gives itself, as os.path's 'posixpath'), or null. */
function importedModule(name: string): PyModule | null {
  const modules = run.get(interpreter).modules;
  return modules.get(name) ?? [...modules.values()].find((m) => m.dict?.get('__name__') === name) ?? null;
}

/** A function frame's local variable names (co_varnames), bound or not; none for module and class code. */
function varnames(fr: Frame): string[] {
  const sc = fr.code.scope;
  return fr.ns !== null || sc.kind === 'module' ? [] : [...sc.slots.keys()];
}

/** f_locals[name] (undefined: not there). */
function localValue(fr: Frame, name: string): PyValue | undefined {
  return localsEntries(fr).find(([n]) => n === name)?.[1];
}

/** f_locals' keys. */
function boundLocals(fr: Frame): string[] {
  return localsEntries(fr).map(([n]) => n);
}

/** ". Did you mean: 'x'?" ('' for no suggestion), the name written by `quote`. */
function mean(suggestion: string | null, quote: (s: string) => string): string {
  return suggestion === null ? '' : `. Did you mean: ${quote(suggestion)}?`;
}

/** The traceback module's quoting: plain quotes, not repr. */
const inQuotes = (s: string): string => `'${s}'`;

const builtinNames = (): string[] => [...run.get(interpreter).builtins.keys()];

/** 3.11's and 3.12's C code (Python/suggestions.c), run for the exact classes only. */
function interpreterHint(e: PyExceptionObject, minor: number): string {
  const cls = e.cls;
  const name = attribute(e, 'name');
  if (cls === getExcClass('AttributeError')) {
    if (typeof name !== 'string' || !e.dict?.has('obj')) return '';
    const names = dirNames(attribute(e, 'obj'));
    return names === null ? '' : mean(suggestName(names, name), repr);
  }
  if (cls === getExcClass('ImportError')) {
    const from = attribute(e, 'name_from');
    if (minor < 12 || typeof name !== 'string' || typeof from !== 'string') return '';
    const mod = importedModule(name);
    const names = mod === null ? null : dirNames(mod);
    return names === null ? '' : mean(suggestName(names, from), repr);
  }
  if (cls !== getExcClass('NameError') || typeof name !== 'string') return '';
  const fr = innermostFrame(e);
  if (fr === null) return '';
  const suggestion = ((): string | null => {
    const locals = varnames(fr);
    if (minor >= 12 && locals.includes('self')) {
      const self = localValue(fr, 'self');
      if (self === undefined) return null;
      if (hasAttribute(self, name)) return `self.${name}`;
    }
    return suggestName(locals, name) ?? suggestName([...fr.globals.keys()], name) ?? suggestName(builtinNames(), name);
  })();
  if (minor < 12 || !stdlibModuleNames(minor).has(name)) return mean(suggestion, repr);
  const forgot = `did you forget to import ${repr(name)}?`;
  return suggestion === null ? `. D${forgot.slice(1)}` : `${mean(suggestion, repr)} Or ${forgot}`;
}

/** The traceback module's (TracebackException's) hint, from 3.12; `fr`: the innermost frame of its traceback. */
function tracebackModuleHint(e: PyExceptionObject, fr: Frame | null, minor: number): string {
  const isA = (c: string) => e.cls.isSubclassOf(getExcClass(c));
  const from = attribute(e, 'name_from');
  const name = attribute(e, 'name');
  const pick = (names: string[] | null, wrong: string) =>
    names === null ? null : suggestName(names, wrong, minor === 12);
  const visible = (names: string[] | null, wrong: string, self: boolean) =>
    names !== null && minor >= 13 && !wrong.startsWith('_') && !self ? names.filter((n) => !n.startsWith('_')) : names;
  if (isA('ImportError') && from !== null) {
    if (typeof from !== 'string' || typeof name !== 'string') return '';
    // __import__(name) gives the top package of a dotted name.
    const mod = importedModule(name.split('.')[0]);
    return mean(pick(visible(mod === null ? null : dirNames(mod), from, false), from), inQuotes);
  }
  if (!(isA('NameError') || isA('AttributeError')) || name === null) return '';
  if (typeof name !== 'string') return '';
  let suggestion: string | null = null;
  if (isA('AttributeError')) {
    const obj = attribute(e, 'obj');
    const self = fr !== null && localValue(fr, 'self') === obj;
    suggestion = pick(visible(dirNames(obj), name, self), name);
  } else if (fr !== null) {
    const self = boundLocals(fr).includes('self') ? localValue(fr, 'self') : undefined;
    suggestion =
      self !== undefined && hasAttribute(self, name)
        ? `self.${name}`
        : pick([...boundLocals(fr), ...fr.globals.keys(), ...builtinNames()], name);
  }
  let hint = mean(suggestion, inQuotes);
  if (isA('NameError') && stdlibModuleNames(minor).has(name)) {
    const mark = minor >= 13 ? '?' : '';
    hint +=
      suggestion === null
        ? `. Did you forget to import '${name}'${mark}`
        : ` Or did you forget to import '${name}'${mark}`;
  }
  return hint;
}

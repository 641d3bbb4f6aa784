/**
 * A 3.14 class body's annotations (PEP 649): kept unevaluated in the class's `__annotate_func__`,
 * which evaluates them when `__annotations__` is first read (runtime/class-annotations.ts).
 */
import { PyDict, PyExc, PyNativeFunction, getExcClass, native, pyError, type PyValue } from '../runtime/core';
import { setitem } from '../runtime/ops';
import { VALUE, FORWARDREF, STRING } from '../runtime/class-annotations';

interface Annotation {
  name: string;
  /** The annotation's source text. */
  text: string;
  /** Evaluates it in the class body's scope. */
  value: () => PyValue;
}

/** The annotations each class body's `__annotate_func__` evaluates, in the order the body met them. */
const pending = new WeakMap<PyNativeFunction, Annotation[]>();

function annotateFunction(qualname: string, entries: Annotation[]): PyNativeFunction {
  return native(
    '__annotate__',
    ([format = VALUE]) => {
      if (format !== VALUE && format !== FORWARDREF && format !== STRING) throw pyError('NotImplementedError');
      const d = new PyDict();
      for (const a of entries) setitem(d, a.name, format === STRING ? a.text : evaluate(a, format === FORWARDREF));
      return d;
    },
    `${qualname}.__annotate__`,
  );
}

/** FORWARDREF: a name not defined yet leaves the annotation as its text (CPython makes a ForwardRef of it). */
function evaluate(a: Annotation, forward: boolean): PyValue {
  if (!forward) return a.value();
  try {
    return a.value();
  } catch (e) {
    if (e instanceof PyExc && e.exc.cls.isSubclassOf(getExcClass('NameError'))) return a.text;
    throw e;
  }
}

/** A 3.14 class body met `name: annotation`: keep it for `__annotate_func__`, unevaluated. */
export function noteClassAnnotation(ns: Map<string, PyValue>, qualname: string, a: Annotation): void {
  const fn = ns.get('__annotate_func__');
  let entries = fn instanceof PyNativeFunction ? pending.get(fn) : undefined;
  if (entries === undefined) {
    entries = [];
    const made = annotateFunction(qualname, entries);
    pending.set(made, entries);
    ns.set('__annotate_func__', made);
  }
  entries.push(a);
}

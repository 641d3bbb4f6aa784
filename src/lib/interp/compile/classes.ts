/** `class`: bases, keywords, decorators and the class body run in its own namespace. */
import type * as ir from '../../ir/types';
import { PyClass, PyExc, PyTuple, type PyValue, type TracebackEntry } from '../../runtime/core';
import { asMemoryError } from '../../runtime/memory';
import { call } from '../../runtime/ops';
import { run } from '../../runtime/run';
import { Frame, NORMAL, type Code } from '../frame';
import { failedAt } from '../frame-error';
import { frameStack } from '../drops';
import { buildClass, prepareNamespace } from '../classes';
import type { S, CompileContext } from './context';
import { storeName } from './names';
import { docstringFor } from '../docstrings';
import { libraryDocumented } from '../../runtime/builtin-docs';
import { closureLoader } from './functions';
import { collectClassFunctions, fillClassCell } from '../class-cell';
import { staticAttributes } from './static-attributes';
import { compileAnnotationScope, typingHelper } from './type-params';
import { endClassAnnotations } from '../class-annotate';

export function compileClassDef(cx: CompileContext, s: ir.ClassDef): S {
  const decos = s.decorators.map((d) => cx.expr(d));
  const decoAt = s.decorators.map((d) => (cx.positions ? d.span : null));
  const store = storeName(cx, s.name);
  const label = `<generic parameters of ${s.pyName ?? s.name}>`;
  const at = cx.positions ? s.classSpan : null;
  // A generic class's bases and body are in its type parameters' annotation scope (type-params.ts).
  const [typeScope, make] = s.typeParams
    ? compileAnnotationScope(cx, s.typeParams, label, s.span.line, () => classMaker(cx, s))
    : [null, classMaker(cx, s)];
  return (f) => {
    const decoVals = decos.map((d) => d(f));
    let cls: PyValue;
    if (typeScope === null) cls = make(f, null);
    else {
      f.pos = at;
      cls = typeScope.run(f, (af, typeParams) => make(af, typeParams));
    }
    for (let i = decoVals.length - 1; i >= 0; i--) {
      f.pos = decoAt[i];
      cls = call(decoVals[i], [cls], null);
    }
    store(f, cls);
    return NORMAL;
  };
}

/** Evaluates the bases and runs the body, in `f` (a generic class's annotation scope); makes the class. */
function classMaker(cx: CompileContext, s: ir.ClassDef): (f: Frame, typeParams: PyTuple | null) => PyValue {
  const sc = cx.scopes.get(s)!;
  const bases = s.bases.map((b) => cx.expr(b));
  const kws = s.keywords.map((k) => ({ name: k.name, x: cx.expr(k.value) }));
  const saved = { scope: cx.scope, code: cx.code, prefix: cx.qualPrefix };
  const qualname = cx.qualPrefix + (s.pyName ?? s.name);
  cx.scope = sc;
  cx.qualPrefix = qualname + '.';
  let body: S;
  try {
    body = cx.block(s.body);
  } finally {
    cx.scope = saved.scope;
    cx.code = saved.code;
    cx.qualPrefix = saved.prefix;
  }
  const closure = closureLoader(cx, sc);
  const name = s.pyName ?? s.name;
  const code: Code = {
    name,
    qualname,
    user: cx.user,
    firstLine: s.span.line,
    scope: sc,
    kind: 'function',
    nlocals: 0,
    cellSlots: [],
  };
  const doc = s.docstring;
  const selfStores = s.selfStores ?? staticAttributes(s.body);
  const firstLine = BigInt(s.span.line);
  const moduleName = cx.moduleName;
  // CPython locates the class's creation at the statement from its `class` keyword (a metaclass
  // or its __prepare__ failing; 3.13 prints every line of it), each decorator's call at the decorator.
  const at = cx.positions ? s.classSpan : null;
  return (f, typeParams) => {
    // CPython subscripts Generic with the type parameters before it evaluates the bases.
    const generic = typeParams === null ? null : call(typingHelper('_generic_base'), [typeParams], null);
    const baseVals = bases.map((b) => b(f));
    if (generic !== null) baseVals.push(generic);
    const kw = new Map(kws.map((k) => [k.name, k.x(f)]));
    f.pos = at;
    const prepared = prepareNamespace(name, baseVals, kw);
    const ns = new Map<string, PyValue>();
    if (prepared !== null) for (const e of prepared.map.values()) if (typeof e.key === 'string') ns.set(e.key, e.value);
    ns.set('__module__', moduleName);
    ns.set('__qualname__', qualname);
    // 3.13 records the class statement's first line in the namespace before the body runs.
    if (run.minor >= 13) ns.set('__firstlineno__', firstLine);
    if (typeParams !== null) ns.set('__type_params__', typeParams);
    // A library class's docstring stands where CPython's class has one, else it is a note for the
    // source's readers (runtime/builtin-docs.ts).
    if (doc !== null && (code.user || libraryDocumented(`${moduleName}.${qualname}`)))
      ns.set('__doc__', docstringFor(doc));
    const cf = new Frame(code, [], closure(f), f.globals, ns);
    collectClassFunctions(cf);
    // The body runs in a frame of its own, on the stack as CPython's is: what its namespace holds
    // is reachable while it runs (a weak reference made to a class attribute stays alive).
    const frames = run.get(frameStack);
    frames.push(cf);
    try {
      body(cf);
    } catch (thrown) {
      const e = thrown instanceof RangeError ? asMemoryError(thrown) : thrown;
      if (e instanceof PyExc) {
        const entry: TracebackEntry = { name, line: cf.line, user: code.user, frame: cf, back: f };
        const pos = failedAt(e.exc, cf);
        if (pos !== null) {
          entry.line = pos.line;
          entry.pos = pos;
        }
        e.exc.traceback.push(entry);
      }
      throw e;
    } finally {
      frames.pop();
    }
    // 3.14's body ends by keeping its annotations' function (PEP 649).
    if (run.minor >= 14) endClassAnnotations(cf, sc, qualname, ns);
    // 3.13's compiler ends the body by storing what it saw assigned as `self.NAME`.
    if (run.minor >= 13) ns.set('__static_attributes__', new PyTuple(selfStores));
    f.pos = at;
    const cls: PyValue = buildClass(name, qualname, baseVals, ns, kw, prepared);
    if (cls instanceof PyClass) fillClassCell(cf, cls);
    return cls;
  };
}

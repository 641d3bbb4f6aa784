/**
 * Symbol tables: which names are locals (array slots), cells, free variables or globals in each
 * scope, following Python's rules (assignment makes a name local; `global`/`nonlocal` override;
 * class bodies do not enclose their methods).
 */
import type * as ir from '../ir/types';

export type ScopeKind = 'module' | 'function' | 'class' | 'comprehension';

export class Scope {
  assigned = new Set<string>();
  used = new Set<string>();
  globals = new Set<string>();
  nonlocals = new Set<string>();
  children: Scope[] = [];
  /** Names this scope reads from an enclosing function scope. */
  free = new Set<string>();
  /** Locals that nested scopes capture. */
  cells = new Set<string>();
  /** Local name → slot. Params come first, in order. */
  slots = new Map<string, number>();
  /** Free name → index into the function's closure array. */
  freeSlots = new Map<string, number>();
  hasYield = false;
  hasAwait = false;
  /**
   * PEP 695's annotation scopes in a class body (type parameters, their bounds and defaults, a
   * `type` alias's value) read the class's namespace first: through the hidden free variable
   * `__classdict__`, as CPython's do.
   */
  canSeeClass = false;
  /**
   * The body, or a function, lambda or comprehension nested in it, reads the `__class__` cell
   * (zero-argument super(), the name `__class__`): its frames carry their class (Frame.ownerClass).
   */
  classCell = false;
  /**
   * A comprehension's: how many names its parent had bound when it was met, in source order (an
   * inlined comprehension's variables come after those among the frame's locals, from 3.12).
   */
  boundBefore = 0;
  /** The `super()` calls whose result's attribute is read (`super().f`): CPython 3.12's LOAD_SUPER_ATTR form. */
  superAttrCalls: Set<ir.Call> | null = null;
  constructor(
    public kind: ScopeKind,
    public parent: Scope | null,
    public node: object | null,
  ) {}

  isLocal(name: string): boolean {
    return (this.kind === 'function' || this.kind === 'comprehension') && this.slots.has(name);
  }
}

/** Analyse a module; returns the module scope and a map from def/lambda/class/comprehension nodes to scopes. */
export function analyze(mod: ir.Module): { root: Scope; scopes: Map<object, Scope> } {
  const scopes = new Map<object, Scope>();
  const root = new Scope('module', null, mod);
  scopes.set(mod, root);
  const b = new Builder(scopes);
  b.stmts(mod.body, root);
  resolve(root);
  return { root, scopes };
}

class Builder {
  constructor(private scopes: Map<object, Scope>) {}

  newScope(kind: ScopeKind, parent: Scope, node: object): Scope {
    const s = new Scope(kind, parent, node);
    parent.children.push(s);
    this.scopes.set(node, s);
    return s;
  }

  /** Parameters of a def or lambda: defaults evaluated in `outer`, annotations in `annScope`. */
  params(p: ir.Params, s: Scope, outer: Scope, annScope: Scope = outer): void {
    // Slots: named parameters first (positional-only, positional, keyword-only) so that
    // ParamInfo.names[i] is slot i; then *args and **kwargs.
    const all = [...p.posonly, ...p.args, ...p.kwonly, ...(p.vararg ? [p.vararg] : []), ...(p.kwarg ? [p.kwarg] : [])];
    for (const a of all) {
      s.assigned.add(a.name);
      s.slots.set(a.name, s.slots.size);
      if (a.default) this.expr(a.default, outer);
      if (a.annotation) this.expr(a.annotation, annScope);
    }
  }

  /** A hidden function scope (PEP 695's annotation scopes), seeing its class's names when in one. */
  private annotationScope(parent: Scope, key: object): Scope {
    const s = this.newScope('function', parent, key);
    s.canSeeClass = parent.kind === 'class' || parent.canSeeClass;
    return s;
  }

  /** The annotation scope of a generic def, class or alias: its type parameters, their lazy bounds and defaults. */
  private typeParams(params: ir.TypeParam[], parent: Scope): Scope {
    const s = this.annotationScope(parent, params);
    for (const tp of params) {
      s.assigned.add(tp.name);
      for (const lazy of [tp.bound, tp.default]) if (lazy) this.expr(lazy, this.annotationScope(s, lazy));
    }
    return s;
  }

  stmts(body: ir.Stmt[], s: Scope): void {
    for (const st of body) this.stmt(st, s);
  }

  target(t: ir.Expr, s: Scope): void {
    switch (t.type) {
      case 'Name':
        s.assigned.add(t.id);
        return;
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.target(e, s);
        return;
      case 'Starred':
        this.target(t.value, s);
        return;
      default:
        this.expr(t, s);
    }
  }

  stmt(st: ir.Stmt, s: Scope): void {
    switch (st.type) {
      case 'Expr':
        this.expr(st.value, s);
        return;
      case 'Assign':
        this.expr(st.value, s);
        for (const t of st.targets) this.target(t, s);
        return;
      case 'AugAssign':
        this.expr(st.value, s);
        this.target(st.target, s);
        if (st.target.type === 'Name') s.used.add(st.target.id);
        return;
      case 'AnnAssign':
        if (st.value) this.expr(st.value, s);
        this.expr(st.annotation, s);
        if (st.target.type === 'Name') {
          // A bare annotation `x: int` still makes x local in a function.
          s.assigned.add(st.target.id);
        } else this.expr(st.target, s);
        return;
      case 'FunctionDef': {
        for (const d of st.decorators) this.expr(d, s);
        const ann = st.typeParams ? this.typeParams(st.typeParams, s) : s;
        if (st.returns) this.expr(st.returns, ann);
        s.assigned.add(st.name);
        const fs = this.newScope('function', ann, st);
        this.params(st.params, fs, s, ann);
        this.stmts(st.body, fs);
        return;
      }
      case 'ClassDef': {
        for (const d of st.decorators) this.expr(d, s);
        const ann = st.typeParams ? this.typeParams(st.typeParams, s) : s;
        for (const bse of st.bases) this.expr(bse, ann);
        for (const k of st.keywords) this.expr(k.value, ann);
        s.assigned.add(st.name);
        const cs = this.newScope('class', ann, st);
        this.stmts(st.body, cs);
        return;
      }
      case 'TypeAlias': {
        s.assigned.add(st.name);
        const ann = st.typeParams ? this.typeParams(st.typeParams, s) : s;
        this.expr(st.value, this.annotationScope(ann, st));
        return;
      }
      case 'Return':
        if (st.value) this.expr(st.value, s);
        return;
      case 'If':
      case 'While':
        this.expr(st.test, s);
        this.stmts(st.body, s);
        this.stmts(st.orelse, s);
        return;
      case 'For':
        this.expr(st.iter, s);
        this.target(st.target, s);
        if (st.isAsync) s.hasAwait = true;
        this.stmts(st.body, s);
        this.stmts(st.orelse, s);
        return;
      case 'With':
        for (const it of st.items) {
          this.expr(it.context, s);
          if (it.target) this.target(it.target, s);
        }
        if (st.isAsync) s.hasAwait = true;
        this.stmts(st.body, s);
        return;
      case 'Try':
        this.stmts(st.body, s);
        for (const h of st.handlers) {
          if (h.type) this.expr(h.type, s);
          if (h.name) s.assigned.add(h.name);
          this.stmts(h.body, s);
        }
        this.stmts(st.orelse, s);
        this.stmts(st.finalbody, s);
        return;
      case 'Raise':
        if (st.exc) this.expr(st.exc, s);
        if (st.cause) this.expr(st.cause, s);
        return;
      case 'Assert':
        this.expr(st.test, s);
        if (st.msg) this.expr(st.msg, s);
        return;
      case 'Global':
        for (const n of st.names) s.globals.add(n);
        return;
      case 'Nonlocal':
        for (const n of st.names) s.nonlocals.add(n);
        return;
      case 'Delete':
        for (const t of st.targets) this.target(t, s);
        return;
      case 'Import':
        for (const n of st.names) s.assigned.add(n.asname ?? n.name.split('.')[0]);
        return;
      case 'ImportFrom':
        for (const n of st.names) if (n.name !== '*') s.assigned.add(n.asname ?? n.name);
        return;
      case 'Match':
        this.expr(st.subject, s);
        for (const c of st.cases) {
          this.pattern(c.pattern, s);
          if (c.guard) this.expr(c.guard, s);
          this.stmts(c.body, s);
        }
        return;
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
    }
  }

  pattern(p: ir.Pattern, s: Scope): void {
    switch (p.type) {
      case 'MatchValue':
        this.expr(p.value, s);
        return;
      case 'MatchSingleton':
        return;
      case 'MatchSequence':
      case 'MatchOr':
        for (const q of p.patterns) this.pattern(q, s);
        return;
      case 'MatchMapping':
        for (const k of p.keys) this.expr(k, s);
        for (const q of p.patterns) this.pattern(q, s);
        if (p.rest) s.assigned.add(p.rest);
        return;
      case 'MatchClass':
        this.expr(p.cls, s);
        for (const q of [...p.patterns, ...p.kwdPatterns]) this.pattern(q, s);
        return;
      case 'MatchStar':
        if (p.name) s.assigned.add(p.name);
        return;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern, s);
        if (p.name) s.assigned.add(p.name);
        return;
    }
  }

  comprehension(node: ir.Comprehension | ir.DictComp, s: Scope): void {
    // The first iterable is evaluated in the enclosing scope.
    this.expr(node.generators[0].iter, s);
    const cs = this.newScope('comprehension', s, node);
    cs.boundBefore = s.assigned.size;
    cs.slots.set('.0', 0);
    cs.assigned.add('.0');
    node.generators.forEach((g, i) => {
      if (i > 0) this.expr(g.iter, cs);
      this.target(g.target, cs);
      for (const c of g.ifs) this.expr(c, cs);
      if (g.isAsync) cs.hasAwait = true;
    });
    if (node.type === 'DictComp') {
      this.expr(node.key, cs);
      this.expr(node.value, cs);
    } else this.expr(node.elt, cs);
    if (node.type === 'GeneratorExp') cs.hasYield = true;
  }

  expr(e: ir.Expr, s: Scope): void {
    switch (e.type) {
      case 'Name':
        s.used.add(e.id);
        return;
      case 'Const':
        return;
      case 'FString':
        for (const p of e.parts) if (typeof p !== 'string') this.fieldExprs(p, s);
        return;
      case 'BinOp':
        this.expr(e.left, s);
        this.expr(e.right, s);
        return;
      case 'UnaryOp':
        this.expr(e.operand, s);
        return;
      case 'BoolOp':
        for (const v of e.values) this.expr(v, s);
        return;
      case 'Compare':
        this.expr(e.left, s);
        for (const c of e.comparators) this.expr(c, s);
        return;
      case 'Call':
        this.expr(e.func, s);
        for (const a of e.args) this.expr(a.value, s);
        if (e.func.type === 'Name' && e.func.id === 'super') {
          // Zero-argument super() needs __class__ and the first argument; mark them used (a
          // comprehension inlined from 3.12 takes the enclosing function's first argument).
          s.used.add('__class__');
          const arg = inlinedSuperArg(s);
          if (arg !== null) s.used.add(arg);
        }
        return;
      case 'Attribute':
        if (isSuperCall(e.value)) (s.superAttrCalls ??= new Set()).add(e.value);
        this.expr(e.value, s);
        return;
      case 'Subscript':
        this.expr(e.value, s);
        this.expr(e.index, s);
        return;
      case 'Slice':
        if (e.lower) this.expr(e.lower, s);
        if (e.upper) this.expr(e.upper, s);
        if (e.step) this.expr(e.step, s);
        return;
      case 'List':
      case 'Tuple':
      case 'Set':
        for (const x of e.elts) this.expr(x, s);
        return;
      case 'Dict':
        for (const k of e.keys) if (k) this.expr(k, s);
        for (const v of e.values) this.expr(v, s);
        return;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
      case 'DictComp':
        this.comprehension(e, s);
        return;
      case 'Lambda': {
        const ls = this.newScope('function', s, e);
        this.params(e.params, ls, s);
        this.expr(e.body, ls);
        return;
      }
      case 'IfExp':
        this.expr(e.test, s);
        this.expr(e.body, s);
        this.expr(e.orelse, s);
        return;
      case 'Await':
        s.hasAwait = true;
        this.expr(e.value, s);
        return;
      case 'Yield':
        s.hasYield = true;
        if (e.value) this.expr(e.value, s);
        return;
      case 'YieldFrom':
        s.hasYield = true;
        this.expr(e.value, s);
        return;
      case 'Starred':
        this.expr(e.value, s);
        return;
      case 'NamedExpr': {
        // PEP 572: the target binds in the nearest enclosing non-comprehension scope.
        let t = s;
        while (t.kind === 'comprehension' && t.parent) t = t.parent;
        t.assigned.add(e.target.id);
        if (t !== s) s.used.add(e.target.id);
        this.expr(e.value, s);
        return;
      }
    }
  }

  fieldExprs(f: ir.FStringField, s: Scope): void {
    this.expr(f.expr, s);
    if (f.spec) for (const p of f.spec) if (typeof p !== 'string') this.fieldExprs(p, s);
  }
}

/** Decide local/cell/free/global for every scope, top-down. */
function resolve(s: Scope): void {
  const isFn = s.kind === 'function' || s.kind === 'comprehension';
  if (isFn) {
    for (const n of s.assigned) {
      if (s.globals.has(n) || s.nonlocals.has(n)) continue;
      if (!s.slots.has(n)) s.slots.set(n, s.slots.size);
    }
    // A comprehension's walrus target lives in the enclosing function, so it is free here.
    for (const n of s.nonlocals) s.free.add(n);
    if (s.canSeeClass) s.free.add('__classdict__');
  }
  for (const c of s.children) resolve(c);
  // Free names of children that are not our locals propagate up (we must pass them through).
  for (const c of s.children) {
    for (const n of c.free) {
      if (isFn && s.slots.has(n)) s.cells.add(n);
      else if (s.kind !== 'module' && !s.globals.has(n)) {
        if (s.kind === 'class' && !hasEnclosingBinding(s.parent, n)) continue;
        s.free.add(n);
      }
    }
  }
  // Names used here that are bound in an enclosing function are free.
  for (const n of s.used) {
    if (s.globals.has(n)) continue;
    if (isFn && s.slots.has(n)) continue;
    if (s.kind === 'class' && s.assigned.has(n)) continue;
    if (s.kind === 'module') continue;
    if (hasEnclosingBinding(s.parent, n)) s.free.add(n);
  }
  let i = 0;
  for (const n of s.free) s.freeSlots.set(n, i++);
  if (isFn)
    s.classCell =
      (s.used.has('__class__') && !s.slots.has('__class__') && !s.globals.has('__class__')) ||
      s.children.some((c) => c.kind !== 'class' && c.classCell);
}

function hasEnclosingBinding(p: Scope | null, n: string): boolean {
  for (let t = p; t; t = t.parent) {
    if (t.kind === 'module') return false;
    if (t.kind === 'class') continue;
    if (t.globals.has(n)) return false;
    if (t.assigned.has(n) || t.nonlocals.has(n) || t.slots.has(n)) return true;
  }
  return false;
}

function isSuperCall(e: ir.Expr): e is ir.Call {
  return e.type === 'Call' && e.func.type === 'Name' && e.func.id === 'super' && e.args.length === 0;
}

/** A generator expression's scope: a frame of its own on every version (list, set and dict comprehensions are inlined from 3.12). */
export function isGenexpScope(s: Scope): boolean {
  return s.kind === 'comprehension' && (s.node as ir.Expr).type === 'GeneratorExp';
}

/**
 * The scope whose frame runs code of `s`: `s` itself, or from 3.12 (PEP 709), for a list, set or
 * dict comprehension, the scope it is inlined in (through nested ones).
 */
export function frameScope(s: Scope, inlined: boolean): Scope {
  let t = s;
  while (inlined && t.kind === 'comprehension' && !isGenexpScope(t) && t.parent !== null) t = t.parent;
  return t;
}

/** The first positional parameter of a function scope (a frame's argument 0), or null. */
export function firstParam(s: Scope): string | null {
  if (s.kind === 'comprehension') return '.0';
  if (s.kind !== 'function') return null;
  const p = (s.node as { params?: ir.Params }).params;
  return p === undefined ? null : ((p.posonly[0] ?? p.args[0] ?? null)?.name ?? null);
}

/** For super() in a list, set or dict comprehension: the first argument of the function it is inlined in (3.12+). */
function inlinedSuperArg(s: Scope): string | null {
  if (s.kind !== 'comprehension' || isGenexpScope(s)) return null;
  const owner = frameScope(s, true);
  return owner.kind === 'function' ? firstParam(owner) : null;
}

/**
 * Whether `__class__` in `s` is the cell of an enclosing class (a method, or a function, lambda
 * or comprehension nested in one), rather than a local or a global.
 */
export function seesClassCell(s: Scope): boolean {
  for (let t: Scope | null = s; t !== null; t = t.parent) {
    if (t.kind === 'class') return t !== s;
    if (t.kind === 'module' || t.globals.has('__class__') || t.slots.has('__class__')) return false;
  }
  return false;
}

/**
 * Python's compile-time errors that come after parsing: the symbol table and the compiler.
 *
 * CPython reports the first error of the first phase that has one:
 *
 *   1. `__future__` features (future.c): "future feature x is not defined", "not a chance".
 *   2. symbol table, while building (source order): global/nonlocal misuse, duplicate
 *      arguments, `import *` in a function, `yield` inside a comprehension, walrus misuse.
 *   3. symbol table, while analysing scopes: "nonlocal declaration not allowed at module
 *      level", "no binding for nonlocal 'x' found".
 *   4. the compiler (source order): `return`/`yield`/`await` outside (async) functions,
 *      `break`/`continue` outside loops, `async with`/`async for`/async comprehensions outside
 *      async functions, starred-expression misuse, repeated keyword arguments, misplaced
 *      `except:`, late `__future__` imports, unreachable match cases, ...
 *
 * Scopes follow CPython: module, class, function (def or lambda) and comprehension scopes
 * (the first iterable of a comprehension is evaluated in the enclosing scope).
 */
import type {
  ComprehensionFor,
  Diagnostic,
  Expr,
  FunctionDef,
  Params,
  Pattern,
  Span,
  Stmt,
  TypeParam,
} from '../ir/types';
import type { LineIndex } from './positions';
import { allParams, childExprs, forEachChild, fstringExprs, paramExprs } from './walk';

/** `typeparams`: PEP 695's annotation scopes (a generic's type parameters, a bound, a default, an alias's value). */
type ScopeKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension' | 'typeparams';
type Comp = Extract<Expr, { type: 'ListComp' | 'SetComp' | 'GeneratorExp' | 'DictComp' }>;

// Symbol flags (a subset of CPython's).
const USE = 1;
const DEF_LOCAL = 2;
const DEF_PARAM = 4;
const DEF_GLOBAL = 8;
const DEF_NONLOCAL = 16;
const DEF_ANNOT = 32;
const DEF_IMPORT = 64;
const DEF_TYPE_PARAM = 128;

interface Scope {
  kind: ScopeKind;
  isAsync: boolean;
  parent: Scope | null;
  children: Scope[];
  /** Insertion-ordered symbol flags. */
  symbols: Map<string, number>;
  /** First global/nonlocal statement naming each symbol (where CPython reports errors). */
  directives: Map<string, Span>;
}

class Found extends Error {}

const FUTURE_FEATURES = new Set([
  'nested_scopes',
  'generators',
  'division',
  'absolute_import',
  'with_statement',
  'print_function',
  'unicode_literals',
  'barry_as_FLUFL',
  'generator_stop',
  'annotations',
]);

/**
 * The first compile-time error, and 3.14's when it differs: 3.14 evaluates annotations in
 * annotation scopes of their own (PEP 649), where a yield, await or walrus is its own error.
 */
export function compileChecks(
  body: Stmt[],
  index: LineIndex,
): { error: Diagnostic | null; error314?: Diagnostic | null } {
  const err = (message: string, span: Span): Diagnostic => ({ kind: 'SyntaxError', message, span });
  const future = futureCheck(body, err);
  if (future) return { error: future };
  const symbols = new SymbolTable(err, index, false);
  const error = symbols.run(body) ?? new CompilerChecks(err, index).run(body);
  if (!symbols.annotationEffects) return { error };
  const error314 = new SymbolTable(err, index, true).run(body) ?? new CompilerChecks(err, index).run(body);
  return { error, error314 };
}

type MakeErr = (message: string, span: Span) => Diagnostic;

// ------------------------------------------------------------------ 1. __future__

function futureCheck(body: Stmt[], err: MakeErr): Diagnostic | null {
  let i = 0;
  if (body[0]?.type === 'Expr' && body[0].value.type === 'Const' && body[0].value.kind === 'str') i = 1;
  for (; i < body.length; i++) {
    const s = body[i];
    if (s.type !== 'ImportFrom' || s.module !== '__future__' || s.level !== 0) break;
    for (const n of s.names) {
      if (n.name === 'braces') return err('not a chance', s.span);
      if (!FUTURE_FEATURES.has(n.name)) return err(`future feature ${n.name} is not defined`, s.span);
    }
  }
  return null;
}

// ------------------------------------------------------------------ 2+3. symbol table

class SymbolTable {
  private cur!: Scope;
  private first: Diagnostic | null = null;
  /** Annotations being visited (not counting 3.14's annotation scopes). */
  private annotationDepth = 0;
  /** Whether an annotation held a yield, await or walrus: 3.14 reports another error then. */
  annotationEffects = false;

  constructor(
    private readonly err: MakeErr,
    private readonly index: LineIndex,
    /** 3.14's rules: annotations are evaluated in annotation scopes. */
    private readonly annotationScopes: boolean,
  ) {}

  /** A parameter's or variable's annotation (module and class level), or a return annotation. */
  private annotation(e: Expr): void {
    if (this.annotationScopes) {
      this.lazyScope('an annotation', () => this.expr(e));
      return;
    }
    this.annotationDepth++;
    try {
      this.expr(e);
    } finally {
      this.annotationDepth--;
    }
  }

  private paramAnnotations(p: Params): void {
    for (const a of allParams(p)) if (a.annotation) this.annotation(a.annotation);
  }

  run(body: Stmt[]): Diagnostic | null {
    const module = this.newScope('module', false, null);
    this.cur = module;
    try {
      this.stmts(body);
    } catch (e) {
      if (!(e instanceof Found)) throw e;
      return this.first;
    }
    return this.analyze(module, null);
  }

  private fail(message: string, span: Span): never {
    this.first = this.err(message, span);
    throw new Found();
  }

  private newScope(kind: ScopeKind, isAsync: boolean, parent: Scope | null): Scope {
    const s: Scope = { kind, isAsync, parent, children: [], symbols: new Map(), directives: new Map() };
    parent?.children.push(s);
    return s;
  }

  private add(name: string, flag: number): void {
    const m = this.cur.symbols;
    m.set(name, (m.get(name) ?? 0) | flag);
  }

  private inScope(scope: Scope, f: () => void): void {
    const saved = this.cur;
    this.cur = scope;
    try {
      f();
    } finally {
      this.cur = saved;
    }
  }

  private stmts(body: Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private stmt(s: Stmt): void {
    switch (s.type) {
      case 'FunctionDef': {
        this.add(s.name, DEF_LOCAL);
        const header = () => {
          this.paramAnnotations(s.params);
          if (s.returns) this.annotation(s.returns);
          this.functionScope(s.params, s.isAsync, 'function', () => this.stmts(s.body));
        };
        // A generic def's defaults and decorators are outside its annotation scope, its annotations in it.
        for (const param of [...s.params.posonly, ...s.params.args, ...s.params.kwonly])
          if (param.default) this.expr(param.default);
        s.decorators.forEach((d) => this.expr(d));
        if (s.typeParams) this.typeParamScope(s.typeParams, header);
        else header();
        return;
      }
      case 'ClassDef': {
        this.add(s.name, DEF_LOCAL);
        const rest = () => {
          s.bases.forEach((b) => this.expr(b));
          s.keywords.forEach((k) => this.expr(k.value));
          if (!s.typeParams) s.decorators.forEach((d) => this.expr(d));
          this.inScope(this.newScope('class', false, this.cur), () => this.stmts(s.body));
        };
        if (!s.typeParams) rest();
        else {
          s.decorators.forEach((d) => this.expr(d));
          this.typeParamScope(s.typeParams, rest);
        }
        return;
      }
      case 'TypeAlias': {
        this.add(s.name, DEF_LOCAL);
        const value = () => this.lazyScope('a type alias', () => this.expr(s.value));
        if (s.typeParams) this.typeParamScope(s.typeParams, value);
        else value();
        return;
      }
      case 'Global':
      case 'Nonlocal': {
        const isGlobal = s.type === 'Global';
        for (const name of s.names) {
          const cur = this.cur.symbols.get(name) ?? 0;
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            const kw = isGlobal ? 'global' : 'nonlocal';
            const msg =
              cur & DEF_PARAM
                ? `name '${name}' is parameter and ${kw}`
                : cur & USE
                  ? `name '${name}' is used prior to ${kw} declaration`
                  : cur & DEF_ANNOT
                    ? `annotated name '${name}' can't be ${kw}`
                    : `name '${name}' is assigned to before ${kw} declaration`;
            this.fail(msg, s.span);
          }
          this.add(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL);
          if (!this.cur.directives.has(name)) this.cur.directives.set(name, s.span);
        }
        return;
      }
      case 'Assign':
        s.targets.forEach((t) => this.target(t));
        this.expr(s.value);
        return;
      case 'AugAssign':
        this.target(s.target);
        this.expr(s.value);
        return;
      case 'AnnAssign':
        if (s.target.type === 'Name') this.add(s.target.id, DEF_ANNOT | (s.value ? DEF_LOCAL : 0));
        else this.expr(s.target);
        if (this.cur.kind === 'module' || this.cur.kind === 'class') this.annotation(s.annotation);
        else this.expr(s.annotation);
        if (s.value) this.expr(s.value);
        return;
      case 'For':
        this.target(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'With':
        for (const item of s.items) {
          this.expr(item.context);
          if (item.target) this.target(item.target);
        }
        this.stmts(s.body);
        return;
      case 'Try':
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) this.add(h.name, DEF_LOCAL);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        return;
      case 'Delete':
        s.targets.forEach((t) => this.target(t));
        return;
      case 'Import':
        for (const n of s.names) this.add(n.asname ?? n.name.split('.')[0], DEF_IMPORT);
        return;
      case 'ImportFrom':
        for (const n of s.names) {
          if (n.name === '*') {
            if (this.cur.kind !== 'module') {
              // CPython points at the `*`.
              const star = this.index.text.indexOf('*', s.span.from);
              this.fail(
                'import * only allowed at module level',
                star >= 0 && star < s.span.to ? this.index.span(star, star + 1) : s.span,
              );
            }
            continue;
          }
          this.add(n.asname ?? n.name, DEF_IMPORT);
        }
        return;
      case 'If':
      case 'While':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        }
        return;
      case 'Expr':
        this.expr(s.value);
        return;
      case 'Return':
        if (s.value) this.expr(s.value);
        return;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        return;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        return;
      default:
        return;
    }
  }

  /** What each annotation scope is, as the messages for a yield, await or walrus in it say. */
  private annotationWhat = new Map<Scope, string>();

  private lazyScope(what: string, f: () => void): void {
    const scope = this.newScope('typeparams', false, this.cur);
    this.annotationWhat.set(scope, what);
    this.inScope(scope, f);
  }

  /** A generic's annotation scope: its type parameters (each bound and default lazy), then `inner`. */
  private typeParamScope(params: TypeParam[], inner: () => void): void {
    this.lazyScope('the definition of a generic', () => {
      let defaultSeen = false;
      for (const tp of params) {
        if ((this.cur.symbols.get(tp.name) ?? 0) & DEF_TYPE_PARAM)
          this.fail(`duplicate type parameter '${tp.name}'`, tp.span);
        this.add(tp.name, DEF_LOCAL | DEF_TYPE_PARAM);
        if (tp.default) defaultSeen = true;
        else if (defaultSeen)
          this.fail(`non-default type parameter '${tp.name}' follows default type parameter`, tp.span);
        if (tp.bound) this.lazyScope('a TypeVar bound', () => this.expr(tp.bound!));
        if (tp.default) this.lazyScope(`a ${tp.kind} default`, () => this.expr(tp.default!));
      }
      inner();
    });
  }

  /** Inside an annotation scope a yield, await or walrus is an error naming the scope. */
  private notInAnnotation(what: string, e: Expr): void {
    if (this.annotationDepth > 0) this.annotationEffects = true;
    const where = this.annotationWhat.get(this.cur);
    if (where !== undefined) this.fail(`${what} expression cannot be used within ${where}`, e.span);
  }

  private paramDefaults(p: Params): void {
    for (const x of paramExprs(p)) this.expr(x);
  }

  private functionScope(p: Params, isAsync: boolean, kind: 'function' | 'lambda', body: () => void): void {
    const scope = this.newScope(kind, isAsync, this.cur);
    this.inScope(scope, () => {
      for (const param of allParams(p)) {
        if ((scope.symbols.get(param.name) ?? 0) & DEF_PARAM) {
          this.fail(`duplicate argument '${param.name}' in function definition`, param.span);
        }
        this.add(param.name, DEF_PARAM);
      }
      body();
    });
  }

  private pattern(p: Pattern): void {
    switch (p.type) {
      case 'MatchValue':
        this.expr(p.value);
        return;
      case 'MatchSequence':
      case 'MatchOr':
        p.patterns.forEach((x) => this.pattern(x));
        return;
      case 'MatchMapping':
        p.keys.forEach((k) => this.expr(k));
        p.patterns.forEach((x) => this.pattern(x));
        if (p.rest) this.add(p.rest, DEF_LOCAL);
        return;
      case 'MatchClass':
        this.expr(p.cls);
        [...p.patterns, ...p.kwdPatterns].forEach((x) => this.pattern(x));
        return;
      case 'MatchStar':
        if (p.name) this.add(p.name, DEF_LOCAL);
        return;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern);
        if (p.name) this.add(p.name, DEF_LOCAL);
        return;
      default:
        return;
    }
  }

  /** An assignment / deletion target: names are bound, everything else is evaluated. */
  private target(t: Expr): void {
    switch (t.type) {
      case 'Name':
        this.add(t.id, DEF_LOCAL);
        return;
      case 'Tuple':
      case 'List':
        t.elts.forEach((e) => this.target(e));
        return;
      case 'Starred':
        this.target(t.value);
        return;
      default:
        this.expr(t);
    }
  }

  private expr(e: Expr): void {
    switch (e.type) {
      case 'Name':
        this.add(e.id, USE);
        return;
      case 'Lambda':
        this.paramDefaults(e.params);
        this.functionScope(e.params, false, 'lambda', () => this.expr(e.body));
        return;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
      case 'DictComp':
        this.comprehension(e);
        return;
      case 'Yield':
      case 'YieldFrom':
        this.notInAnnotation('yield', e);
        if (e.type === 'Yield' ? e.value : true) this.expr(e.value as Expr);
        if (this.cur.kind === 'comprehension') {
          const kind = this.compKind.get(this.cur) ?? 'list comprehension';
          this.fail(`'yield' inside ${kind}`, e.span);
        }
        return;
      case 'Await':
        this.notInAnnotation('await', e);
        this.expr(e.value);
        return;
      case 'NamedExpr': {
        this.notInAnnotation('named', e);
        this.expr(e.value);
        // Inside a comprehension the target binds in the enclosing function scope.
        if (this.cur.kind === 'comprehension') {
          if (this.compIterTargets.get(this.cur)?.has(e.target.id)) {
            this.fail(
              `assignment expression cannot rebind comprehension iteration variable '${e.target.id}'`,
              e.target.span,
            );
          }
          let s: Scope | null = this.cur;
          while (s && s.kind === 'comprehension') s = s.parent;
          if (s && s.kind === 'class') {
            this.fail('assignment expression within a comprehension cannot be used in a class body', e.target.span);
          }
          if (s) s.symbols.set(e.target.id, (s.symbols.get(e.target.id) ?? 0) | DEF_LOCAL);
        } else this.add(e.target.id, DEF_LOCAL);
        return;
      }
      case 'FString':
        fstringExprs(e.parts).forEach((x) => this.expr(x));
        return;
      default:
        forEachChild(e, (x) => this.expr(x));
    }
  }

  private compKind = new Map<Scope, string>();
  private compIterTargets = new Map<Scope, Set<string>>();

  private comprehension(e: Comp): void {
    const gens = e.generators;
    if (gens.length === 0) return;
    // The outermost iterable is evaluated in the enclosing scope.
    this.compIterExpr(gens[0].iter);
    const scope = this.newScope('comprehension', false, this.cur);
    this.compKind.set(
      scope,
      e.type === 'ListComp'
        ? 'list comprehension'
        : e.type === 'SetComp'
          ? 'set comprehension'
          : e.type === 'DictComp'
            ? 'dict comprehension'
            : 'generator expression',
    );
    const iterNames = new Set<string>();
    const collect = (t: Expr) => {
      if (t.type === 'Name') iterNames.add(t.id);
      else if (t.type === 'Tuple' || t.type === 'List') t.elts.forEach(collect);
      else if (t.type === 'Starred') collect(t.value);
    };
    gens.forEach((g) => collect(g.target));
    this.compIterTargets.set(scope, iterNames);
    this.inScope(scope, () => {
      this.target(gens[0].target);
      gens[0].ifs.forEach((x) => this.expr(x));
      gens.slice(1).forEach((g: ComprehensionFor) => {
        this.target(g.target);
        this.compIterExpr(g.iter);
        g.ifs.forEach((x) => this.expr(x));
      });
      if (e.type === 'DictComp') {
        this.expr(e.key);
        this.expr(e.value);
      } else this.expr(e.elt);
    });
  }

  /** A comprehension's iterable: no walrus allowed there. */
  private compIterExpr(e: Expr): void {
    const walrus = findNamedExpr(e);
    if (walrus) this.fail('assignment expression cannot be used in a comprehension iterable expression', walrus.span);
    this.expr(e);
  }

  /** Phase 3: nonlocal declarations need a binding in an enclosing function. */
  private analyze(scope: Scope, bound: Set<string> | null, typeParams = new Set<string>()): Diagnostic | null {
    for (const [name, flags] of scope.symbols) {
      if (flags & DEF_GLOBAL && flags & DEF_NONLOCAL) {
        return this.err(`name '${name}' is nonlocal and global`, scope.directives.get(name)!);
      }
      if (flags & DEF_NONLOCAL) {
        if (!bound) return this.err('nonlocal declaration not allowed at module level', scope.directives.get(name)!);
        if (!bound.has(name)) return this.err(`no binding for nonlocal '${name}' found`, scope.directives.get(name)!);
        if (typeParams.has(name))
          return this.err(`nonlocal binding not allowed for type parameter '${name}'`, scope.directives.get(name)!);
      }
    }
    // The type parameters nested scopes see (a name bound again in between hides its own).
    let childTypeParams = typeParams;
    if (scope.kind !== 'class') {
      childTypeParams = new Set(typeParams);
      for (const [name, flags] of scope.symbols) {
        if (flags & DEF_TYPE_PARAM) childTypeParams.add(name);
        else if (flags & (DEF_LOCAL | DEF_PARAM | DEF_IMPORT | DEF_GLOBAL)) childTypeParams.delete(name);
      }
    }
    // Names bound in this scope that nested functions may refer to.
    let childBound = bound;
    if (
      scope.kind === 'function' ||
      scope.kind === 'lambda' ||
      scope.kind === 'comprehension' ||
      scope.kind === 'typeparams'
    ) {
      childBound = new Set(bound ?? []);
      for (const [name, flags] of scope.symbols) {
        if (flags & DEF_GLOBAL) childBound.delete(name);
        else if (flags & (DEF_LOCAL | DEF_PARAM | DEF_IMPORT | DEF_ANNOT | DEF_NONLOCAL)) childBound.add(name);
      }
    } else if (scope.kind === 'module') childBound = new Set();
    else if (scope.kind === 'class') {
      // Methods can reach the implicit `__class__` cell of their class.
      childBound = new Set(bound ?? []);
      childBound.add('__class__');
    }
    for (const child of scope.children) {
      const r = this.analyze(
        child,
        scope.kind === 'module' && child.kind === 'class' ? new Set() : childBound,
        childTypeParams,
      );
      if (r) return r;
    }
    return null;
  }
}

function findNamedExpr(e: Expr): Extract<Expr, { type: 'NamedExpr' }> | null {
  if (e.type === 'NamedExpr') return e;
  if (
    e.type === 'Lambda' ||
    e.type === 'ListComp' ||
    e.type === 'SetComp' ||
    e.type === 'DictComp' ||
    e.type === 'GeneratorExp'
  )
    return null;
  for (const c of childExprs(e)) {
    const f = findNamedExpr(c);
    if (f) return f;
  }
  return null;
}

// ------------------------------------------------------------------ 4. compiler

interface Ctx {
  scope: ScopeKind;
  /** For function scopes: the def (null for lambdas). */
  fn: FunctionDef | null;
  isAsync: boolean;
  inLoop: boolean;
  /** Inside an `except*` handler: directly, or within a loop inside it. */
  exceptStar: 'none' | 'direct' | 'loop';
}

const EXCEPT_STAR_EXIT = "'break', 'continue' and 'return' cannot appear in an except* block";

function loopBody(ctx: Ctx): Ctx {
  return { ...ctx, inLoop: true, exceptStar: ctx.exceptStar === 'direct' ? 'loop' : ctx.exceptStar };
}

class CompilerChecks {
  private first: Diagnostic | null = null;
  constructor(
    private readonly err: MakeErr,
    private readonly index: LineIndex,
  ) {}

  run(body: Stmt[]): Diagnostic | null {
    try {
      this.stmts(body, { scope: 'module', fn: null, isAsync: false, inLoop: false, exceptStar: 'none' });
    } catch (e) {
      if (!(e instanceof Found)) throw e;
    }
    return this.first;
  }

  private fail(message: string, span: Span): never {
    this.first = this.err(message, span);
    throw new Found();
  }

  private stmts(body: Stmt[], ctx: Ctx): void {
    let sawOther = false;
    for (const s of body) {
      // `from __future__` imports must come first (after an optional docstring).
      if (ctx.scope === 'module' && s.type === 'ImportFrom' && s.module === '__future__' && s.level === 0) {
        if (sawOther) this.fail('from __future__ imports must occur at the beginning of the file', s.span);
      } else if (!(
        ctx.scope === 'module' &&
        s === body[0] &&
        s.type === 'Expr' &&
        s.value.type === 'Const' &&
        s.value.kind === 'str'
      )) {
        sawOther = true;
      }
      this.stmt(s, ctx);
    }
  }

  private functionOnly(ctx: Ctx): boolean {
    return ctx.scope === 'function' || ctx.scope === 'lambda';
  }

  private stmt(s: Stmt, ctx: Ctx): void {
    const ex = (e: Expr) => this.expr(e, ctx);
    switch (s.type) {
      case 'Expr':
        this.noStar(s.value);
        ex(s.value);
        return;
      case 'Assign':
        this.noStar(s.value);
        ex(s.value);
        for (const t of s.targets) this.target(t, ctx);
        return;
      case 'AugAssign':
        ex(s.target);
        this.noStar(s.value);
        ex(s.value);
        return;
      case 'AnnAssign':
        ex(s.annotation);
        if (s.value) {
          this.noStar(s.value);
          ex(s.value);
        }
        ex(s.target);
        return;
      case 'FunctionDef': {
        s.decorators.forEach(ex);
        paramExprs(s.params).forEach(ex);
        if (s.returns) ex(s.returns);
        this.stmts(s.body, { scope: 'function', fn: s, isAsync: s.isAsync, inLoop: false, exceptStar: 'none' });
        return;
      }
      case 'ClassDef': {
        s.decorators.forEach(ex);
        s.bases.forEach(ex);
        const seen = new Set<string>();
        for (const k of s.keywords) {
          if (seen.has(k.name)) this.fail(`keyword argument repeated: ${k.name}`, this.kwSpan(k.value, k.name));
          seen.add(k.name);
          ex(k.value);
        }
        this.stmts(s.body, { scope: 'class', fn: null, isAsync: false, inLoop: false, exceptStar: 'none' });
        return;
      }
      case 'Return':
        if (ctx.exceptStar !== 'none') this.fail(EXCEPT_STAR_EXIT, s.span);
        if (!this.functionOnly(ctx)) this.fail("'return' outside function", s.span);
        if (s.value && ctx.fn && ctx.fn.isAsync && ctx.fn.isGenerator)
          this.fail("'return' with value in async generator", s.span);
        if (s.value) {
          this.noStar(s.value);
          ex(s.value);
        }
        return;
      case 'If':
        ex(s.test);
        this.stmts(s.body, ctx);
        this.stmts(s.orelse, ctx);
        return;
      case 'While':
        ex(s.test);
        this.stmts(s.body, loopBody(ctx));
        this.stmts(s.orelse, ctx);
        return;
      case 'For':
        if (s.isAsync && !(ctx.scope === 'function' && ctx.isAsync))
          this.fail("'async for' outside async function", s.span);
        this.noStar(s.iter);
        ex(s.iter);
        this.target(s.target, ctx);
        this.stmts(s.body, loopBody(ctx));
        this.stmts(s.orelse, ctx);
        return;
      case 'With':
        if (s.isAsync && !(ctx.scope === 'function' && ctx.isAsync))
          this.fail("'async with' outside async function", s.span);
        for (const item of s.items) {
          ex(item.context);
          if (item.target) this.target(item.target, ctx);
        }
        this.stmts(s.body, ctx);
        return;
      case 'Try':
        this.stmts(s.body, ctx);
        s.handlers.forEach((h, i) => {
          if (!h.type && i < s.handlers.length - 1) this.fail("default 'except:' must be last", h.span);
          if (h.type) ex(h.type);
          this.stmts(h.body, s.isStar ? { ...ctx, exceptStar: 'direct' } : ctx);
        });
        this.stmts(s.orelse, ctx);
        this.stmts(s.finalbody, ctx);
        return;
      case 'Raise':
        if (s.exc) ex(s.exc);
        if (s.cause) ex(s.cause);
        return;
      case 'Assert':
        ex(s.test);
        if (s.msg) ex(s.msg);
        return;
      case 'Break':
        if (ctx.exceptStar === 'direct') this.fail(EXCEPT_STAR_EXIT, s.span);
        if (!ctx.inLoop) this.fail("'break' outside loop", s.span);
        return;
      case 'Continue':
        if (ctx.exceptStar === 'direct') this.fail(EXCEPT_STAR_EXIT, s.span);
        if (!ctx.inLoop) this.fail("'continue' not properly in loop", s.span);
        return;
      case 'Delete':
        s.targets.forEach(ex);
        return;
      case 'Match':
        ex(s.subject);
        s.cases.forEach((c, i) => {
          this.matchPattern(c.pattern, ctx);
          if (!c.guard && i < s.cases.length - 1) {
            const irrefutable = irrefutableCapture(c.pattern);
            if (irrefutable) {
              this.fail(
                irrefutable.name
                  ? `name capture '${irrefutable.name}' makes remaining patterns unreachable`
                  : 'wildcard makes remaining patterns unreachable',
                irrefutable.span,
              );
            }
          }
          if (c.guard) ex(c.guard);
          this.stmts(c.body, ctx);
        });
        return;
      default:
        return;
    }
  }

  /** `x = *a` / `*a` as a statement / `return *a`: a starred expression needs a tuple or list. */
  private noStar(e: Expr): void {
    if (e.type === 'Starred') this.fail("can't use starred expression here", e.span);
  }

  private target(t: Expr, ctx: Ctx): void {
    if (t.type === 'Starred') this.fail('starred assignment target must be in a list or tuple', t.span);
    this.targetInner(t, ctx);
  }

  private targetInner(t: Expr, ctx: Ctx): void {
    if (t.type === 'Tuple' || t.type === 'List') {
      const stars = t.elts.filter((x) => x.type === 'Starred');
      if (stars.length > 1) this.fail('multiple starred expressions in assignment', t.span);
      for (const x of t.elts) this.targetInner(x.type === 'Starred' ? x.value : x, ctx);
      return;
    }
    this.expr(t, ctx);
  }

  private matchPattern(p: Pattern, ctx: Ctx): void {
    const names = new Set<string>();
    const visit = (q: Pattern): void => {
      switch (q.type) {
        case 'MatchValue':
          this.expr(q.value, ctx);
          return;
        case 'MatchSequence': {
          const stars = q.patterns.filter((x) => x.type === 'MatchStar');
          if (stars.length > 1) this.fail('multiple starred names in sequence pattern', q.span);
          q.patterns.forEach(visit);
          return;
        }
        case 'MatchMapping':
          q.keys.forEach((k) => this.expr(k, ctx));
          q.patterns.forEach(visit);
          if (q.rest) bind(q.rest, q.span);
          return;
        case 'MatchClass':
          // (At the repeated keyword's pattern.)
          q.kwdAttrs.forEach((a, i) => {
            if (q.kwdAttrs.indexOf(a) < i)
              this.fail(`attribute name repeated in class pattern: ${a}`, q.kwdPatterns[i].span);
          });
          this.expr(q.cls, ctx);
          [...q.patterns, ...q.kwdPatterns].forEach(visit);
          return;
        case 'MatchStar':
          if (q.name) bind(q.name, q.span);
          return;
        case 'MatchAs':
          if (q.pattern) visit(q.pattern);
          if (q.name) bind(q.name, nameSpan(q));
          return;
        case 'MatchOr': {
          q.patterns.forEach((alt, i) => {
            if (i < q.patterns.length - 1) {
              const irr = irrefutableCapture(alt);
              if (irr) {
                this.fail(
                  irr.name
                    ? `name capture '${irr.name}' makes remaining patterns unreachable`
                    : 'wildcard makes remaining patterns unreachable',
                  irr.span,
                );
              }
            }
          });
          // Every alternative must bind the same names.
          const sets = q.patterns.map((alt) => boundNames(alt));
          const key = (s: Set<string>) => [...s].sort().join(',');
          if (sets.some((s) => key(s) !== key(sets[0]))) this.fail('alternative patterns bind different names', q.span);
          q.patterns.forEach((alt) => {
            for (const x of patternValues(alt)) this.expr(x, ctx);
          });
          for (const n of sets[0] ?? []) bind(n, q.span);
          return;
        }
        default:
          return;
      }
    };
    const bind = (name: string, span: Span) => {
      if (names.has(name)) this.fail(`multiple assignments to name '${name}' in pattern`, span);
      names.add(name);
    };
    visit(p);
  }

  private expr(e: Expr, ctx: Ctx): void {
    switch (e.type) {
      case 'Await':
        if (ctx.scope === 'module' || ctx.scope === 'class') this.fail("'await' outside function", e.span);
        if (ctx.scope !== 'comprehension' && !(ctx.scope === 'function' && ctx.isAsync))
          this.fail("'await' outside async function", e.span);
        this.expr(e.value, ctx);
        return;
      case 'Yield':
      case 'YieldFrom':
        if (ctx.scope === 'module' || ctx.scope === 'class') this.fail("'yield' outside function", e.span);
        if (e.type === 'YieldFrom' && ctx.scope === 'function' && ctx.isAsync)
          this.fail("'yield from' inside async function", e.span);
        if (e.value) this.expr(e.value, ctx);
        return;
      case 'Lambda':
        paramExprs(e.params).forEach((x) => this.expr(x, ctx));
        this.expr(e.body, { scope: 'lambda', fn: null, isAsync: false, inLoop: false, exceptStar: 'none' });
        return;
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp': {
        if (e.type !== 'GeneratorExp' && isAsyncComprehension(e)) {
          const ok = (ctx.scope === 'function' && ctx.isAsync) || ctx.scope === 'comprehension';
          if (!ok) this.fail('asynchronous comprehension outside of an asynchronous function', e.span);
        }
        const gens = e.generators;
        if (gens.length > 0) this.expr(gens[0].iter, ctx);
        const inner: Ctx = { scope: 'comprehension', fn: null, isAsync: false, inLoop: false, exceptStar: 'none' };
        gens.forEach((g, i) => {
          if (i > 0) this.expr(g.iter, inner);
          this.target(g.target, inner);
          g.ifs.forEach((x) => this.expr(x, inner));
        });
        if (e.type === 'DictComp') {
          this.expr(e.key, inner);
          this.expr(e.value, inner);
        } else this.expr(e.elt, inner);
        return;
      }
      case 'Call': {
        this.expr(e.func, ctx);
        const seen = new Set<string>();
        for (const a of e.args) {
          if (a.kind === 'kw') {
            if (seen.has(a.name)) this.fail(`keyword argument repeated: ${a.name}`, this.kwSpan(a.value, a.name));
            seen.add(a.name);
          }
          this.expr(a.value, ctx);
        }
        return;
      }
      case 'Starred':
        this.expr(e.value, ctx);
        return;
      case 'List':
      case 'Tuple':
      case 'Set':
        e.elts.forEach((x) => this.expr(x, ctx));
        return;
      case 'IfExp':
        this.expr(e.test, ctx);
        this.expr(e.body, ctx);
        this.expr(e.orelse, ctx);
        return;
      default:
        forEachChild(e, (c) => {
          this.noStarInside(c, e);
          this.expr(c, ctx);
        });
    }
  }

  /** The span of `name=value` in a call (the IR keeps only the value's span). */
  private kwSpan(value: Expr, name: string): Span {
    const text = this.index.text;
    let p = value.span.from;
    while (p > 0 && /[\s=]/.test(text[p - 1])) p--;
    const from = text.slice(p - name.length, p) === name ? p - name.length : value.span.from;
    return this.index.span(from, value.span.to);
  }

  /** A Starred directly under anything but a list/tuple/set display or a call is an error. */
  private noStarInside(child: Expr, parent: Expr): void {
    if (child.type === 'Starred' && parent.type !== 'Subscript')
      this.fail("can't use starred expression here", child.span);
  }
}

/** Is this list/set/dict comprehension asynchronous (`async for`, or `await` in its own scope)? */
function isAsyncComprehension(e: Comp): boolean {
  if (e.generators.some((g) => g.isAsync)) return true;
  const own: Expr[] = [];
  e.generators.forEach((g, i) => {
    if (i > 0) own.push(g.iter);
    own.push(g.target, ...g.ifs);
  });
  if (e.type === 'DictComp') own.push(e.key, e.value);
  else own.push(e.elt);
  const awaits = (x: Expr): boolean => {
    if (x.type === 'Await') return true;
    if (x.type === 'Lambda') return false;
    if (x.type === 'GeneratorExp') return x.generators.length > 0 && awaits(x.generators[0].iter);
    if (x.type === 'ListComp' || x.type === 'SetComp' || x.type === 'DictComp') {
      // A nested async comprehension makes this one async; its first iterable is ours too.
      return isAsyncComprehension(x) || (x.generators.length > 0 && awaits(x.generators[0].iter));
    }
    return childExprs(x).some(awaits);
  };
  return own.some(awaits);
}

/** A capture/wildcard pattern that matches anything (for "makes remaining patterns unreachable"). */
function irrefutableCapture(p: Pattern): { name: string | null; span: Span } | null {
  if (p.type === 'MatchAs') {
    if (!p.pattern) return { name: p.name, span: p.span };
    return irrefutableCapture(p.pattern);
  }
  if (p.type === 'MatchOr') {
    for (const alt of p.patterns) {
      const r = irrefutableCapture(alt);
      if (r) return r;
    }
  }
  return null;
}

function nameSpan(p: Extract<Pattern, { type: 'MatchAs' }>): Span {
  if (!p.pattern) return p.span;
  // `pattern as name`: the name is at the end.
  const len = p.name?.length ?? 0;
  return { ...p.span, from: p.span.to - len, col: p.span.endCol - len, line: p.span.endLine };
}

function boundNames(p: Pattern, out: Set<string> = new Set()): Set<string> {
  switch (p.type) {
    case 'MatchSequence':
    case 'MatchOr':
      p.patterns.forEach((x) => boundNames(x, out));
      break;
    case 'MatchMapping':
      p.patterns.forEach((x) => boundNames(x, out));
      if (p.rest) out.add(p.rest);
      break;
    case 'MatchClass':
      [...p.patterns, ...p.kwdPatterns].forEach((x) => boundNames(x, out));
      break;
    case 'MatchStar':
      if (p.name) out.add(p.name);
      break;
    case 'MatchAs':
      if (p.pattern) boundNames(p.pattern, out);
      if (p.name) out.add(p.name);
      break;
    default:
      break;
  }
  return out;
}

function patternValues(p: Pattern, out: Expr[] = []): Expr[] {
  switch (p.type) {
    case 'MatchValue':
      out.push(p.value);
      break;
    case 'MatchSequence':
    case 'MatchOr':
      p.patterns.forEach((x) => patternValues(x, out));
      break;
    case 'MatchMapping':
      out.push(...p.keys);
      p.patterns.forEach((x) => patternValues(x, out));
      break;
    case 'MatchClass':
      out.push(p.cls);
      [...p.patterns, ...p.kwdPatterns].forEach((x) => patternValues(x, out));
      break;
    case 'MatchAs':
      if (p.pattern) patternValues(p.pattern, out);
      break;
    default:
      break;
  }
  return out;
}

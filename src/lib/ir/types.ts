/**
 * The typed IR Loopline's simulator runs: a Python AST for the supported subset.
 *
 * Every node carries a `span`; `line` is 1-based (Python's `lineno`), `col` 0-based in
 * UTF-16 code units (`col_offset`), `from`/`to` are offsets into the source for editor marks.
 * Lowering (parse/lower/) never throws on user input: it returns a Module plus diagnostics.
 */

export interface Span {
  from: number;
  to: number;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

export type Diagnostic = {
  /** `SyntaxError` for Python's own compile-time errors, `Unsupported` for valid Python we do not simulate. */
  kind: 'SyntaxError' | 'IndentationError' | 'Unsupported';
  message: string;
  span: Span;
  /** Raised past the parser (symbol table, compiler, `__future__` check): compile() gives such an error no text. */
  compiler?: true;
};

// ---------------------------------------------------------------- expressions

export type Expr =
  | Name
  | Const
  | FString
  | BinOp
  | UnaryOp
  | BoolOp
  | Compare
  | Call
  | Attribute
  | Subscript
  | Slice
  | ListExpr
  | TupleExpr
  | SetExpr
  | DictExpr
  | Comprehension
  | DictComp
  | Lambda
  | IfExp
  | Await
  | Yield
  | YieldFrom
  | Starred
  | NamedExpr;

export interface Name {
  type: 'Name';
  span: Span;
  id: string;
}

/** `value` is a bigint for int, number for float, string for str; `kind` disambiguates. */
export interface Const {
  type: 'Const';
  span: Span;
  kind: 'int' | 'float' | 'complex' | 'str' | 'bytes' | 'bool' | 'None' | 'Ellipsis';
  value: bigint | number | string | boolean | null;
}

/** A part is literal text (escapes already decoded) or a replacement field. */
export type FStringPart = string | FStringField;
export interface FStringField {
  expr: Expr;
  /** `f"{x=}"`: the literal text `x=` to print before the value (conversion then defaults to `r`). */
  debugText: string | null;
  conversion: 's' | 'r' | 'a' | null;
  /** The format spec, itself an f-string (it may hold nested fields); null when absent. */
  spec: FStringPart[] | null;
  /** The field with its braces (absent in library code). */
  span?: Span;
  /** In a t-string: the expression's text as written (its `Interpolation.expression`). */
  exprText?: string;
}
export interface FString {
  type: 'FString';
  span: Span;
  parts: FStringPart[];
  /** A t-string (3.14): it makes a `string.templatelib.Template` of its parts instead of a str. */
  template?: boolean;
}

export type BinOperator = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '@' | '<<' | '>>' | '&' | '|' | '^';
export interface BinOp {
  type: 'BinOp';
  span: Span;
  op: BinOperator;
  left: Expr;
  right: Expr;
}
export interface UnaryOp {
  type: 'UnaryOp';
  span: Span;
  op: 'not' | '-' | '+' | '~';
  operand: Expr;
}
export interface BoolOp {
  type: 'BoolOp';
  span: Span;
  op: 'and' | 'or';
  values: Expr[];
}

export type CmpOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'is' | 'is not' | 'in' | 'not in';
export interface Compare {
  type: 'Compare';
  span: Span;
  left: Expr;
  ops: CmpOperator[];
  comparators: Expr[];
}

export type Arg =
  | { kind: 'pos'; value: Expr }
  | { kind: 'star'; value: Expr }
  | { kind: 'kw'; name: string; value: Expr }
  | { kind: 'dstar'; value: Expr };
export interface Call {
  type: 'Call';
  span: Span;
  func: Expr;
  args: Arg[];
}

export interface Attribute {
  type: 'Attribute';
  span: Span;
  value: Expr;
  attr: string;
}
export interface Subscript {
  type: 'Subscript';
  span: Span;
  value: Expr;
  index: Expr;
}
/** Only as a Subscript index (possibly inside a TupleExpr for `a[1:2, 3]`). */
export interface Slice {
  type: 'Slice';
  span: Span;
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}

/** Elements may be Starred. */
export interface ListExpr {
  type: 'List';
  span: Span;
  elts: Expr[];
}
export interface TupleExpr {
  type: 'Tuple';
  span: Span;
  elts: Expr[];
}
export interface SetExpr {
  type: 'Set';
  span: Span;
  elts: Expr[];
}
/** A null key means `**value`. */
export interface DictExpr {
  type: 'Dict';
  span: Span;
  keys: (Expr | null)[];
  values: Expr[];
}

export interface ComprehensionFor {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  isAsync: boolean;
}
export interface Comprehension {
  type: 'ListComp' | 'SetComp' | 'GeneratorExp';
  span: Span;
  elt: Expr;
  generators: ComprehensionFor[];
}
export interface DictComp {
  type: 'DictComp';
  span: Span;
  key: Expr;
  value: Expr;
  generators: ComprehensionFor[];
}

export interface Lambda {
  type: 'Lambda';
  span: Span;
  params: Params;
  body: Expr;
  /** a yield in the body makes it a generator function */
  isGenerator?: boolean;
}
export interface IfExp {
  type: 'IfExp';
  span: Span;
  test: Expr;
  body: Expr;
  orelse: Expr;
}
export interface Await {
  type: 'Await';
  span: Span;
  value: Expr;
}
export interface Yield {
  type: 'Yield';
  span: Span;
  value: Expr | null;
}
export interface YieldFrom {
  type: 'YieldFrom';
  span: Span;
  value: Expr;
}
interface Starred {
  type: 'Starred';
  span: Span;
  value: Expr;
}
export interface NamedExpr {
  type: 'NamedExpr';
  span: Span;
  target: Name;
  value: Expr;
}

// ---------------------------------------------------------------- functions

export interface Param {
  name: string;
  default: Expr | null;
  annotation: Expr | null;
  span: Span;
}
export interface Params {
  /** Positional-only parameters (before `/`). */
  posonly: Param[];
  /** Ordinary positional-or-keyword parameters. */
  args: Param[];
  /** `*args`; null when absent. */
  vararg: Param | null;
  /** Keyword-only parameters (after `*` or `*args`); default null means required. */
  kwonly: Param[];
  /** `**kwargs`; null when absent. */
  kwarg: Param | null;
}

// ---------------------------------------------------------------- statements

export type Stmt =
  | ExprStmt
  | Assign
  | AugAssign
  | AnnAssign
  | FunctionDef
  | ClassDef
  | Return
  | If
  | While
  | For
  | With
  | Try
  | Raise
  | Assert
  | Pass
  | Break
  | Continue
  | Global
  | Nonlocal
  | Delete
  | Import
  | ImportFrom
  | Match
  | TypeAlias;

export interface ExprStmt {
  type: 'Expr';
  span: Span;
  value: Expr;
}
/** `a = b = value`: targets in source order. A target is Name, Attribute, Subscript, Tuple, List or Starred within those. */
export interface Assign {
  type: 'Assign';
  span: Span;
  targets: Expr[];
  value: Expr;
}
export interface AugAssign {
  type: 'AugAssign';
  span: Span;
  target: Expr;
  op: BinOperator;
  value: Expr;
}
export interface AnnAssign {
  type: 'AnnAssign';
  span: Span;
  target: Expr;
  annotation: Expr;
  value: Expr | null;
}

export interface FunctionDef {
  type: 'FunctionDef';
  span: Span;
  /** The name it is bound to (mangled inside a class: `__helper` is `_C__helper`). */
  name: string;
  /** The name as written, when `name` is mangled: its __name__ and __qualname__. */
  pyName?: string;
  params: Params;
  body: Stmt[];
  decorators: Expr[];
  returns: Expr | null;
  isAsync: boolean;
  /** The body contains `yield` / `yield from` (not counting nested functions). */
  isGenerator: boolean;
  /** Line of the `def` keyword (Python's co_firstlineno is the first decorator's line when decorated). */
  defLine: number;
  docstring: string | null;
  /** PEP 695's `def f[T](...)`: its type parameters, made in an annotation scope of their own. */
  typeParams?: TypeParam[];
  /** A generic def's statement without its decorators: where CPython locates its annotation scope's call. */
  defSpan?: Span;
}

export interface ClassDef {
  type: 'ClassDef';
  span: Span;
  /** The name it is bound to (mangled inside an enclosing class). */
  name: string;
  /** The name as written, when `name` is mangled: its __name__ and __qualname__. */
  pyName?: string;
  bases: Expr[];
  keywords: { name: string; value: Expr }[];
  body: Stmt[];
  decorators: Expr[];
  /** From the `class` keyword to the end of the body: where CPython locates the statement (without its decorators). */
  classSpan: Span;
  docstring: string | null;
  /**
   * Its `__static_attributes__` (interp/compile/static-attributes.ts), found ahead of time for the
   * library's classes by the CLI's build; else found when the class is compiled.
   */
  selfStores?: string[];
  /** PEP 695's `class C[T]: ...`: its type parameters (its bases are evaluated in their annotation scope). */
  typeParams?: TypeParam[];
}

/** One type parameter of a generic def, class or `type` alias: `T`, `T: bound`, `*Ts`, `**P`, `T = default`. */
export interface TypeParam {
  kind: 'TypeVar' | 'TypeVarTuple' | 'ParamSpec';
  name: string;
  nameSpan: Span;
  /** `T: int` (a bound) or `T: (int, str)` (constraints: a tuple display), evaluated lazily. */
  bound: Expr | null;
  /** PEP 696's default (3.13), evaluated lazily. */
  default: Expr | null;
  span: Span;
}

/** `type Alias[T] = value` (3.12, PEP 695): a TypeAliasType whose value is evaluated lazily. */
export interface TypeAlias {
  type: 'TypeAlias';
  span: Span;
  /** The name it is bound to (mangled inside a class). */
  name: string;
  /** The name as written: its __name__. */
  pyName: string;
  typeParams: TypeParam[] | null;
  value: Expr;
}

export interface Return {
  type: 'Return';
  span: Span;
  value: Expr | null;
}
export interface If {
  type: 'If';
  span: Span;
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface While {
  type: 'While';
  span: Span;
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface For {
  type: 'For';
  span: Span;
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  isAsync: boolean;
}
export interface WithItem {
  context: Expr;
  target: Expr | null;
}
export interface With {
  type: 'With';
  span: Span;
  items: WithItem[];
  body: Stmt[];
  isAsync: boolean;
}
export interface ExceptHandler {
  span: Span;
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}
export interface Try {
  type: 'Try';
  span: Span;
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
  /** `except*` */
  isStar: boolean;
}
export interface Raise {
  type: 'Raise';
  span: Span;
  exc: Expr | null;
  cause: Expr | null;
}
export interface Assert {
  type: 'Assert';
  span: Span;
  test: Expr;
  msg: Expr | null;
}
interface Pass {
  type: 'Pass';
  span: Span;
}
interface Break {
  type: 'Break';
  span: Span;
}
interface Continue {
  type: 'Continue';
  span: Span;
}
interface Global {
  type: 'Global';
  span: Span;
  names: string[];
}
interface Nonlocal {
  type: 'Nonlocal';
  span: Span;
  names: string[];
}
export interface Delete {
  type: 'Delete';
  span: Span;
  targets: Expr[];
}
/** `import a.b as c` → { name: 'a.b', asname: 'c' } */
export interface Import {
  type: 'Import';
  span: Span;
  names: { name: string; asname: string | null }[];
}
/** `from m import x as y`; name '*' for a star import. `level` counts leading dots. */
export interface ImportFrom {
  type: 'ImportFrom';
  span: Span;
  module: string;
  level: number;
  names: { name: string; asname: string | null }[];
}

// ---------------------------------------------------------------- match

export type Pattern =
  | { type: 'MatchValue'; span: Span; value: Expr }
  | { type: 'MatchSingleton'; span: Span; value: true | false | null }
  | { type: 'MatchSequence'; span: Span; patterns: Pattern[] }
  | { type: 'MatchMapping'; span: Span; keys: Expr[]; patterns: Pattern[]; rest: string | null }
  | { type: 'MatchClass'; span: Span; cls: Expr; patterns: Pattern[]; kwdAttrs: string[]; kwdPatterns: Pattern[] }
  /** `*name` inside a sequence pattern; name null for `*_`. */
  | { type: 'MatchStar'; span: Span; name: string | null }
  /** `pattern as name`, a capture `name` (pattern null) or the wildcard `_` (both null). */
  | { type: 'MatchAs'; span: Span; pattern: Pattern | null; name: string | null }
  | { type: 'MatchOr'; span: Span; patterns: Pattern[] };

export interface MatchCase {
  span: Span;
  pattern: Pattern;
  guard: Expr | null;
  body: Stmt[];
}
export interface Match {
  type: 'Match';
  span: Span;
  subject: Expr;
  cases: MatchCase[];
}

// ---------------------------------------------------------------- module

export interface Module {
  type: 'Module';
  body: Stmt[];
  /** The source's lines, for tracebacks (`    x = 1 / 0`). */
  lines: string[];
  /** `# sim: latency <url-prefix> <seconds>` directives, in source order. */
  directives: { kind: 'latency'; prefix: string; seconds: number; line: number }[];
  /** `# sim: cores <n>`: the simulated machine's cores (os.cpu_count(), processes at once). */
  cores?: number;
  /** The literals' invalid escapes, in source order: the parser's SyntaxWarnings (3.12 on). */
  escapeWarnings?: EscapeWarning[];
}

/** A string or bytes literal's first invalid escape (`'\d'`, `b'\N'`, `'\777'`) and the line CPython names. */
export interface EscapeWarning {
  line: number;
  /** 3.14's line, which counts on by the lines before the escape. */
  line314: number;
  sequence: string;
  octal: boolean;
}

export interface ParseResult {
  module: Module;
  /** Errors first-to-last in source order. A module with any diagnostic must not be run. */
  diagnostics: Diagnostic[];
  /**
   * The error Python 3.11 raises for an f-string the later versions accept (a reused quote, a
   * backslash or `#` in a replacement field), and where its f-string starts: a 3.11 run reports it
   * unless an error of `diagnostics` comes earlier.
   */
  fstring311?: { diagnostic: Diagnostic; anchor: number };
  /**
   * The first error Python 3.11-3.13 raise for valid 3.14 (a t-string, whose prefix they read as a
   * name; `except A, B:`), and where it starts: reported before 3.14 unless an error of
   * `diagnostics` comes earlier.
   */
  before314?: { diagnostic: Diagnostic; anchor: number };
  /** The first error Python 3.11 raises for PEP 695's syntax (type parameters, `type X = ...`). */
  before312?: { diagnostic: Diagnostic; anchor: number };
  /** The first error Python 3.12 raises for PEP 696's type parameter defaults (`[T = int]`). */
  before313?: { diagnostic: Diagnostic; anchor: number };
  /**
   * 3.14's error where it differs from the earlier versions' (`replaces`, one of `diagnostics`, or
   * null): a yield, await or walrus in an annotation (PEP 649's annotation scopes), and the syntax
   * errors 3.14 words anew (parse/syntax-errors-314.ts).
   */
  compile314?: { replaces: Diagnostic | null; diagnostic: Diagnostic | null };
}

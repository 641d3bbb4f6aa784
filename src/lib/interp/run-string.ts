/**
 * eval() and exec() of a string (or of compile()'s code object): the text is parsed and compiled
 * as a module of its own, file "<string>", and run in the namespaces given (by default the calling frame's). With a locals
 * namespace apart from the globals, names resolve as in a class body (locals, then globals, then
 * builtins), as CPython runs such code.
 */
import { parse } from '../parse';
import { docstringFor } from './docstrings';
import { docstringOf } from '../parse/lower/definitions';
import { diagnosticsFor } from '../parse/fstring311';
import type * as ir from '../ir/types';
import {
  PyBytes,
  PyClass,
  PyDict,
  PyExc,
  PyObject,
  PyTuple,
  addressOf,
  makeError,
  native,
  objectClass,
  pyError,
  typeName,
  type PyValue,
} from '../runtime/core';
import { defNative, defNativeMethod } from '../runtime/native';
import { callMethodByName, repr } from '../runtime/ops';
import { printTarget } from '../runtime/builtins';
import { defBuiltinAttr } from '../runtime/types/util';
import { run } from '../runtime/run';
import { dictNamespace } from '../runtime/types/dict-namespace';
import { namespaceOf } from '../runtime/types/attr-dict';
import { asMemoryError } from '../runtime/memory';
import { Frame, NORMAL, type Code } from './frame';
import { frameStack } from './drops';
import { importModule } from './state';
import { Compiler, CompileError } from './compile';
import { callerFrame, frameLocals } from './namespaces';
import { failedAt } from './frame-error';
import { inThreadedMode } from './compile/suspends';
import { threadFrames } from './threaded';
import { noteSyntaxSource } from './keyword-typos';
import { syntaxFields } from './syntax-location';
import { issueCompileWarnings } from './compile-warnings';
import type { CompileWarning } from './compile/context';
import { escapeWarnings } from './compile/escape-warnings';
import { finallyWarnings } from './compile/finally-warnings';

const FILE = '<string>';

/** CPython's SyntaxError for the text: message, and (file, line, offset, text, end line, end offset). */
function syntaxError(
  file: string,
  kind: ir.Diagnostic['kind'],
  message: string,
  span: ir.Span,
  lines: string[],
  exec: boolean,
  compiler = false,
): PyExc {
  const d: ir.Diagnostic = { kind, message, span, ...(compiler ? { compiler: true as const } : {}) };
  const f = syntaxFields(d, lines, exec, run.minor);
  return syntaxErrorAt(f.kind, message, [file, f.line, f.offset, f.text, f.endLine, f.endOffset], lines);
}

/** Where a SyntaxError points: file, line, offset, text, end line, end offset. */
type Location = [string, number, number, string | null, number, number | null];

/** The SyntaxError (or subclass `kind`) with its args and fields at `loc`, for the source `lines`. */
function syntaxErrorAt(kind: string, message: string, loc: Location, lines: string[]): PyExc {
  const e = makeError(kind);
  const [file, line, offset, text, endLine, endOffset] = loc;
  const fields: PyValue[] = [
    file,
    BigInt(line),
    BigInt(offset),
    text,
    BigInt(endLine),
    endOffset === null ? null : BigInt(endOffset),
  ];
  e.args = [message, new PyTuple(fields)];
  const d = e.dict!;
  d.set('msg', message);
  d.set('filename', file);
  d.set('lineno', fields[1]);
  d.set('offset', fields[2]);
  d.set('text', text);
  d.set('end_lineno', fields[4]);
  d.set('end_offset', fields[5]);
  d.set('print_file_and_line', null);
  // The traceback module of 3.14 reads the source back to suggest keywords.
  noteSyntaxSource(e, lines);
  return new PyExc(e);
}

/** The text of eval()'s, exec()'s or compile()'s first argument. */
function sourceText(fn: string, v: PyValue): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyBytes) return new TextDecoder().decode(v.data);
  const what = fn === 'compile' ? 'a string, bytes or AST object' : 'a string, bytes or code object';
  throw pyError('TypeError', `${fn}() arg 1 must be ${what}`);
}

interface Namespaces {
  globals: Map<string, PyValue>;
  /** The separate locals namespace, or null when the code runs at module level of `globals`. */
  locals: Map<string, PyValue> | null;
}

/** The namespaces given, or the caller's: its globals, and its locals when they are not those globals. */
function namespaces(g: PyValue | undefined, l: PyValue | undefined): Namespaces {
  if (g === undefined || g === null) {
    if (l !== undefined && l !== null && !isMapping(l)) throw pyError('TypeError', 'locals must be a mapping');
    const f = callerFrame();
    const globals = f.globals;
    if (l !== undefined && l !== null) return { globals, locals: dictNamespace(l as PyDict) };
    if (f.ns !== null) return { globals, locals: f.ns };
    if (f.code.scope.kind === 'module') return { globals, locals: null };
    return { globals, locals: dictNamespace(frameLocals(f) as PyDict) };
  }
  if (!(g instanceof PyDict)) throw pyError('TypeError', 'globals must be a dict');
  if (l !== undefined && l !== null && !isMapping(l)) throw pyError('TypeError', 'locals must be a mapping');
  const globals = dictNamespace(g);
  // As CPython, code given a globals dict without builtins gets them under __builtins__.
  const builtins = importModule('builtins');
  const own = globals.get('__builtins__');
  if (own === undefined) globals.set('__builtins__', builtins);
  else if (own !== builtins && !(own instanceof PyDict && namespaceOf(own) === builtins.dict))
    throw pyError(
      'NotSimulatedError',
      'exec() and eval() with builtins of your own (__builtins__) are not simulated in Loopline',
    );
  if (l === undefined || l === null || l === g) return { globals, locals: null };
  return { globals, locals: dictNamespace(l as PyDict) };
}

function isMapping(v: PyValue): boolean {
  return v instanceof PyDict;
}

/** Parsed text, checked for its mode: what compile() makes (a code object) and exec()/eval() run. */
interface Parsed {
  file: string;
  mode: Mode;
  module: ir.Module;
  /** Its compile-time warnings have been issued (by compile(), or the first exec()/eval() of the text). */
  warned?: boolean;
  /** A `python -c` child's code (stdlib/subprocesses.ts): compiled noting where operations fail, for its traceback's caret lines. */
  command?: boolean;
}

type Mode = 'eval' | 'exec' | 'single';

/** Compound statements, which 'single' mode takes only when a newline ends them. */
const COMPOUND = new Set(['FunctionDef', 'ClassDef', 'If', 'While', 'For', 'With', 'Try', 'Match']);

/**
 * compile()'s 'single' mode takes one interactive statement: the simple statements of one line,
 * or one compound statement ended by a newline.
 */
function checkSingle(module: ir.Module, text: string, file: string): void {
  const body = module.body;
  const lines = module.lines;
  const at = (line: number, col: number, endCol = col) => ({ from: 0, to: 0, line, col, endLine: line, endCol });
  if (body.length === 0) {
    const line = text === '' ? 0 : 1;
    const e = syntaxError(file, 'SyntaxError', 'invalid syntax', at(line, -1), lines, false);
    if (line === 0) {
      e.exc.args = ['invalid syntax', new PyTuple([file, 0n, 0n, '', 0n, 0n])];
      e.exc.dict!.set('text', '');
    }
    throw e;
  }
  const first = body[0];
  const later = body.find((s) => s.span.line > first.span.endLine);
  if (later !== undefined) {
    const line = first.span.endLine;
    const end = lines[line - 1].length;
    throw syntaxError(
      file,
      'SyntaxError',
      'multiple statements found while compiling a single statement',
      at(line, end, end + 1),
      lines,
      false,
    );
  }
  if (COMPOUND.has(first.type) && !text.endsWith('\n'))
    throw syntaxError(file, 'SyntaxError', 'invalid syntax', at(first.span.line, -1), lines, false);
}

/**
 * 'single' mode's expression statements (those of the module level, not in a function or class)
 * hand their value to sys.displayhook: its repr printed unless None, and kept as builtins._.
 */
function displayExpressions(compiler: Compiler): void {
  const root = compiler.scope;
  const plain = compiler.stmt.bind(compiler);
  compiler.stmt = (s) => {
    if (s.type !== 'Expr' || compiler.scope !== root) return plain(s);
    const x = compiler.expr(s.value);
    return (f) => {
      display(x(f));
      return NORMAL;
    };
  };
}

function display(v: PyValue): void {
  if (v === null) return;
  const builtins = importModule('builtins').dict!;
  builtins.set('_', null);
  // CPython's displayhook writes the repr and the newline apart.
  const to = printTarget.resolve(null);
  for (const text of [repr(v), '\n']) {
    if (to === undefined) run.write(text);
    else if (to !== null) callMethodByName(to, 'write', [text]);
  }
  builtins.set('_', v);
}

/**
 * eval()'s SyntaxError for text with no expression (blank lines and comments): at the start of its
 * last line (line 0 for no text), that line with its newline as the text; a last line of only
 * blanks is read as an indent instead (IndentationError).
 */
function emptyEval(text: string, file: string): PyExc {
  const lines = text.split('\n');
  const ended = text.endsWith('\n');
  const n = text === '' ? 0 : ended ? lines.length - 1 : lines.length;
  const last = n === 0 ? '' : lines[n - 1];
  const indent = !ended && last !== '' && /^[ \t\f]+$/.test(last);
  const message = indent ? 'unexpected indent' : 'invalid syntax';
  const shown = indent || !ended ? last : last + '\n';
  const kind = indent ? 'IndentationError' : 'SyntaxError';
  return syntaxErrorAt(kind, message, [file, n, indent ? last.length : 0, shown, n, indent ? -1 : 0], lines);
}

/** Parse the text; SyntaxError as CPython raises it for the file named. */
function parseText(text: string, mode: Mode, file: string): Parsed {
  const parsed = parse(text);
  const lines = parsed.module.lines;
  const bad = diagnosticsFor(parsed, run.minor)[0];
  if (bad !== undefined) {
    if (bad.kind === 'Unsupported') throw pyError('NotSimulatedError', `${bad.message} (in code compiled at run time)`);
    // 'single' mode reads a line as the prompt does: at the end of text without a newline the
    // statement is merely incomplete, reported at column 0.
    const eof = mode === 'single' && !text.endsWith('\n') && bad.span.line === lines.length;
    const span =
      eof && bad.message === 'invalid syntax' && bad.span.col >= lines[lines.length - 1].length
        ? { ...bad.span, col: -1, endLine: bad.span.line, endCol: -1 }
        : bad.span;
    throw syntaxError(
      file,
      bad.kind,
      bad.message,
      span,
      lines,
      mode === 'exec' || (mode === 'single' && !eof),
      bad.compiler === true,
    );
  }
  const body = parsed.module.body;
  if (mode === 'single') checkSingle(parsed.module, text, file);
  if (mode === 'eval' && body.length === 0) throw emptyEval(text, file);
  if (mode === 'eval' && (body.length !== 1 || body[0].type !== 'Expr')) {
    const span =
      body.length > 0 ? body[body.length > 1 ? 1 : 0].span : { from: 0, to: 0, line: 1, col: 0, endLine: 1, endCol: 0 };
    throw syntaxError(file, 'SyntaxError', 'invalid syntax', span, lines, false);
  }
  return { file, mode, module: parsed.module };
}

/** The expression of `text` parsed as compile(text, file, 'eval') parses it (ast.literal_eval's reading); SyntaxError as there. */
export function parseExpression(text: string, file: string): ir.Expr {
  const body = parseText(text, 'eval', file).module.body;
  return (body[0] as ir.ExprStmt).value;
}

/** The code object of text `compiler` compiles as a module of Loopline's own (not the program's lines), set as its code. */
function moduleCode(compiler: Compiler, file: string): Code {
  const code: Code = {
    name: '<module>',
    qualname: '<module>',
    user: false,
    file,
    firstLine: 1,
    scope: compiler.scope,
    kind: 'function',
    nlocals: 0,
    cellSlots: [],
  };
  compiler.code = code;
  return code;
}

/** Compile parsed text to run in a frame of its own (names resolving as in a class body with separate locals). */
function compileParsed(p: Parsed, separateLocals: boolean) {
  // Loopline's own compilation: its lines are not the program's (the timeline stays on the caller's line).
  const compiler = new Compiler(p.module, p.command === true, '__main__', p.file, p.warned !== true);
  if (separateLocals) compiler.scope.kind = 'class';
  if (p.mode === 'single') displayExpressions(compiler);
  const code = moduleCode(compiler, p.file);
  const body = p.module.body;
  try {
    if (p.mode === 'eval') {
      const x = compiler.expr((body[0] as ir.ExprStmt).value);
      warnOnce(p, compiler.warnings);
      return { code, run: (f: Frame) => x(f) };
    }
    const s = compiler.block(body);
    warnOnce(p, compiler.warnings);
    // exec mode's docstring is stored as `__doc__` (in the locals, when separate) by its first statement.
    const doc = p.mode === 'exec' ? docstringOf(body) : null;
    return {
      code,
      run: (f: Frame) => {
        if (doc !== null) (f.ns ?? f.globals).set('__doc__', docstringFor(doc));
        s(f);
        return null;
      },
    };
  } catch (e) {
    if (e instanceof CompileError)
      throw syntaxError(
        p.file,
        'SyntaxError',
        compileMessage(e.message),
        e.span,
        p.module.lines,
        p.mode === 'exec',
        true,
      );
    throw e;
  }
}

/** The text's compile-time warnings, the parser's first, issued the first time it is compiled. */
function warnOnce(p: Parsed, compiled: readonly CompileWarning[]): void {
  if (p.warned === true) return;
  p.warned = true;
  const parser = [...escapeWarnings(p.module, run.minor), ...(run.minor >= 14 ? finallyWarnings(p.module.body) : [])];
  issueCompileWarnings([...parser, ...compiled], p.module, p.file, (message, span) =>
    syntaxErrorAt(
      'SyntaxError',
      message,
      [p.file, span.line, span.col + 1, null, span.endLine, span.endCol + 1],
      p.module.lines,
    ),
  );
}

/** compile(text, '<string>', 'exec') of a `python -c` child's code: exec() runs it as the child's __main__. */
export function compileCommand(text: string): PyValue {
  return new PyCode({ ...parseText(text, 'exec', FILE), command: true });
}

/**
 * exec() of a `python -c` child's code (compileCommand's) in `globals`, from the child's thread:
 * compiled in threaded form, so the child can block (time.sleep, input) and the scheduler switch
 * away from it (interp/threaded.ts).
 */
export function* execCommand(source: PyValue, g: PyValue): Generator<PyValue, PyValue, PyValue> {
  if (!(source instanceof PyCode)) throw pyError('TypeError', 'execCommand: not a code object');
  const p = source.parsed;
  const ns = namespaces(g, null);
  const compiler = new Compiler(p.module, true, '__main__', p.file);
  const code = moduleCode(compiler, p.file);
  compiler.threadedCode = code;
  let body: (f: Frame) => Generator<PyValue, unknown, PyValue>;
  try {
    body = inThreadedMode(true, () => compiler.gblock(p.module.body)) as typeof body;
  } catch (e) {
    if (e instanceof CompileError)
      throw syntaxError(p.file, 'SyntaxError', compileMessage(e.message), e.span, p.module.lines, true, true);
    throw e;
  }
  const f = new Frame(code, [], [], ns.globals, null);
  const mine = threadFrames.current;
  mine.push(f);
  try {
    yield* body(f);
    return null;
  } catch (thrown) {
    throw withModuleFrame(thrown, f, p.file, mine.length > 1 ? mine[mine.length - 2] : null);
  } finally {
    mine.pop();
  }
}

const codeClass = new PyClass('code', [objectClass]);
codeClass.isBuiltin = true;

/** compile()'s result: the checked text, run by exec() or eval(). */
class PyCode extends PyObject {
  constructor(readonly parsed: Parsed) {
    super(codeClass);
  }
}

defNativeMethod(codeClass, '__repr__', '()', (self) => {
  const c = self as PyCode;
  // CPython puts the file name between double quotes as it is, without escaping it.
  return `<code object <module> at ${addressOf(c)}, file "${c.parsed.file}", line 1>`;
});
defBuiltinAttr(codeClass, 'co_filename', (self) => (self as PyCode).parsed.file, 'member');
defBuiltinAttr(codeClass, 'co_name', () => '<module>', 'member');
defBuiltinAttr(codeClass, 'co_firstlineno', () => 1n, 'member');

/** The compiler's refusal of `await` at module level is CPython's "outside function". */
function compileMessage(m: string): string {
  if (m.startsWith("'await'")) return "'await' outside function";
  return m;
}

/**
 * What compiled text `f` (of `file`) threw, its traceback ending in the text's `<module>` frame
 * where in the line it failed (a `python -c` child's traceback shows it: stdlib/subprocesses.ts),
 * the frame and its caller `back` kept for tb_frame (the traceback module reads f_code off it).
 */
function withModuleFrame(thrown: unknown, f: Frame, file: string, back: Frame | null): unknown {
  const e = thrown instanceof RangeError ? asMemoryError(thrown) : thrown;
  if (e instanceof PyExc) {
    const pos = failedAt(e.exc, f) ?? undefined;
    const line = pos?.line ?? f.line;
    // f_lineno reads the frame's line: where the text failed.
    f.line = line;
    e.exc.traceback.push({ name: '<module>', line, user: true, file, pos, frame: f, back });
  }
  return e;
}

function runText(fn: 'eval' | 'exec', [source, g, l]: PyValue[]): PyValue {
  let parsed: Parsed;
  if (source instanceof PyCode) parsed = source.parsed;
  else {
    let text = sourceText(fn, source);
    // eval() ignores leading spaces and tabs (exec() does not).
    if (fn === 'eval') text = text.replace(/^[ \t]+/, '');
    parsed = parseText(text, fn, FILE);
  }
  const ns = namespaces(g, l);
  const compiled = compileParsed(parsed, ns.locals !== null);
  const f = new Frame(compiled.code, [], [], ns.globals, ns.locals);
  const stack = run.get(frameStack);
  stack.push(f);
  try {
    const v = compiled.run(f);
    // exec() of code compiled for eval() runs it for nothing; eval() of exec code gives None.
    return fn === 'exec' || parsed.mode === 'single' ? null : v;
  } catch (thrown) {
    throw withModuleFrame(thrown, f, parsed.file, stack.length > 1 ? stack[stack.length - 2] : null);
  } finally {
    stack.pop();
  }
}

const compileFn = defNative(
  'compile',
  '(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)',
  ([source, filename, mode]) => {
    if (typeof mode !== 'string')
      throw pyError('TypeError', `compile() argument 'mode' must be str, not ${typeName(mode)}`);
    if (mode !== 'exec' && mode !== 'eval' && mode !== 'single')
      throw pyError('ValueError', "compile() mode must be 'exec', 'eval' or 'single'");
    if (typeof filename !== 'string')
      throw pyError('TypeError', `compile() argument 'filename' must be str, not ${typeName(filename)}`);
    const parsed = parseText(sourceText('compile', source), mode, filename);
    // Compiled now for the compiler's own errors and warnings (exec() compiles it again for its namespaces).
    compileParsed(parsed, false);
    return new PyCode(parsed);
  },
);

/** eval() and exec(); before 3.13 their namespaces are positional only. */
export function runStringBuiltins(): [string, PyValue][] {
  const make = (fn: 'eval' | 'exec') => {
    const positional = defNative(fn, '(source, globals=None, locals=None, /)', (a) => runText(fn, a));
    const keywords = defNative(fn, '(source, /, globals=None, locals=None)', (a) => runText(fn, a));
    return native(fn, (args, kw) => {
      if (kw !== null && kw.size > 0 && run.minor < 13)
        throw pyError('TypeError', `${fn}() takes no keyword arguments`);
      return (run.minor < 13 ? positional : keywords).fn(args, kw);
    });
  };
  return [
    ['eval', make('eval')],
    ['exec', make('exec')],
    ['compile', compileFn],
  ];
}

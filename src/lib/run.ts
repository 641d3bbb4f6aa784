/**
 * Loopline's entry point: parse a program, simulate it on the virtual clock, return its trace.
 * Never throws on user input: syntax errors come back as diagnostics, runtime problems in the
 * trace's `error`.
 */
import { parse } from './parse';
import type { Diagnostic, ParseResult } from './ir/types';
import { PyExc, getExcClass, type PyExceptionObject } from './runtime/core';
import { anchorNewRun } from './runtime/shape-anchors';
import { Run, enterRun, run as liveRun, type RunLimits } from './runtime/run';
import { ProgramInput, type InputSource } from './runtime/program-input';
import './runtime/types/index';
import { builtinFunctions } from './runtime/builtins';
import { inCPythonOrder } from './runtime/builtins-order';
import { classBuiltins } from './interp/classes';
import { asyncIterBuiltins } from './interp/generator';
import { namespaceBuiltins } from './interp/namespaces';
import { runStringBuiltins } from './interp/run-string';
import { addressOrders } from './runtime/address-order';
import { hashOrders } from './runtime/hash-order';
import { isStandardLibrary } from './stdlib/not-simulated';
import { CompileError } from './interp/compile';
import { compileProgram } from './interp/compile/program-cache';
import { VIRTUAL_CORES } from './stdlib/cores';
import {
  LimitExceeded,
  Interpreter,
  interpreter,
  mainGlobals,
  importModule,
  heapGauge,
  type HeapGauge,
} from './interp/state';
import { excLine, formatTraceback } from './interp/traceback';
import { withKeywordTypo } from './interp/keyword-typos';
import { Simulation, SimStop } from './sim/runners';
import { call, str } from './runtime/ops';
import { TraceRecorder } from './trace/recorder';
import type { ConformanceTrace, UiTrace } from './trace/types';
import { moduleFinder } from './stdlib/modules';
import { ProcessExit } from './stdlib/process-exit';
import { formatException } from './stdlib/exc-format';
import { DEFAULT_PYTHON, minorOf, type PythonVersion } from './ir/python-version';
import { diagnosticsFor } from './parse/fstring311';
import { CountedMap } from './runtime/global-cache';
import { docstringFor } from './interp/docstrings';
import { docstringOf } from './parse/lower/definitions';
import { unicodeNameLookup } from './stdlib/unicode-name-lookup';
/** The library chunks a program may need, fetched before its run (stdlib/lazy-sources.ts). */
export { preloadLibrary } from './stdlib/lazy-sources';
import { wantsDocs } from './stdlib/lazy-sources';
import { docsWanted } from './runtime/builtin-docs';

/** How far a run has got: task steps, virtual seconds, and the program's line running last. */
export interface Progress {
  steps: number;
  t: number;
  line: number;
}

export interface RunOptions {
  /** Override the step limit (the default matches the conformance recorder). */
  maxSteps?: number;
  maxOperations?: number;
  /** Override the output budget: characters written to stdout and stderr. */
  maxOutput?: number;
  /** The engine's heap, where the host can read it: a run whose data passes 80% of it is stopped (interp/state.ts). */
  heapGauge?: HeapGauge;
  /** Told now and then (a few times a second at most) how far the run has got: steps and virtual time. */
  onProgress?: (p: Progress) => void;
  /**
   * Record only the conformance trace, output, stderr, warnings and task errors (the CLI's `run` and
   * `trace`): `ui.details` stays empty, and the app-only recording (loop queues, frames, sync states,
   * causes) is skipped. The run itself is the same.
   */
  traceOnly?: boolean;
  /** The CPython version to simulate (default DEFAULT_PYTHON). */
  python?: PythonVersion;
  /** The simulated machine's cores: os.cpu_count(), and how many processes compute at once (default: the program's `# sim: cores N`, else VIRTUAL_CORES). */
  cores?: number;
  /**
   * Whether CPU work takes its modelled time on the clock in a program that uses processes
   * (default true, threads.md). false: it takes none, as on the recorder's clock (the conformance
   * test compares process goldens so).
   */
  cpuClock?: boolean;
  /**
   * The program's absolute path, as python3 names its main file (`__file__`, tracebacks, task reprs,
   * warnings) when run by a path: the CLI's `run` gives it. Without it they name the file by its
   * base name (the app's main.py, and the conformance goldens as the recorder writes them).
   */
  mainPath?: string;
  /**
   * The program's standard input, read by input() and sys.stdin (default: none, as python3's with
   * stdin from /dev/null). A function is called the first time the program reads, for the text.
   */
  stdin?: InputSource;
}

export interface RunResult {
  /** Syntax errors and unsupported constructs; when non-empty nothing ran. */
  diagnostics: Diagnostic[];
  trace: ConformanceTrace;
  ui: UiTrace;
  /** CPython-style traceback text of an uncaught exception (for the CLI's stderr). */
  traceback: string | null;
  /** Where a runaway or deadlock stop happened, when known. */
  stopLine: number | null;
  /** The status `python3` would exit with: sys.exit(code), 1 when an exception escaped (130 for KeyboardInterrupt), else 0. */
  exitCode?: number;
  /** Set when a Loopline bug (not the program) ended the run; the same text is the trace's error. */
  internalError?: string;
  /** Which of the run's caps stopped it, when one did: task steps, operations, the virtual clock, the output or memory. */
  limit?: RunLimitKind;
  /**
   * How much the program had written when it ended (its last line, an uncaught exception, a stop),
   * before the exit functions ran: stdout writes, stderr writes and warnings. The CLI prints the
   * traceback there, as python3 does before atexit's functions run.
   */
  endedAt?: { stdout: number; stderr: number; warnings: number };
  /**
   * The module an uncaught ModuleNotFoundError named, when it is not part of Python's standard
   * library (a package Loopline lacks, or a file of the user's own): doctor/missing-module.ts words the note.
   */
  missingModule?: string;
}

/** The caps a run can be stopped at (RunOptions' maxSteps, maxOperations and maxOutput, the clock's and the heap gauge's). */
type RunLimitKind = 'steps' | 'operations' | 'clock' | 'output' | 'memory';

/** The short text a Loopline bug ends a run with: no JS stack, the program line that was running. */
export function internalErrorText(e: unknown, line: number | null): string {
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return `internal error in Loopline${line === null ? '' : ` at line ${line}`}: ${what.split('\n')[0]}`;
}

/** V8's RangeError for a JS stack overflow, which a deep Python recursion causes. */
function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && e.message.includes('call stack');
}

/** The run current now (an idle one between simulations). */
const currentRun = (): Run => liveRun;

/**
 * The last program parsed, kept for the next run of the same text (the app's runs of one program,
 * the versions of a comparison, a bench's repeated runs): parsing does not depend on the Python
 * version, and compiling and running only read the IR (as the library's IR, kept across runs).
 */
let lastParse: { source: string; minor: number; parsed: ParseResult } | null = null;

/** The parse of `source`; a program with a `\N{...}` escape is read with its version's Unicode names. */
function parseOnce(source: string, python: PythonVersion): ParseResult {
  const names = source.includes('\\N{') ? unicodeNameLookup(minorOf(python)) : undefined;
  const minor = names === undefined ? 0 : minorOf(python);
  if (lastParse === null || lastParse.source !== source || lastParse.minor !== minor)
    lastParse = { source, minor, parsed: parse(source, true, names) };
  return lastParse.parsed;
}

/** The parse as `python` reads it: 3.11 refuses some f-strings the later versions accept. */
function forVersion(parsed: ParseResult, python: PythonVersion): ParseResult {
  const minor = minorOf(python);
  let diagnostics = diagnosticsFor(parsed, minor);
  // 3.14 suggests a keyword for a plain "invalid syntax" (CPython reports the first error only).
  if (minor >= 14 && diagnostics.length > 0) {
    const first = withKeywordTypo(diagnostics[0], parsed.module.lines);
    if (first !== diagnostics[0]) diagnostics = [first, ...diagnostics.slice(1)];
  }
  return diagnostics === parsed.diagnostics ? parsed : { ...parsed, diagnostics };
}

/**
 * The parse a run of `source` as `python` reads it: with that version's `\N{...}` names and its
 * f-string rules (the doctor reads the program as the run did).
 */
export function parseAs(source: string, python: PythonVersion = DEFAULT_PYTHON): ParseResult {
  return forVersion(parseOnce(source, python), python);
}

export function simulate(source: string, opts: RunOptions = {}, fileName = 'main.py'): RunResult {
  const python = opts.python ?? DEFAULT_PYTHON;
  const parsed = parseAs(source, python);
  const rec = new TraceRecorder(!opts.traceOnly);
  const empty = (): RunResult => ({
    diagnostics: [...parsed.diagnostics],
    trace: rec.trace,
    ui: rec.ui(),
    traceback: null,
    stopLine: null,
  });
  if (parsed.diagnostics.length) return empty();
  let compiled;
  let compileWarnings: readonly { line: number; text: string }[];
  // The compiler runs before the run is entered: its version-dependent texts (SyntaxWarning) read
  // the version from the run current now. A program run again on that version takes its last compile.
  const idlePython = currentRun().python;
  currentRun().python = opts.python ?? DEFAULT_PYTHON;
  try {
    ({ compiled, warnings: compileWarnings } = compileProgram(parsed.module));
  } catch (e) {
    if (e instanceof CompileError) {
      return { ...empty(), diagnostics: [{ kind: 'Unsupported', message: e.message, span: e.span }] };
    }
    throw e;
  } finally {
    currentRun().python = idlePython;
  }
  const limits: Partial<RunLimits> = {};
  if (opts.maxSteps) limits.steps = opts.maxSteps;
  if (opts.maxOperations) limits.operations = opts.maxOperations;
  if (opts.maxOutput) limits.output = opts.maxOutput;
  const r = new Run(limits);
  r.fileName = opts.mainPath ?? fileName.split('/').pop() ?? fileName;
  r.filePath = opts.mainPath ?? fileName;
  r.python = opts.python ?? DEFAULT_PYTHON;
  if (opts.stdin !== undefined) r.input = new ProgramInput(opts.stdin);
  if (opts.heapGauge) r.set(heapGauge, opts.heapGauge);
  r.set(docsWanted, wantsDocs(source));
  const sim = new Simulation(r, rec, !opts.traceOnly);
  sim.cores = opts.cores ?? parsed.module.cores ?? VIRTUAL_CORES;
  sim.cpuClock = opts.cpuClock ?? true;
  sim.sourceLines = parsed.module.lines;
  if (opts.onProgress) sim.onProgress = opts.onProgress;
  let traceback: string | null = null;
  let missingModule: string | undefined;
  let stopLine: number | null = null;
  let stopped = false;
  let exitCode = 0;
  let internalError: string | undefined;
  let limit: RunLimitKind | undefined;
  let endedAt: RunResult['endedAt'];
  // Entered before the builtins are made: the run numbers its objects (ids) from theirs on.
  const previous = enterRun(r);
  const releaseAnchors = anchorNewRun();
  try {
    // The builtins and the program's namespace count their changes, so that the source tier's
    // global-name sites may keep what they read (runtime/global-cache.ts).
    const builtins = new CountedMap(
      inCPythonOrder([
        ...builtinFunctions(),
        ...classBuiltins(),
        ...asyncIterBuiltins(),
        ...namespaceBuiltins(),
        ...runStringBuiltins(),
        // The builtins module's own name (what `__name__` is in code exec()'d with a globals dict of its own).
        ['__name__', 'builtins'],
        ['__package__', ''],
        // Constants the compiler reads itself; the module has them too (vars(builtins), "Did you mean: 'False'?").
        ['None', null],
        ['False', false],
        ['True', true],
        ['__debug__', true],
      ]),
    );
    r.set(interpreter, new Interpreter(builtins, moduleFinder({ sim, program: parsed.module, fileName })));
    for (const w of compileWarnings) rec.warning(w.text, 0, w.line);
    // The names CPython's __main__ module starts with, in its order (as the recorder makes it).
    const globals = new CountedMap([
      ['__name__', '__main__'],
      // The module's docstring is its first statement's doing: set before anything else runs.
      ['__doc__', docstringFor(docstringOf(parsed.module.body))],
      ['__package__', null],
      ['__loader__', null],
      ['__spec__', null],
      ['__file__', opts.mainPath ?? fileName],
      ['__builtins__', importModule('builtins')],
      ['__cached__', null],
    ]);
    r.set(mainGlobals, globals);
    // How the program (or an exit function) ended, when it did not end normally.
    const ended = (e: unknown): void => {
      if (e instanceof PyExc) {
        if (!e.exc.cls.isSubclassOf(getExcClass('SystemExit'))) {
          rec.trace.error = excLine(e.exc, 'line');
          missingModule = missingName(e.exc);
          // An exception group (or a chain holding one) is drawn in CPython's numbered boxes.
          traceback = holdsGroup(e.exc)
            ? formatException(e.exc, parsed.module.lines, true, true).join('')
            : formatTraceback(e.exc, opts.mainPath ?? fileName, parsed.module.lines);
          // python3 ends itself with SIGINT on an uncaught KeyboardInterrupt: a shell sees 128 + 2.
          exitCode = e.exc.cls.isSubclassOf(getExcClass('KeyboardInterrupt')) ? 130 : 1;
        } else {
          // sys.exit(code): the process status python3 would end with (a message goes to stderr).
          const code = e.exc.args.length ? e.exc.args[0] : null;
          if (typeof code === 'bigint') exitCode = Number(code);
          else if (typeof code === 'boolean') exitCode = code ? 1 : 0;
          else if (code !== null) {
            exitCode = 1;
            rec.stderr(str(code) + '\n', sim.clock.now);
          }
        }
      } else if (e instanceof ProcessExit) {
        // os._exit: no interpreter shutdown, so none of its warnings.
        exitCode = e.status;
        stopped = true;
      } else if (e instanceof SimStop) {
        rec.trace.error = e.message;
        stopped = true;
        if (e.message.startsWith('Limit:')) limit = sim.steps > r.limits.steps ? 'steps' : 'clock';
      } else if (e instanceof LimitExceeded) {
        rec.trace.error = e.message;
        stopLine = e.line;
        stopped = true;
        limit = e.kind;
      } else if (isStackOverflow(e)) {
        rec.trace.error = 'RecursionError: maximum recursion depth exceeded';
      } else {
        // A JS exception here is a Loopline bug: end the run with a short message, not a stack.
        internalError = internalErrorText(e, r.userLine);
        rec.trace.error = internalError;
        stopped = true;
      }
    };
    try {
      compiled.run(globals);
      endThreads(r);
    } catch (e) {
      if (e instanceof PyExc) sim.settleBeforeTraceback(e.exc, globals);
      ended(e);
    }
    endedAt = { stdout: rec.trace.stdout.length, stderr: rec.stderrLines.length, warnings: rec.trace.warnings.length };
    // Interpreter exit: atexit's functions, unless os._exit or a limit stopped the run.
    const atexit = r.get(interpreter).modules.get('atexit');
    if (!stopped && atexit) {
      try {
        call(atexit.dict!.get('_run_exitfuncs')!, [], null);
      } catch (e) {
        ended(e);
      }
    }
    try {
      if (!stopped) sim.finalWarnings(globals);
      // Interpreter shutdown: the program's globals go, and what only they held dies.
      if (!stopped) sim.lifetimes.shutdown(globals);
    } catch {
      // A broken __repr__ during final warnings must not hide the trace.
    }
  } finally {
    enterRun(previous);
    releaseAnchors();
  }
  rec.trace.end = sim.clock.now;
  const result: RunResult = {
    diagnostics: [],
    trace: rec.trace,
    ui: rec.ui(),
    traceback,
    stopLine,
    exitCode,
    internalError,
  };
  if (limit) result.limit = limit;
  if (endedAt) result.endedAt = endedAt;
  if (missingModule) result.missingModule = missingModule;
  const orders = addressOrders(r);
  if (orders.length) result.ui.addressOrders = orders;
  const hashed = hashOrders(r);
  if (hashed.length) result.ui.hashOrders = hashed;
  return result;
}

/** The module a ModuleNotFoundError (of CPython's making: it names the module) could not find, outside the standard library. */
function missingName(exc: PyExceptionObject): string | undefined {
  if (exc.cls !== getExcClass('ModuleNotFoundError')) return undefined;
  const name = exc.dict?.get('name');
  return typeof name === 'string' &&
    name !== '' &&
    !name.startsWith('__main__') &&
    !isStandardLibrary(name.split('.')[0])
    ? name
    : undefined;
}

/** Whether an exception group is the exception, or in its cause or context chain. */
function holdsGroup(e: PyExceptionObject): boolean {
  const seen = new Set<PyExceptionObject>();
  for (let x: PyExceptionObject | null = e; x !== null && !seen.has(x);) {
    if (x.exceptions !== null) return true;
    seen.add(x);
    x = x.cause ?? (x.suppressContext ? null : x.context);
  }
  return false;
}

/** The interpreter's exit waits for the program's non-daemon threads (threading._shutdown), when it used any. */
function endThreads(r: Run): void {
  const threading = r.get(interpreter).modules.get('threading');
  const shutdown = threading?.dict?.get('_shutdown');
  if (shutdown !== undefined) call(shutdown, [], null);
}

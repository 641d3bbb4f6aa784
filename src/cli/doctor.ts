/**
 * `loopline doctor FILE.py`: runs the program and prints the asyncio mistakes seen in the run, one
 * per line as `LINE: KIND: message (cost)`, or the findings as JSON with `--json`. Exits 0 whether
 * or not there are findings; a file that cannot be read or does not parse exits 1, as `run` does.
 */
import { internalErrorText, type RunResult } from '../lib/run';
import type { Diagnostic } from '../lib/ir/types';
import { DEFAULT_PYTHON, isPythonVersion, PYTHON_VERSIONS, type PythonVersion } from '../lib/ir/python-version';
import { diagnose, type Finding } from '../lib/doctor';
import { simulateNotingOverflow, NEEDS_DEEP_STACK } from './stack';

interface Writer {
  write(s: string): unknown;
}

export interface DoctorContext {
  out: Writer;
  err: Writer;
  usage: string;
  deepStack: boolean;
  load(file: string): { source: string } | { error: string };
  formatDiagnostic(file: string, d: Diagnostic, lines: string[]): string;
}

export const DOCTOR_USAGE = `doctor options:
  --json                      print the findings as JSON (an array of {kind, line, message, cost, ...})
  --locale en|ko              language of the messages                        [en]
`;

/** EX_SOFTWARE, as `run` exits on a Loopline bug. */
const EXIT_INTERNAL = 70;

type Options = { file: string; json: boolean; locale: 'en' | 'ko'; python: PythonVersion };

function options(args: string[]): Options | string {
  let file: string | undefined;
  let json = false;
  let locale: 'en' | 'ko' = 'en';
  let python = DEFAULT_PYTHON;
  for (let i = 0; i < args.length; i++) {
    let a = args[i];
    let v: string | undefined;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    if (eq > 0) [a, v] = [a.slice(0, eq), a.slice(eq + 1)];
    if (a === '--json' && v === undefined) json = true;
    else if (a === '--python') {
      v ??= args[++i];
      if (!isPythonVersion(v))
        return `--python takes one of ${PYTHON_VERSIONS.join(', ')} (got ${v === undefined ? 'nothing' : `'${v}'`})`;
      python = v;
    } else if (a === '--locale') {
      v ??= args[++i];
      if (v !== 'en' && v !== 'ko') return `--locale takes en or ko (got ${v === undefined ? 'nothing' : `'${v}'`})`;
      locale = v;
    } else if (a.startsWith('-')) return `unknown option '${a}'`;
    else if (file === undefined) file = a;
    else return `one program at a time (got '${file}' and '${a}')`;
  }
  return file === undefined ? 'which program? (loopline doctor FILE.py)' : { file, json, locale, python };
}

/** One finding as the command prints it: `LINE: KIND: message (cost)`. */
function findingLine(f: Finding, locale: 'en' | 'ko'): string {
  return `${f.line}: ${f.kind}: ${f.message[locale]}${f.cost ? ` (${f.cost[locale]})` : ''}`;
}

export function doctorCommand(args: string[], ctx: DoctorContext): number {
  const o = options(args);
  if (typeof o === 'string') {
    ctx.err.write(`loopline: ${o}\n${ctx.usage}`);
    return 2;
  }
  const loaded = ctx.load(o.file);
  if ('error' in loaded) {
    ctx.err.write(loaded.error);
    return 1;
  }
  let result: RunResult;
  let findings: Finding[];
  try {
    const run = simulateNotingOverflow(loaded.source, { python: o.python }, o.file);
    if (run.overflowed && !ctx.deepStack) return NEEDS_DEEP_STACK;
    result = run.result;
    if (result.diagnostics.length) {
      const lines = loaded.source.split(/\r?\n/);
      for (const d of result.diagnostics) ctx.err.write(ctx.formatDiagnostic(o.file, d, lines));
      return 1;
    }
    findings = diagnose(loaded.source, result);
  } catch (e) {
    if (!ctx.deepStack && e instanceof RangeError) return NEEDS_DEEP_STACK;
    ctx.err.write(`loopline: ${internalErrorText(e, null)} (while examining ${o.file})\n`);
    return EXIT_INTERNAL;
  }
  if (result.internalError) {
    ctx.err.write(`loopline: ${result.internalError}\n`);
    return EXIT_INTERNAL;
  }
  if (o.json) ctx.out.write(JSON.stringify(findings, null, 1) + '\n');
  else for (const f of findings) ctx.out.write(findingLine(f, o.locale) + '\n');
  if (result.trace.error) ctx.err.write(`loopline: note: ${o.file} stopped with ${result.trace.error}\n`);
  if (!o.json && !findings.length)
    ctx.err.write(
      o.locale === 'ko' ? `loopline: ${o.file}: 발견된 문제가 없습니다\n` : `loopline: ${o.file}: no findings\n`,
    );
  return 0;
}

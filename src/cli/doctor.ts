/**
 * `loopline doctor FILE.py`: runs the program and prints the asyncio mistakes seen in the run, one
 * per line as `LINE: KIND: message (cost)`, or the findings as JSON with `--json`. Exits 0 whether
 * or not there are findings; a file that cannot be read or does not parse exits 1, as `run` does.
 */
import { internalErrorText, type RunResult } from '../lib/run';
import type { Diagnostic } from '../lib/ir/types';
import { DEFAULT_PYTHON, isPythonVersion, PYTHON_VERSIONS, type PythonVersion } from '../lib/ir/python-version';
import { diagnose, type Finding } from '../lib/doctor';
import { examine } from '../lib/doctor/examine';
import { unifiedDiff } from '../lib/doctor/diff';
import { num } from '../lib/doctor/say';
import { simulateNotingOverflow, NEEDS_DEEP_STACK } from './stack';
import { programStdin } from './stdin';

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
  --fix                       rewrite the program for each finding, run the rewrite, and show each
                              fix the run proved (its times before and after, and the diff)
  --locale en|ko              language of the messages                        [en]
`;

/** EX_SOFTWARE, as `run` exits on a Loopline bug. */
const EXIT_INTERNAL = 70;

type Options = { file: string; json: boolean; fix: boolean; locale: 'en' | 'ko'; python: PythonVersion };

function options(args: string[]): Options | string {
  let file: string | undefined;
  let json = false;
  let fix = false;
  let locale: 'en' | 'ko' = 'en';
  let python = DEFAULT_PYTHON;
  for (let i = 0; i < args.length; i++) {
    let a = args[i];
    let v: string | undefined;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    if (eq > 0) [a, v] = [a.slice(0, eq), a.slice(eq + 1)];
    if (a === '--json' && v === undefined) json = true;
    else if (a === '--fix' && v === undefined) fix = true;
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
  return file === undefined ? 'which program? (loopline doctor FILE.py)' : { file, json, fix, locale, python };
}

/** One finding as the command prints it: `LINE: KIND: message (cost)`. */
function findingLine(f: Finding, locale: 'en' | 'ko'): string {
  return `${f.line}: ${f.kind}: ${f.message[locale]}${f.cost ? ` (${f.cost[locale]})` : ''}`;
}

/** A proven fix under its finding: what it does, the measured times, and the rewrite as a diff, indented. */
function fixText(source: string, f: Finding, locale: 'en' | 'ko'): string {
  const fix = f.fix;
  if (!fix) return locale === 'ko' ? '    (증명된 수정 없음)\n' : '    (no proven fix)\n';
  const times = `${num(fix.before)} s → ${num(fix.after)} s`;
  const head =
    locale === 'ko'
      ? `    수정: ${fix.title.ko} (실행해 확인함: ${times})`
      : `    fix: ${fix.title.en} (proven by running it: ${times})`;
  const diff = unifiedDiff(source, fix.source)
    .trimEnd()
    .split('\n')
    .map((l) => `    ${l}`);
  return [head, ...diff].join('\n') + '\n';
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
    const run = simulateNotingOverflow(loaded.source, { python: o.python, stdin: programStdin }, o.file);
    if (run.overflowed && !ctx.deepStack) return NEEDS_DEEP_STACK;
    result = run.result;
    if (result.diagnostics.length) {
      const lines = loaded.source.split(/\r?\n/);
      for (const d of result.diagnostics) ctx.err.write(ctx.formatDiagnostic(o.file, d, lines));
      return 1;
    }
    findings = o.fix
      ? examine(loaded.source, result, { python: o.python, stdin: programStdin() })
      : diagnose(loaded.source, result, o.python);
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
  else
    for (const f of findings) {
      ctx.out.write(findingLine(f, o.locale) + '\n');
      if (o.fix) ctx.out.write(fixText(loaded.source, f, o.locale));
    }
  if (result.trace.error) ctx.err.write(`loopline: note: ${o.file} stopped with ${result.trace.error}\n`);
  if (!o.json && !findings.length)
    ctx.err.write(
      o.locale === 'ko' ? `loopline: ${o.file}: 발견된 문제가 없습니다\n` : `loopline: ${o.file}: no findings\n`,
    );
  return 0;
}

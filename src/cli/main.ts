/**
 * The `loopline` command: `trace FILE.py` prints the conformance trace as JSON, `run FILE.py`
 * prints the program's output with virtual timestamps, `svg` / `png` / `frames` export the
 * swimlane timeline (see src/lib/export), `compare --versions A,B` the program's differences
 * between two Python versions.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeSource } from './source-file';
import { writeStreams, writtenOf } from './streams';
import { internalErrorText, preloadLibrary, type RunResult } from '../lib/run';
import type { Diagnostic } from '../lib/ir/types';
import { NEEDS_DEEP_STACK, simulateNotingOverflow } from './stack';
import { programStdin } from './stdin';
import { runOptions, stepCapHint, RUN_OPTIONS_USAGE } from './run-options';
import { doctorCommand, DOCTOR_USAGE } from './doctor';
import { compareVersionsCommand, COMPARE_USAGE } from './compare-versions';
import { missingModuleNote } from '../lib/doctor/missing-module';

/** The drawing commands: their code (the timeline renderer, linkedom, resvg) is loaded only for them. */
const EXPORT_COMMANDS = new Set(['svg', 'png', 'frames']);

/** EX_SOFTWARE (sysexits.h): the run ended on a Loopline bug, not on the program's own error. */
const EXIT_INTERNAL = 70;

const USAGE = `usage: loopline <command> FILE.py [options]

commands:
  trace FILE.py   print the program's trace (JSON, the conformance format) on stdout
  run FILE.py     print the program's output as python3 would, each line prefixed with its virtual time
  svg FILE.py [-o OUT.svg]    draw the timeline as a standalone SVG (stdout without -o)
  png FILE.py -o OUT.png      draw the timeline as a PNG  [--scale 1|2|3, default 2]
  frames FILE.py -o DIR       one picture per step: DIR/frame-0001.svg, ...  [--format svg|png]
  doctor FILE.py  the asyncio mistakes seen in the run, one per line: LINE: KIND: message (cost)
${COMPARE_USAGE}
timeline options (svg, png, frames):
  --theme light|dark|print    colours (print: greyscale with patterns)      [light]
  --axis time|step            x axis: virtual time, or one slot per step     [time]
  --lanes Task-1,Task-2       only these tasks
  --title TEXT                heading above the chart
  --no-legend                 leave the legend out
  --no-arrows                 leave the spawn / wake / result arrows out
  --nested                    open every lane into nested bars of its await chain (one row per depth)
  --width N                   width in pixels                                 [960]
  --locale en|ko              language of the labels                          [en]
  --step N                    the chart as it stands after step N (1-based), with the step cursor
  --range A:B                 show only A..B (seconds on the time axis, step numbers on the step axis)
  --compare OTHER.py          draw OTHER.py below FILE.py on the same time axis, with the speed-up
                              (give it twice to draw three programs: asyncio, threads, processes)
  --tooltips                  keep a tooltip on every bar (bigger file)

${RUN_OPTIONS_USAGE}
${DOCTOR_USAGE}`;

export function formatDiagnostic(file: string, d: Diagnostic, lines: string[]): string {
  const src = lines[d.span.line - 1] ?? '';
  const caret = ' '.repeat(Math.max(0, d.span.col)) + '^';
  const kind = d.kind === 'Unsupported' ? 'Unsupported' : d.kind;
  return `${file}:${d.span.line}:${d.span.col + 1}: ${kind}: ${d.message}\n    ${src}\n    ${caret}\n`;
}

export function load(file: string): { source: string } | { error: string } {
  try {
    const decoded = decodeSource(readFileSync(file), file);
    if ('source' in decoded) return decoded;
    return { error: `${file}${decoded.line === null ? '' : `:${decoded.line}`}: SyntaxError: ${decoded.error}\n` };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      error: `loopline: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message}\n`,
    };
  }
}

export { NEEDS_DEEP_STACK };
export { stdinSoFar, setStdin } from './stdin';

/**
 * Runs the command `argv` and returns the exit status. `deepStack` says this thread has a large stack;
 * without it, drawing commands and runs that overflow the stack return NEEDS_DEEP_STACK unprinted.
 */
export async function main(
  argv: string[],
  out = process.stdout,
  err = process.stderr,
  deepStack = true,
): Promise<number> {
  const [cmd, file, ...rest] = argv;
  if (!cmd || cmd === '-h' || cmd === '--help') {
    (cmd ? out : err).write(USAGE);
    return cmd ? 0 : 2;
  }
  // The library chunks the programs may need (a look at their text; the command reads them again).
  for (const f of argv.slice(1).filter((a) => a.endsWith('.py'))) {
    const l = load(f);
    if ('source' in l) await preloadLibrary(l.source);
  }
  if (EXPORT_COMMANDS.has(cmd)) {
    if (!deepStack) return NEEDS_DEEP_STACK;
    try {
      const { exportCommand } = await import('../lib/export/cli');
      return await exportCommand(cmd, file, rest, { out, err, usage: USAGE, load, formatDiagnostic });
    } catch (e) {
      err.write(`loopline: ${internalErrorText(e, null)} (while drawing ${file})\n`);
      return EXIT_INTERNAL;
    }
  }
  if (cmd === 'doctor')
    return doctorCommand(argv.slice(1), { out, err, usage: USAGE, deepStack, load, formatDiagnostic });
  if (cmd === 'compare') return compareVersionsCommand(argv.slice(1), { out, err, load });
  if (cmd !== 'trace' && cmd !== 'run') {
    err.write(`loopline: unknown command '${cmd}'\n${USAGE}`);
    return 2;
  }
  const opts = runOptions(argv.slice(1));
  if (typeof opts === 'string') {
    err.write(`loopline: ${opts}\n${USAGE}`);
    return 2;
  }
  const { file: program, maxSteps, maxOutput, maxOperations, python, cores, cpuClock } = opts;
  const loaded = load(program);
  if ('error' in loaded) {
    err.write(loaded.error);
    return 1;
  }
  let result: RunResult;
  try {
    const run = simulateNotingOverflow(
      loaded.source,
      // `run` names the file as python3 does (its absolute path); `trace` as the goldens do.
      {
        maxSteps,
        maxOutput,
        maxOperations,
        traceOnly: true,
        python,
        cores,
        cpuClock,
        mainPath: cmd === 'run' ? resolve(program) : undefined,
        stdin: programStdin,
      },
      program,
    );
    if (run.overflowed && !deepStack) return NEEDS_DEEP_STACK;
    result = run.result;
  } catch (e) {
    if (!deepStack && e instanceof RangeError) return NEEDS_DEEP_STACK;
    err.write(`loopline: ${internalErrorText(e, null)} (while simulating ${program})\n`);
    return EXIT_INTERNAL;
  }
  if (result.diagnostics.length) {
    const lines = loaded.source.split(/\r?\n/);
    for (const d of result.diagnostics) err.write(formatDiagnostic(program, d, lines));
    return 1;
  }
  if (cmd === 'trace') {
    out.write(JSON.stringify(result.trace, null, 1) + '\n');
    if (result.internalError) err.write(`loopline: ${result.internalError}\n`);
    else err.write(stepCapHint(result, maxSteps, maxOutput, maxOperations) + missingModuleLine(result));
    return result.internalError ? EXIT_INTERNAL : 0;
  }
  // run: output as python3 prints it, one timestamp per line, stdout and stderr in the order the
  // program wrote them (streams.ts).
  let tail = '';
  if (result.traceback) tail = result.traceback + missingModuleLine(result);
  else if (result.internalError) tail = `loopline: ${result.internalError}\n`;
  else if (result.trace.error)
    tail = `${result.trace.error}\n${stepCapHint(result, maxSteps, maxOutput, maxOperations)}`;
  writeStreams(writtenOf(result), { file: resolve(program), lines: loaded.source.split(/\r?\n/) }, tail, out, err);
  if (result.internalError) return EXIT_INTERNAL;
  if (result.traceback) return result.exitCode ?? 1;
  return result.trace.error ? 1 : (result.exitCode ?? 0);
}

/** Loopline's note under a traceback that ends at an import of a module it has no file for. */
function missingModuleLine(result: RunResult): string {
  return result.missingModule ? `loopline: ${missingModuleNote(result.missingModule).en}\n` : '';
}

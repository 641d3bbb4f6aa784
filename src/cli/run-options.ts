/**
 * The options of `loopline run` and `trace`: the caps. A terminal run can be stopped with Ctrl+C, so
 * its caps are far above the app's (100,000 task steps would refuse a 100,000-task gather, 20 million
 * operations a CPU-heavy script); a run that reaches one says so and names the option that raises it.
 */
import type { RunResult } from '../lib/run';
import { DEFAULT_PYTHON, PYTHON_VERSIONS, isPythonVersion, type PythonVersion } from '../lib/ir/python-version';
import { VIRTUAL_CORES } from '../lib/stdlib/cores';

/** The most cores --cores accepts (as `# sim: cores`). */
const MAX_CORES = 1024;

/** What is wrong with a --python value. */
function pythonOptionError(v: string | undefined): string {
  return `--python takes one of ${PYTHON_VERSIONS.join(', ')} (got ${v === undefined ? 'nothing' : `'${v}'`})`;
}

/** Task steps a CLI run may take before it is stopped as runaway (an endless timer loop). */
const CLI_MAX_STEPS = 1_000_000;
/** Characters a CLI run may print (stdout and stderr) before it is stopped (an endless print loop). */
const CLI_MAX_OUTPUT = 10_000_000;
/**
 * Statements and calls a CLI run may execute before it is stopped (an endless loop that never
 * awaits): ten times the app's, so that CPU-heavy programs python3 runs in seconds finish.
 */
const CLI_MAX_OPERATIONS = 200_000_000;

/**
 * A whole number with commas between thousands, as toLocaleString('en-US') writes it, without the
 * first Intl call that loads the locale data (about 20 ms of every start, for the usage text).
 */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

export const RUN_OPTIONS_USAGE = `options (every command):
  --python ${PYTHON_VERSIONS.join('|')}    the CPython version to simulate (asyncio differs between them) [${DEFAULT_PYTHON}]

options (run, trace):
  --max-steps N               stop after N task steps (an endless timer loop; Ctrl+C also stops) [${thousands(CLI_MAX_STEPS)}]
  --max-output N              stop after N characters of output (an endless print loop)      [${thousands(CLI_MAX_OUTPUT)}]
  --max-operations N          stop after N statements and calls (an endless loop that never awaits) [${thousands(CLI_MAX_OPERATIONS)}]
  --cores N                   the simulated machine's cores: os.cpu_count(), processes at once [the program's # sim: cores N, else ${VIRTUAL_CORES}]
  --no-cpu-clock              CPU work takes no time on the clock, also with processes (as on the recorder's clock)
`;

/** A whole number option's value (`_` and `,` allowed as separators), or null. */
function wholeNumber(n: string | undefined): number | null {
  if (n === undefined || !/^[1-9]\d*$/.test(n.replaceAll('_', '').replaceAll(',', ''))) return null;
  return Number(n.replaceAll('_', '').replaceAll(',', ''));
}

/** FILE, the step cap and the output cap from what follows `run` / `trace`; a string is what is wrong with them. */
export function runOptions(args: string[]):
  | {
      file: string;
      maxSteps: number;
      maxOutput: number;
      maxOperations: number;
      python: PythonVersion;
      cores: number | undefined;
      cpuClock: boolean;
    }
  | string {
  let file: string | undefined;
  let cpuClock = true;
  let cores: number | undefined;
  let python = DEFAULT_PYTHON;
  let maxSteps = CLI_MAX_STEPS;
  let maxOutput = CLI_MAX_OUTPUT;
  let maxOperations = CLI_MAX_OPERATIONS;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--python' || a.startsWith('--python=')) {
      const v = a === '--python' ? args[++i] : a.slice('--python='.length);
      if (!isPythonVersion(v)) return pythonOptionError(v);
      python = v;
    } else if (a === '--max-steps' || a === '--max-output' || a === '--max-operations') {
      const n = args[++i];
      const v = wholeNumber(n);
      const what = a === '--max-steps' ? 'steps' : a === '--max-output' ? 'characters' : 'operations';
      if (v === null) return `${a} takes a whole number of ${what} (got ${n === undefined ? 'nothing' : `'${n}'`})`;
      if (a === '--max-steps') maxSteps = v;
      else if (a === '--max-output') maxOutput = v;
      else maxOperations = v;
    } else if (a === '--cores' || a.startsWith('--cores=')) {
      const n = a === '--cores' ? args[++i] : a.slice('--cores='.length);
      const v = wholeNumber(n);
      if (v === null || v > MAX_CORES)
        return `--cores takes a whole number from 1 to ${MAX_CORES} (got ${n === undefined ? 'nothing' : `'${n}'`})`;
      cores = v;
    } else if (a === '--no-cpu-clock') cpuClock = false;
    else if (a.startsWith('-')) return `unknown option '${a}'`;
    else if (file === undefined) file = a;
    else return `one program at a time (got '${file}' and '${a}')`;
  }
  return file === undefined
    ? 'which program? (FILE.py)'
    : { file, maxSteps, maxOutput, maxOperations, python, cores, cpuClock };
}

/** The line that follows a run stopped at the step, output or operations cap: which cap, and how to raise it. */
export function stepCapHint(
  result: RunResult,
  maxSteps: number,
  maxOutput = CLI_MAX_OUTPUT,
  maxOperations = CLI_MAX_OPERATIONS,
): string {
  if (result.limit === 'output')
    return `loopline: stopped at the cap of ${thousands(maxOutput)} characters of output; run with --max-output N to allow more\n`;
  if (result.limit === 'operations')
    return `loopline: stopped at the cap of ${thousands(maxOperations)} operations; run with --max-operations N to allow more\n`;
  if (result.trace.error === null || result.trace.steps.length < maxSteps) return '';
  return `loopline: stopped at the cap of ${thousands(maxSteps)} task steps; run with --max-steps N to allow more\n`;
}

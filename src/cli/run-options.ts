/**
 * The options of `loopline run` and `trace`: the step cap. A terminal run can be stopped with Ctrl+C, so
 * its cap is far above the app's (100,000 task steps would refuse a 100,000-task gather); a run that
 * reaches it says so and names the option that raises it.
 */
import type { RunResult } from '../lib/run';

/** Task steps a CLI run may take before it is stopped as runaway (an endless timer loop). */
const CLI_MAX_STEPS = 1_000_000;

export const RUN_OPTIONS_USAGE = `options (run, trace):
  --max-steps N               stop after N task steps (an endless timer loop; Ctrl+C also stops) [${CLI_MAX_STEPS.toLocaleString('en-US')}]
`;

/** FILE and the step cap from what follows `run` / `trace`; a string is what is wrong with them. */
export function runOptions(args: string[]): { file: string; maxSteps: number } | string {
  let file: string | undefined;
  let maxSteps = CLI_MAX_STEPS;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--max-steps') {
      const n = args[++i];
      if (n === undefined || !/^[1-9]\d*$/.test(n.replaceAll('_', '').replaceAll(',', '')))
        return `--max-steps takes a whole number of steps (got ${n === undefined ? 'nothing' : `'${n}'`})`;
      maxSteps = Number(n.replaceAll('_', '').replaceAll(',', ''));
    } else if (a.startsWith('-')) return `unknown option '${a}'`;
    else if (file === undefined) file = a;
    else return `one program at a time (got '${file}' and '${a}')`;
  }
  return file === undefined ? 'which program? (FILE.py)' : { file, maxSteps };
}

/** The line that follows a run stopped at the step cap: which cap, and how to raise it. */
export function stepCapHint(result: RunResult, maxSteps: number): string {
  if (result.trace.error === null || result.trace.steps.length < maxSteps) return '';
  return `loopline: stopped at the cap of ${maxSteps.toLocaleString('en-US')} task steps; run with --max-steps N to allow more\n`;
}

/**
 * Child process of the engine bench's memory figures: simulates `parkedTasksProgram(n)` (n tasks
 * alive at once) and prints the process's peak RSS in KiB. Arguments: n, then `full` (the app's
 * recording) or `trace` (traceOnly, the CLI's), or `none` (load only, no program: the baseline).
 */
import { simulate } from '../../src/lib/run';
import { parkedTasksProgram } from './programs';

const [n, mode] = process.argv.slice(2);
if (mode !== 'none') {
  const r = simulate(parkedTasksProgram(Number(n)), {
    maxSteps: 100_000_000,
    maxOperations: 1_000_000_000,
    traceOnly: mode === 'trace',
  });
  if (r.trace.error) throw new Error(r.trace.error);
}
console.log(process.resourceUsage().maxRSS);

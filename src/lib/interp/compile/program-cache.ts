/**
 * The program's compile, kept for its next run. run.ts keeps the last program's parse, and
 * compiling reads only that IR, the Python version and the compile tier, so a program run again
 * on the same version (the app's re-runs, a bench's repeated runs) takes the module compiled
 * last time instead of analysing its scopes and emitting its bodies again, as the library's
 * compiled modules are shared by every run (interp/library.ts). Compiled code already outlives
 * its run: what it makes per run (a bytes or complex constant, the caches of its sites) it makes
 * or checks again in each run.
 */
import type * as ir from '../../ir/types';
import { run } from '../../runtime/run';
import { Compiler, type CompiledModule } from './compiler';
import { sourceTier } from './source-tier';

/** A compiled program and its compile-time warnings (printed again by each run). */
export interface CompiledProgram {
  compiled: CompiledModule;
  warnings: readonly { line: number; text: string }[];
}

/** By parse: each version's (and tier's) compile of it. */
const kept = new WeakMap<ir.Module, Map<string, CompiledProgram>>();

let compiles = 0;

/**
 * The user's program `mod` compiled for the run current now (its version), from an earlier run
 * of the same parse or now. A CompileError is thrown each time: nothing is kept for it.
 */
export function compileProgram(mod: ir.Module): CompiledProgram {
  const key = `${run.minor} ${sourceTier.enabled}`;
  let forParse = kept.get(mod);
  const ready = forParse?.get(key);
  if (ready !== undefined) return ready;
  const compiler = new Compiler(mod, true);
  const program = { compiled: compiler.compileModule(), warnings: compiler.warnings };
  compiles++;
  if (forParse === undefined) kept.set(mod, (forParse = new Map()));
  forParse.set(key, program);
  return program;
}

/** How many programs have been compiled so far (a test's view of the reuse). */
export function programCompileCount(): number {
  return compiles;
}

/**
 * One "Verify with CPython 3.14": the program runs under Pyodide's CPython 3.14 (verifier.ts) and,
 * at the same time, in the simulator for 3.14 with the recorder's step limit; then the two traces
 * are compared by the conformance rule (trace/difference.ts). Whatever version the page simulates,
 * verify compares 3.14 with 3.14.
 */
import { SimRunner } from '../../worker/client';
import { firstDifference, type TraceDifference } from '../../trace/difference';
import type { ConformanceTrace } from '../../trace/types';
import type { PythonVersion } from '../../ir/python-version';
import { startSimWorker } from '../state/sim-worker';
import { capsAt } from '../state/run-caps';
import { Verifier } from './verifier';
import type { VerifyPhase } from './messages';

/** The version verify runs. */
export const VERIFY_PYTHON: PythonVersion = '3.14';
/** The recorder stops a program after this many steps (tests/recorder/README.md); the simulation too. */
const RECORDER_MAX_STEPS = 10_000;

/** What CPython's run gave: its trace with its sizes, or why there is none. */
export type CPythonSide =
  | { ok: true; trace: ConformanceTrace; loadMs: number; runMs: number }
  | { ok: false; why: 'load' | 'program' | 'timeout-load' | 'timeout-run'; message: string };

/** What the simulation gave: its trace, or why there is none (it refused the program, it failed). */
export type LooplineSide = { ok: true; trace: ConformanceTrace } | { ok: false; message: string };

export interface VerifyResult {
  source: string;
  /** The input it was given. */
  stdin: string;
  /** CPython's version (3.14.2), once it loaded. */
  version: string;
  cpython: CPythonSide;
  loopline: LooplineSide;
  /** Both traces there: null when they match; else where they first differ. */
  difference: TraceDifference | null;
}

export class Verification {
  status = $state<'idle' | 'working' | 'done'>('idle');
  /** How far CPython has got while working. */
  phase = $state.raw<VerifyPhase | null>(null);
  result = $state.raw<VerifyResult | null>(null);
  /** The version the page simulated when verify was pressed (verify itself always runs 3.14). */
  pagePython = $state<PythonVersion>(VERIFY_PYTHON);
  #verifier: Verifier;
  #sim = new SimRunner(startSimWorker);
  #seq = 0;
  #version = '3.14';

  /** `base`: the absolute address of the app's `pyodide/` folder. */
  constructor(base: string, start: () => Worker) {
    this.#verifier = new Verifier(start, base);
  }

  /** Test hooks (`?verifyTimeout=ms`): the real time a program may run under CPython. */
  set runTimeoutMs(ms: number) {
    this.#verifier.runTimeoutMs = ms;
  }

  async verify(source: string, pagePython: PythonVersion, stdin = ''): Promise<void> {
    const seq = ++this.#seq;
    this.status = 'working';
    this.phase = null;
    this.result = null;
    this.pagePython = pagePython;
    const [cpython, loopline] = await Promise.all([this.#cpython(source, stdin), this.#loopline(source, stdin)]);
    if (seq !== this.#seq || cpython === null) return;
    const difference = cpython.ok && loopline.ok ? firstDifference(loopline.trace, cpython.trace) : null;
    this.result = { source, stdin, version: this.#version, cpython, loopline, difference };
    this.status = 'done';
    this.phase = null;
  }

  /** Forgets the result (the program changed); a verification in progress goes on. */
  clear(): void {
    if (this.status === 'done') {
      this.status = 'idle';
      this.result = null;
    }
  }

  dispose(): void {
    this.#seq++;
    this.#verifier.dispose();
    this.#sim.dispose();
  }

  async #cpython(source: string, stdin: string): Promise<CPythonSide | null> {
    const out = await this.#verifier.verify(source, stdin, (p) => (this.phase = p));
    switch (out.kind) {
      case 'trace':
        this.#version = out.version;
        return { ok: true, trace: out.trace, loadMs: out.loadMs, runMs: out.runMs };
      case 'failure':
        return { ok: false, why: out.stage, message: out.message };
      case 'timeout':
        return { ok: false, why: out.stage === 'load' ? 'timeout-load' : 'timeout-run', message: String(out.ms) };
      case 'superseded':
        return null;
    }
  }

  async #loopline(source: string, stdin: string): Promise<LooplineSide> {
    const out = await this.#sim.run(source, {
      stdin,
      python: VERIFY_PYTHON,
      maxSteps: RECORDER_MAX_STEPS,
      maxOperations: capsAt(0).maxOperations,
    });
    if (out.kind !== 'done') return { ok: false, message: out.kind === 'crash' ? out.message : out.kind };
    const [d] = out.result.diagnostics;
    if (d) return { ok: false, message: `${d.span ? `line ${d.span.line}: ` : ''}${d.kind}: ${d.message}` };
    return { ok: true, trace: out.result.trace };
  }
}

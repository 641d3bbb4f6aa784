/**
 * Runs a program with simulate() in a worker thread whose JS stack is `stackSizeMb` (Node's main
 * thread has about 1 MB; the app's worker in Chromium about what a Node worker of 0.65 MB has), for
 * the tests of how deep a recursion or an await chain gets on a small stack.
 */
import { Worker } from 'node:worker_threads';

/** What small-stack-worker.mjs posts back. */
export interface Outcome {
  stdout: string;
  error: unknown;
  traceback: string | null;
  internalError: string | null;
}

export function onSmallStack(source: string, stackSizeMb: number): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./small-stack-worker.mjs', import.meta.url), {
      workerData: { source },
      resourceLimits: { stackSizeMb },
    });
    w.once('message', (m: Outcome) => {
      resolve(m);
      void w.terminate();
    });
    w.once('error', reject);
  });
}

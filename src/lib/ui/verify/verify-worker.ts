/** Starts the verify worker (verify.worker.ts); only the Verify button calls it. */
export const startVerifyWorker = (): Worker =>
  new Worker(new URL('./verify.worker.ts', import.meta.url), { type: 'module' });

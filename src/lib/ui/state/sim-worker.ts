/** Starts the app's simulation worker (ui/sim.worker.ts); the SimRunners of the page call it. */
export const startSimWorker = (): Worker =>
  new Worker(new URL('../sim.worker.ts', import.meta.url), { type: 'module' });

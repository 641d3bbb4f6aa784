#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx loopline` works right after `npm install`; raw-text.mjs lets
// Node import the Python library files as text (`*.py?raw`), as Vite does.
// The CLI runs in a worker thread with a large stack: simulated await chains nest JS generator
// frames, and Python's recursion limit of 1000 frames needs more than Node's default stack.
import { Worker, isMainThread, workerData, parentPort } from 'node:worker_threads';

if (isMainThread) {
  const worker = new Worker(new URL(import.meta.url), {
    workerData: process.argv.slice(2),
    resourceLimits: { stackSizeMb: 256 },
    stdout: false,
    stderr: false,
  });
  worker.on('message', (code) => {
    process.exitCode = code;
  });
  worker.on('error', (e) => {
    // A Loopline bug: a short message, not a JS stack (the status is EX_SOFTWARE).
    process.stderr.write(`loopline: internal error in Loopline: ${e && e.name ? `${e.name}: ${e.message}` : e}\n`);
    process.exitCode = 70;
  });
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./raw-text.mjs');
  const { main } = await import('../src/cli/main.ts');
  parentPort.postMessage(await main(workerData));
}

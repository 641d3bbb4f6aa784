#!/usr/bin/env node
// The `loopline` command. It runs the prebuilt bundle (dist/cli/, made by `npm install` through
// scripts/build-cli.ts) while that is fresh, else the TypeScript sources through tsx (raw-text.mjs
// lets Node import the Python library files as text, `*.py?raw`, as Vite does): never a stale bundle.
// `run` and `trace` run on this thread's stack. A program that needs more (simulated await chains nest
// JS generator frames, and Python's recursion limit of 1000 frames needs more than Node's default
// stack) is run again from the start in a worker thread with a large stack, as are the drawing
// commands; nothing is printed before that decision, so the output is that of one run.
// CommonJS (bin/package.json), not an ES module: Node starts a CommonJS main script without setting
// up its ES module loader, which a run that loads the bundle never needs (some 15 ms of CPU per start).
const { Worker, isMainThread, workerData, parentPort } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
const { freshBundle, loadBundle } = require('./bundle.js');

const ROOT = pathToFileURL(`${__dirname}/../`);

async function loadMain(bundle) {
  if (bundle) return loadBundle(bundle);
  const { register } = await import('tsx/esm/api');
  register();
  await import('./raw-text.mjs');
  return import('../src/cli/main.ts');
}

/** A Loopline bug: a short message, not a JS stack (the status is EX_SOFTWARE). */
function internalError(e) {
  process.stderr.write(`loopline: internal error in Loopline: ${e && e.name ? `${e.name}: ${e.message}` : e}\n`);
  process.exitCode = 70;
}

function inWorker(argv, bundle) {
  const worker = new Worker(__filename, {
    workerData: { argv, bundle: bundle && bundle.href },
    resourceLimits: { stackSizeMb: 256 },
    stdout: false,
    stderr: false,
  });
  // Its output comes as messages on one channel, so stdout and stderr keep the order they were
  // written in (the worker's own process.stdout and process.stderr are relayed independently).
  worker.on('message', (m) => {
    if (m.fd === 1) process.stdout.write(m.data);
    else if (m.fd === 2) process.stderr.write(m.data);
    else process.exitCode = m.code;
  });
  worker.on('error', internalError);
}

async function mainThread() {
  const argv = process.argv.slice(2);
  const bundle = freshBundle(ROOT);
  if (bundle && (argv[0] === 'run' || argv[0] === 'trace')) {
    try {
      const { main, NEEDS_DEEP_STACK, saveCache } = await loadMain(bundle);
      const code = await main(argv, process.stdout, process.stderr, false);
      if (code === NEEDS_DEEP_STACK) inWorker(argv, bundle);
      else process.exitCode = code;
      saveCache();
    } catch (e) {
      internalError(e);
    }
  } else inWorker(argv, bundle);
}

async function workerThread() {
  const { main } = await loadMain(workerData.bundle && new URL(workerData.bundle));
  const stream = (fd) => ({
    write(data) {
      parentPort.postMessage({ fd, data });
      return true;
    },
  });
  parentPort.postMessage({ code: await main(workerData.argv, stream(1), stream(2)) });
}

if (isMainThread) mainThread();
else workerThread();

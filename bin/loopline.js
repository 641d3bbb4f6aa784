#!/usr/bin/env node
// The `loopline` command. It runs the prebuilt bundle (dist/cli/, made by `npm install` through
// scripts/build-cli.ts) while that is fresh, else the TypeScript sources through tsx (raw-text.mjs
// lets Node import the Python library files as text, `*.py?raw`, as Vite does): never a stale bundle.
// `run` and `trace` run on this thread's stack. A program that needs more (simulated await chains nest
// JS generator frames, and Python's recursion limit of 1000 frames needs more than Node's default
// stack) is run again from the start in a worker thread with a large stack (bin/worker.js), as are the
// drawing commands; nothing is printed before that decision, so the output is that of one run.
// CommonJS (bin/package.json), not an ES module: Node starts a CommonJS main script without setting
// up its ES module loader, which a run that loads the bundle never needs (some 15 ms of CPU per start).
const { writeSync } = require('node:fs');
const { pathToFileURL } = require('node:url');
const { freshBundle, loadCli } = require('./bundle.js');

const ROOT = pathToFileURL(`${__dirname}/../`);

/**
 * Writes to fd 1 or 2 straight through fs.writeSync: a run that only prints never builds
 * process.stdout (Node's stream classes for a pipe, 10-25 ms of a start), nor loads worker_threads,
 * which shares them. From a write that fails on (a full non-blocking pipe), the rest goes through
 * Node's own stream, which deals with that as it always did. A reader that has gone away
 * (`loopline run p.py | head -1`: EPIPE) ends the output quietly, as other command-line tools do.
 */
function fdWriter(fd) {
  let stream = null;
  let closed = false;
  const close = () => {
    closed = true;
    return true;
  };
  return {
    /** Whether all it was given is written (nothing went through a stream, which may still hold some). */
    done: () => stream === null,
    write(data) {
      if (closed) return true;
      if (stream === null) {
        const bytes = typeof data === 'string' ? Buffer.from(data) : data;
        let done = 0;
        try {
          while (done < bytes.length) done += writeSync(fd, bytes, done);
          return true;
        } catch (e) {
          if (e && e.code === 'EPIPE') return close();
          stream = fd === 1 ? process.stdout : process.stderr;
          stream.on('error', (err) => {
            if (err && err.code === 'EPIPE') close();
            else throw err;
          });
          data = bytes.subarray(done);
        }
      }
      return stream.write(data);
    },
  };
}

const stdout = fdWriter(1);
const stderr = fdWriter(2);

/** A Loopline bug: a short message, not a JS stack (the status is EX_SOFTWARE). */
function internalError(e) {
  stderr.write(`loopline: internal error in Loopline: ${e && e.name ? `${e.name}: ${e.message}` : e}\n`);
  process.exitCode = 70;
}

/** Runs the command in a thread with a large stack; `stdin`: what a first run here read of stdin (it cannot be read again). */
function inWorker(argv, bundle, stdin = null) {
  const { Worker } = require('node:worker_threads');
  const worker = new Worker(`${__dirname}/worker.js`, {
    workerData: { argv, bundle: bundle && bundle.href, stdin },
    resourceLimits: { stackSizeMb: 256 },
    stdout: false,
    stderr: false,
  });
  // Its output comes as messages on one channel, so stdout and stderr keep the order they were
  // written in (the worker's own process.stdout and process.stderr are relayed independently).
  worker.on('message', (m) => {
    if (m.fd === 1) stdout.write(m.data);
    else if (m.fd === 2) stderr.write(m.data);
    else process.exitCode = m.code;
  });
  worker.on('error', internalError);
}

async function mainThread() {
  const argv = process.argv.slice(2);
  const bundle = freshBundle(ROOT);
  if (bundle && (argv[0] === 'run' || argv[0] === 'trace')) {
    try {
      const { main, NEEDS_DEEP_STACK, saveCache, stdinSoFar } = await loadCli(bundle);
      const code = await main(argv, stdout, stderr, false);
      if (code === NEEDS_DEEP_STACK) inWorker(argv, bundle, stdinSoFar());
      else process.exitCode = code;
      saveCache();
      // All is written: end now, sparing the tear-down of the heap a natural exit makes (some 10 ms).
      if (code !== NEEDS_DEEP_STACK && stdout.done() && stderr.done()) process.exit();
    } catch (e) {
      internalError(e);
    }
  } else inWorker(argv, bundle);
}

mainThread();

// The worker thread bin/loopline.js starts, with a large stack, for a run that needs one and for the
// drawing commands: it runs the command and posts its output back as messages, one channel for both
// streams so that they keep the order they were written in.
const { workerData, parentPort } = require('node:worker_threads');
const { loadCli } = require('./bundle.js');

async function workerThread() {
  const { main, setStdin } = await loadCli(workerData.bundle && new URL(workerData.bundle));
  // The program's input as the first run (on the main thread) read it, if it read any.
  if (workerData.stdin !== null) setStdin(workerData.stdin);
  const stream = (fd) => ({
    write(data) {
      parentPort.postMessage({ fd, data });
      return true;
    },
  });
  parentPort.postMessage({ code: await main(workerData.argv, stream(1), stream(2)) });
}

workerThread();

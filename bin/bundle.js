// The prebuilt CLI (scripts/build-cli.ts writes dist/cli/): whether it is still what the sources say (a
// bundle older than any source it was made from is never run: someone is editing src), and loading it
// with V8's code cache, which spares compiling its JavaScript again at every start; else the sources.
const { isAscii } = require('node:buffer');
const {
  closeSync,
  fstatSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync,
} = require('node:fs');
const { createRequire, Module } = require('node:module');
const { dirname } = require('node:path');
const { fileURLToPath } = require('node:url');
const { Script } = require('node:vm');

/**
 * The URL of the main bundle under `root` (a file: URL ending in '/') when it was built after the
 * last change to every source it was made from; null when it is missing, half-written or stale.
 */
function freshBundle(root) {
  try {
    const dir = fileURLToPath(root);
    const m = JSON.parse(readFileSync(`${dir}dist/cli/manifest.json`, 'utf8'));
    for (const f of m.inputs) if (statSync(dir + f).mtimeMs > m.builtAt) return null;
    return new URL(`dist/cli/${m.main}`, root);
  } catch {
    return null;
  }
}

/** Reads up to `size` bytes of file `fd` into `buffer` from `offset` on; returns how many it read. */
function readInto(fd, buffer, offset, size) {
  let done = 0;
  while (done < size) {
    const n = readSync(fd, buffer, offset + done, size - done, done);
    if (n === 0) break;
    done += n;
  }
  return done;
}

/**
 * The bundle's text as Node's CommonJS wrapper holds it (Module.wrap), and its code cache (undefined
 * when there is none), read through one buffer: the wrapper's head, the file, its tail, made into one
 * string, then the cache read over the buffer. A start touched some 5 MB more of fresh memory when
 * V8 flattened the joined string of Module.wrap (a copy of the whole text) and the cache had a buffer
 * of its own; a page touched first costs a page fault, a tenth of a millisecond or more on a loaded
 * virtual machine. The text is read as Latin-1 when it is all ASCII (the build makes the bundle so):
 * the same string, made several times faster than through Node's UTF-8 decoder.
 */
function readBundle(file, cacheFile) {
  const [head, tail] = Module.wrapper.map((w) => Buffer.from(w, 'utf8'));
  let buffer;
  let length;
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    buffer = Buffer.allocUnsafeSlow(head.length + size + tail.length);
    head.copy(buffer, 0);
    length = head.length + readInto(fd, buffer, head.length, size);
  } finally {
    closeSync(fd);
  }
  length += tail.copy(buffer, length);
  const bytes = buffer.subarray(0, length);
  const text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  let cachedData;
  try {
    const cacheFd = openSync(cacheFile, 'r');
    try {
      const size = fstatSync(cacheFd).size;
      const into = size <= buffer.length ? buffer : Buffer.allocUnsafeSlow(size);
      cachedData = into.subarray(0, readInto(cacheFd, into, 0, size));
    } finally {
      closeSync(cacheFd);
    }
  } catch {
    cachedData = undefined;
  }
  return { text, cachedData };
}

/**
 * The main bundle's exports. Compiled with the code cache beside it (`<bundle>.cache`) when V8 accepts
 * it; else compiled from scratch, and `saveCache()` writes a new cache after the run (so it holds the
 * functions a run compiles too). The bundle's name carries a hash of its text, so its cache is its own.
 */
function loadBundle(url) {
  const file = fileURLToPath(url);
  const cacheFile = `${file}.cache`;
  const { text, cachedData } = readBundle(file, cacheFile);
  const script = new Script(text, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const saveCache = () => {
    if (cachedData && !script.cachedDataRejected) return;
    try {
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
    } catch {
      // A read-only install runs without the cache.
    }
  };
  return { ...module.exports, saveCache };
}

/** The CLI's exports (src/cli/main.ts): from the bundle when there is a fresh one, else from the sources through tsx. */
async function loadCli(bundle) {
  if (bundle) return loadBundle(bundle);
  const { register } = await import('tsx/esm/api');
  register();
  await import('./raw-text.mjs');
  return import('../src/cli/main.ts');
}

module.exports = { freshBundle, loadBundle, loadCli };

// The prebuilt CLI (scripts/build-cli.ts writes dist/cli/): whether it is still what the sources say (a
// bundle older than any source it was made from is never run: someone is editing src), and loading it
// with V8's code cache, which spares compiling its JavaScript again at every start; else the sources.
const { isAscii } = require('node:buffer');
const { readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
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

/**
 * A file's text, read as Latin-1 when it is all ASCII (the build makes the bundle so): the same string,
 * made several times faster than through Node's UTF-8 decoder (some 20 ms for the main bundle).
 */
function readText(file) {
  const bytes = readFileSync(file);
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/**
 * The main bundle's exports. Compiled with the code cache beside it (`<bundle>.cache`) when V8 accepts
 * it; else compiled from scratch, and `saveCache()` writes a new cache after the run (so it holds the
 * functions a run compiles too). The bundle's name carries a hash of its text, so its cache is its own.
 */
function loadBundle(url) {
  const file = fileURLToPath(url);
  const cacheFile = `${file}.cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(Module.wrap(readText(file)), { filename: file, cachedData });
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

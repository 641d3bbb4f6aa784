// Record goldens with CPython 3.14 as Pyodide ships it (CPython compiled to WebAssembly, run by Node):
// record.py's own logic, unchanged, inside Pyodide.
//   usage: node tests/recorder/record_pyodide.mjs NAME... | --all     (--all: every case)
//          writes tests/conformance/expected-3.14/NAME.json from tests/conformance/cases/NAME.py
//   node tests/recorder/record_pyodide.mjs --one PROGRAM.py [-o] OUT.json    (one program, any path)
//
// Every program starts in the state a fresh `python3 record.py` has: before each one the driver puts
// back what the previous one changed (sys.modules, the patched time/datetime/print/stdout/warnings
// hooks), so asyncio, its Task-N counter and the fakes are imported anew. A stop (deadlock, limit:
// record.py writes the trace, then os._exit) ends that Pyodide; the next program gets a new one.
// The programs run in a child process with a wall-clock limit; one that does not finish in time is
// not recorded (like record.py's own "Recorder: wall-clock timeout", never a golden).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, mkdirSync, existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
/** Programs per child process, and the real time a batch may take (a runaway program stops its batch). */
const BATCH_SIZE = 10;
const BATCH_TIMEOUT_MS = 400_000;
const ONE_TIMEOUT_MS = 150_000;

// Run inside Pyodide, the same driver the app's "Verify with CPython 3.14" runs: it clears
// Pyodide's own running loop (or puts back what the previous program changed), forgets asyncio,
// and runs record.py as it runs under python3 (record.py then imports the pure-Python asyncio and
// installs its virtual-clock loop). Here the trace is read from OUT, so DELIVER does nothing.
const DRIVER = readFileSync(join(root, 'src', 'lib', 'ui', 'verify', 'driver.py'), 'utf8');

async function freshPyodide(dirs) {
  const { loadPyodide } = await import('pyodide');
  // PYTHONHASHSEED=0 as record.py sets it (it re-executes python3 otherwise).
  const py = await loadPyodide({
    env: { PYTHONHASHSEED: '0' },
    stdout: (s) => process.stdout.write(s + '\n'),
    stderr: (s) => process.stderr.write(s + '\n'),
  });
  // The repository (and the programs' and outputs' folders, when elsewhere) are mounted at their
  // own paths, so a program's file name is the same as with python3.
  const mounted = [];
  for (const dir of [root, ...dirs]) {
    if (mounted.some((m) => dir === m || dir.startsWith(m + '/'))) continue;
    py.FS.mkdirTree(dir);
    py.FS.mount(py.FS.filesystems.NODEFS, { root: dir }, dir);
    mounted.push(dir);
  }
  py.globals.set('RECORD_PY', join(here, 'record.py'));
  py.runPython('DELIVER = lambda trace: None');
  return py;
}

/** Records each [program, out] pair in turn; a program's failure is reported and the next one goes on. */
async function recordBatch(pairs) {
  const dirs = pairs.flatMap(([p, o]) => [dirname(resolve(p)), dirname(resolve(o))]);
  let py = null;
  for (const [program, out] of pairs) {
    py ??= await freshPyodide(dirs);
    // The program's standard input: PROGRAM.stdin beside it, as record_all.sh gives python3, else none.
    const stdinFile = program.replace(/\.py$/, '.stdin');
    const input = existsSync(stdinFile) ? readFileSync(stdinFile) : null;
    let given = input === null;
    py.setStdin({ stdin: () => (given ? null : ((given = true), input)) });
    py.globals.set('PROGRAM', resolve(program));
    py.globals.set('OUT', resolve(out));
    try {
      py.runPython(DRIVER);
    } catch (e) {
      // record.py's os._exit after a stop ends this Pyodide: the trace is written by then.
      if (!(e && /exit|ExitStatus/i.test(`${e.name} ${e.message}`))) {
        process.stderr.write(`${basename(program)}: ${e && e.message ? e.message : e}\n`);
        process.exitCode = 1;
      }
      py = null;
    }
    // What the program left unread of its input may sit in sys.stdin's buffer: the next gets a new Pyodide.
    if (input !== null) py = null;
  }
}

/** Runs a batch in a child process; returns the pairs it left without a trace. */
function spawnBatch(pairs, timeout) {
  for (const [, out] of pairs) rmSync(out, { force: true });
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--batch', JSON.stringify(pairs)], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout,
    encoding: 'utf8',
  });
  if (r.error) process.stderr.write(`batch: ${r.error.message}\n`);
  else if (r.stderr.trim()) process.stderr.write(r.stderr.trim().split('\n').slice(-5).join('\n') + '\n');
  const missing = [];
  for (const pair of pairs) {
    const out = pair[1];
    if (existsSync(out) && readFileSync(out, 'utf8').includes('"error": "Recorder: ')) rmSync(out); // never a golden
    if (!existsSync(out)) missing.push(pair);
  }
  return missing;
}

const args = process.argv.slice(2);
if (args[0] === '--batch') {
  await recordBatch(JSON.parse(args[1]));
} else if (args[0] === '--one') {
  const [program, out] = args.slice(1).filter((a) => a !== '-o');
  process.exitCode = spawnBatch([[program, out]], ONE_TIMEOUT_MS).length ? 1 : 0;
} else {
  const cases = join(root, 'tests', 'conformance', 'cases');
  const outDir = join(root, 'tests', 'conformance', 'expected-3.14');
  mkdirSync(outDir, { recursive: true });
  let names = args;
  // Every case is rewritten only when asked for by name: a slip would also write goldens for cases
  // not recorded on 3.14 (threads, sockets, processes).
  if (!names.length) {
    process.stderr.write('usage: node tests/recorder/record_pyodide.mjs NAME... | --all | --one PROGRAM.py OUT.json\n');
    process.exit(2);
  }
  if (names.length === 1 && names[0] === '--all')
    names = readdirSync(cases)
      .filter((f) => f.endsWith('.py'))
      .map((f) => basename(f, '.py'))
      .sort();
  const pairs = names.map((n) => [join(cases, `${n}.py`), join(outDir, `${n}.json`)]);
  // Batches of a few programs (one Pyodide start each); what a runaway program kept from running in
  // its batch runs again alone.
  const missing = [];
  for (let i = 0; i < pairs.length; i += BATCH_SIZE) {
    const left = spawnBatch(pairs.slice(i, i + BATCH_SIZE), BATCH_TIMEOUT_MS);
    for (const p of left) if (spawnBatch([p], ONE_TIMEOUT_MS).length) missing.push(p);
  }
  for (const [program] of missing) process.stderr.write(`not recorded: ${basename(program, '.py')}\n`);
  console.log(`recorded ${names.length - missing.length} goldens with Pyodide's CPython 3.14 into ${outDir}`);
  if (missing.length) process.exitCode = 1;
}

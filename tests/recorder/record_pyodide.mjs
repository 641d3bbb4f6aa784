// Record goldens with CPython 3.14 as Pyodide ships it (CPython compiled to WebAssembly, run by Node):
// record.py's own logic, unchanged, inside a fresh Pyodide per program.
//   usage: node tests/recorder/record_pyodide.mjs [NAME...]     (default: every case)
//          writes tests/conformance/expected-3.14/NAME.json from tests/conformance/cases/NAME.py
//   node tests/recorder/record_pyodide.mjs --one PROGRAM.py [-o] OUT.json    (one program, any path)
// Each program runs in its own child process: a fresh interpreter (the Task-N counter, the warnings
// registry and the imported modules start anew, as with `python3 record.py`), and a stop
// (deadlock, limit: record.py's os._exit) or a runaway program ends only that child.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, mkdirSync, existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const WALL_TIMEOUT_MS = 150_000;

// Run inside Pyodide: Pyodide has imported asyncio (with its C accelerator) and set its own running
// loop. Clear that loop, forget asyncio, block the accelerator, and run record.py as it runs under
// python3 (record.py then imports the pure-Python asyncio and installs its virtual-clock loop).
const DRIVER = `
import sys, runpy
import asyncio.events
asyncio.events._set_running_loop(None)
for name in list(sys.modules):
    if name == "asyncio" or name.startswith("asyncio."):
        del sys.modules[name]
sys.argv = [RECORD_PY, PROGRAM, "-o", OUT]
rec = runpy.run_path(RECORD_PY, run_name="record")
rec["main"]()
`;

async function recordOne(program, out) {
  const { loadPyodide } = await import('pyodide');
  // PYTHONHASHSEED=0 as record.py sets it (it re-executes python3 otherwise).
  const py = await loadPyodide({
    env: { PYTHONHASHSEED: '0' },
    stdout: (s) => process.stdout.write(s + '\n'),
    stderr: (s) => process.stderr.write(s + '\n'),
  });
  // The repository (and the program's and the output's folders, when elsewhere) are mounted at their
  // own paths, so the program's file name is the same as with python3.
  const mounted = [];
  for (const dir of [root, dirname(resolve(program)), dirname(resolve(out))]) {
    if (mounted.some((m) => dir === m || dir.startsWith(m + '/'))) continue;
    py.FS.mkdirTree(dir);
    py.FS.mount(py.FS.filesystems.NODEFS, { root: dir }, dir);
    mounted.push(dir);
  }
  py.globals.set('RECORD_PY', join(here, 'record.py'));
  py.globals.set('PROGRAM', resolve(program));
  py.globals.set('OUT', resolve(out));
  py.runPython(DRIVER);
}

if (process.argv[2] === '--one') {
  const [program, out] = process.argv.slice(3).filter((a) => a !== '-o');
  try {
    await recordOne(program, out);
  } catch (e) {
    // record.py's os._exit after a stop ends Pyodide's runtime: the trace is written by then.
    if (!(e && /exit|ExitStatus/i.test(`${e.name} ${e.message}`))) {
      process.stderr.write(`${e && e.message ? e.message : e}\n`);
      process.exitCode = 1;
    }
  }
} else {
  const cases = join(root, 'tests', 'conformance', 'cases');
  const outDir = join(root, 'tests', 'conformance', 'expected-3.14');
  mkdirSync(outDir, { recursive: true });
  let names = process.argv.slice(2);
  if (!names.length)
    names = readdirSync(cases)
      .filter((f) => f.endsWith('.py'))
      .map((f) => basename(f, '.py'))
      .sort();
  let failed = 0;
  for (const name of names) {
    const out = join(outDir, `${name}.json`);
    rmSync(out, { force: true });
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--one', join(cases, `${name}.py`), out], {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: WALL_TIMEOUT_MS,
      encoding: 'utf8',
    });
    if (existsSync(out) && readFileSync(out, 'utf8').includes('"error": "Recorder: ')) rmSync(out); // never a golden
    if (!existsSync(out)) {
      failed++;
      process.stderr.write(
        `FAIL ${name}: ${r.error ? r.error.message : (r.stderr || '').trim().split('\n').slice(-3).join(' | ')}\n`,
      );
    }
  }
  console.log(`recorded ${names.length - failed} goldens with Pyodide's CPython 3.14 into ${outDir}`);
  if (failed) process.exitCode = 1;
}

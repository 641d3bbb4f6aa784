/// <reference lib="webworker" />
/**
 * The verify worker: loads Pyodide (CPython 3.14 in WebAssembly) from the app's `pyodide/` folder on
 * its first request, puts the recorder's Python in Pyodide's file system, and runs each requested
 * program under it on the virtual clock (driver.py), answering with the recorded trace. Started
 * only by the Verify button, so nothing of this is part of the page's first load; the page ends
 * the worker when a run takes too long (a program that never yields cannot be interrupted).
 */
import type { PyodideAPI } from 'pyodide';
import type { ConformanceTrace } from '../../trace/types';
import { countingFetch } from './counting-fetch';
import type { VerifyRequest, VerifyResponse } from './messages';
import type { VerifyFiles } from './verify-files';
import DRIVER from './driver.py?raw';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (msg: VerifyResponse) => scope.postMessage(msg);

/** Where the recorder's files go (record.py finds the fakes and aiohttp.py by their repository paths). */
const REPO = '/loopline';
const PROGRAM = '/home/pyodide/main.py';
const OUT = '/home/pyodide/trace.json';

interface Loaded {
  py: PyodideAPI;
  version: string;
}
/** The Pyodide that runs the next program; null before the first and after a program ended it (os._exit). */
let loaded: Promise<Loaded> | null = null;

async function load(id: number, base: string): Promise<Loaded> {
  const files = (await (await fetch(`${base}verify.json`)).json()) as VerifyFiles;
  // What Pyodide fetches (the wasm, the standard library, the lock file); its .mjs are imported.
  const total = Object.entries(files.runtime).reduce((a, [name, size]) => a + (name.endsWith('.mjs') ? 0 : size), 0);
  let got = 0;
  const progress = (n: number) => {
    got += n;
    reply({ kind: 'progress', id, phase: 'download', loaded: Math.min(got, total), total });
  };
  const plain = scope.fetch;
  scope.fetch = countingFetch(plain.bind(scope), progress);
  try {
    const recorder = Promise.all(
      files.recorder.map(async (f) => [f.path, await (await plain(`${base}${f.url}`)).text()] as const),
    );
    const { loadPyodide } = (await import(/* @vite-ignore */ `${base}pyodide.mjs`)) as typeof import('pyodide');
    const pending = loadPyodide({
      indexURL: base,
      // As record.py requires (it re-executes python3 otherwise): str hashing the same on every run.
      env: { PYTHONHASHSEED: '0' },
      stdout: () => {},
      stderr: () => {},
    });
    const py = await pending;
    reply({ kind: 'progress', id, phase: 'start' });
    for (const [path, text] of await recorder) {
      const file = `${REPO}/${path}`;
      py.FS.mkdirTree(file.slice(0, file.lastIndexOf('/')));
      py.FS.writeFile(file, text);
    }
    py.globals.set('RECORD_PY', `${REPO}/tests/recorder/record.py`);
    py.globals.set('PROGRAM', PROGRAM);
    py.globals.set('OUT', OUT);
    const version = String(py.runPython('import sys; sys.version.split()[0]'));
    return { py, version };
  } finally {
    scope.fetch = plain;
  }
}

/** The last line of a Python traceback (`SyntaxError: invalid syntax`), or the whole message. */
function lastLine(message: string): string {
  const lines = message.trimEnd().split('\n');
  return lines[lines.length - 1] || message;
}

async function verify({ id, source, stdin, base }: VerifyRequest): Promise<void> {
  let current: Loaded;
  try {
    loaded ??= load(id, base);
    current = await loaded;
  } catch (e) {
    loaded = null;
    reply({ kind: 'failure', id, stage: 'load', message: e instanceof Error ? e.message : String(e) });
    return;
  }
  reply({ kind: 'progress', id, phase: 'run' });
  const { py, version } = current;
  py.FS.writeFile(PROGRAM, source);
  // The program's input, given once; what it leaves unread stays in sys.stdin's buffer, so after a
  // program with input the next gets a new Pyodide.
  let given = stdin === '';
  py.setStdin({ stdin: () => (given ? null : ((given = true), stdin)) });
  if (stdin !== '') loaded = null;
  const delivered: { text: string | null } = { text: null };
  py.globals.set('DELIVER', (json: string) => (delivered.text = json));
  let failure: string | null = null;
  try {
    py.runPython(DRIVER);
  } catch (e) {
    // A deadlock or a limit ends the recording with os._exit, after writing the trace: that
    // Pyodide is gone, the next program gets a new one.
    const err = e as Error;
    if (/exit|ExitStatus/i.test(`${err?.name} ${err?.message}`)) loaded = null;
    else failure = lastLine(err?.message ?? String(e));
  }
  const { text } = delivered;
  if (text === null) {
    reply({ kind: 'failure', id, stage: 'program', message: failure ?? 'CPython wrote no trace' });
    return;
  }
  reply({ kind: 'trace', id, trace: JSON.parse(text) as ConformanceTrace, version });
}

scope.onmessage = (ev: MessageEvent<VerifyRequest>) => void verify(ev.data);

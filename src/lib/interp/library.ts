/**
 * Library modules written in Python (asyncio's higher-level parts, the standard-library modules):
 * their source is compiled once per process (from the IR the CLI bundle carries, else parsed here)
 * and run into a fresh namespace for each run.
 */
import { parse } from '../parse';
import { PyModule, type PyValue } from '../runtime/core';
import { Compiler } from './compile';
import { decodeModule, preparsed } from './preparsed';

// Compiled closures hold no per-run state (a run passes its own globals), so one cache serves every run.
const compiled = new Map<string, ReturnType<Compiler['compileModule']>>();

/** Run library Python source into a module's namespace (several sources may share one: asyncio's parts). */
export function runLibrary(name: string, source: string, globals: Map<string, PyValue>): void {
  let c = compiled.get(source);
  if (!c) {
    c = new Compiler(libraryIR(name, source), false, name).compileModule();
    compiled.set(source, c);
  }
  c.run(globals);
}

/** The library source's IR: the one the CLI's build parsed ahead of time, else parsed now. */
function libraryIR(name: string, source: string) {
  const ready = preparsed.get(source);
  if (ready !== undefined) return decodeModule(ready());
  const r = parse(source);
  if (r.diagnostics.length)
    throw new Error(`library ${name}: ${r.diagnostics[0].message} at line ${r.diagnostics[0].span.line}`);
  return r.module;
}

/** A module built from library Python source; `pre` are names defined before the source runs. */
export function libraryModule(name: string, source: string, pre: [string, PyValue][] = []): PyModule {
  const g = new Map<string, PyValue>([['__name__', name], ...pre]);
  const m = new PyModule(name, g);
  runLibrary(name, source, g);
  return m;
}

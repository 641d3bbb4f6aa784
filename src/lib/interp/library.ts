/**
 * Library modules written in Python (asyncio's higher-level parts, the standard-library modules):
 * their source is compiled once per process (from the IR the CLI bundle carries, else parsed here)
 * and run into a fresh namespace for each run.
 */
import { parse } from '../parse';
import { PyModule, type PyValue } from '../runtime/core';
import { run } from '../runtime/run';
import { CountedMap } from '../runtime/global-cache';
import { Compiler } from './compile';
import { decodeModule, preparsed } from './preparsed';

// Compiled closures hold no per-run state (a run passes its own globals), so one cache serves every run
// of a Python version; compiling reads the version (a comprehension is inlined from 3.12 on), and a
// function body is compiled when first called, so each version has its own.
const compiled = new Map<number, Map<string, ReturnType<Compiler['compileModule']>>>();

/** Run library Python source into a module's namespace (several sources may share one: asyncio's parts). */
export function runLibrary(name: string, source: string, globals: Map<string, PyValue>): void {
  let forVersion = compiled.get(run.minor);
  if (!forVersion) compiled.set(run.minor, (forVersion = new Map()));
  let c = forVersion.get(source);
  if (!c) {
    c = new Compiler(libraryIR(name, source), false, name).compileModule();
    forVersion.set(source, c);
  }
  run.loadingLibrary++;
  try {
    c.run(globals);
  } finally {
    run.loadingLibrary--;
  }
}

/** The library source's IR: the one the CLI's build parsed ahead of time, else parsed now. */
export function libraryIR(name: string, source: string) {
  const ready = preparsed.get(source);
  if (ready !== undefined) return decodeModule(ready());
  const r = parse(source);
  if (r.diagnostics.length)
    throw new Error(`library ${name}: ${r.diagnostics[0].message} at line ${r.diagnostics[0].span.line}`);
  return r.module;
}

/** A module built from library Python source; `pre` are names defined before the source runs. */
export function libraryModule(name: string, source: string, pre: [string, PyValue][] = []): PyModule {
  const g = new CountedMap([['__name__', name], ...pre]);
  const m = new PyModule(name, g);
  runLibrary(name, source, g);
  return m;
}

/**
 * The pipeline reads one way: every folder of src/lib imports only the folders before it in the
 * data flow (parse → ir → runtime/interp → sim → trace → timeline → export → app), and no module
 * imports itself through a chain of others.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, dirname, relative, resolve } from 'node:path';
import { describe, it, expect } from 'vitest';

const LIB = resolve(import.meta.dirname, '../../src/lib');

/** What each part of src/lib may import (besides itself). */
const ALLOWED: Record<string, string[]> = {
  ir: [],
  py: [],
  parse: ['ir'],
  runtime: ['ir', 'py'],
  interp: ['ir', 'parse', 'runtime', 'py'],
  sim: ['ir', 'runtime', 'interp', 'py', 'trace'],
  stdlib: ['ir', 'parse', 'runtime', 'interp', 'py', 'sim'],
  trace: ['ir'],
  'run.ts': ['ir', 'parse', 'runtime', 'interp', 'sim', 'stdlib', 'trace'],
  timeline: ['ir', 'trace'],
  doctor: ['ir', 'parse', 'trace', 'run.ts'],
  export: ['ir', 'trace', 'timeline', 'doctor', 'run.ts'],
  worker: ['ir', 'trace', 'doctor', 'run.ts'],
  ui: ['ir', 'trace', 'timeline', 'doctor', 'export', 'worker', 'run.ts'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|svelte)$/.test(name) ? [p] : [];
  });
}

/** The file a relative import names (`./x` → x.ts, x.svelte.ts or x/index.ts). */
function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec.replace(/\?raw$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.svelte.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const IMPORT = /(?:import|export)\s[^;]*?from\s+'(\.[^']+)'|import\s+'(\.[^']+)'|import\('(\.[^']+)'\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const target = resolveImport(file, m[1] ?? m[2] ?? m[3]);
    if (target && /\.(ts|svelte)$/.test(target)) out.push(target);
  }
  return out;
}

const part = (file: string): string => relative(LIB, file).split('/')[0];
const files = sourceFiles(LIB);
const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe('architecture', () => {
  it('knows every part of src/lib', () => {
    expect([...new Set(files.map(part))].filter((p) => !(p in ALLOWED))).toEqual([]);
  });

  it('imports only along the pipeline', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      for (const t of targets) {
        const [a, b] = [part(file), part(t)];
        if (a !== b && !ALLOWED[a].includes(b)) wrong.push(`${relative(LIB, file)} → ${relative(LIB, t)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no import cycles', () => {
    // Depth-first search; a grey node met again closes a cycle.
    const colour = new Map<string, 'grey' | 'black'>();
    const cycles: string[] = [];
    const stack: string[] = [];
    const visit = (f: string): void => {
      colour.set(f, 'grey');
      stack.push(f);
      for (const t of graph.get(f) ?? []) {
        if (colour.get(t) === 'grey') {
          cycles.push(
            stack
              .slice(stack.indexOf(t))
              .concat(t)
              .map((x) => relative(LIB, x))
              .join(' → '),
          );
        } else if (!colour.has(t)) visit(t);
      }
      stack.pop();
      colour.set(f, 'black');
    };
    for (const f of files) if (!colour.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });
});

/**
 * What python3 prints with its C Task and Future, which the recorder's goldens cannot hold (they
 * run the pure-Python classes): native-output/README.md says how each fixture was made.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import type { PythonVersion } from '../../../src/lib/ir/python-version';

const dir = new URL('./native-output/', import.meta.url);
const programs = readdirSync(dir).filter((f) => f.endsWith('.py'));

describe('output of the C Task and Future', () => {
  for (const file of programs) {
    const program = readFileSync(new URL(file, dir), 'utf8');
    const name = file.slice(0, -'.py'.length);
    for (const version of ['3.11', '3.12', '3.13'] as PythonVersion[]) {
      it(`${name}: prints CPython ${version}'s`, () => {
        const r = simulate(program, { python: version }, 'main.py');
        expect(r.trace.stdout.map((l) => l.text).join('')).toBe(
          readFileSync(new URL(`${name}.cpython-${version}.txt`, dir), 'utf8'),
        );
      });
    }
  }
});

/**
 * What python3 prints with its C Task and Future, which the recorder's goldens cannot hold (they
 * run the pure-Python classes): native-output/README.md says how each fixture was made.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { pythonFixtures } from '../../support/python-fixtures';

describe('output of the C Task and Future', () => {
  for (const f of pythonFixtures(new URL('./native-output/', import.meta.url)))
    it(`${f.name}: prints CPython ${f.version}'s`, () => {
      const r = simulate(f.program, { python: f.version }, 'main.py');
      expect(r.trace.stdout.map((l) => l.text).join('')).toBe(f.expected());
    });
});

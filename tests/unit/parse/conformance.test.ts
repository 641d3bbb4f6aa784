/**
 * Every program of the conformance corpus parses without diagnostics (see corpus.ts).
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/lib/parse';
import { corpus } from './corpus';

const programs = corpus();

describe.skipIf(programs.length === 0)('conformance programs parse cleanly', () => {
  for (const [name, src] of programs) {
    it(name, () => {
      const r = parse(src);
      expect(r.diagnostics).toEqual([]);
      expect(r.module.body.length).toBeGreaterThan(0);
      expect(r.module.lines.length).toBe(src.replace(/\n$/, '').split('\n').length);
    });
  }
});

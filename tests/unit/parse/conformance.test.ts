/**
 * Every program of the conformance corpus parses without diagnostics (see corpus.ts).
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/lib/parse';
import { corpus } from './corpus';
import { preloadLibrary } from '../../../src/lib/run';
import { unicodeNameLookup } from '../../../src/lib/stdlib/unicode-name-lookup';

const programs = corpus();

describe.skipIf(programs.length === 0)('conformance programs parse cleanly', () => {
  for (const [name, src] of programs) {
    it(name, async () => {
      // A `\N{...}` escape is read with the version's Unicode names, as a run reads it.
      await preloadLibrary(src);
      const r = parse(src, true, src.includes('\\N{') ? unicodeNameLookup(13) : undefined);
      expect(r.diagnostics).toEqual([]);
      expect(r.module.body.length).toBeGreaterThan(0);
      expect(r.module.lines.length).toBe(src.replace(/\n$/, '').split('\n').length);
    });
  }
});

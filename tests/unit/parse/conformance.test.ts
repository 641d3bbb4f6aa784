/**
 * Every program of the shared conformance corpus parses without diagnostics.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/lib/parse';

const DIR = '/work/shared/conformance/programs';
const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.py')).sort() : [];

describe.skipIf(files.length === 0)('conformance programs parse cleanly', () => {
  for (const f of files) {
    it(f, () => {
      const src = readFileSync(join(DIR, f), 'utf8');
      const r = parse(src);
      expect(r.diagnostics).toEqual([]);
      expect(r.module.body.length).toBeGreaterThan(0);
      expect(r.module.lines.length).toBe(src.replace(/\n$/, '').split('\n').length);
    });
  }
});

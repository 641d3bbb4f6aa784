/**
 * The simulated aiohttp (src/lib/sim/pylib/support_lib.ts) must have the await structure of the
 * recorder's fake that CPython runs (tests/recorder/fakes/aiohttp.py), or traces would differ.
 * Compare the two sources with docstrings, comments, blank lines and quote style ignored.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aiohttpLib } from '../../src/lib/sim/pylib/support_lib';

function norm(src: string): string[] {
  return src
    .replace(/"""[\s\S]*?"""/g, '')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '' && !l.trim().startsWith('#'))
    .map((l) => l.replaceAll("'", '"'));
}

describe('simulated aiohttp', () => {
  it('is the recorder fake, line for line', () => {
    const fake = readFileSync(join(import.meta.dirname, '..', 'recorder', 'fakes', 'aiohttp.py'), 'utf8');
    expect(norm(aiohttpLib)).toEqual(norm(fake));
  });
});

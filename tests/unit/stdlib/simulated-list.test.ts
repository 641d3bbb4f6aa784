/** The list of simulated modules the README and the app show is the list the engine builds. */
import { describe, expect, it } from 'vitest';
import { importableModules } from '../../../src/lib/stdlib/modules';
import { SIMULATED_MODULES, SIMULATED_PACKAGES } from '../../../src/lib/stdlib/simulated';
import { readFileSync } from 'node:fs';

describe('what runs here', () => {
  it('names exactly the modules a program can import', () => {
    expect([...SIMULATED_MODULES, ...SIMULATED_PACKAGES].sort()).toEqual(importableModules().sort());
  });
  it('is what the README lists', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const m of SIMULATED_MODULES) expect(readme, m).toContain('`' + m + '`');
  });
});

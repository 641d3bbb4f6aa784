/**
 * The prebuilt bundle (its library compiled from the IR parsed at build time, not from the .py text)
 * gives CPython 3.13's trace for every conformance program, as the sources do (tests/conformance).
 * In one process: bin/bundle.js loads the bundle as bin/loopline.js does, and `trace` runs each program.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compareTraces } from '../../src/lib/trace/compare';
import { freshBundle, loadBundle } from '../../bin/bundle.js';
import { ensureFreshBundle, root } from './bundle';
import { comparable, goldenCliFlags } from '../conformance/per-instant';
import { caseStdin } from '../conformance/goldens';

type Main = (argv: string[], out: { write(s: string): void }, err: { write(s: string): void }) => Promise<number>;
let main: Main;
let setStdin: (text: string) => void;

beforeAll(() => {
  ensureFreshBundle();
  const cli = loadBundle(freshBundle(pathToFileURL(root + '/'))) as unknown as {
    main: Main;
    setStdin: typeof setStdin;
  };
  ({ main, setStdin } = cli);
}, 300_000);

const corpus = join(root, 'tests', 'conformance');
const cases = [
  ...readdirSync(join(corpus, 'shared')).map((f) => [join(corpus, 'shared', f), join(corpus, 'shared', 'expected')]),
  ...readdirSync(join(corpus, 'cases')).map((f) => [join(corpus, 'cases', f), join(corpus, 'expected')]),
]
  .filter(([f]) => f.endsWith('.py'))
  .map(([f, dir]) => [f, join(dir, basename(f, '.py') + '.json')])
  .filter(([, golden]) => existsSync(golden));

describe('the bundle on the conformance corpus', () => {
  it('has programs to run', () => expect(cases.length).toBeGreaterThan(100));

  it.each(cases)('%s', async (file, golden) => {
    let out = '';
    let err = '';
    const want = JSON.parse(readFileSync(golden, 'utf8'));
    // The program's input as the recorder gave it (never this process's own stdin).
    setStdin(caseStdin(file));
    // The recorder stops programs after 10,000 steps (tests/recorder/README.md): the same cap here;
    // the goldens of expected/ are 3.13's.
    const code = await main(
      ['trace', '--python', '3.13', '--max-steps', '10000', ...goldenCliFlags(want), file],
      { write: (s) => void (out += s) },
      { write: (s) => void (err += s) },
    );
    expect(err.replace(/^loopline: stopped at the cap of 10,000 task steps.*\n$/, '')).toBe('');
    expect(code).toBe(0);
    expect(compareTraces(...comparable(JSON.parse(out), want))).toBeNull();
  });
});

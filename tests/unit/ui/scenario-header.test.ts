/**
 * Scenario headers in the UI's language (issue 8, item 6): `# en:` / `# ko:` lines, the other
 * language's lines dropped and the markers taken out; the program stays valid Python and, since
 * both languages have as many header lines, runs the same way with the same line numbers.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { headerField, headerLength, localise } from '../../../src/lib/ui/scenario-header';
import { simulate } from '../../../src/lib/run';
import { buildRunView } from '../../../src/lib/ui/model';
import { narrate } from '../../../src/lib/ui/narrate';

const DIR = resolve(__dirname, '../../../scenarios');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.py'))
  .sort();

describe('scenario header in one language', () => {
  const src =
    '# en: Title: Hello\n# ko: 제목: 안녕\n# shared line\n# en: more\n# ko:\nprint(1)\n# en: not the header\n';

  it('keeps the language’s lines and the shared ones, without markers; the code is untouched', () => {
    expect(localise(src, 'en')).toBe('# Title: Hello\n# shared line\n# more\nprint(1)\n# en: not the header\n');
    expect(localise(src, 'ko')).toBe('# 제목: 안녕\n# shared line\n#\nprint(1)\n# en: not the header\n');
    expect(headerLength(src)).toBe(5);
    expect(headerField(src, 'en', 'Title')).toBe('Hello');
    expect(headerField(src, 'ko', '제목')).toBe('안녕');
    expect(headerField(src, 'ko', 'Title')).toBe('');
  });

  for (const f of files) {
    it(`${f}: both languages, same lines, same run`, () => {
      const raw = readFileSync(join(DIR, f), 'utf8');
      const en = localise(raw, 'en');
      const ko = localise(raw, 'ko');
      // Each language has as many header lines as the other (unmarked lines, such as `# sim:`, are both's).
      const head = raw.split('\n').slice(0, headerLength(raw));
      const count = (lang: string) => head.filter((l) => l.startsWith(`# ${lang}: `)).length;
      expect(count('en')).toBeGreaterThanOrEqual(2);
      expect(count('en')).toBe(count('ko'));
      expect(en.split('\n').length).toBe(ko.split('\n').length);
      expect(en).not.toMatch(/^# (en|ko):/m);
      expect(en).not.toMatch(/^# 제목/m);
      expect(ko).toMatch(/^# 제목: /);
      expect(en).toMatch(/^# Title: /);
      // The code below the header is the file's, line for line.
      const body = (t: string) => t.split('\n').slice(headerLength(t));
      expect(body(en)).toEqual(body(raw));
      expect(body(ko)).toEqual(body(raw));
      // Same program: same steps, and the narration (with its line numbers) word for word.
      const a = simulate(en);
      const b = simulate(ko);
      expect(a.diagnostics).toEqual([]);
      expect(a.trace.steps.length).toBe(b.trace.steps.length);
      const va = buildRunView(a.trace, a.ui);
      const vb = buildRunView(b.trace, b.ui);
      for (let i = 0; i < a.trace.steps.length; i++) expect(narrate('en', va, i)).toBe(narrate('en', vb, i));
      // Its line numbers are the shown text's: the file's minus the other language's dropped lines.
      const shift = raw.split('\n').length - en.split('\n').length;
      const r = simulate(raw);
      const lines = (t: string) => [...t.matchAll(/line (\d+)/g)].map((m) => Number(m[1]));
      const vr = buildRunView(r.trace, r.ui);
      for (let i = 0; i < a.trace.steps.length; i++)
        expect(lines(narrate('en', va, i))).toEqual(lines(narrate('en', vr, i)).map((n) => n - shift));
    });
  }
});

/**
 * The bundled scenarios (scenarios/*.py): each one has a bilingual header, simulates without an
 * error (except the runaway one, which the engine must stop), and narrates every step.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { simulate } from '../../src/lib/run';
import { buildRunView, taskViews } from '../../src/lib/ui/model';
import { narrate } from '../../src/lib/ui/narrate';

const DIR = resolve(__dirname, '../../scenarios');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.py'))
  .sort();

describe('scenarios', () => {
  it('there are at least 15', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  for (const f of files) {
    it(f, () => {
      const src = readFileSync(join(DIR, f), 'utf8');
      const head = src.split('\n').slice(0, 4).join('\n');
      expect(head).toMatch(/^# en: Title: .+/m);
      expect(head).toMatch(/^# en: Notice: .+/m);
      expect(head).toMatch(/^# ko: 제목: .+/m);
      expect(head).toMatch(/^# ko: 살펴볼 점: .+/m);
      const run = simulate(src);
      expect(run.diagnostics).toEqual([]);
      if (f.includes('runaway')) expect(run.trace.error).toMatch(/Stopped after|Limit/);
      else expect(run.trace.error).toBeNull();
      expect(run.trace.steps.length).toBeGreaterThan(0);
      const v = buildRunView(run.trace, run.ui);
      for (let i = 0; i < run.trace.steps.length; i++) {
        expect(narrate('en', v, i)).toContain(run.trace.steps[i].task);
        expect(narrate('ko', v, i)).toContain(run.trace.steps[i].task);
        const tv = taskViews(v, i);
        expect(tv.filter((t) => t.state === 'running').map((t) => t.name)).toEqual(
          run.trace.steps[i].to === 'done' ? [] : [run.trace.steps[i].task],
        );
      }
    });
  }
});

/**
 * Arrow candidates (marks/arrow-candidates.ts): the arrows into a group lane that repeat each other
 * are looked at as one, so that a gather of thousands lays out its arrows from a handful; the
 * arrows drawn are those a look at every arrow draws (first shown in model order, one per pixel).
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { buildTimeline, layoutTimeline, type TimelineModel } from '../../../src/lib/timeline';
import { arrowCandidates } from '../../../src/lib/timeline/marks/arrow-candidates';
import { rowsOf } from '../../../src/lib/timeline/rows';
import { gatherProgram } from '../../bench/programs';

const source = gatherProgram(600);
const model = buildTimeline(simulate(source), { source });
const group = { above: 50 };
const base = { width: 900, theme: 'light' as const, locale: 'en' as const, group, cursor: false };

/** The kinds and pairs of rows of the arrows shown, looking at every arrow. */
function shownPairs(m: TimelineModel, upTo: number) {
  const rows = rowsOf(m, undefined, group, undefined);
  const seen = new Set<string>();
  for (const a of m.arrows) {
    const fi = rows.rowOf.get(a.from);
    const ti = rows.rowOf.get(a.to);
    if (fi === undefined || ti === undefined || fi === ti || a.fromStep > upTo || a.toStep > upTo) continue;
    seen.add(`${a.kind} ${fi}>${ti}`);
  }
  return seen;
}

describe('arrow candidates', () => {
  it("takes a gather's spawn arrows into its group lanes as a few, on the time axis", () => {
    const rows = rowsOf(model, undefined, group, undefined);
    const c = arrowCandidates(model, rows.rowOf, rows.lanes, 'time', () => false);
    expect(model.arrows.length).toBeGreaterThan(1000);
    expect(c.count).toBeLessThan(model.arrows.length / 20);
    // Every arrow between two rows is in exactly one candidate.
    const members = [...c.members].sort((a, b) => a - b);
    expect(new Set(members).size).toBe(members.length);
  });

  for (const upTo of [2, 40, 700, Infinity])
    it(`draws an arrow for every kind and pair of rows that has one shown (future hidden after ${upTo})`, () => {
      const L = layoutTimeline(model, { ...base, axis: 'time', ...(upTo < Infinity ? { upToStep: upTo } : {}) });
      const rows = rowsOf(model, undefined, group, undefined);
      const rowOf = (name: string) => rows.rowOf.get(model.lanes.findIndex((l) => l.name === name))!;
      const drawn = new Set(L.arrows.map((a) => `${a.kind} ${rowOf(a.from)}>${rowOf(a.to)}`));
      // (A fan-in of more than eight draws only the last child's, which may still be hidden.)
      const want = [...shownPairs(model, upTo)].filter((k) => !k.startsWith('fan-in'));
      for (const k of want) expect(drawn).toContain(k);
      for (const a of L.arrows) expect(a.d).toMatch(/^M/);
    });
});

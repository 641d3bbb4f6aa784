/**
 * The row of each task, looked up by model index (a chart's `rowOf`) or by name (`taskRow`),
 * without a map entry per task: a 10,000-task gather's tasks are mostly the members of a closed
 * group, and filling two 10,000-entry Maps for them was half the rows' task (issue 9). Rows by
 * index are typed arrays; a name finds its model indexes in an index built once per model
 * (taskNamesOf, in a task of its own before a big chart's first layout: layout.ts layoutParts).
 */
import type { TimelineModel } from './model';

/** What the layout and the app read of a row index (a Map is one). */
export interface RowLookup<K> {
  get(k: K): number | undefined;
  has(k: K): boolean;
}

/** Each name's model lane indexes (one number, or several when lanes share a name). */
type NameIndex = Map<string, number | number[]>;

const namesCache = new WeakMap<TimelineModel, NameIndex>();

/** The model indexes of each lane name, kept per model. */
export function taskNamesOf(model: TimelineModel): NameIndex {
  let names = namesCache.get(model);
  if (names) return names;
  names = new Map();
  const lanes = model.lanes;
  for (let i = 0; i < lanes.length; i++) {
    const name = lanes[i].name;
    const had = names.get(name);
    if (had === undefined) names.set(name, i);
    else if (typeof had === 'number') names.set(name, [had, i]);
    else had.push(i);
  }
  namesCache.set(model, names);
  return names;
}

/** Row of each lane by model index: the last row set for it wins (as a Map's set). */
export class RowsByIndex implements RowLookup<number> {
  readonly rows: Int32Array;
  /** Indexes outside the model's lanes (a lane of none: -1). */
  readonly other = new Map<number, number>();
  constructor(size: number) {
    this.rows = new Int32Array(size).fill(-1);
  }
  set(k: number, row: number): void {
    if (k >= 0 && k < this.rows.length && Number.isInteger(k)) this.rows[k] = row;
    else this.other.set(k, row);
  }
  get(k: number): number | undefined {
    if (k >= 0 && k < this.rows.length && Number.isInteger(k)) {
      const r = this.rows[k];
      return r < 0 ? undefined : r;
    }
    return this.other.get(k);
  }
  has(k: number): boolean {
    return this.get(k) !== undefined;
  }
}

/**
 * Row of each task by name: the first row a task of that name was given (the lowest: rows are
 * given in order). Tasks are given rows by model index, or by name when the lane is not the
 * model's own (`other`).
 */
export class TaskRows implements RowLookup<string> {
  readonly byIndex: Int32Array;
  readonly other = new Map<string, number>();
  constructor(
    size: number,
    readonly names: NameIndex,
  ) {
    this.byIndex = new Int32Array(size).fill(-1);
  }
  /** Gives model lane `k` row `row` unless it has one. */
  give(k: number, row: number): void {
    if (this.byIndex[k] < 0) this.byIndex[k] = row;
  }
  giveName(name: string, row: number): void {
    if (!this.other.has(name)) this.other.set(name, row);
  }
  get(name: string): number | undefined {
    let best = this.other.get(name) ?? -1;
    const at = this.names.get(name);
    if (typeof at === 'number') {
      const r = this.byIndex[at];
      if (r >= 0 && (best < 0 || r < best)) best = r;
    } else if (at)
      for (const k of at) {
        const r = this.byIndex[k];
        if (r >= 0 && (best < 0 || r < best)) best = r;
      }
    return best < 0 ? undefined : best;
  }
  has(name: string): boolean {
    return this.get(name) !== undefined;
  }
}

/**
 * Which program line each task is at after a step, kept up to date as the cursor moves: a step
 * moves one task, so stepping costs O(1) and the editor's marks are read per line (a jump far
 * away rebuilds it, one binary search per task). The same facts as taskViews' `line`: a task is at
 * the line its last step at or before the cursor left it at; not yet started or finished: none.
 */
import type { RunView } from './model';
import { countAtOrBelow } from './common/bisect';

export { lineOf } from './location-line';

/** A jump farther than this many steps rebuilds the index instead of replaying the steps. */
const REPLAY_MAX = 256;

export interface LineTasks {
  line: number;
  /** How many tasks are at the line. */
  count: number;
  /** The first `limit` of them by task index (the running one first when it is here). */
  tasks: number[];
  /** Whether the task that ran the step is here. */
  running: boolean;
}

export class TaskLines {
  #v: RunView;
  #cursor = -1;
  /** Task index → its line (0: none). */
  #line: Int32Array;
  /** Line → how many tasks are at it (a line with none has no entry). */
  #count = new Map<number, number>();

  constructor(v: RunView) {
    this.#v = v;
    this.#line = new Int32Array(v.trace.tasks.length);
  }

  #set(k: number, line: number): void {
    const old = this.#line[k];
    if (old === line) return;
    if (old) {
      const n = this.#count.get(old)! - 1;
      if (n) this.#count.set(old, n);
      else this.#count.delete(old);
    }
    if (line) this.#count.set(line, (this.#count.get(line) ?? 0) + 1);
    this.#line[k] = line;
  }

  /** Task k's line after step `cursor` (read from the flat taskSteps: no view per task). */
  #lineAt(k: number, cursor: number): number {
    const { taskSteps, taskStepsAt, stepLine } = this.#v;
    const from = taskStepsAt[k];
    const j = countAtOrBelow(taskSteps, cursor, from, taskStepsAt[k + 1]);
    return j > from ? stepLine[taskSteps[j - 1]] : 0;
  }

  /** Moves to step `cursor`. */
  moveTo(cursor: number): void {
    const v = this.#v;
    if (cursor === this.#cursor) return;
    if (this.#cursor < 0 || Math.abs(cursor - this.#cursor) > REPLAY_MAX) {
      // Rebuilt from scratch: the counts follow from the lines in one pass.
      const line = this.#line;
      const count = (this.#count = new Map());
      for (let k = 0; k < line.length; k++) {
        const l = (line[k] = this.#lineAt(k, cursor));
        if (l) count.set(l, (count.get(l) ?? 0) + 1);
      }
    } else if (cursor > this.#cursor) {
      for (let i = this.#cursor + 1; i <= cursor; i++) this.#set(v.taskOfStep[i], this.#v.stepLine[i]);
    } else {
      for (let i = this.#cursor; i > cursor; i--) this.#set(v.taskOfStep[i], this.#lineAt(v.taskOfStep[i], i - 1));
    }
    this.#cursor = cursor;
  }

  /** Every line with tasks at it after step `cursor`, in line order, each naming at most `limit` tasks. */
  linesAt(cursor: number, limit: number): LineTasks[] {
    this.moveTo(cursor);
    const runner = this.#v.taskOfStep[cursor] ?? -1;
    const lines = [...this.#count.keys()].sort((a, b) => a - b);
    const slot = new Int32Array(lines[lines.length - 1] + 1 || 0).fill(-1);
    const first: number[][] = lines.map((l, s) => ((slot[l] = s), []));
    // The smallest task indexes of every line, in one pass by index that stops once each line has
    // its `limit` (or all it holds): no sort, and no walk over a line's thousands of tasks.
    const want = lines.map((l) => Math.min(limit, this.#count.get(l)!));
    let open = want.filter((w) => w > 0).length;
    const line = this.#line;
    for (let k = 0; k < line.length && open > 0; k++) {
      const l = line[k];
      if (!l) continue;
      const s = slot[l];
      if (first[s].length < want[s] && first[s].push(k) === want[s]) open--;
    }
    return lines.map((l, s) => {
      const running = runner >= 0 && line[runner] === l;
      const tasks = running ? [runner, ...first[s].filter((k) => k !== runner)].slice(0, limit) : first[s];
      return { line: l, count: this.#count.get(l)!, tasks, running };
    });
  }
}

const boards = new WeakMap<RunView, TaskLines>();

/** The run's task-lines index (one per run, kept at the last step asked for). */
export function taskLinesOf(v: RunView): TaskLines {
  let b = boards.get(v);
  if (!b) boards.set(v, (b = new TaskLines(v)));
  return b;
}

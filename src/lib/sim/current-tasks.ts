/**
 * Each loop's current task (asyncio's `_current_tasks`), in the order the loops got one. Set and
 * cleared around every task step, so it is two short parallel arrays (one loop runs at a time)
 * rather than a Map, whose deletes make it rebuild its table every few steps.
 */
export class CurrentTasks<Loop, Task> {
  private loops: Loop[] = [];
  private tasks: Task[] = [];

  get(loop: Loop): Task | undefined {
    const i = this.loops.indexOf(loop);
    return i < 0 ? undefined : this.tasks[i];
  }

  set(loop: Loop, t: Task): void {
    const i = this.loops.indexOf(loop);
    if (i >= 0) this.tasks[i] = t;
    else {
      this.loops.push(loop);
      this.tasks.push(t);
    }
  }

  delete(loop: Loop): void {
    const i = this.loops.indexOf(loop);
    if (i < 0) return;
    if (i === this.loops.length - 1) {
      this.loops.pop();
      this.tasks.pop();
    } else {
      this.loops.splice(i, 1);
      this.tasks.splice(i, 1);
    }
  }

  /** The current task of the loop that got one first (null: no task is running). */
  first(): Task | null {
    return this.tasks.length === 0 ? null : this.tasks[0];
  }
}

/**
 * The page's side of the simulation worker (src/lib/worker/client.ts), against a stand-in worker:
 * one worker serves run after run; Stop, a replacing run and the safety time limit terminate the
 * busy worker (a fresh one is started for the next run, except when the runner is disposed); a
 * result sent in slices comes back whole.
 */
import { describe, it, expect } from 'vitest';
import { SimRunner } from '../../../src/lib/worker/client';
import { splitResult } from '../../../src/lib/worker/chunks';
import type { SimRequest, SimResponse } from '../../../src/lib/worker/messages';
import { simulate } from '../../../src/lib/run';

class FakeWorker {
  onmessage: ((ev: { data: SimResponse }) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  terminated = false;
  sent: SimRequest[] = [];
  postMessage(req: SimRequest) {
    this.sent.push(req);
  }
  terminate() {
    this.terminated = true;
  }
  reply(msg: SimResponse) {
    this.onmessage?.({ data: msg });
  }
}

function runner(timeoutMs = 60_000) {
  const workers: FakeWorker[] = [];
  const r = new SimRunner(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w as unknown as Worker;
  }, timeoutMs);
  return { r, workers };
}

const PROGRAM =
  'import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n    print("hi")\n\nasyncio.run(main())\n';

describe('SimRunner', () => {
  it('serves run after run with one worker, passing the caps', async () => {
    const { r, workers } = runner();
    const result = simulate(PROGRAM);
    for (let i = 0; i < 3; i++) {
      const out = r.run(PROGRAM, { maxSteps: 300, maxOperations: 7 });
      const w = workers[0];
      const req = w.sent[w.sent.length - 1];
      expect(req).toMatchObject({ kind: 'simulate', source: PROGRAM, maxSteps: 300, maxOperations: 7 });
      w.reply({ kind: 'result', id: req.id, result, view: { n: i }, findings: [] });
      await expect(out).resolves.toMatchObject({ kind: 'done', result, view: { n: i }, findings: [] });
    }
    expect(workers.length).toBe(1);
    expect(workers[0].terminated).toBe(false);
  });

  it('passes the CPython version to simulate with', async () => {
    const { r, workers } = runner();
    void r.run(PROGRAM, { python: '3.11' });
    expect(workers[0].sent[0]).toMatchObject({ kind: 'simulate', source: PROGRAM, python: '3.11' });
    r.dispose();
  });

  it('joins a result sent in slices', async () => {
    const { r, workers } = runner();
    const result = simulate(PROGRAM);
    const out = r.run(PROGRAM);
    const id = workers[0].sent[0].id;
    const { head, chunks } = splitResult(result, 1);
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) workers[0].reply({ kind: 'chunk', id, chunk: structuredClone(chunk) });
    workers[0].reply({ kind: 'result', id, ...structuredClone(head) });
    const done = await out;
    expect(done.kind).toBe('done');
    expect(done.kind === 'done' && done.result).toEqual(result);
  });

  it('Stop ends the run with the last progress, terminates the worker and starts a fresh one', async () => {
    const { r, workers } = runner();
    const seen: number[] = [];
    const out = r.run(PROGRAM, { onProgress: (p) => seen.push(p.steps) });
    const id = workers[0].sent[0].id;
    workers[0].reply({ kind: 'progress', id, progress: { steps: 16, t: 1.5, line: 4 } });
    workers[0].reply({ kind: 'progress', id, progress: { steps: 32, t: 3, line: 4 } });
    r.stop();
    await expect(out).resolves.toEqual({ kind: 'stopped', progress: { steps: 32, t: 3, line: 4 } });
    expect(seen).toEqual([16, 32]);
    expect(workers[0].terminated).toBe(true);
    expect(workers.length).toBe(2);
    // The next run goes to the fresh worker; a late answer of the stopped one is ignored.
    const next = r.run(PROGRAM);
    expect(workers[1].sent.length).toBe(1);
    workers[0].reply({ kind: 'result', id, result: simulate(PROGRAM) });
    workers[1].reply({ kind: 'failure', id: workers[1].sent[0].id, message: 'boom' });
    await expect(next).resolves.toEqual({ kind: 'crash', message: 'boom' });
  });

  it('a new run replaces a busy one, which resolves as superseded', async () => {
    const { r, workers } = runner();
    const first = r.run(PROGRAM);
    const second = r.run(PROGRAM);
    await expect(first).resolves.toEqual({ kind: 'superseded' });
    expect(workers[0].terminated).toBe(true);
    expect(workers[1].sent.length).toBe(1);
    r.dispose();
    await expect(second).resolves.toEqual({ kind: 'superseded' });
    expect(workers[1].terminated).toBe(true);
    expect(workers.length).toBe(2);
  });

  it('gives up a run at the safety time limit', async () => {
    const { r, workers } = runner(20);
    const out = r.run(PROGRAM);
    workers[0].reply({ kind: 'progress', id: workers[0].sent[0].id, progress: { steps: 5, t: 0.5, line: 3 } });
    await expect(out).resolves.toEqual({ kind: 'timeout', ms: 20, progress: { steps: 5, t: 0.5, line: 3 } });
    expect(workers[0].terminated).toBe(true);
  });
});

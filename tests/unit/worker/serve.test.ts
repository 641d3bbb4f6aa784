/**
 * The worker's side (src/lib/worker/serve.ts), with a stand-in worker scope: a run's result
 * message carries the asyncio doctor's findings of that run.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { serveRuns } from '../../../src/lib/worker/serve';
import type { SimResponse } from '../../../src/lib/worker/messages';

const SEQUENTIAL = [
  'import asyncio',
  'async def brew(s):',
  '    await asyncio.sleep(s)',
  'async def main():',
  '    await brew(1)',
  '    await brew(2)',
  'asyncio.run(main())',
].join('\n');

const scope = globalThis as unknown as { self?: unknown };
const saved = scope.self;
afterEach(() => {
  scope.self = saved;
});

function serve(): { send(source: string): SimResponse[] } {
  const sent: SimResponse[] = [];
  const fake: { onmessage: ((ev: { data: unknown }) => void) | null; postMessage(m: SimResponse): void } = {
    onmessage: null,
    postMessage: (m) => sent.push(m),
  };
  scope.self = fake;
  serveRuns(null);
  return {
    send(source) {
      fake.onmessage?.({ data: { kind: 'simulate', id: 1, source } });
      return sent;
    },
  };
}

describe('serveRuns', () => {
  it("sends the doctor's findings with the result", () => {
    const msgs = serve().send(SEQUENTIAL);
    const result = msgs.find((m) => m.kind === 'result');
    expect(result?.kind === 'result' && result.findings?.map((f) => [f.kind, f.line, f.endLine])).toEqual([
      ['sequential-awaits', 5, 6],
    ]);
  });

  it('sends no findings for a program that does not parse', () => {
    const msgs = serve().send('def (:\n');
    const result = msgs.find((m) => m.kind === 'result');
    expect(result?.kind === 'result' && result.findings).toEqual([]);
  });
});

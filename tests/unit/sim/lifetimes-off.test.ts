/**
 * The object-lifetime model (sim/lifetimes.ts) costs every drop a look and the end of the run a
 * collection: it is on only once the run made something whose death shows. Importing asyncio
 * defines StreamWriter, whose __del__ closes a dropped writer, but that turns it on only once a
 * writer is made; a class of the program's own with __del__ turns it on as it is defined.
 */
import { describe, it, expect, vi, afterEach } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { Lifetimes } from '../../../src/lib/sim/lifetimes';

afterEach(() => vi.restoreAllMocks());

/** How many times the program's end collected the garbage of tracked objects. */
function collections(source: string): { n: number; stdout: string } {
  let n = 0;
  const collect = Lifetimes.prototype.collect;
  vi.spyOn(Lifetimes.prototype, 'collect').mockImplementation(function (this: Lifetimes) {
    n++;
    return collect.call(this);
  });
  const r = simulate(source, { python: '3.13' });
  vi.restoreAllMocks();
  return { n, stdout: r.trace.stdout.map((l) => l.text).join('') };
}

describe('the lifetime model', () => {
  it('stays off for a program that imports asyncio and makes no object whose death shows', () => {
    const r = collections(`import asyncio

class P:
    def __init__(self, x):
        self.x = x

async def main():
    ps = [P(i) for i in range(10)]
    ps = None
    await asyncio.sleep(0)
    print("done")

asyncio.run(main())
`);
    expect(r.stdout).toBe('done\n');
    expect(r.n).toBe(0);
  });

  it('is on once a StreamWriter is made, and a dropped writer still closes its connection', () => {
    const r = collections(`import asyncio

async def handle(reader, writer):
    writer.write(b"hello\\n")

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 8887)
    reader, writer = await asyncio.open_connection("127.0.0.1", 8887)
    print(await reader.readline())
    print(await reader.read(), reader.at_eof())
    writer.close()
    server.close()

asyncio.run(main())
`);
    expect(r.stdout).toBe("b'hello\\n'\nb'' True\n");
    expect(r.n).toBeGreaterThan(0);
  });

  it('is on as soon as the program defines a class with __del__', () => {
    const r = collections(`class D:
    def __del__(self):
        pass

print("defined")
`);
    expect(r.stdout).toBe('defined\n');
    expect(r.n).toBeGreaterThan(0);
  });
});

/**
 * `address-order`: where a run's order was CPython's only by luck, because CPython takes it from
 * memory addresses (tests/conformance/nondeterministic/README.md): the program's own loop over a
 * set of tasks or objects, a failing TaskGroup cancelling the rest, asyncio.run cancelling
 * leftovers, as_completed wrapping coroutines. Orders that do not depend on addresses say nothing.
 */
import { describe, it, expect } from 'vitest';
import { py, see, where } from './see';

const job = [
  'import asyncio',
  'async def job(n, d=0.1):',
  '    await asyncio.sleep(d)',
  '    if n < 0:',
  '        raise ValueError(n)',
  '    return n',
];

describe('address-order', () => {
  it("points at the program's loop over the done set of asyncio.wait, with how many tasks", () => {
    const src = py(
      ...job,
      'async def main():',
      '    tasks = [asyncio.create_task(job(i)) for i in range(3)]',
      '    done, _ = await asyncio.wait(tasks)',
      '    for t in done:',
      '        print(t.result())',
      'asyncio.run(main())',
    );
    const [f, ...rest] = see(src);
    expect(rest).toEqual([]);
    expect(`${f.line} ${f.kind}`).toBe('10 address-order');
    expect(f.message.en).toContain('a set of 3 Task objects');
    expect(f.message.ko).toContain('Task 객체 3개');
    expect(f.figures).toEqual({ objects: 3 });
  });

  it('points at a loop over a set of plain objects at module level and in a plain function', () => {
    const src = py(
      'class Node: pass',
      'nodes = {Node(), Node()}',
      'for n in nodes: pass',
      'def walk(s):',
      '    for n in s: pass',
      'walk(nodes)',
      'walk({1, 2, 3})',
    );
    expect(where(src)).toEqual(['3 address-order', '5 address-order']);
  });

  it('says nothing of loops whose order does not come from addresses', () => {
    const src = py(
      ...job,
      'async def main():',
      '    tasks = [asyncio.create_task(job(i)) for i in range(3)]',
      '    done, _ = await asyncio.wait(tasks)',
      '    for t in sorted(done, key=lambda t: t.result()):',
      '        print(t.result())',
      '    for t in tasks:',
      '        print(t.result())',
      '    for x in {3, 1, 2}:',
      '        print(x)',
      '    one, _ = await asyncio.wait([asyncio.create_task(job(9))])',
      '    for t in one:',
      '        print(t.result())',
      'asyncio.run(main())',
    );
    expect(where(src)).toEqual([]);
  });

  it("points at the program's unpacking of a set of tasks: *args, a list display, names, a list or dict comprehension", () => {
    const src = py(
      ...job,
      'async def main():',
      '    tasks = [asyncio.create_task(job(i)) for i in range(3)]',
      '    done, pending = await asyncio.wait(tasks, timeout=0.05)',
      '    print(await asyncio.gather(*pending))',
      '    everything = [*pending, *tasks]',
      '    a, b, c = pending',
      '    names = [t.get_name() for t in pending]',
      '    by_name = {t.get_name(): t for t in pending}',
      'asyncio.run(main())',
    );
    const found = see(src);
    expect(found.map((f) => `${f.line} ${f.kind}`)).toEqual([
      '10 address-order',
      '11 address-order',
      '12 address-order',
      '13 address-order',
      '14 address-order',
    ]);
    expect(found[0].message.en).toContain('this line unpacks a set of 3 Task objects');
    expect(found[0].message.ko).toContain('Task 객체 3개');
    expect(found[3].message.en).toContain('this loop goes through a set of 3 Task objects');
  });

  it('says nothing of unpacking whose order does not come from addresses', () => {
    const src = py(
      ...job,
      'async def main():',
      '    tasks = [asyncio.create_task(job(i)) for i in range(3)]',
      '    done, pending = await asyncio.wait(tasks)',
      '    print(await asyncio.gather(*tasks), *sorted(done, key=id) == [], *{1, 2})',
      '    total = sum(t.result() for t in done)',
      '    again = {t for t in done}',
      '    both = {*done, *tasks}',
      '    x, y = {3, 4}',
      'asyncio.run(main())',
    );
    expect(where(src)).toEqual([]);
  });

  it("points at a failing TaskGroup's async with when it cancelled two or more tasks", () => {
    const src = py(
      ...job,
      'async def main(k):',
      '    try:',
      '        async with asyncio.TaskGroup() as tg:',
      '            tg.create_task(job(-1))',
      '            for i in range(k):',
      '                tg.create_task(job(i, 5))',
      '    except* ValueError:',
      '        pass',
      'asyncio.run(main(3))',
      'asyncio.run(main(1))',
    );
    const found = see(src);
    expect(found.map((f) => `${f.line} ${f.kind}`)).toEqual(['9 address-order']);
    expect(found[0].message.en).toContain('cancelled 3 tasks at once');
  });

  it('points at asyncio.run when it cancelled two or more leftover tasks', () => {
    const src = py(
      ...job,
      'async def main(k):',
      '    keep = [asyncio.create_task(job(i, 5)) for i in range(k)]',
      '    await asyncio.sleep(0)',
      'asyncio.run(main(2))',
      'asyncio.run(main(1))',
    );
    const found = see(src);
    expect(found.map((f) => `${f.line} ${f.kind}`)).toEqual(['10 address-order']);
    expect(found[0].message.en).toContain('asyncio.run cancelled 2 tasks');
  });

  it('points at as_completed given coroutines, not tasks', () => {
    const src = py(
      ...job,
      'async def main():',
      '    for c in asyncio.as_completed([job(1), job(2)]):',
      '        print(await c)',
      '    tasks = [asyncio.create_task(job(i)) for i in range(3)]',
      '    for c in asyncio.as_completed(tasks):',
      '        print(await c)',
      'asyncio.run(main())',
    );
    const found = see(src);
    expect(found.map((f) => `${f.line} ${f.kind}`)).toEqual(['8 address-order']);
    expect(found[0].message.en).toContain('as_completed was given 2 coroutines');
  });
});

/**
 * A statement whose value is an `await` (`await x`, `y = await x`, `return await x`) awaits in the
 * statement's own generator, and an await of a plain operand evaluates it without a generator of
 * its own; the order (an assignment's target after the await), errors and await chains stay
 * CPython 3.13's (the expected output was printed by CPython 3.13).
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';

const program = `import asyncio
log = []
class Box:
    pass
def where(tag):
    log.append(tag)
    return box
box = Box()
async def val(x, delay=0):
    log.append(f"val{x}")
    await asyncio.sleep(delay)
    return x
async def boom():
    await asyncio.sleep(0)
    raise ValueError("boom")
async def ret():
    return await val(3)
async def inner():
    await asyncio.sleep(1)
async def outer():
    await inner()
async def main():
    await val(1)
    y = await val(2)
    where("target").attr = await val(4)
    z = await ret()
    print(y, z, box.attr, log)
    try:
        r = await boom()
    except ValueError as e:
        print("caught", e)
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.5)
    print(t.get_coro().cr_await.__qualname__, t.get_coro().cr_await.cr_await is not None)
    await t
    a, b = await asyncio.gather(val(5, 0.1), val(6))
    print(a, b, await val(7) + await val(8))
asyncio.run(main())
`;

describe('await statements', () => {
  it('await, assign and return in CPython order', () => {
    const r = simulate(program);
    expect(r.internalError ?? null).toBeNull();
    expect(r.trace.error ?? null).toBeNull();
    expect(r.trace.stdout.map((l) => l.text).join('')).toBe(
      ["2 3 4 ['val1', 'val2', 'val4', 'target', 'val3']", 'caught boom', 'inner True', '5 6 15', ''].join('\n'),
    );
  });
});

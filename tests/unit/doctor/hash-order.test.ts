/**
 * `hash-order`: where the program lets out the order of a set of strings, which CPython draws anew
 * at every start (string hashes use a random key): its own loop over the set, or the set printed.
 * Uses that cannot show the order (sorted, len, `in`) say nothing, nor do the reprs the app makes
 * for its own panels.
 */
import { describe, it, expect } from 'vitest';
import { py, see, where } from './see';

describe('hash-order', () => {
  it('points at a print of a set of strings, a loop over it and a join of it, with how many strings', () => {
    const src = py(
      "names = {'ada', 'bo', 'cy', 'di'}",
      'print(names)',
      'for n in names:',
      '    print(n)',
      "print(', '.join(names), ', '.join(sorted(names)))",
    );
    const found = see(src);
    expect(found.map((f) => `${f.line} ${f.kind}`)).toEqual(['2 hash-order', '3 hash-order', '5 hash-order']);
    const [shown, loop, joined] = found;
    expect(joined.message.en).toContain('a set of 4 strings is joined into one string here');
    expect(shown.message.en).toContain('a set of 4 strings is printed here');
    expect(shown.message.en).toContain('PYTHONHASHSEED');
    expect(loop.message.en).toContain('this loop goes through a set of 4 strings');
    expect(loop.message.ko).toContain('문자열 4개가 든 set');
    expect(loop.figures).toEqual({ strings: 4 });
  });

  it('sees sets filled by tasks, printed by an f-string inside a coroutine', () => {
    const src = py(
      'import asyncio',
      'seen = set()',
      'async def visit(url):',
      '    await asyncio.sleep(0.1)',
      '    seen.add(url)',
      'async def main():',
      "    await asyncio.gather(*(visit(u) for u in ['/a', '/b', '/c']))",
      "    print(f'visited {seen}')",
      'asyncio.run(main())',
    );
    expect(where(src)).toEqual(['8 hash-order']);
  });

  it("points at the program's unpacking of a set of strings into arguments, a list or names", () => {
    const src = py("names = {'ada', 'bo'}", 'print(*names)', 'both = [*names]', 'first, second = names');
    const found = see(src);
    expect(found.map((f) => `${f.line} ${f.kind}`)).toEqual(['2 hash-order', '3 hash-order', '4 hash-order']);
    expect(found[0].message.en).toContain('a set of 2 strings is unpacked here');
    expect(found[0].message.ko).toContain('풀어 넣습니다');
  });

  it('names items hashed from strings when the set holds tuples or bytes', () => {
    const src = py("pairs = {('a', 1), ('b', 2), (b'c', 3)}", 'print(pairs)');
    const [f, ...rest] = see(src);
    expect(rest).toEqual([]);
    expect(f.message.en).toContain('a set of 3 items hashed from strings or bytes');
  });

  it('says nothing where the order does not get out or does not vary', () => {
    const src = py(
      "names = {'ada', 'bo', 'cy'}",
      'print(sorted(names), len(names), "bo" in names)',
      'for n in sorted(names):',
      '    pass',
      'print({3, 1, 2}, {"only"}, set(), {"": 1})',
      "print(list({'x': 1, 'y': 2}), ['p', 'q'])",
      'for n in {1.5, 2.5, None}:',
      '    pass',
    );
    expect(where(src)).toEqual([]);
  });

  it("says nothing of the sets the app shows in its own panels (a local's repr)", () => {
    const src = py(
      'class Bag:',
      '    def __init__(self):',
      "        self.items = {'x', 'y', 'z'}",
      '    def __repr__(self):',
      "        return f'Bag({self.items})'",
      'import asyncio',
      'async def main():',
      "    tags = {'a', 'b'}",
      '    bag = Bag()',
      '    await asyncio.sleep(0.1)',
      '    print(len(tags) + len(bag.items))',
      'asyncio.run(main())',
    );
    expect(where(src)).toEqual([]);
  });
});

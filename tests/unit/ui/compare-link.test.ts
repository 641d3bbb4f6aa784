import { describe, it, expect } from 'vitest';
import LZString from 'lz-string';
import { compareHashParts, readCompareHash } from '../../../src/lib/ui/state/compare-link';
import { MAX_LINK_CODE, parseHash } from '../../../src/lib/ui/state/link-hash';

const A = 'import asyncio\nasyncio.run(asyncio.sleep(1))\n';
const B = 'import asyncio\nasyncio.run(asyncio.sleep(2))\n';
const C = 'import asyncio\nasyncio.run(asyncio.sleep(3))\n';
const pack = LZString.compressToEncodedURIComponent;

describe('compare links', () => {
  it('carries three programs and the moment, and reads them back', () => {
    const hash = compareHashParts({ programs: [A, B, C], at: 4 }).join('&');
    expect(hash).toBe(`mode=compare&a=${pack(A)}&b=${pack(B)}&c=${pack(C)}&at=5`);
    expect(readCompareHash(parseHash(`#${hash}&theme=light`))).toEqual({ programs: [A, B, C], versions: null, at: 4 });
  });

  it('opens a two-program link as it was made before three-way compare', () => {
    // The form every existing compare link has: no `c`.
    const old = `#mode=compare&a=${pack(A)}&b=${pack(B)}&at=3&theme=dark&lang=ko`;
    expect(readCompareHash(parseHash(old))).toEqual({ programs: [A, B], versions: null, at: 2 });
    expect(compareHashParts({ programs: [A, B], at: 2 }).join('&')).toBe(`mode=compare&a=${pack(A)}&b=${pack(B)}&at=3`);
    const vs = `#mode=compare&vs=3.12,3.14&a=${pack(A)}&b=${pack(A)}`;
    expect(readCompareHash(parseHash(vs))).toEqual({ programs: [A, A], versions: ['3.12', '3.14'], at: null });
  });

  it('refuses a third program too big for a link, as it refuses A and B', () => {
    const big = 'x'.repeat(MAX_LINK_CODE + 1);
    const r = readCompareHash(parseHash(`#mode=compare&a=${pack(A)}&b=${pack(B)}&c=${big}`));
    expect(r.programs).toEqual([A, B, null]);
    expect(readCompareHash(parseHash(`#mode=compare&a=${big}&b=${pack(B)}`)).programs).toEqual([null, B]);
  });
});

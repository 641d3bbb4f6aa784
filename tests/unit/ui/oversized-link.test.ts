/**
 * A link too big to open leaves the address before the app starts (oversized-link.ts): only its
 * too-long parameters go, the others stay, and the program's (or input's) length is kept for the refusal.
 */
import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { MAX_LINK_CODE } from '../../../src/lib/ui/state/link-hash';

const writes: string[] = [];
/** A page at `/app/?q=1` with `hash`, whose address writes are noted; a fresh module each time. */
async function at(hash: string) {
  vi.stubGlobal('location', { hash, pathname: '/app/', search: '?q=1' });
  vi.stubGlobal('history', {
    state: { k: 1 },
    replaceState: (_s: unknown, _t: string, url: string) => writes.push(url),
  });
  vi.resetModules();
  return import('../../../src/lib/ui/state/oversized-link');
}

describe('oversized link', () => {
  beforeEach(() => void (writes.length = 0));
  afterEach(() => void vi.unstubAllGlobals());

  it('takes a too-long program out of the address, keeping the other options, and keeps its length', async () => {
    const m = await at(`#code=${'A'.repeat(MAX_LINK_CODE + 1)}&py=3.12&lang=ko&theme=dark`);
    m.dropOversizedLink();
    expect(writes).toEqual(['/app/?q=1#py=3.12&lang=ko&theme=dark']);
    expect(m.droppedLinkLength()).toBe(MAX_LINK_CODE + 1);
    expect(m.droppedInputLength()).toBeNull();
  });

  it('leaves a link that may be opened alone, even a long one', async () => {
    const m = await at(`#code=${'A'.repeat(MAX_LINK_CODE)}&in=${'B'.repeat(1000)}`);
    m.dropOversizedLink();
    expect(writes).toEqual([]);
    expect(m.droppedLinkLength()).toBeNull();
  });

  it("takes out a too-long input, which is not read either, keeping its length apart from the program's", async () => {
    const m = await at(`#code=ABC&in=${'B'.repeat(MAX_LINK_CODE + 5)}`);
    m.dropOversizedLink();
    expect(writes).toEqual(['/app/?q=1#code=ABC']);
    expect(m.droppedLinkLength()).toBeNull();
    expect(m.droppedInputLength()).toBe(MAX_LINK_CODE + 5);
  });

  it('takes a too-long program of a compare link out, keeping the other side, and keeps its length', async () => {
    const m = await at(`#mode=compare&a=${'A'.repeat(MAX_LINK_CODE + 7)}&b=XYZ&at=3`);
    m.dropOversizedLink();
    expect(writes).toEqual(['/app/?q=1#mode=compare&b=XYZ&at=3']);
    expect(m.droppedLinkLength()).toBe(MAX_LINK_CODE + 7);
  });

  it('leaves no empty hash behind', async () => {
    const m = await at(`#code=${'A'.repeat(MAX_LINK_CODE + 1)}`);
    m.dropOversizedLink();
    expect(writes).toEqual(['/app/?q=1']);
  });
});

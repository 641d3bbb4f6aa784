/**
 * A run's result crosses from the worker to the page in pieces: its long lists (the trace's
 * steps, the UI trace's per-step details, ...) in slices of CHUNK_ITEMS items, one message each,
 * and then the rest. The page decodes each message in a task of its own, so no single task has to
 * structured-clone a 100,000-step trace at once (about 0.8 s for the whole, measured in
 * scratch scripts with V8's serializer; a slice of 1,000 steps takes about a hundredth of that).
 * The per-step details and the printed lines, most of the bytes and millions of small objects,
 * travel as JSON text (packed-list.ts) and are decoded on the page an item at a time, when read.
 */
import type { RunResult } from '../run';
import { packList, unpackedList, type PackedSlice } from './packed-list';

/** Items per slice: a slice of per-step details decodes in a few tens of milliseconds. */
export const CHUNK_ITEMS = 1000;

/**
 * Characters of text per slice of a packed list: a slice costs the page a copy of its text, about
 * a millisecond per million characters, and a message each (whose garbage Blink sweeps later:
 * a million printed lines in a thousand messages made a 100-200 ms task of that sweep).
 */
const PACKED_CHARS = 1 << 20;

type Owner = 'trace' | 'ui';

/**
 * The lists that travel packed (read an item at a time on the page; see packed-list.ts): the
 * per-step details, the printed lines (a million `{t, text}` objects cost the page seconds of
 * garbage collection; the output panel reads only the lines in view), and the steps (a 10,000-task
 * gather's 20,000 steps, each an object and three strings, were most of what the page's first
 * young-generation collection after the run had to copy; the page reads the steps near the cursor).
 */
const PACKED = new Set(['ui.details', 'trace.stdout', 'trace.steps']);

/** One slice of one long list: `items` (or `packed`, for a packed list) go at `from` in `result[owner][key]`. */
export interface ResultChunk {
  owner: Owner;
  key: string;
  from: number;
  items: unknown[];
  packed?: PackedSlice;
}

/** The result with its long lists left empty, and which lists the slices fill. */
export interface ResultHead {
  result: RunResult;
  lists: { owner: Owner; key: string; length: number }[];
}

/**
 * The long lists of `result` as slices (of `size` items, or of about `packedChars` characters
 * for a packed list), and the head that carries everything else.
 */
export function splitResult(
  result: RunResult,
  size = CHUNK_ITEMS,
  packedChars = PACKED_CHARS,
): { head: ResultHead; chunks: ResultChunk[] } {
  const trace = { ...result.trace } as Record<string, unknown>;
  const ui = { ...result.ui } as Record<string, unknown>;
  // The UI trace refers to the conformance trace: the head keeps them one object.
  if (result.ui.conformance === result.trace) ui.conformance = trace;
  const lists: ResultHead['lists'] = [];
  const chunks: ResultChunk[] = [];
  for (const [owner, obj] of [
    ['trace', trace],
    ['ui', ui],
  ] as const) {
    for (const [key, value] of Object.entries(obj)) {
      if (!Array.isArray(value) || value.length <= size) continue;
      lists.push({ owner, key, length: value.length });
      obj[key] = [];
      if (PACKED.has(`${owner}.${key}`)) {
        for (const slice of packList(value, packedChars))
          chunks.push({ owner, key, from: slice.from, items: [], packed: slice });
        continue;
      }
      for (let from = 0; from < value.length; from += size)
        chunks.push({ owner, key, from, items: value.slice(from, from + size) });
    }
  }
  const head = { ...result, trace: trace as unknown as RunResult['trace'], ui: ui as unknown as RunResult['ui'] };
  return { head: { result: head, lists }, chunks };
}

/** Collects the slices as they come (in any order) and puts the result back together. */
export class ResultJoiner {
  private readonly parts = new Map<string, { list: unknown[]; count: number; packed: PackedSlice[] }>();

  add(chunk: ResultChunk): void {
    const id = `${chunk.owner}.${chunk.key}`;
    let part = this.parts.get(id);
    if (!part) this.parts.set(id, (part = { list: [], count: 0, packed: [] }));
    if (chunk.packed) {
      part.packed.push(chunk.packed);
      part.count += chunk.packed.count;
      return;
    }
    const { list } = part;
    for (let i = 0; i < chunk.items.length; i++) list[chunk.from + i] = chunk.items[i];
    part.count += chunk.items.length;
  }

  /** The whole result; throws if a slice is missing. */
  join(head: ResultHead): RunResult {
    const { result } = head;
    for (const { owner, key, length } of head.lists) {
      const part = this.parts.get(`${owner}.${key}`);
      const lost = () => new Error(`the worker's result lost part of ${owner}.${key}`);
      if (!part || part.count !== length) throw lost();
      const list = part.packed.length ? unpackedList(length, part.packed) : part.list;
      if (list.length !== length) throw lost();
      (result[owner] as unknown as Record<string, unknown>)[key] = list;
    }
    return result;
  }
}

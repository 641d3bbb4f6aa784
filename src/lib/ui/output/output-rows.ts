/**
 * The output panel's rows: what a terminal shows on one line. A row is the writes from one that
 * starts a line up to the one that ends it with '\n', so `print(i, end=' ')` in a loop, or an
 * input() prompt and what is printed after it, share a row as in python3's output; it shows the
 * time of its first write.
 */
import { countBelow } from '../common/bisect';

/** The index of each row's first write, ascending. */
export function rowStarts(writes: readonly { text: string }[]): Int32Array {
  const starts = new Int32Array(writes.length);
  let n = 0;
  let open = false;
  for (let i = 0; i < writes.length; i++) {
    if (!open) starts[n++] = i;
    open = !writes[i].text.endsWith('\n');
  }
  return starts.slice(0, n);
}

/** How many rows show when the first `count` writes are printed (the last may be partly printed). */
export function rowsShown(starts: Int32Array, count: number): number {
  return countBelow(starts, count);
}

/** The writes of row `r` printed among the first `count`: [first, end). */
export function rowWrites(starts: Int32Array, r: number, count: number): [number, number] {
  return [starts[r], Math.min(r + 1 < starts.length ? starts[r + 1] : count, count)];
}

/** All the rows of `writes`, each its writes' text joined (without the final newline) at its first write's time. */
export function joinedRows(writes: readonly { t: number; text: string }[]): { t: number; text: string }[] {
  const starts = rowStarts(writes);
  const rows: { t: number; text: string }[] = [];
  for (let r = 0; r < starts.length; r++) {
    const [first, end] = rowWrites(starts, r, writes.length);
    let text = '';
    for (let w = first; w < end; w++) text += writes[w].text;
    rows.push({ t: writes[first].t, text: text.replace(/\n$/, '') });
  }
  return rows;
}

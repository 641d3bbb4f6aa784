/**
 * Strings as one text and the offsets where each ends, so that thousands of lane names and
 * locations cross from the worker to the page as one string and one typed array rather than as
 * as many small objects to clone (issue 9: no main-thread task over 100 ms).
 */

/** String i is `text` from `ends[i - 1]` (0 for the first) to `ends[i]`. */
export interface StringTable {
  text: string;
  ends: Int32Array;
}

/** A code for "no value" (the field is absent) and for null, beside the indexes of strings. */
export const ABSENT = -1;
const NULL = -2;

/** Collects strings, each once, and gives their codes. */
export class StringTableBuilder {
  private readonly ids = new Map<string, number>();
  private readonly parts: string[] = [];
  private readonly ends: number[] = [];
  private length = 0;

  /** The code of `s` (undefined: ABSENT, null: NULL). */
  code(s: string | null | undefined): number {
    if (s === undefined) return ABSENT;
    if (s === null) return NULL;
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.parts.length;
      this.ids.set(s, id);
      this.parts.push(s);
      this.length += s.length;
      this.ends.push(this.length);
    }
    return id;
  }

  /** The code of a plain value written as JSON (undefined: ABSENT). */
  json(v: unknown): number {
    return v === undefined ? ABSENT : this.code(JSON.stringify(v));
  }

  finish(): StringTable {
    return { text: this.parts.join(''), ends: Int32Array.from(this.ends) };
  }
}

/** Reads a table back: each string (and each JSON value) is made once, when first asked for. */
export class StringTableReader {
  private readonly strings: (string | undefined)[];
  private readonly values: unknown[];

  constructor(private readonly table: StringTable) {
    this.strings = new Array(table.ends.length);
    this.values = new Array(table.ends.length);
  }

  /** The string of code `c` (ABSENT: undefined, NULL: null). */
  str(c: number): string | null | undefined {
    if (c < 0) return c === NULL ? null : undefined;
    let s = this.strings[c];
    if (s === undefined) {
      const { text, ends } = this.table;
      s = this.strings[c] = text.slice(c ? ends[c - 1] : 0, ends[c]);
    }
    return s;
  }

  /** The value of a JSON code (ABSENT: undefined); one object per code, shared by its readers. */
  json<T>(c: number): T | undefined {
    if (c < 0) return undefined;
    let v = this.values[c];
    if (v === undefined) v = this.values[c] = JSON.parse(this.str(c)!);
    return v as T;
  }
}

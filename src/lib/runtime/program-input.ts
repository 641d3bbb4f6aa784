/**
 * A run's standard input: the text `input()` and `sys.stdin` read, given before the run (the app's
 * Input box, what was piped into `loopline run`). It is fetched the first time the program reads,
 * so a CLI run of a program that never reads does not wait for a terminal. Read as python3 reads a
 * piped stdin on Linux: lines end at `\n` only (its newline='\n': a `\r` before it stays in the line).
 */
export type InputSource = string | (() => string);

export class ProgramInput {
  private text: string | null = null;
  private pos = 0;

  constructor(private readonly source: InputSource = '') {}

  private all(): string {
    if (this.text === null) {
      this.text = typeof this.source === 'string' ? this.source : this.source();
    }
    return this.text;
  }

  /** The next line with its `\n` (the last may lack one), at most `size` characters when size >= 0; '' at the end. */
  readline(size = -1): string {
    const text = this.all();
    const nl = text.indexOf('\n', this.pos);
    let end = nl < 0 ? text.length : nl + 1;
    if (size >= 0) end = Math.min(end, this.after(size));
    const line = text.slice(this.pos, end);
    this.pos = end;
    return line;
  }

  /** Where `n` characters (code points, as Python counts them) from the read position end. */
  private after(n: number): number {
    const text = this.all();
    let i = this.pos;
    for (let k = 0; k < n && i < text.length; k++) i += text.codePointAt(i)! > 0xffff ? 2 : 1;
    return i;
  }

  /**
   * What a read must wait for first, when it cannot answer yet (a child process's stdin pipe that its
   * parent has not closed: stdlib/subprocesses.ts); null when it can. A reading thread in threaded form
   * waits for it suspended; readline and read block in place otherwise.
   */
  pending(): { ready(): boolean; deadline: number | null } | null {
    return null;
  }

  /** The rest (size < 0), or at most `size` characters of it; '' at the end. */
  read(size = -1): string {
    const text = this.all();
    const end = size < 0 ? text.length : this.after(size);
    const s = text.slice(this.pos, end);
    this.pos = end;
    return s;
  }
}

/**
 * What a CLI command gives the program as its standard input: the command's own stdin, read in full
 * the first time the program reads (a program that never reads never waits on a terminal), as
 * python3 reads a pipe or a file. Kept once read: the versions `compare` runs, and a run repeated in
 * a thread with a larger stack (bin/worker.js, handed the text), read the same input.
 */
import { readSync, writeSync } from 'node:fs';

let text: string | null = null;

/** The program's input, read now if it has not been. */
export function programStdin(): string {
  if (text === null) text = readAll();
  return text;
}

/** What was read so far (null: the program has not read), for a repeated run in another thread. */
export function stdinSoFar(): string | null {
  return text;
}

/** A repeated run's input: what the first run read. */
export function setStdin(read: string | null): void {
  text = read;
}

/**
 * Whether stdin is a terminal. node:tty is loaded only here, when a program reads: loading it (and the
 * stream modules it pulls in) at start cost every `loopline run` some 2-3 ms of CPU.
 */
function onTerminal(): boolean {
  const tty = process.getBuiltinModule?.('node:tty') as typeof import('node:tty') | undefined;
  return tty !== undefined && tty.isatty(0);
}

function readAll(): string {
  // python3 would prompt and read line by line; a simulation runs to its end before anything is
  // printed, so a terminal's input is taken whole first.
  if (onTerminal()) writeSync(2, 'loopline: the program reads standard input: type it, then press Ctrl-D\n');
  const chunks: Buffer[] = [];
  const buf = Buffer.alloc(1 << 16);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    let n: number;
    try {
      n = readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // A non-blocking pipe with nothing yet: wait a little and read again.
      if (code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 10);
        continue;
      }
      // No stdin at all (closed): the program reads nothing, as python3's does.
      if (code === 'EBADF' || code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

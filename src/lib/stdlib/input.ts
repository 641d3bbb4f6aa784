/**
 * input(), which needs the sys module: python3's way when its stdin is not a terminal (a pipe, a
 * file, the run's input: runtime/program-input.ts), the same for whatever the program put in
 * sys.stdin and sys.stdout (an io.StringIO, contextlib.redirect_stdout).
 */
import { PyBytes, pyError, type PyValue } from '../runtime/core';
import { callMethodByName, getattr, str as pyStr } from '../runtime/ops';
import { importModule } from '../interp/state';
import { markBlocking, threadedCall, type ThreadGen } from '../interp/threaded';
import { run } from '../runtime/run';
import { inputFn, inputLine, inputReader, printTarget } from '../runtime/builtins';

// input() as python3 runs it when its stdin is not a terminal: the prompt written to sys.stdout
// (str() of it, then a flush), then sys.stdin's readline() without its newline; at the end EOFError.
inputReader.input = (prompt) => lineRead(callMethodByName(promptThenStdin(prompt), 'readline', []));

// From a thread's threaded code (a Python child process's), the readline may wait suspended: for a
// stdin pipe its parent has not closed yet.
markBlocking(inputFn, function* (_self, [prompt]): ThreadGen {
  const stdin = promptThenStdin(prompt);
  return lineRead(yield* threadedCall(getattr(stdin, 'readline'), [], null));
});

/** The checks and the prompt before the read; sys.stdin, to read from. */
function promptThenStdin(prompt: PyValue | undefined): PyValue {
  const sys = importModule('sys').dict!;
  if ((sys.get('stdin') ?? null) === null) throw pyError('RuntimeError', 'input(): lost sys.stdin');
  if ((sys.get('stdout') ?? null) === null) throw pyError('RuntimeError', 'input(): lost sys.stdout');
  const out = printTarget.resolve(null);
  if (prompt !== undefined) {
    const text = pyStr(prompt);
    if (out === undefined) run.write(text);
    else callMethodByName(out!, 'write', [text]);
  }
  if (out) callMethodByName(out, 'flush', []);
  return sys.get('stdin')!;
}

/** What input() returns for the line readline() gave: without its newline; EOFError at the end. */
function lineRead(line: PyValue): PyValue {
  if (typeof line === 'string') return inputLine(line);
  if (line instanceof PyBytes) {
    if (line.data.length === 0) throw pyError('EOFError', 'EOF when reading a line');
    const n = line.data.length;
    return line.data[n - 1] === 10 ? new PyBytes(line.data.slice(0, n - 1)) : line;
  }
  throw pyError('TypeError', 'object.readline() returned non-string');
}

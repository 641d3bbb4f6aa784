/**
 * input(), which needs the sys module: python3's way when its stdin is not a terminal (a pipe, a
 * file, the run's input: runtime/program-input.ts), the same for whatever the program put in
 * sys.stdin and sys.stdout (an io.StringIO, contextlib.redirect_stdout).
 */
import { PyBytes, pyError } from '../runtime/core';
import { callMethodByName, str as pyStr } from '../runtime/ops';
import { importModule } from '../interp/state';
import { run } from '../runtime/run';
import { inputLine, inputReader, printTarget } from '../runtime/builtins';

// input() as python3 runs it when its stdin is not a terminal: the prompt written to sys.stdout
// (str() of it, then a flush), then sys.stdin's readline() without its newline; at the end EOFError.
inputReader.input = (prompt) => {
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
  const line = callMethodByName(sys.get('stdin')!, 'readline', []);
  if (typeof line === 'string') return inputLine(line);
  if (line instanceof PyBytes) {
    if (line.data.length === 0) throw pyError('EOFError', 'EOF when reading a line');
    const n = line.data.length;
    return line.data[n - 1] === 10 ? new PyBytes(line.data.slice(0, n - 1)) : line;
  }
  throw pyError('TypeError', 'object.readline() returned non-string');
};

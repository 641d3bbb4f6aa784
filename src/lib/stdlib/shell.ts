/**
 * The commands a simulated child process can run (sim/subprocesses.md): a small POSIX shell
 * (`/bin/sh`, dash on the recorder's machines: words, quotes, `;`, `&&`, `||`) and the programs
 * echo, printf, sleep, cat, true, false, exit, and the running Python. Everything here is checked
 * before the child starts: anything else is "not simulated" in the parent, at its call.
 */

/** One simple command of a shell list and how it follows the one before. */
interface ShellStep {
  argv: string[];
  /** ';' (always), '&&' (after success), '||' (after failure); the first one is ';'. */
  after: ';' | '&&' | '||';
}

/** What a child runs: a shell list, or one program (the exec form: no shell). */
export type Command = { shell: true; steps: ShellStep[] } | { shell: false; argv: string[] };

export class NotSimulatedCommand extends Error {}

const PYTHON = /^(?:.*\/)?python(?:3(?:\.\d+)?)?$/;
const PROGRAMS = new Set(['echo', 'printf', 'sleep', 'cat', 'true', 'false']);
/** /bin/sh by its names (dash on the recorder's machines; bash's echo differs, so it is not one). */
const SHELLS = /^(?:\/(?:usr\/)?bin\/)?(?:sh|dash)$/;

/** The program name an argv[0] names (`/bin/echo` -> `echo`, any python3 -> `python`). */
export function programOf(arg0: string): string {
  if (PYTHON.test(arg0)) return 'python';
  const base = arg0.replace(/^\/(?:usr\/)?bin\//, '');
  return base;
}

/** Splits a shell command line into its simple commands; throws NotSimulatedCommand for what is not simulated. */
function parseShell(text: string): ShellStep[] {
  const steps: ShellStep[] = [];
  let argv: string[] = [];
  let after: ShellStep['after'] = ';';
  let i = 0;
  const end = (op: ShellStep['after'] | null) => {
    if (argv.length === 0) {
      if (op === null && after === ';') return;
      throw new NotSimulatedCommand(`shell syntax error near '${op ?? 'end of line'}'`);
    }
    steps.push({ argv, after });
    argv = [];
    after = op ?? ';';
  };
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '\n' || c === ';') {
      if (argv.length > 0) end(';');
      i++;
      continue;
    }
    if (text.startsWith('&&', i) || text.startsWith('||', i)) {
      end(text.slice(i, i + 2) as '&&' | '||');
      i += 2;
      continue;
    }
    if (c === '#') {
      // A comment to the end of the line.
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if ('|&<>()`$*?[~{}'.includes(c) || text.startsWith('!', i)) throw unsupportedSyntax(c);
    // A word: plain characters, quoted parts and escapes up to a blank or an operator.
    let word = '';
    while (i < text.length) {
      const d = text[i];
      if (' \t\n;&|'.includes(d)) break;
      if ('<>()`$*?[{}'.includes(d)) throw unsupportedSyntax(d);
      if (d === "'") {
        const close = text.indexOf("'", i + 1);
        if (close < 0) throw new NotSimulatedCommand('shell syntax error: unterminated quoted string');
        word += text.slice(i + 1, close);
        i = close + 1;
      } else if (d === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new NotSimulatedCommand('shell syntax error: unterminated quoted string');
          const e = text[i];
          if (e === '"') break;
          if (e === '$' || e === '`') throw unsupportedSyntax(e);
          if (e === '\\' && i + 1 < text.length && '$`"\\\n'.includes(text[i + 1])) {
            if (text[i + 1] !== '\n') word += text[i + 1];
            i += 2;
            continue;
          }
          word += e;
          i++;
        }
        i++;
      } else if (d === '\\') {
        if (i + 1 < text.length && text[i + 1] !== '\n') word += text[i + 1];
        i += 2;
      } else {
        word += d;
        i++;
      }
    }
    argv.push(word);
  }
  end(null);
  for (const s of steps) checkProgram(s.argv, true);
  return steps;
}

function unsupportedSyntax(c: string): NotSimulatedCommand {
  const what: Record<string, string> = {
    '|': 'a pipeline (|)',
    '&': 'a background job (&)',
    '<': 'a redirection (<)',
    '>': 'a redirection (>)',
    $: 'a variable or substitution ($)',
    '`': 'a command substitution (`)',
  };
  return new NotSimulatedCommand(`shell syntax ${what[c] ?? `'${c}'`} is not simulated in Loopline`);
}

/** Throws NotSimulatedCommand unless `argv` is a program Loopline runs (`inShell`: shell built-ins too). */
function checkProgram(argv: string[], inShell: boolean): void {
  const name = programOf(argv[0]);
  if (name === 'python') {
    checkPython(argv);
    return;
  }
  if (!PROGRAMS.has(name) && !(inShell && name === 'exit'))
    throw new NotSimulatedCommand(`command '${argv[0]}' is not simulated in Loopline`);
  if (name === 'sleep') sleepSeconds(argv.slice(1));
  if (name === 'cat' && argv.slice(1).some((a) => a !== '-'))
    throw new NotSimulatedCommand(`cat of a file is not simulated in Loopline (cat reads its standard input)`);
  if (name === 'exit' && argv.length > 1 && !/^\d+$/.test(argv[1]))
    throw new NotSimulatedCommand(`exit ${argv[1]} is not simulated in Loopline`);
  if (name === 'printf') {
    if (argv.length < 2) throw new NotSimulatedCommand('printf without a format is not simulated in Loopline');
    printfText(argv[1], argv.slice(2));
  }
}

/** A Python child: `python -c CODE [ARG...]` (with -u/-B/-E/-I/-s/-S flags before it). */
export function pythonCode(argv: string[]): { code: string; args: string[] } {
  let i = 1;
  while (i < argv.length && /^-[uBEIsS]+$/.test(argv[i])) i++;
  if (argv[i] === '-c' && i + 1 < argv.length) return { code: argv[i + 1], args: argv.slice(i + 2) };
  throw new NotSimulatedCommand(
    `python ${argv.slice(1).join(' ')} is not simulated in Loopline (a child Python runs 'python -c CODE')`,
  );
}

function checkPython(argv: string[]): void {
  pythonCode(argv);
}

/** GNU sleep's arguments: numbers with an optional s/m/h/d suffix, added up. */
export function sleepSeconds(args: string[]): number {
  if (args.length === 0) throw new NotSimulatedCommand('sleep without an operand is not simulated in Loopline');
  let total = 0;
  for (const a of args) {
    const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(a);
    if (m === null) throw new NotSimulatedCommand(`sleep ${a} is not simulated in Loopline`);
    total += Number(m[1]) * { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as '' | 's' | 'm' | 'h' | 'd'];
  }
  return total;
}

/** The backslash escapes echo -e and printf read as one character each. */
const ECHO_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
};

/** Backslash escapes of echo -e, dash's echo and printf's format; `stop` is set at \c. */
function unescape(s: string, octalNeedsZero: boolean): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\' || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const n = s[++i];
    if (n in ECHO_ESCAPES) out += ECHO_ESCAPES[n];
    else if (n === 'c') return { text: out, stop: true };
    else if (octalNeedsZero ? n === '0' : /[0-7]/.test(n)) {
      let digits = octalNeedsZero ? '' : n;
      while (digits.length < 3 && i + 1 < s.length && /[0-7]/.test(s[i + 1])) digits += s[++i];
      out += String.fromCharCode(parseInt(digits || '0', 8) & 255);
    } else out += '\\' + n;
  }
  return { text: out, stop: false };
}

/** What echo writes: dash's built-in (in a shell: escapes always, only -n) or GNU's /bin/echo (-n, -e, -E). */
export function echoText(args: string[], inShell: boolean): string {
  let newline = true;
  let escapes = inShell;
  let i = 0;
  if (inShell) {
    if (args[0] === '-n') {
      newline = false;
      i = 1;
    }
  } else {
    for (; i < args.length && /^-[neE]+$/.test(args[i]); i++) {
      for (const f of args[i].slice(1)) {
        if (f === 'n') newline = false;
        else escapes = f === 'e';
      }
    }
  }
  const text = args.slice(i).join(' ');
  if (!escapes) return text + (newline ? '\n' : '');
  const u = unescape(text, true);
  return u.text + (newline && !u.stop ? '\n' : '');
}

/** printf FORMAT [ARG...] for %s %d %i %c %x %X %o %u %% with flags, width and precision; the format is reused for extra arguments. */
export function printfText(format: string, args: string[]): string {
  let out = '';
  let k = 0;
  for (;;) {
    let used = false;
    const re = /%([-+ 0#]*)(\d*)(?:\.(\d*))?([sdicxXou%])|%(.?)/g;
    let last = 0;
    let m: RegExpExecArray | null;
    let stop = false;
    while ((m = re.exec(format)) !== null) {
      const lit = unescape(format.slice(last, m.index), false);
      out += lit.text;
      last = re.lastIndex;
      if (lit.stop) {
        stop = true;
        break;
      }
      if (m[5] !== undefined) throw new NotSimulatedCommand(`printf's %${m[5]} is not simulated in Loopline`);
      const [, flags, width, prec, conv] = m;
      if (conv === '%') {
        out += '%';
        continue;
      }
      used = true;
      const arg = k < args.length ? args[k++] : undefined;
      out += pad(convert(conv, flags, prec, arg), flags, width);
    }
    if (!stop) out += unescape(format.slice(last), false).text;
    if (stop || !used || k >= args.length) return out;
  }
}

function convert(conv: string, flags: string, prec: string | undefined, arg: string | undefined): string {
  if (conv === 's') return prec === undefined ? (arg ?? '') : (arg ?? '').slice(0, Number(prec || 0));
  if (conv === 'c') return (arg ?? '').slice(0, 1);
  let n = 0n;
  if (arg !== undefined && arg !== '') {
    if (!/^[-+]?\d+$/.test(arg))
      throw new NotSimulatedCommand(`printf %${conv} of '${arg}' is not simulated in Loopline`);
    n = BigInt(arg);
  }
  const neg = n < 0n && conv !== 'u';
  const mag = neg ? -n : n;
  let digits =
    conv === 'x'
      ? mag.toString(16)
      : conv === 'X'
        ? mag.toString(16).toUpperCase()
        : conv === 'o'
          ? mag.toString(8)
          : mag.toString();
  if (prec !== undefined) digits = digits.padStart(Number(prec || 0), '0');
  if (flags.includes('#') && mag !== 0n && (conv === 'x' || conv === 'X'))
    digits = (conv === 'x' ? '0x' : '0X') + digits;
  const sign = neg ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  return sign + digits;
}

function pad(s: string, flags: string, width: string): string {
  const w = Number(width || 0);
  if (s.length >= w) return s;
  if (flags.includes('-')) return s.padEnd(w, ' ');
  if (flags.includes('0') && /^[-+ ]?[0-9a-fA-Fx]+$/.test(s)) {
    const sign = /^[-+ ]/.test(s) ? s[0] : '';
    return sign + s.slice(sign.length).padStart(w - sign.length, '0');
  }
  return s.padStart(w, ' ');
}

/** The command `args` names: a shell list (shell=True) or one program, checked. */
export function parseCommand(args: string[] | string, shell: boolean): Command {
  if (shell) {
    const text = typeof args === 'string' ? args : args[0];
    // An empty list: /bin/sh -c with nothing after it, which dash refuses with its own usage error.
    if (text === undefined) throw new NotSimulatedCommand('a shell given no command is not simulated in Loopline');
    return { shell: true, steps: parseShell(text) };
  }
  const argv = typeof args === 'string' ? [args] : args;
  // `['sh', '-c', CMD, ARG0...]` is the shell itself, run without shell=True (the words after CMD
  // are its $0, $1, ...: parameters are not simulated, so they are never read).
  if (SHELLS.test(argv[0]) && argv[1] === '-c' && argv.length >= 3) return { shell: true, steps: parseShell(argv[2]) };
  checkProgram(argv, false);
  return { shell: false, argv };
}

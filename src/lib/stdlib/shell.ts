/**
 * The commands a simulated child process can run (sim/subprocesses.md): a small POSIX shell
 * (`/bin/sh`, dash on the recorder's machines: words, quotes, parameters, NAME=value
 * assignments, `;`, `&&`, `||`, the built-ins exit, cd, pwd, export and unset) and the programs echo, printf, sleep, cat, true, false, and the
 * running Python. Everything here is checked
 * before the child starts: anything else is "not simulated" in the parent, at its call.
 */
import { expandString, expandWords, shellParams, type ShellParams, type ShellWord, type WordPart } from './shell-vars';

/** One simple command of a shell list and how it follows the one before. */
interface ShellStep {
  /** Its NAME=value words before the command's name: the command's environment, or the shell's variables if none. */
  assigns: { name: string; value: ShellWord }[];
  /** Its words, expanded when it runs (shell-vars.ts). */
  words: ShellWord[];
  after: ';' | '&&' | '||';
  /** The script's line it is on (dash's error messages name it). */
  line: number;
}

/** What a child runs: a shell list (with `$0`, `$1`, ...), or one program (the exec form: no shell). */
export type Command = { shell: true; steps: ShellStep[]; params: string[] } | { shell: false; argv: string[] };

export class NotSimulatedCommand extends Error {}

const PYTHON = /^(?:.*\/)?python(?:3(?:\.\d+)?)?$/;
const PROGRAMS = new Set(['echo', 'printf', 'sleep', 'cat', 'true', 'false']);
/** The shell's own commands (dash's built-ins that are simulated). */
const BUILTINS = new Set(['exit', 'cd', 'pwd', 'export', 'unset']);
/** /bin/sh by its names (dash on the recorder's machines; bash's echo differs, so it is not one). */
const SHELLS = /^(?:\/(?:usr\/)?bin\/)?(?:sh|dash)$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** The program name an argv[0] names (`/bin/echo` -> `echo`, any python3 -> `python`). */
export function programOf(arg0: string): string {
  if (PYTHON.test(arg0)) return 'python';
  const base = arg0.replace(/^\/(?:usr\/)?bin\//, '');
  return base;
}

/**
 * Splits a shell command line into its simple commands; throws NotSimulatedCommand for what is not
 * simulated. `preview` gives the parameters' values at the start (the environment the child gets),
 * with which each command is checked before the child starts.
 */
function parseShell(text: string, preview: ShellParams): ShellStep[] {
  const steps: ShellStep[] = [];
  let words: ShellWord[] = [];
  let after: ShellStep['after'] = ';';
  let line = 1;
  let stepLine = 1;
  let i = 0;
  let assigns: ShellStep['assigns'] = [];
  const end = (op: ShellStep['after'] | null) => {
    if (words.length === 0 && assigns.length === 0) {
      if (op === null && after === ';') return;
      throw new NotSimulatedCommand(`shell syntax error near '${op ?? 'end of line'}'`);
    }
    steps.push({ assigns, words, after, line: stepLine });
    words = [];
    assigns = [];
    after = op ?? ';';
  };
  /** A parameter expansion at text[i] === '$' (unquoted or in "..."): its part, and i past it. */
  const param = (quoted: boolean): WordPart => {
    const rest = text.slice(i + 1);
    if (rest.startsWith('{')) return braced(quoted);
    const m = NAME.exec(rest) ?? /^[0-9?$#@*]/.exec(rest);
    if (m === null) {
      // A '$' before a blank, a quote or the end is itself.
      if (rest === '' || ' \t\n"\''.includes(rest[0])) {
        i++;
        return { text: '$', quoted };
      }
      throw unsupportedSyntax(`$${rest[0]}`);
    }
    i += 1 + m[0].length;
    return { param: m[0], quoted };
  };
  /** `${...}` at text[i]: a parameter, `${#NAME}`, or one with an operator and a word (up to the closing brace). */
  const braced = (quoted: boolean): WordPart => {
    const start = i;
    i += 2;
    const length = text[i] === '#' && text[i + 1] !== '}';
    if (length) i++;
    const m = /^(?:[A-Za-z_][A-Za-z0-9_]*|\d+|[?$#@*])/.exec(text.slice(i));
    if (m === null) throw badSubstitution(start);
    const name = m[0];
    i += name.length;
    if (text[i] === '}') {
      i++;
      return length ? { param: name, quoted, op: { kind: '#', colon: false, word: [] } } : { param: name, quoted };
    }
    const op = /^(:?)([-=+?])/.exec(text.slice(i));
    if (length || op === null) throw badSubstitution(start);
    i += op[0].length;
    const word = wordUntilBrace(quoted, start);
    return { param: name, quoted, op: { kind: op[2] as '-' | '=' | '+' | '?', colon: op[1] === ':', word } };
  };
  const badSubstitution = (start: number): NotSimulatedCommand => {
    const close = text.indexOf('}', start);
    const what = close < 0 ? text.slice(start) : text.slice(start, close + 1);
    return new NotSimulatedCommand(`shell parameter expansion ${what} is not simulated in Loopline`);
  };
  /** The word of `${NAME-word}`: text, quotes, escapes and parameters up to the closing brace. */
  const wordUntilBrace = (quoted: boolean, start: number): ShellWord => {
    const word: ShellWord = [];
    const lit = (t: string, q: boolean) => {
      const last = word[word.length - 1];
      if (last !== undefined && 'text' in last && last.quoted === q) last.text += t;
      else word.push({ text: t, quoted: q });
    };
    for (;;) {
      if (i >= text.length) throw new NotSimulatedCommand(`shell syntax error: missing '}' in ${text.slice(start)}`);
      const d = text[i];
      if (d === '}') {
        i++;
        return word;
      }
      if (d === '`' || text.startsWith('$(', i)) throw unsupportedSyntax(d === '`' ? d : '$(');
      if (d === '$') word.push(param(quoted));
      else if (d === "'" && !quoted) {
        const close = text.indexOf("'", i + 1);
        if (close < 0) throw new NotSimulatedCommand('shell syntax error: unterminated quoted string');
        lit(text.slice(i + 1, close), true);
        i = close + 1;
      } else if (d === '"') {
        // A quoted part of the word ("${X-"a b"}" too).
        i++;
        lit('', true);
        while (i < text.length && text[i] !== '"') {
          if (text[i] === '$') word.push(param(true));
          else if (text[i] === '\\' && '$`"\\'.includes(text[i + 1] ?? '')) {
            lit(text[i + 1], true);
            i += 2;
          } else lit(text[i++], true);
        }
        if (i >= text.length) throw new NotSimulatedCommand('shell syntax error: unterminated quoted string');
        i++;
      } else if (d === '\\' && i + 1 < text.length) {
        lit(text[i + 1], true);
        i += 2;
      } else {
        lit(d, quoted);
        i++;
      }
    }
  };
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '\n' || c === ';') {
      if (words.length > 0 || assigns.length > 0) end(';');
      if (c === '\n') line++;
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
    if ('|&<>()`*?[~{}'.includes(c) || text.startsWith('!', i)) throw unsupportedSyntax(c);
    if (words.length === 0 && assigns.length === 0) stepLine = line;
    // A word: plain characters, quoted parts, escapes and parameters up to a blank or an operator.
    const word: ShellWord = [];
    const lit = (t: string, quoted: boolean) => {
      const last = word[word.length - 1];
      if (last !== undefined && 'text' in last && last.quoted === quoted) last.text += t;
      else word.push({ text: t, quoted });
    };
    while (i < text.length) {
      const d = text[i];
      if (' \t\n;&|'.includes(d)) break;
      if ('<>()`*?[{}'.includes(d)) throw unsupportedSyntax(d);
      if (d === '$') word.push(param(false));
      else if (d === "'") {
        const close = text.indexOf("'", i + 1);
        if (close < 0) throw new NotSimulatedCommand('shell syntax error: unterminated quoted string');
        lit(text.slice(i + 1, close), true);
        line += text.slice(i + 1, close).split('\n').length - 1;
        i = close + 1;
      } else if (d === '"') {
        i++;
        lit('', true);
        for (;;) {
          if (i >= text.length) throw new NotSimulatedCommand('shell syntax error: unterminated quoted string');
          const e = text[i];
          if (e === '"') break;
          if (e === '`') throw unsupportedSyntax(e);
          if (e === '$') {
            word.push(param(true));
            continue;
          }
          if (e === '\\' && i + 1 < text.length && '$`"\\\n'.includes(text[i + 1])) {
            if (text[i + 1] !== '\n') lit(text[i + 1], true);
            else line++;
            i += 2;
            continue;
          }
          if (e === '\n') line++;
          lit(e, true);
          i++;
        }
        i++;
      } else if (d === '\\') {
        if (i + 1 < text.length && text[i + 1] !== '\n') lit(text[i + 1], true);
        else line++;
        i += 2;
      } else {
        lit(d, false);
        i++;
      }
    }
    const first = word[0];
    const assign =
      first !== undefined && 'text' in first && !first.quoted ? /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.text) : null;
    if (words.length === 0 && assign !== null && 'text' in first) {
      // NAME=value before the command's name (or alone): its value is not split into fields.
      const value: ShellWord = [{ text: first.text.slice(assign[0].length), quoted: false }, ...word.slice(1)];
      assigns.push({ name: assign[1], value });
      continue;
    }
    words.push(word);
  }
  end(null);
  for (const s of steps) {
    let argv: string[];
    try {
      argv = expandWords(s.words, preview);
      // NAME=value alone sets a variable the later commands may name.
      if (argv.length === 0) for (const a of s.assigns) preview.assign(a.name, expandString(a.value, preview));
    } catch (e) {
      // `${NAME?}` would end the shell here: the commands after it never run.
      if (e instanceof PreviewStop) break;
      throw e;
    }
    if (argv.length > 0) checkProgram(argv, true);
  }
  return steps;
}

/** The check before the child starts met `${NAME?}` of an unset parameter (the shell ends there). */
class PreviewStop {}

function unsupportedSyntax(c: string): NotSimulatedCommand {
  const what: Record<string, string> = {
    '|': 'a pipeline (|)',
    '&': 'a background job (&)',
    '<': 'a redirection (<)',
    '>': 'a redirection (>)',
    '$(': 'a command substitution ($(...))',
    '`': 'a command substitution (`)',
  };
  return new NotSimulatedCommand(`shell syntax ${what[c] ?? `'${c}'`} is not simulated in Loopline`);
}

/** Throws NotSimulatedCommand unless `argv` is a program Loopline runs (`inShell`: shell built-ins too). */
export function checkProgram(argv: string[], inShell: boolean): void {
  const name = programOf(argv[0]);
  if (name === 'python') {
    checkPython(argv);
    return;
  }
  if (!PROGRAMS.has(name) && !(inShell && BUILTINS.has(name)))
    throw new NotSimulatedCommand(`command '${argv[0]}' is not simulated in Loopline`);
  if (name === 'sleep') sleepSeconds(argv.slice(1));
  if (name === 'cat' && argv.slice(1).some((a) => a !== '-'))
    throw new NotSimulatedCommand(`cat of a file is not simulated in Loopline (cat reads its standard input)`);
  if (name === 'cd' && (argv.length > 2 || /^-./.test(argv[1] ?? '')))
    throw new NotSimulatedCommand(`cd ${argv.slice(1).join(' ')} is not simulated in Loopline (cd DIR, cd - or cd)`);
  if (name === 'unset' && argv.slice(1).some((a) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(a)))
    throw new NotSimulatedCommand(`unset ${argv.slice(1).join(' ')} is not simulated in Loopline (unset NAME...)`);
  if (name === 'export' && argv.slice(1).some((a) => !/^[A-Za-z_][A-Za-z0-9_]*(=|$)/.test(a)))
    throw new NotSimulatedCommand(
      `export ${argv.slice(1).join(' ')} is not simulated in Loopline (export NAME or NAME=value)`,
    );
  if (name === 'pwd' && argv.length > 1)
    throw new NotSimulatedCommand(`pwd ${argv.slice(1).join(' ')} is not simulated in Loopline`);
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

/**
 * The command `args` names: a shell list (shell=True) or one program, checked; `env` is the
 * environment the child gets, which the shell's parameters are checked with.
 */
export function parseCommand(args: string[] | string, shell: boolean, env: Map<string, string>): Command {
  const shellOf = (text: string, params: string[]): Command => {
    const preview = shellParams({ vars: new Map(env), params, status: 0, pid: 0 }, () => {
      throw new PreviewStop();
    });
    return { shell: true, steps: parseShell(text, preview), params };
  };
  if (shell) {
    const text = typeof args === 'string' ? args : args[0];
    // An empty list: /bin/sh -c with nothing after it, which dash refuses with its own usage error.
    if (text === undefined) throw new NotSimulatedCommand('a shell given no command is not simulated in Loopline');
    // Popen runs ['/bin/sh', '-c', args[0], args[1], ...]: args[1] is $0.
    const extra = typeof args === 'string' ? [] : args.slice(1);
    return shellOf(text, extra.length > 0 ? extra : ['/bin/sh']);
  }
  const argv = typeof args === 'string' ? [args] : args;
  // `['sh', '-c', CMD, ARG0...]` is the shell itself, run without shell=True (the words after CMD
  // are its $0, $1, ...; without them $0 is the shell's own name).
  if (SHELLS.test(argv[0]) && argv[1] === '-c' && argv.length >= 3)
    return shellOf(argv[2], argv.length > 3 ? argv.slice(3) : [argv[0]]);
  checkProgram(argv, false);
  return { shell: false, argv };
}

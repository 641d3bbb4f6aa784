/**
 * `_subprocesses`: child processes for `subprocess` and asyncio's subprocesses
 * (sim/subprocesses.md). A child is a simulated process with a lane of its own whose thread runs
 * the command (stdlib/shell.ts: a shell list, a program, or a Python child's code in a fresh
 * namespace); its stdin, stdout and stderr are pipes the parent feeds and reads, the program's own
 * streams, or nothing (DEVNULL). Sleeping takes virtual time; nothing else does.
 */
import { PyBytes, PyExceptionObject, PyList, PyModule, pyError, type PyValue } from '../runtime/core';
import { formatTraceback } from '../interp/traceback';
import { compileCommand, execCommand } from '../interp/run-string';
import { defNative } from '../runtime/native';
import { toFloat, iterToArray, repr, truthy } from '../runtime/ops';
import { run } from '../runtime/run';
import { ProgramInput } from '../runtime/program-input';
import { markBlocking, threadedCall, waitFor, type ThreadGen, type Wait } from '../interp/threaded';
import { currentSimulation, type Simulation } from '../sim/runners';
import { EventLoop } from '../sim/base_events';
import type { SimProcess, ThreadScheduler } from '../sim/threads';
import { childStreams } from './child-streams';
import {
  NotSimulatedCommand,
  checkProgram,
  echoText,
  parseCommand,
  printfText,
  programOf,
  pythonCode,
  sleepSeconds,
  type Command,
} from './shell';
import { dashEnvironment, expandString, expandWords, shellParams, type ShellVarsState } from './shell-vars';

/** A pipe between the parent and a child: bytes written and not yet read, and whether the writer closed it. */
class Pipe {
  data = new Uint8Array(0);
  closed = false;
  /** Children that may still write to it (a grandchild shares its parent's): it closes when the last one ends. */
  writers = 0;
  put(b: Uint8Array): void {
    if (b.length === 0) return;
    const d = new Uint8Array(this.data.length + b.length);
    d.set(this.data);
    d.set(b, this.data.length);
    this.data = d;
  }
  take(n: number): Uint8Array {
    const k = n < 0 ? this.data.length : Math.min(n, this.data.length);
    const out = this.data.slice(0, k);
    this.data = this.data.slice(k);
    return out;
  }
}

/** Where a child's stream goes: a pipe, the program's own stream, or nowhere. */
type Stream = Pipe | 'inherit' | 'devnull';

interface Child {
  pid: number;
  proc: SimProcess;
  stdin: Stream;
  out: Stream;
  err: Stream;
  /** The exit status once it ended (a negative signal number when killed). */
  returncode: number | null;
  /** A Python child's sys.stdin once it first reads. */
  input: ProgramInput | null;
  /** The event loop that watches it (asyncio's subprocesses), which its output and exit wake; null: none. */
  loop: EventLoop | null;
  /** Its environment (Popen's env, else the parent's os.environ), in order. */
  env: Map<string, string>;
  /** Its working directory, absolute. */
  cwd: string;
  /** How many Python programs it is running now (python -c). */
  python: number;
  /** Whether the parent has collected its exit status (waitpid): its pid is gone, a signal to it finds no process. */
  reaped: boolean;
}

/** A shell's state as it runs its list: its variables, those it exports, its working directory, $?, $0... and $$. */
interface ShellState extends ShellVarsState {
  exported: Set<string>;
  cwd: string;
}

/** exit N in a shell: the shell ends with that status. */
class ShellExit {
  constructor(readonly status: number) {}
}

const PIPE = -1n;
const STDOUT = -2n;
const DEVNULL = -3n;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Builds `_subprocesses` for one run. */
export function makeSubprocesses(sim: Simulation): PyModule {
  const threads: ThreadScheduler = sim.threadScheduler();
  const children = new Map<number, Child>();
  /** The running child, if the running thread is one's. */
  const runningChild = (): Child | undefined =>
    threads.current.proc === threads.main.proc ? undefined : children.get(threads.current.proc.pid);
  let pythonMain: PyValue = null;

  // The program's stdout (what print() and sys.stdout.write reach) becomes a running child's.
  const programWrite = run.write;
  // A child's change the event loop's selector would see (asyncio's subprocesses): the loop that
  // watches it, waiting for a sleeping child, wakes (in whichever thread runs it).
  const changed = (c: Child) => {
    if (c.loop !== null) c.loop.childWoken = true;
  };
  const writeOut = (c: Child, text: string) => {
    if (c.out === 'inherit') programWrite(text);
    else if (c.out instanceof Pipe) {
      c.out.put(encoder.encode(text));
      changed(c);
    }
  };
  const writeErr = (c: Child, text: string) => {
    if (c.err === 'inherit') sim.rec.stderr(text, sim.clock.now);
    else if (c.err instanceof Pipe) {
      c.err.put(encoder.encode(text));
      changed(c);
    }
  };
  run.write = (text) => {
    const c = runningChild();
    if (c === undefined) programWrite(text);
    else writeOut(c, text);
  };
  childStreams.stderr = (text) => {
    // (Set by the last run that imported subprocess: another run's writes are not this one's.)
    if (currentSimulation() !== sim) return false;
    const c = runningChild();
    if (c === undefined || c.err === 'inherit') return false;
    writeErr(c, text);
    return true;
  };
  // A Python child's sys.stdin and input() read its stdin.
  const programInput = run.input;
  run.input = new (class extends ProgramInput {
    readline(size = -1): string {
      const c = runningChild();
      return c === undefined ? programInput.readline(size) : childInput(c).readline(size);
    }
    read(size = -1): string {
      const c = runningChild();
      return c === undefined ? programInput.read(size) : childInput(c).read(size);
    }
    pending(): Wait | null {
      const c = runningChild();
      return c === undefined ? programInput.pending() : stdinWait(c);
    }
  })();
  /** A Python child reads its stdin pipe whole, once its parent has closed it: until then, this. */
  const stdinWait = (c: Child): Wait | null => {
    const pipe = c.stdin;
    if (c.input !== null || !(pipe instanceof Pipe) || pipe.closed) return null;
    return { ready: () => pipe.closed, deadline: null, what: 'stdin' } as Wait;
  };
  const childInput = (c: Child): ProgramInput | typeof programInput => {
    if (c.stdin === 'inherit') return programInput;
    if (c.input !== null) return c.input;
    const w = stdinWait(c);
    if (w !== null) threads.blockInPlace(w);
    const pipe = c.stdin;
    c.input = new ProgramInput(pipe instanceof Pipe ? decoder.decode(pipe.take(-1)) : '');
    return c.input;
  };

  const d = new Map<string, PyValue>();
  const def = (name: string, sig: string, fn: (a: PyValue[]) => PyValue) => {
    const f = defNative(name, sig, fn, `_subprocesses.${name}`);
    d.set(name, f);
    return f;
  };
  const childOf = (pid: PyValue): Child => {
    const c = children.get(Number(pid));
    if (c === undefined) throw pyError('ProcessLookupError', '[Errno 3] No such process');
    return c;
  };
  const streamOf = (mode: PyValue, what: string): Stream => {
    if (mode === null) return 'inherit';
    if (mode === PIPE) return new Pipe();
    if (mode === DEVNULL) return 'devnull';
    throw pyError('NotSimulatedError', `${what}=${repr(mode)} is not simulated in Loopline (PIPE, DEVNULL or None)`);
  };

  let isDir: PyValue = null;
  def('setup', '(python_main, is_dir, /)', ([f, g]) => ((pythonMain = f), (isDir = g), null));
  def('now', '()', () => sim.clock.now);
  def('refuse', '(message, /)', ([m]) => {
    throw pyError('NotSimulatedError', String(m));
  });
  def('compile', '(code, /)', ([code]) => compileCommand(String(code)));
  // exec() of the compiled code in the namespace: from the child's thread, in threaded form (it may block).
  const runCode = def('run_code', '(code, namespace, /)', () => {
    throw pyError('RuntimeError', 'run_code: only from a child process');
  });
  markBlocking(runCode, (_self, args) => execCommand(args[0], args[1]));
  // A Python child's uncaught exception as its interpreter prints it (frames of its code, '<string>').
  def('format_exception', '(exc, code, /)', ([exc, code]) =>
    exc instanceof PyExceptionObject
      ? formatTraceback(exc, '<string>', [], String(code).split('\n'))
      : repr(exc) + '\n',
  );
  /** Starts the command (a list of strings, or a string) in a new child process; returns its pid. */
  def(
    'spawn',
    '(args, shell, stdin, stdout, stderr, cwd, env, /)',
    ([args, shell, stdin, stdout, stderr, cwd, env]) => {
      const words = typeof args === 'string' ? args : iterToArray(args).map((a) => wordOf(a));
      const environment = new Map<string, string>();
      for (const kv of iterToArray(env)) {
        const text = String(kv);
        const eq = text.indexOf('=');
        environment.set(text.slice(0, eq), text.slice(eq + 1));
      }
      let cmd: Command;
      try {
        cmd = parseCommand(words, truthy(shell), environment);
      } catch (e) {
        if (e instanceof NotSimulatedCommand) throw pyError('NotSimulatedError', e.message);
        throw e;
      }
      threads.logProcesses();
      const proc = threads.newProcess(laneName(words));
      proc.command = true;
      // A stream not given is the parent's: the program's, or a child's own (a grandchild's).
      const parent = runningChild();
      const own = (mode: PyValue, what: string, inherited: Stream | undefined): Stream =>
        mode === null && inherited !== undefined ? inherited : streamOf(mode, what);
      const out = own(stdout, 'stdout', parent?.out);
      const c: Child = {
        pid: proc.pid,
        proc,
        stdin: own(stdin, 'stdin', parent?.stdin),
        out,
        err: stderr === STDOUT ? out : own(stderr, 'stderr', parent?.err),
        returncode: null,
        input: null,
        loop: null,
        env: environment,
        cwd: String(cwd),
        python: 0,
        reaped: false,
      };
      for (const p of new Set([c.out, c.err])) if (p instanceof Pipe) p.writers++;
      children.set(c.pid, c);
      threads.start(childMain(c, cmd), laneName(words), proc).daemon = true;
      return BigInt(c.pid);
    },
  );
  /** Bytes the parent writes to the child's stdin pipe; false once the child has ended (a broken pipe). */
  def('feed', '(pid, data, /)', ([pid, data]) => {
    const c = childOf(pid);
    if (!(c.stdin instanceof Pipe)) return true;
    if (c.returncode !== null) return false;
    c.stdin.put(bytesOf(data));
    return true;
  });
  def('close_stdin', '(pid, /)', ([pid]) => {
    const c = childOf(pid);
    if (c.stdin instanceof Pipe) c.stdin.closed = true;
    return null;
  });
  /** Up to n bytes (n < 0: all) the child wrote to its stdout ('out') or stderr ('err') pipe and the parent has not read. */
  def('take', '(pid, which, n, /)', ([pid, which, n]) => {
    const p = pipeOf(childOf(pid), which);
    return new PyBytes(p === null ? new Uint8Array(0) : p.take(Number(n)));
  });
  /** Up to and with the first newline, if one was written (else None unless the pipe is closed: the rest). */
  def('take_line', '(pid, which, /)', ([pid, which]) => {
    const p = pipeOf(childOf(pid), which);
    if (p === null) return new PyBytes(new Uint8Array(0));
    const nl = p.data.indexOf(10);
    if (nl < 0 && !p.closed) return null;
    return new PyBytes(p.take(nl < 0 ? -1 : nl + 1));
  });
  def('at_eof', '(pid, which, /)', ([pid, which]) => {
    const p = pipeOf(childOf(pid), which);
    return p === null || (p.closed && p.data.length === 0);
  });
  def('returncode', '(pid, /)', ([pid]) => {
    const c = childOf(pid);
    return c.returncode === null ? null : BigInt(c.returncode);
  });
  /** Whether `pid` is a child this program started and has not reaped (os.kill can reach it). */
  def('is_child', '(pid, /)', ([pid]) => children.get(Number(pid))?.reaped === false);
  /** Whether `pid` was a child of this program whose exit status it has collected (its pid is gone). */
  def('is_reaped', '(pid, /)', ([pid]) => children.get(Number(pid))?.reaped === true);
  /** The parent collects the ended child's exit status (waitpid, as Popen.poll/wait and asyncio's child watcher do). */
  def('reap', '(pid, /)', ([pid]) => {
    const c = childOf(pid);
    if (c.returncode !== null) c.reaped = true;
    return null;
  });
  /** Whether the child is running Python code now (python -c, also inside a shell). */
  def('in_python', '(pid, /)', ([pid]) => childOf(pid).python > 0);
  /** The child is sent signal `sig` (SIGKILL, SIGTERM, ...): it ends where it is, killed by it. */
  def('signal', '(pid, sig, /)', ([pid, sig]) => {
    const c = childOf(pid);
    if (c.returncode !== null) return null;
    threads.stopProcess(c.proc);
    ended(c, -Number(sig));
    return null;
  });

  /** The event loop `loop` watches the child (asyncio's subprocess transport): the child's changes wake it. */
  def('watch', '(pid, loop, /)', ([pid, loop]) => {
    if (!(loop instanceof EventLoop)) throw pyError('TypeError', 'watch: an event loop is required');
    childOf(pid).loop = loop;
    return null;
  });
  /**
   * What the event loop's selector would see of the child (asyncio's subprocesses,
   * sim/py/subprocesses.py), a bit set: 1 its stdin pipe's read end is closed (it ended), 2 its
   * stdout pipe has bytes or is closed, 4 so its stderr pipe, 8 it has exited (its pidfd).
   */
  def('events', '(pid, /)', ([pid]) => {
    const c = childOf(pid);
    const readable = (s: Stream) => s instanceof Pipe && (s.data.length > 0 || s.closed);
    const ended = c.returncode !== null;
    return BigInt((ended ? 1 : 0) | (readable(c.out) ? 2 : 0) | (readable(c.err) ? 4 : 0) | (ended ? 8 : 0));
  });
  /**
   * The children run until each waits (for its stdin, or on the clock: a sleep) or has ended, as
   * the recorder lets real ones settle before the loop's selector looks at them (subprocesses.md).
   */
  def('settle', '()', () => {
    const runnable = (c: Child) => {
      const t = c.proc.leader;
      if (t === null || t.done || c.returncode !== null) return false;
      const w = t.wait;
      return w === null || (w.deadline !== null && w.deadline <= sim.clock.now) || w.ready();
    };
    const busy = () => {
      for (const c of children.values()) if (runnable(c)) return true;
      return false;
    };
    if (threads.current === threads.main && busy())
      threads.blockInPlace({ ready: () => !busy(), deadline: null, what: 'child processes' } as Wait);
    return null;
  });
  /** Blocks until the child ends (or the timeout passes); returns whether it ended. */
  const endWait = (pid: PyValue, timeout: PyValue): Wait | null => {
    const c = childOf(pid);
    if (c.returncode !== null) return null;
    return {
      ready: () => c.returncode !== null,
      deadline: timeout === null || timeout === undefined ? null : sim.clock.now + Math.max(0, toFloat(timeout)),
      what: `process ${String(pid)} to end`,
    } as Wait;
  };
  const wait = def('wait', '(pid, timeout=None, /)', ([pid, timeout]) => {
    const w = endWait(pid, timeout ?? null);
    if (w !== null) threads.blockInPlace(w);
    return childOf(pid).returncode !== null;
  });
  markBlocking(wait, function* (_self, args): ThreadGen {
    const w = endWait(args[0], args[1] ?? null);
    if (w !== null) yield* waitFor(w);
    return childOf(args[0]).returncode !== null;
  });
  /** Blocks until the child's pipe has bytes or is closed (or the timeout passes). */
  const outputWait = (pid: PyValue, which: PyValue, timeout: PyValue): Wait | null => {
    const p = pipeOf(childOf(pid), which);
    if (p === null || p.closed || p.data.length > 0) return null;
    return {
      ready: () => p.closed || p.data.length > 0,
      deadline: timeout === null || timeout === undefined ? null : sim.clock.now + Math.max(0, toFloat(timeout)),
      what: `process ${String(pid)}'s output`,
    } as Wait;
  };
  const waitOutput = def('wait_output', '(pid, which, timeout=None, /)', ([pid, which, timeout]) => {
    const w = outputWait(pid, which, timeout ?? null);
    if (w !== null) threads.blockInPlace(w);
    return null;
  });
  markBlocking(waitOutput, function* (_self, args): ThreadGen {
    const w = outputWait(args[0], args[1], args[2] ?? null);
    if (w !== null) yield* waitFor(w);
    return null;
  });
  return new PyModule('_subprocesses', d);

  function ended(c: Child, status: number): void {
    if (c.returncode !== null) return;
    c.returncode = status;
    for (const p of new Set([c.out, c.err])) if (p instanceof Pipe && --p.writers === 0) p.closed = true;
    changed(c);
  }

  function* childMain(c: Child, cmd: Command): ThreadGen {
    let status = 0;
    try {
      if (!cmd.shell) status = yield* program(c, cmd.argv, false, c.env, c.cwd);
      else {
        // dash sets PWD to its working directory as it starts, and exports it.
        const sh: ShellState = {
          vars: new Map(c.env),
          exported: new Set(c.env.keys()),
          cwd: c.cwd,
          status: 0,
          params: cmd.params,
          pid: c.pid,
        };
        sh.vars.set('PWD', c.cwd);
        sh.exported.add('PWD');
        for (const step of cmd.steps) {
          if (step.after === '&&' && sh.status !== 0) continue;
          if (step.after === '||' && sh.status === 0) continue;
          // ${NAME?word}: dash's message, and the shell ends with status 2.
          const fail = (name: string, message: string): never => {
            writeErr(c, `${sh.params[0]}: ${step.line}: ${name}: ${message}\n`);
            throw new ShellExit(2);
          };
          const argv = expandWords(step.words, shellParams(sh, fail));
          if (argv.length === 0) {
            // Assignments alone set the shell's variables (exported only if they were).
            for (const a of step.assigns) sh.vars.set(a.name, expandString(a.value, shellParams(sh, fail)));
            sh.status = 0;
            continue;
          }
          // Assignments before a command are its environment only, each seeing the ones before it.
          const vars = new Map(sh.vars);
          const exported = new Set(sh.exported);
          const own = shellParams({ ...sh, vars }, fail);
          for (const a of step.assigns) {
            vars.set(a.name, expandString(a.value, own));
            exported.add(a.name);
          }
          try {
            // The values are the ones it runs with now (a cd changes $PWD): checked again.
            checkProgram(argv, true);
          } catch (e) {
            if (e instanceof NotSimulatedCommand) throw pyError('NotSimulatedError', e.message);
            throw e;
          }
          const name = programOf(argv[0]);
          if (name === 'exit') {
            // dash reads the status as digits only (the words after it are ignored).
            if (argv.length > 1 && !/^\d+$/.test(argv[1])) {
              writeErr(c, `${sh.params[0]}: ${step.line}: exit: Illegal number: ${argv[1]}\n`);
              sh.status = 2;
            } else sh.status = argv.length > 1 ? Number(argv[1]) & 255 : sh.status;
            break;
          }
          if (name === 'cd') sh.status = yield* cd(c, sh, argv, step.line);
          else if (name === 'pwd') {
            writeOut(c, sh.cwd + '\n');
            sh.status = 0;
          } else if (name === 'export' || name === 'unset') {
            // export's NAME=value words are assignments: not split into fields.
            const args = name === 'export' ? step.words.slice(1).map((w) => expandString(w, own)) : argv.slice(1);
            for (const arg of args) {
              const eq = arg.indexOf('=');
              const n = eq < 0 ? arg : arg.slice(0, eq);
              if (name === 'unset') {
                sh.vars.delete(n);
                sh.exported.delete(n);
                continue;
              }
              if (eq >= 0) sh.vars.set(n, arg.slice(eq + 1));
              sh.exported.add(n);
            }
            sh.status = 0;
          } else sh.status = yield* program(c, argv, true, new Map(dashEnvironment(vars, exported)), sh.cwd);
        }
        status = sh.status;
      }
    } catch (e) {
      if (e instanceof ShellExit) status = e.status;
      else throw e;
    } finally {
      ended(c, status);
    }
    return null;
  }

  /** dash's cd: to DIR (from the working directory), to $HOME, or back (`-`, which prints it); sets PWD and OLDPWD. */
  function* cd(c: Child, sh: ShellState, argv: string[], line: number): Generator<PyValue, number, PyValue> {
    let dir = argv.length > 1 ? argv[1] : (sh.vars.get('HOME') ?? '');
    const back = dir === '-';
    if (back) dir = sh.vars.get('OLDPWD') ?? '';
    if (dir === '') return 0;
    const target = normalizePath(dir.startsWith('/') ? dir : `${sh.cwd}/${dir}`);
    if (!truthy(yield* threadedCall(isDir, [target], null))) {
      writeErr(c, `${sh.params[0]}: ${line}: cd: can't cd to ${dir}\n`);
      return 2;
    }
    // (dash's cd exports both.)
    sh.vars.set('OLDPWD', sh.cwd);
    sh.vars.set('PWD', target);
    sh.exported.add('OLDPWD').add('PWD');
    sh.cwd = target;
    if (back) writeOut(c, target + '\n');
    return 0;
  }

  function* program(
    c: Child,
    argv: string[],
    inShell: boolean,
    env: Map<string, string>,
    cwd: string,
  ): Generator<PyValue, number, PyValue> {
    const args = argv.slice(1);
    switch (programOf(argv[0])) {
      case 'echo':
        writeOut(c, echoText(args, inShell));
        return 0;
      case 'printf':
        writeOut(c, printfText(args[0], args.slice(1)));
        return 0;
      case 'true':
        return 0;
      case 'false':
        return 1;
      case 'sleep': {
        const until = sim.clock.now + sleepSeconds(args);
        // Named as the shell's command (`sleep 1`): a child's lane shows it asleep (side-lanes.ts describe).
        yield* waitFor({ ready: () => false, deadline: until, what: ['sleep', ...args].join(' ') } as Wait);
        return 0;
      }
      case 'cat':
        return yield* cat(c);
      case 'python': {
        const { code, args: rest } = pythonCode(argv);
        const environ = new PyList([...env].map(([k, v]) => `${k}=${v}`));
        c.python++;
        try {
          const r = yield* threadedCall(pythonMain, [code, new PyList(['-c', ...rest]), environ, cwd], null);
          return Number(r) & 255;
        } finally {
          c.python--;
        }
      }
    }
    throw new ShellExit(127);
  }

  /** cat: its stdin to its stdout, as the bytes come. */
  function* cat(c: Child): Generator<PyValue, number, PyValue> {
    const src = c.stdin;
    if (src === 'devnull') return 0;
    if (src === 'inherit') {
      const text = programInput.read(-1);
      if (text) writeRaw(c, encoder.encode(text));
      return 0;
    }
    for (;;) {
      if (src.data.length > 0) writeRaw(c, src.take(-1));
      if (src.closed) return 0;
      yield* waitFor({ ready: () => src.closed || src.data.length > 0, deadline: null, what: 'stdin' } as Wait);
    }
  }

  function writeRaw(c: Child, b: Uint8Array): void {
    if (c.out instanceof Pipe) {
      c.out.put(b);
      changed(c);
    } else if (c.out === 'inherit') programWrite(decoder.decode(b));
  }
}

function pipeOf(c: Child, which: PyValue): Pipe | null {
  const s = which === 'err' ? c.err : c.out;
  return s instanceof Pipe ? s : null;
}

function wordOf(a: PyValue): string {
  if (typeof a === 'string') return a;
  if (a instanceof PyBytes) return decoder.decode(a.data);
  // os.PathLike and the like are not simulated; CPython takes only str, bytes and paths.
  throw pyError(
    'TypeError',
    `expected str, bytes or os.PathLike object, not ${typeof a === 'bigint' ? 'int' : 'object'}`,
  );
}

function bytesOf(v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  if (typeof v === 'string') return encoder.encode(v);
  throw pyError('TypeError', 'a bytes-like object is required');
}

/** The lane's name: the command as a shell would show it, shortened. */
function laneName(words: string | string[]): string {
  const text = typeof words === 'string' ? words : words.map((w) => (/^[\w./=:-]+$/.test(w) ? w : `'${w}'`)).join(' ');
  // One line: a Python child's code is cut at its first newline.
  const nl = text.indexOf('\n');
  const line = nl < 0 ? text : text.slice(0, nl) + '…';
  return line.length > 40 ? line.slice(0, 39) + '…' : line;
}

/** A path without '.', '..' and repeated slashes (dash's logical cd: '..' takes off the last name). */
function normalizePath(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

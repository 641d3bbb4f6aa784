/**
 * How CPython prints exceptions: the one-line summary (traceback.format_exception_only) and the
 * full traceback for the CLI.
 */
import { getExcClass, type PyExceptionObject, type TracebackEntry } from '../runtime/core';
import { excStr, str } from '../runtime/ops';
import { run, RunSlot } from '../runtime/run';
import { sourceRows } from './carets';
import { tracebackEntries } from './library-frames';
import { hintFor, type HintSite } from './suggestions';
import { keywordTypo } from './keyword-typos';

/** `module.Qualname` as tracebacks print the type (bare for builtins and __main__). */
function excTypeName(e: PyExceptionObject): string {
  const c = e.cls;
  if (c.module === 'builtins' || c.module === '__main__') return c.qualname;
  return `${c.module}.${c.qualname}`;
}

/** The exception's last line, with CPython's "Did you mean ...?" hint when written at `site`. */
export function excLine(e: PyExceptionObject, site?: HintSite): string {
  let msg: string;
  try {
    msg = c_str(e);
  } catch {
    msg = '<exception str() failed>';
  }
  const line = msg === '' ? excTypeName(e) : `${excTypeName(e)}: ${msg}`;
  return site === undefined ? line : line + hintFor(e, site);
}

function c_str(e: PyExceptionObject): string {
  return e.cls.isBuiltin ? excStr(e) : str(e);
}

/**
 * Source for code compiled from a string, by its file name, while a library lends it to tracebacks
 * (doctest's examples, "<doctest NAME[N]>": CPython's doctest patches linecache for them).
 */
export const lentSources = new RunSlot<Map<string, string[]>>('lentSources', () => new Map());

/** The source rows under a frame's `File` line: the program's line or a library frame's, with carets. */
export function entryRows(tb: TracebackEntry, lines: string[]): string[] {
  if (tb.file === undefined) return sourceRows(tb.line, tb.pos, lines, run.minor);
  if (tb.text === undefined) {
    const lent = run.get(lentSources).get(tb.file);
    return lent === undefined ? [] : sourceRows(tb.line, tb.pos, lent, run.minor);
  }
  if (tb.pos === undefined) return [];
  const rows = tb.text.split('\n');
  return sourceRows(1, { ...tb.pos, line: 1, endLine: rows.length }, rows, run.minor);
}

/**
 * A CPython-style traceback ("Traceback (most recent call last): ..."), with the version's caret
 * lines; `command`: a `python -c` child's code, whose frames (file "<string>") show its lines from 3.13.
 */
export function formatTraceback(
  e: PyExceptionObject,
  fileName: string,
  lines: string[],
  command?: string[],
  unraisable = false,
  site: HintSite = 'uncaught',
): string {
  const out: string[] = [];
  const seen = new Set<PyExceptionObject>();
  const one = (x: PyExceptionObject) => {
    seen.add(x);
    if (unraisable) {
      // sys.unraisablehook's default prints the exception alone.
    } else if (x.cause && !seen.has(x.cause)) {
      one(x.cause);
      out.push('', 'The above exception was the direct cause of the following exception:', '');
    } else if (x.context && !x.suppressContext && !seen.has(x.context)) {
      one(x.context);
      out.push('', 'During handling of the above exception, another exception occurred:', '');
    }
    // An exception that was caught (one of the chain, or one caught and handed on, as to a future's
    // set_exception, then logged by asyncio): its frames start at the `except` that caught it.
    const caught = x.caughtAt !== null && x.caughtAt.user ? x.caughtAt : null;
    const entries = tracebackEntries(x);
    if (entries.length || caught) {
      out.push('Traceback (most recent call last):');
      if (caught) {
        out.push(`  File "${caught.file ?? fileName}", line ${caught.line}, in ${caught.name}`);
        // A library statement shown as CPython's (wait_for catching a CancelledError) has its line too.
        out.push(...entryRows(caught, lines));
      }
      // Like CPython, a frame line repeated more than three times in a row is summarised.
      let last = '';
      let repeats = 0;
      const flush = () => {
        if (repeats > 3) out.push(`  [Previous line repeated ${repeats - 3} more time${repeats - 3 === 1 ? '' : 's'}]`);
      };
      for (let i = entries.length - 1; i >= 0; i--) {
        const tb = entries[i];
        if (!tb.user) continue;
        const key = `${tb.line}:${tb.name}`;
        if (key === last) {
          repeats++;
          if (repeats > 3) continue;
        } else {
          flush();
          last = key;
          repeats = 1;
        }
        out.push(`  File "${tb.file ?? fileName}", line ${tb.line}, in ${tb.name}`);
        // 3.13's unraisable hook prints a frame's line without carets (CPython's C traceback printer).
        if (unraisable && run.minor >= 13) out.push(...entryRows({ ...tb, pos: undefined }, lines));
        else if (command === undefined || tb.file !== '<string>') out.push(...entryRows(tb, lines));
        else if (run.minor >= 13 && tb.pos !== undefined) out.push(...sourceRows(tb.line, tb.pos, command, run.minor));
      }
      flush();
    }
    const located = syntaxLocation(x);
    if (located !== null) out.push(...located);
    else out.push(excLine(x, unraisable ? undefined : site));
    if (x.notes) out.push(...x.notes);
  };
  one(e);
  return out.join('\n') + '\n';
}

/**
 * An exception CPython cannot raise (a `__del__`'s, a dying generator's close()): its traceback as
 * the default sys.unraisablehook writes it, without the exceptions chained to it and, from 3.13,
 * without caret lines.
 */
export function formatUnraisable(e: PyExceptionObject, fileName: string, lines: string[]): string {
  return formatTraceback(e, fileName, lines, undefined, true);
}

/**
 * A SyntaxError that knows where it is (one eval() or exec() raised) ends its traceback with that
 * place, its line of text, and the message alone, as CPython prints it (without the caret line).
 */
function syntaxLocation(x: PyExceptionObject): string[] | null {
  const d = x.dict;
  if (d === null || !x.cls.isSubclassOf(getExcClass('SyntaxError'))) return null;
  const file = d.get('filename');
  const line = d.get('lineno');
  const msg = d.get('msg');
  if (typeof file !== 'string' || typeof line !== 'bigint' || typeof msg !== 'string') return null;
  const out = [`  File "${file}", line ${line}`];
  const text = d.get('text');
  if (typeof text === 'string' && text.trim()) out.push('    ' + text.trim());
  out.push(`${excTypeName(x)}: ${msg}`);
  return out;
}

/**
 * A SyntaxError as the traceback module formats it (format_exception_only, format_exc): where it
 * is, its line of text stripped of its indentation, a caret row under the offending columns, and
 * the message (null: not a SyntaxError with a message). Rows without newlines. 3.13 stopped
 * drawing carets past the text's end and spans a multi-line error to the end of its first line.
 */
export function syntaxErrorRows(x: PyExceptionObject): string[] | null {
  const d = x.dict;
  if (d === null || !x.cls.isSubclassOf(getExcClass('SyntaxError'))) return null;
  // One the program made keeps its message as its first argument (SyntaxError(): none).
  const given = d.get('msg') ?? (x.args.length > 0 ? x.args[0] : null);
  const msg = given === null ? '' : str(given);
  const int = (k: string): number | null => {
    const v = d.get(k);
    return typeof v === 'bigint' ? Number(v) : null;
  };
  const file = d.get('filename');
  const lineno = int('lineno');
  const rows: string[] = [];
  let suffix = '';
  if (lineno !== null) rows.push(`  File "${typeof file === 'string' && file ? file : '<string>'}", line ${lineno}`);
  else if (file !== null && file !== undefined) suffix = ` (${str(file)})`;
  let text = d.get('text');
  let [offset, endOffset, oneLine] = [int('offset'), int('end_offset'), lineno === int('end_lineno')];
  let message = msg;
  if (typeof text === 'string' && run.minor >= 14) {
    // 3.14 tries the line's names as keywords it might have meant.
    const typo = keywordTypo(x, lineno, msg);
    if (typo !== null)
      [text, offset, endOffset, oneLine, message] = [typo.text, typo.offset, typo.endOffset, true, typo.msg];
  }
  if (typeof text === 'string') {
    const rtext = text.replace(/\n+$/, '');
    const ltext = rtext.replace(/^[ \n\f]+/, '');
    const spaces = rtext.length - ltext.length;
    rows.push(`    ${ltext}`);
    const caret = caretColumns(offset, endOffset, oneLine, text, rtext);
    if (caret !== null) {
      const [from, to] = [caret[0] - 1 - spaces, caret[1] - 1 - spaces];
      if (from >= 0) {
        const pad = [...ltext.slice(0, from)].map((c) => (/\s/.test(c) ? c : ' ')).join('');
        rows.push(`    ${pad}${'^'.repeat(Math.max(0, to - from))}`);
      }
    }
  }
  rows.push(`${excTypeName(x)}: ${message || '<no detail available>'}${suffix}`);
  return rows;
}

/** The 1-based columns [offset, end offset) a SyntaxError's carets cover, per version (null: none). */
function caretColumns(
  offset: number | null,
  endOffset: number | null,
  oneLine: boolean,
  text: string,
  rtext: string,
): [number, number] | null {
  if (offset === null) return null;
  let end = endOffset !== null && endOffset !== 0 ? endOffset : offset;
  if (run.minor < 13) {
    if (offset === end || end === -1) end = offset + 1;
    return [offset, end];
  }
  if (!oneLine) end = rtext.length + 1;
  if (text && offset > text.length) offset = rtext.length + 1;
  if (text && end > text.length) end = rtext.length + 1;
  if (offset >= end || end < 0) end = offset + 1;
  return [offset, end];
}

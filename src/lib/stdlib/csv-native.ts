/**
 * csv's natives (the module is py/csv.py): the reader's character-by-character state machine and
 * the writer's escaping of one field, which CPython writes in C (_csv). The Python reader keeps
 * its iteration, line count and type checks; a parser made here for it takes each line and says
 * when a record is whole. Characters are compared as code points, as CPython compares them.
 */
import { PyExc, PyExceptionObject, PyList, PyTuple, floatClass, pyError, type PyValue } from '../runtime/core';
import { defNative } from '../runtime/native';
import { call, getattr, truthy } from '../runtime/ops';
import { run } from '../runtime/run';

/** A dialect's settings (a dialect never changes once made). */
interface Settings {
  delimiter: number;
  /** -1: none. */
  quotechar: number;
  escapechar: number;
  doublequote: boolean;
  skipinitialspace: boolean;
  quoting: number;
  strict: boolean;
  delimiterText: string;
  quoteText: string;
  escapeText: string;
  lineterminator: string;
}

const QUOTE_NONNUMERIC = 2;
const QUOTE_NONE = 3;
const QUOTE_STRINGS = 4;
const QUOTE_NOTNULL = 5;

const EOL = -2;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;

const text = (v: PyValue): string => (typeof v === 'string' ? v : '');
const codeOf = (s: string): number => (s === '' ? -1 : s.codePointAt(0)!);

const known = new WeakMap<object, Settings>();

function settingsOf(dialect: PyValue): Settings {
  const cached = known.get(dialect as object);
  if (cached !== undefined) return cached;
  const delimiterText = text(getattr(dialect, '_delimiter'));
  const quoteText = text(getattr(dialect, '_quotechar'));
  const escapeText = text(getattr(dialect, '_escapechar'));
  const s: Settings = {
    delimiter: codeOf(delimiterText),
    quotechar: codeOf(quoteText),
    escapechar: codeOf(escapeText),
    doublequote: truthy(getattr(dialect, '_doublequote')),
    skipinitialspace: truthy(getattr(dialect, '_skipinitialspace')),
    quoting: Number(getattr(dialect, '_quoting')),
    strict: truthy(getattr(dialect, '_strict')),
    delimiterText,
    quoteText,
    escapeText,
    lineterminator: text(getattr(dialect, '_lineterminator')),
  };
  known.set(dialect as object, s);
  return s;
}

// Reader states, as CPython names them.
const START_RECORD = 0;
const START_FIELD = 1;
const ESCAPED_CHAR = 2;
const IN_FIELD = 3;
const IN_QUOTED_FIELD = 4;
const ESCAPE_IN_QUOTED_FIELD = 5;
const QUOTE_IN_QUOTED_FIELD = 6;
const EAT_CRNL = 7;
const AFTER_ESCAPED_CRNL = 8;

/** One reader's parse: the record so far and where the state machine stands. */
class Parse {
  fields: PyValue[] = [];
  state = START_RECORD;
  field = '';
  /** The field's length in code points (the field size limit counts them). */
  fieldLength = 0;
  numeric = false;
  unquoted = true;

  constructor(
    private d: Settings,
    private error: PyValue,
    private limit: PyList,
  ) {}

  fail(message: string): never {
    throw new PyExc(call(this.error, [message], null) as PyExceptionObject);
  }

  reset(): void {
    this.fields = [];
    this.state = START_RECORD;
    this.field = '';
    this.fieldLength = 0;
    this.startField();
  }

  startField(): void {
    this.numeric = false;
    this.unquoted = true;
  }

  add(c: number): void {
    const limit = Number(this.limit.items[0]);
    if (this.fieldLength >= limit) this.fail(`field larger than field limit (${limit})`);
    this.field += String.fromCodePoint(c);
    this.fieldLength++;
  }

  save(): void {
    const t = this.field;
    this.field = '';
    this.fieldLength = 0;
    const q = this.d.quoting;
    let value: PyValue = t;
    if (run.minor >= 13) {
      // 3.13 decides by whether the field was quoted: an unquoted empty field is None, any other
      // unquoted one a number.
      if (this.unquoted && t === '' && (q === QUOTE_NOTNULL || q === QUOTE_STRINGS)) value = null;
      else if (this.unquoted && t !== '' && (q === QUOTE_NONNUMERIC || q === QUOTE_STRINGS))
        value = call(floatClass, [t], null);
    } else if (this.numeric) value = call(floatClass, [t], null);
    this.numeric = false;
    this.fields.push(value);
  }

  /** The state machine's step for code point c (EOL: the line's end). */
  step(c: number): void {
    const d = this.d;
    let state = this.state;
    const crnl = c === EOL || c === LF || c === CR;
    if (state === START_RECORD) {
      if (c === EOL) return;
      if (crnl) {
        this.state = EAT_CRNL;
        return;
      }
      state = START_FIELD;
    }
    if (state === START_FIELD) {
      if (crnl) {
        this.save();
        this.state = c === EOL ? START_RECORD : EAT_CRNL;
      } else if (c === d.quotechar && d.quoting !== QUOTE_NONE) {
        this.unquoted = false;
        this.state = IN_QUOTED_FIELD;
      } else if (c === d.escapechar) this.state = ESCAPED_CHAR;
      else if (c === SPACE && d.skipinitialspace) this.state = START_FIELD;
      else if (c === d.delimiter) {
        this.save();
        this.startField();
        this.state = START_FIELD;
      } else {
        if (d.quoting === QUOTE_NONNUMERIC) this.numeric = true;
        this.add(c);
        this.state = IN_FIELD;
      }
      return;
    }
    if (state === ESCAPED_CHAR) {
      if (c === LF || c === CR) {
        this.add(c);
        this.state = AFTER_ESCAPED_CRNL;
        return;
      }
      this.add(c === EOL ? LF : c);
      this.state = IN_FIELD;
      return;
    }
    if (state === AFTER_ESCAPED_CRNL) {
      if (c === EOL) return;
      state = IN_FIELD;
    }
    if (state === IN_FIELD) {
      if (crnl) {
        this.save();
        this.state = c === EOL ? START_RECORD : EAT_CRNL;
      } else if (c === d.escapechar) this.state = ESCAPED_CHAR;
      else if (c === d.delimiter) {
        this.save();
        this.startField();
        this.state = START_FIELD;
      } else {
        this.add(c);
        this.state = IN_FIELD;
      }
      return;
    }
    if (state === IN_QUOTED_FIELD) {
      if (c === EOL) return;
      if (c === d.escapechar) this.state = ESCAPE_IN_QUOTED_FIELD;
      else if (c === d.quotechar && d.quoting !== QUOTE_NONE)
        this.state = d.doublequote ? QUOTE_IN_QUOTED_FIELD : IN_FIELD;
      else this.add(c);
      return;
    }
    if (state === ESCAPE_IN_QUOTED_FIELD) {
      this.add(c === EOL ? LF : c);
      this.state = IN_QUOTED_FIELD;
      return;
    }
    if (state === QUOTE_IN_QUOTED_FIELD) {
      if (d.quoting !== QUOTE_NONE && c === d.quotechar) {
        this.add(c);
        this.state = IN_QUOTED_FIELD;
      } else if (c === d.delimiter) {
        this.save();
        this.startField();
        this.state = START_FIELD;
      } else if (crnl) {
        this.save();
        this.state = c === EOL ? START_RECORD : EAT_CRNL;
      } else if (!d.strict) {
        this.add(c);
        this.state = IN_FIELD;
      } else this.fail(`'${d.delimiterText}' expected after '${d.quoteText}'`);
      return;
    }
    if (state === EAT_CRNL) {
      if (c === EOL) this.state = START_RECORD;
      else if (c !== LF && c !== CR)
        this.fail(
          run.minor >= 13
            ? "new-line character seen in unquoted field - do you need to open the file with newline=''?"
            : 'new-line character seen in unquoted field - do you need to open the file in universal-newline mode?',
        );
    }
  }

  /** A line's characters and its end; the record when it is whole, else None. */
  line(s: string): PyValue {
    for (let i = 0; i < s.length; i++) {
      const c = s.codePointAt(i)!;
      if (c > 0xffff) i++;
      this.step(c);
    }
    this.step(EOL);
    return this.state === START_RECORD ? this.record() : null;
  }

  /** At the end of the data: the record left unfinished, or None when there is none. */
  end(): PyValue {
    if (this.fieldLength === 0 && this.state !== IN_QUOTED_FIELD) return null;
    if (this.d.strict) this.fail('unexpected end of data');
    this.save();
    return this.record();
  }

  record(): PyList {
    const fields = this.fields;
    this.fields = [];
    return new PyList(fields);
  }
}

/** The text one field adds to a row: its delimiter before it (unless first), quoted if it must be. */
function fieldText(d: Settings, s: string, quoted: boolean, first: boolean, error: PyValue): string {
  let out = '';
  const v313 = run.minor >= 13;
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    const ch = c > 0xffff ? s.slice(i, i + 2) : s[i];
    if (c > 0xffff) i++;
    const special =
      c === d.delimiter ||
      c === d.escapechar ||
      c === d.quotechar ||
      d.lineterminator.includes(ch) ||
      (v313 && (c === LF || c === CR));
    if (special) {
      let escape = false;
      if (d.quoting === QUOTE_NONE) escape = true;
      else {
        if (c === d.quotechar) {
          if (d.doublequote) out += ch;
          else escape = true;
        } else if (c === d.escapechar) escape = true;
        if (!escape) quoted = true;
      }
      if (escape) {
        if (d.escapeText === '')
          throw new PyExc(call(error, ['need to escape, but no escapechar set'], null) as PyExceptionObject);
        out += d.escapeText;
      }
    }
    out += ch;
  }
  const lead = first ? '' : d.delimiterText;
  return quoted ? lead + d.quoteText + out + d.quoteText : lead + out;
}

/** The natives csv.py finds in its namespace. */
export function makeCsvNative(): [string, PyValue][] {
  return [
    [
      '_make_parser',
      defNative('_make_parser', '(dialect, error, limit, /)', ([dialect, error, limit]) => {
        if (!(limit instanceof PyList)) throw pyError('TypeError', '_make_parser: limit must be a list');
        const p = new Parse(settingsOf(dialect), error, limit);
        return new PyTuple([
          defNative('reset', '()', () => (p.reset(), null)),
          defNative('line', '(line, /)', ([s]) => p.line(s as string)),
          defNative('end', '()', () => p.end()),
        ]);
      }),
    ],
    [
      '_field_text',
      defNative('_field_text', '(dialect, text, quoted, first, error, /)', ([dialect, s, quoted, first, error]) =>
        fieldText(settingsOf(dialect), s as string, truthy(quoted), truthy(first), error),
      ),
    ],
  ];
}

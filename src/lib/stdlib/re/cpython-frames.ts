/**
 * The frames of CPython's Lib/re/_parser.py that a pattern error's traceback shows: its parser is
 * Python, recursive (parse -> _parse_sub -> _parse -> _parse_sub ... for each group), so the frames
 * depend on where it failed. Ours follows the same grammar: as it descends it notes which of
 * CPython's calls it is in (`trail`), an error it raises notes the trail then and, where marked,
 * the statement that raises (`site`). The chain is shown only when every step of it is one of the
 * statements below (an error raised elsewhere shows no parser frames rather than wrong ones).
 * Lines are 3.11.7's, 3.12.1's, 3.13.0's and 3.14.2's; a unit test holds them to the sources.
 */
import type { LibraryFrame } from '../../interp/library-frames';

/** CPython's calls the parser is inside now, outermost first (keys of CALLS, or others). */
export const trail: string[] = [];

/** Run `f` as CPython's call `key`. */
export function within<T>(key: string, f: () => T): T {
  trail.push(key);
  try {
    return f();
  } finally {
    trail.pop();
  }
}

function frame(name: string, text: string, lines: number[], expr?: string, whole?: number[]): LibraryFrame {
  const start = text.length - text.trimStart().length;
  const col = expr === undefined ? start : text.indexOf(expr);
  const last = text.split('\n').pop()!;
  // An expression over two lines ends where its last line does, less the statement's own `)`.
  const endCol = expr === undefined ? last.length : expr.includes('\n') ? last.length - 1 : col + expr.length;
  return { file: 're/_parser.py', stdlib: true, name, text, col, endCol, lines, whole };
}

const NO_CARETS = [13, 14];

/** The calls, by key. */
export const CALLS: Record<string, LibraryFrame> = {
  'parse.sub': frame(
    'parse',
    '    p = _parse_sub(source, state, flags & SRE_FLAG_VERBOSE, 0)',
    [989, 979, 980, 973],
    '_parse_sub(source, state, flags & SRE_FLAG_VERBOSE, 0)',
    NO_CARETS,
  ),
  'sub.parse': frame(
    '_parse_sub',
    '        itemsappend(_parse(source, state, verbose, nested + 1,\n                           not nested and not items))',
    [464, 460, 459, 460],
    '_parse(source, state, verbose, nested + 1,\n',
  ),
  'parse.group': frame(
    '_parse',
    '            p = _parse_sub(source, state, sub_verbose, nested + 1)',
    [872, 862, 863, 856],
    '_parse_sub(source, state, sub_verbose, nested + 1)',
    NO_CARETS,
  ),
  'parse.look': frame(
    '_parse',
    '                    p = _parse_sub(source, state, verbose, nested + 1)',
    [779, 775, 774, 775],
    '_parse_sub(source, state, verbose, nested + 1)',
    NO_CARETS,
  ),
  'parse.escape': frame(
    '_parse',
    '            code = _escape(source, this, state)',
    [548, 544, 543, 544],
    '_escape(source, this, state)',
    NO_CARETS,
  ),
  'parse.class1': frame(
    '_parse',
    '                    code1 = _class_escape(source, this)',
    [577, 573, 572, 573],
    '_class_escape(source, this)',
    NO_CARETS,
  ),
  'parse.class2': frame(
    '_parse',
    '                        code2 = _class_escape(source, that)',
    [604, 600, 599, 600],
    '_class_escape(source, that)',
    NO_CARETS,
  ),
};

/** The statements that raise, by site. */
export const SITES: Record<string, LibraryFrame> = {
  nothing: frame(
    '_parse',
    '                raise source.error("nothing to repeat",\n                                   source.tell() - here + len(this))',
    [691, 687, 686, 687],
  ),
  multiple: frame(
    '_parse',
    '                raise source.error("multiple repeat",\n                                   source.tell() - here + len(this))',
    [694, 690, 689, 690],
  ),
  minmax: frame(
    '_parse',
    '                        raise source.error("min repeat greater than max repeat",\n                                           source.tell() - here)',
    [681, 677, 676, 677],
  ),
  set: frame(
    '_parse',
    '                    raise source.error("unterminated character set",\n                                       source.tell() - here)',
    [572, 568, 567, 568],
  ),
  unterminated: frame(
    '_parse',
    '                raise source.error("missing ), unterminated subpattern",\n                                   source.tell() - start)',
    [874, 864, 865, 858],
  ),
  unterminatedLook: frame(
    '_parse',
    '                        raise source.error("missing ), unterminated subpattern",\n                                           source.tell() - start)',
    [784, 780, 779, 780],
  ),
  extension: frame(
    '_parse',
    '                    raise source.error("unknown extension ?" + char,\n                                       len(char) + 1)',
    [859, 849, 850, 843],
  ),
  unbalanced: frame('parse', '        raise source.error("unbalanced parenthesis")', [994, 984, 985, 978]),
  escape: frame(
    '_escape',
    '                raise source.error("bad escape %s" % escape, len(escape))',
    [447, 443, 442, 443],
  ),
  classEscape: frame(
    '_class_escape',
    "                raise source.error('bad escape %s' % escape, len(escape))",
    [370, 366, 365, 366],
  ),
};

/** The parser frames for an error raised at `site` inside `calls`, innermost first; null: not known. */
export function parserFrames(calls: string[], site: string | null): LibraryFrame[] | null {
  if (site === null || !Object.hasOwn(SITES, site)) return null;
  const out = [SITES[site]];
  for (let i = calls.length - 1; i >= 0; i--) {
    if (!Object.hasOwn(CALLS, calls[i])) return null;
    out.push(CALLS[calls[i]]);
  }
  return out;
}

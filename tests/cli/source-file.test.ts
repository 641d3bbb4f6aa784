/**
 * Program files read as CPython reads them. Each expected message is what CPython 3.13 printed
 * for the same bytes (`PYENV_VERSION=3.13.0 python3 file.py`).
 */
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/cli/source-file';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));
const decode = (...parts: (string | number[])[]) => decodeSource(bytes(...parts), 'f.py');

describe('decodeSource', () => {
  it('drops a UTF-8 byte-order mark', () => {
    expect(decode([0xef, 0xbb, 0xbf], 'print("ok")\n')).toEqual({ source: 'print("ok")\n' });
  });

  it('reads UTF-8 by default', () => {
    expect(decode('print("café 한글")\n')).toEqual({ source: 'print("café 한글")\n' });
  });

  it('refuses bytes that are not UTF-8 when no encoding is declared, at their line', () => {
    expect(decode('x = 1\n', '# two\n', 'print("caf', [0xe9], '")\n')).toEqual({
      error:
        "Non-UTF-8 code starting with '\\xe9' in file f.py on line 3, but no encoding declared; " +
        'see https://peps.python.org/pep-0263/ for details',
      line: 3,
    });
  });

  it('honours a coding comment on line 1, or on line 2 after a comment line', () => {
    expect(decode('# -*- coding: latin-1 -*-\nprint("', [0xe9], '")\n')).toEqual({
      source: '# -*- coding: latin-1 -*-\nprint("é")\n',
    });
    expect(decode('#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\n', [0x80], '\n')).toEqual({
      source: '#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\n€\n',
    });
    expect(decode('# coding: koi8-r\nprint("', [0xc1], '")\n')).toEqual({ source: '# coding: koi8-r\nprint("а")\n' });
  });

  it('ignores a coding comment after code, as CPython does', () => {
    const r = decode('print(1)\n# coding: latin-1\nprint("', [0xe9], '")\n');
    expect(r).toMatchObject({ line: 3 });
    expect('error' in r && r.error).toMatch(/^Non-UTF-8 code starting with '\\xe9' in file f\.py on line 3/);
  });

  it("says CPython's 'encoding problem' for unknown names, undecodable bytes and a BOM with another encoding", () => {
    expect(decode('# coding: foo\nprint(1)\n')).toEqual({ error: 'encoding problem: foo', line: null });
    expect(decode('# coding: ascii\nprint("', [0xe9], '")\n')).toEqual({
      error: 'encoding problem: ascii',
      line: null,
    });
    expect(decode('# coding: cp1252\nprint("', [0x81], '")\n')).toEqual({
      error: 'encoding problem: cp1252',
      line: null,
    });
    expect(decode([0xef, 0xbb, 0xbf], '# coding: latin-1\nprint(1)\n')).toEqual({
      error: 'encoding problem: iso-8859-1 with BOM',
      line: null,
    });
    expect(decode('# coding: ascii\nprint(1)\n')).toEqual({ source: '# coding: ascii\nprint(1)\n' });
  });

  it('refuses a null byte at its line', () => {
    expect(decode('print("ok")\n', [0], '\n')).toEqual({ error: 'source code cannot contain null bytes', line: 2 });
  });
});

/**
 * The builtins site.py adds for the interactive prompt, as objects of `_sitebuiltins`' classes:
 * `exit` and `quit` (Quitter: calling one raises SystemExit), `copyright`, `credits` and `license`
 * (_Printer: the repr is the text, or how to see it), `help` (_Helper). Their reprs are CPython's;
 * what needs a terminal (license()'s pager, help()'s prompt and pydoc) is refused by name.
 */
import { PyExc, PyNativeMethod, PyObject, builtinClass, defMethod, makeError, pyError, type PyValue } from './core';
import { defNativeMethod } from './native';
import { run } from './run';
import { call, callMethod } from './ops';
import type { KwArgs } from './core';

/** An instance of a _sitebuiltins class: callable through its class's __call__, as a Python class's. */
class SiteObject extends PyObject {
  callHook(args: PyValue[], kw: KwArgs): PyValue {
    return callMethod(this.cls.lookup('__call__')!, this, args, kw);
  }
}

/** builtins.print, given by siteBuiltins() (a _Printer prints its text's lines with it). */
let printFn: PyValue = null;

const EOF = 'Ctrl-D (i.e. EOF)';

const quitterClass = builtinClass('Quitter');
quitterClass.module = '_sitebuiltins';
defNativeMethod(quitterClass, '__repr__', '()', (self) => {
  const d = (self as PyObject).dict!;
  return `Use ${String(d.get('name'))}() or ${String(d.get('eof'))} to exit`;
});
// A Python method in CPython, `def __call__(self, code=None)`: its argument errors are a function's.
quitterClass.dict!.set(
  '__call__',
  new PyNativeMethod(
    '__call__',
    (_self, given, kw) => {
      const fn = 'Quitter.__call__()';
      if (given.length > 1)
        throw pyError('TypeError', `${fn} takes from 1 to 2 positional arguments but ${given.length + 1} were given`);
      let code: PyValue = given.length ? given[0] : null;
      for (const [key, value] of kw ?? []) {
        if (key !== 'code') throw pyError('TypeError', `${fn} got an unexpected keyword argument '${key}'`);
        if (given.length) throw pyError('TypeError', `${fn} got multiple values for argument 'code'`);
        code = value;
      }
      const e = makeError('SystemExit');
      e.args = [code];
      throw new PyExc(e);
    },
    quitterClass,
  ),
);

/** The years of sys.copyright's first line: the CPython builds' (3.11.7 and 3.12.1: 2023); 3.14 names only 2001. */
function copyrightYears(): string {
  return run.minor <= 12 ? '2001-2023' : run.minor === 13 ? '2001-2024' : '2001';
}

const RESERVED = '\nAll Rights Reserved.';

const TEXTS: Record<string, () => string> = {
  copyright: () =>
    [
      `Copyright (c) ${copyrightYears()} Python Software Foundation.` + RESERVED,
      'Copyright (c) 2000 BeOpen.com.' + RESERVED,
      'Copyright (c) 1995-2001 Corporation for National Research Initiatives.' + RESERVED,
      'Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.' + RESERVED,
    ].join('\n\n'),
  credits: () =>
    run.minor >= 14
      ? 'Thanks to CWI, CNRI, BeOpen, Zope Corporation, the Python Software\n' +
        'Foundation, and a cast of thousands for supporting Python\n' +
        'development.  See www.python.org for more information.'
      : '    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n' +
        '    for supporting Python development.  See www.python.org for more information.',
  // The reference 3.14 (Pyodide's) has no LICENSE file: site.py's text without one.
  license: () =>
    run.minor >= 14 ? 'See https://www.python.org/psf/license/' : 'Type license() to see the full license text',
};

const printerClass = builtinClass('_Printer');
printerClass.module = '_sitebuiltins';
const nameOf = (self: PyValue) => String((self as PyObject).dict!.get('_Printer__name'));
defNativeMethod(printerClass, '__repr__', '()', (self) => TEXTS[nameOf(self)]());
defNativeMethod(printerClass, '__call__', '()', (self) => {
  const name = nameOf(self);
  // license() pages the LICENSE file, waiting at the terminal between pages.
  if (name === 'license' && run.minor < 14)
    throw pyError('RuntimeError', 'license() is not available in Loopline: it is for the interactive prompt');
  for (const line of TEXTS[name]().split('\n')) call(printFn, [line], null);
  return null;
});

const helperClass = builtinClass('_Helper');
helperClass.module = '_sitebuiltins';
defNativeMethod(
  helperClass,
  '__repr__',
  '()',
  () => 'Type help() for interactive help, or help(object) for help about object.',
);
// (Any arguments: `def __call__(self, *args, **kwds)` in CPython.)
defMethod(helperClass, '__call__', () => {
  throw pyError('RuntimeError', 'help() is not available in Loopline: it is for the interactive prompt');
});

const quitter = (name: string) =>
  new SiteObject(
    quitterClass,
    new Map<string, PyValue>([
      ['name', name],
      ['eof', EOF],
    ]),
  );
const printer = (name: string) => new SiteObject(printerClass, new Map<string, PyValue>([['_Printer__name', name]]));

/** The builtins site.py adds, by name (`print`: builtins.print). */
export function siteBuiltins(print: PyValue): [string, PyValue][] {
  printFn = print;
  return [
    ['copyright', printer('copyright')],
    ['credits', printer('credits')],
    ['license', printer('license')],
    ['exit', quitter('exit')],
    ['quit', quitter('quit')],
    ['help', new SiteObject(helperClass, new Map())],
  ];
}

/**
 * The attributes some builtin exceptions take as keyword arguments and keep (Objects/exceptions.c):
 * AttributeError's `name` and `obj`, NameError's `name`, ImportError's `name` and `path`. Other
 * exceptions take no keyword arguments.
 */
import { run } from '../runtime/run';
import { getExcClass, pyError, type KwArgs, type PyClass, type PyExceptionObject } from '../runtime/core';

const FIELDS: [string, string[]][] = [
  ['AttributeError', ['name', 'obj']],
  ['NameError', ['name']],
  ['ImportError', ['name', 'path']],
];

/** The keyword fields of an exception class (none for most); ImportError's name_from is 3.12's. */
export function keywordFields(cls: PyClass): string[] {
  for (const [base, names] of FIELDS)
    if (cls.isSubclassOf(getExcClass(base)))
      return base === 'ImportError' && run.minor >= 12 ? [...names, 'name_from'] : names;
  return [];
}

/** BaseException.__init__'s keywords: the class's fields, or CPython's TypeError. */
export function takeKeywordFields(e: PyExceptionObject, kw: NonNullable<KwArgs>): void {
  const names = keywordFields(e.cls);
  const own = e.cls.tpName ?? e.cls.name;
  if (names.length === 0) throw pyError('TypeError', `${own}() takes no keyword arguments`);
  for (const [k, v] of kw) {
    if (names.includes(k)) {
      e.dict!.set(k, v);
      continue;
    }
    // Before 3.13 these parsed their keywords with PyArg_ParseTupleAndKeywords.
    if (run.minor <= 12) throw pyError('TypeError', `'${k}' is an invalid keyword argument for ${own}()`);
    throw pyError('TypeError', `${own}() got an unexpected keyword argument '${k}'`);
  }
}

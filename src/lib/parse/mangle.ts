/**
 * Private name mangling (CPython's _Py_Mangle): inside class `className`, `__spam` (not ending
 * in `__`, no dot) stands for `_Class__spam`, the class's name without its leading underscores;
 * a class named only underscores mangles nothing. The lowerer applies it to the identifiers of a
 * class body; type() to the names in `__slots__`.
 */
export function mangle(className: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const bare = className.replace(/^_+/u, '');
  return bare ? `_${bare}${name}` : name;
}

"""Write src/lib/stdlib/stdlib-submodules.ts: the submodules of CPython 3.13's standard-library
packages (email.mime.text, asyncio.tasks, ...), so that an import of a submodule that does not
exist (json.nothing) fails as CPython's does instead of being called a module Loopline lacks.

    PYENV_VERSION=3.13.0 python3 scripts/stdlib-submodules.py
"""
import os
import pkgutil
import sys
import textwrap

# Packages whose every submodule counts as the standard library's without being listed.
WHOLE = ('test', 'idlelib', 'turtledemo')

lib = os.path.dirname(os.__file__)
names = []
packages = []
for top in sorted(sys.stdlib_module_names):
    path = os.path.join(lib, top)
    if top in WHOLE or not os.path.isfile(os.path.join(path, '__init__.py')):
        continue
    packages.append(top)
    for info in pkgutil.walk_packages([path], top + '.'):
        parts = info.name.split('.')
        if 'test' in parts or 'tests' in parts or parts[-1] == '__main__':
            continue
        names.append(info.name)
        if info.ispkg:
            packages.append(info.name)
# Not a package's submodule, but imported by that name and kept in sys.modules by it.
names.append('os.path')
names.sort()

def fill(words):
    return textwrap.fill(' '.join(words), 110, break_on_hyphens=False, break_long_words=False)


packages.sort()
out = f"""/**
 * The submodules of CPython {sys.version_info.major}.{sys.version_info.minor}'s standard-library packages (written by
 * scripts/stdlib-submodules.py; packages whose every submodule counts: {', '.join(WHOLE)}).
 */
export const STDLIB_SUBMODULES: ReadonlySet<string> = new Set(
  `
{fill(names)}
`
    .trim()
    .split(/\\s+/),
);

/** The standard library's packages (the modules that have submodules; os is not one). */
export const STDLIB_PACKAGES: ReadonlySet<string> = new Set(
  `
{fill(packages)}
`
    .trim()
    .split(/\\s+/),
);

/** Packages all of whose submodules belong to the standard library. */
export const WHOLE_STDLIB_PACKAGES: ReadonlySet<string> = new Set({list(WHOLE)!r});
"""
with open(os.path.join(os.path.dirname(__file__), '..', 'src', 'lib', 'stdlib', 'stdlib-submodules.ts'), 'w') as f:
    f.write(out)
print(len(names), 'submodules,', len(packages), 'packages')

/**
 * The "not simulated" tables (scripts/cpython-names.py) cover every standard-library module a
 * program can import: a module missing from them turns each name Loopline lacks there into what
 * looks like the user's own AttributeError (io.BytesIO did). The namespaces table
 * (scripts/cpython-module-vars.py) covers them too: a module missing there shows our own helpers in
 * dir() and hides nothing (unittest was).
 */
import { describe, expect, it } from 'vitest';
import { publicModules } from '../../../src/lib/stdlib/modules';
import { SIMULATED_PACKAGES } from '../../../src/lib/ir/simulated-modules';
import { simulate } from '../../../src/lib/run';
import recorded from '../../../src/lib/stdlib/cpython-names.json';
import moduleVars from '../../../src/lib/runtime/cpython-module-vars.json';
import names314 from '../../../src/lib/stdlib/cpython-names-3.14.json';

const packages: readonly string[] = SIMULATED_PACKAGES;
const standard = publicModules().filter((m) => !packages.includes(m.split('.')[0]));

describe("CPython's names of the simulated modules", () => {
  it('are recorded for every module a program can import', () => {
    const missing = standard.filter((m) => !(m in recorded.modules));
    expect(missing, 'add them to MODULES in scripts/cpython-names.py and re-record').toEqual([]);
  });

  it('are recorded under the name each module goes by (os.path is posixpath)', () => {
    const source = standard.map((m) => `import ${m}\nprint(${m}.__name__)`).join('\n');
    const r = simulate(source, { python: '3.13' }, 'p.py');
    expect(r.trace.error).toBeNull();
    const names = r.trace.stdout
      .map((e) => e.text)
      .join('')
      .split('\n')
      .filter(Boolean);
    expect(names.filter((n) => !(n in recorded.modules))).toEqual([]);
  });

  it("have CPython's namespaces recorded (what dir() may list)", () => {
    const vars313 = moduleVars['3.13'].modules;
    const source = standard.map((m) => `import ${m}\nprint(${m}.__name__)`).join('\n');
    const r = simulate(source, { python: '3.13' }, 'p.py');
    const names = r.trace.stdout
      .map((e) => e.text)
      .join('')
      .split('\n')
      .filter(Boolean);
    expect(
      names.filter((n) => !(n in vars313)),
      'add them to MODULES in scripts/cpython-module-vars.py and re-record',
    ).toEqual([]);
  });
});

describe("CPython's names of the modules only later versions have", () => {
  it('are recorded in the 3.14 tables for each 3.14 module', () => {
    const only314 = publicModules(14).filter((m) => !publicModules(13).includes(m));
    expect(only314).toContain('string.templatelib');
    const added: Record<string, string> = names314.modules.added;
    const vars314: Record<string, string> = moduleVars['3.14'].modules;
    expect(only314.filter((m) => !(m in added) || !(m in vars314))).toEqual([]);
  });
});

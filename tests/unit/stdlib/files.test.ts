/**
 * The simulated machine's in-memory file system (stdlib/py/_fs.py): fresh for every run, never
 * the real disk, and resolving paths as the kernel does. CPython's own behaviour is checked by
 * the conformance cases stdlib_files_*.py.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';

function output(source: string): string {
  const r = simulate(source);
  expect(r.trace.error).toBeNull();
  return r.trace.stdout.map((o) => o.text).join('');
}

describe('files on the simulated machine', () => {
  it('start empty at every run: a file written by one run is gone in the next', () => {
    const write = "with open('kept.txt', 'w') as f:\n    f.write('x')\nimport os\nprint(os.listdir('.'))\n";
    expect(output(write)).toBe("['kept.txt']\n");
    expect(output("import os\nprint(os.path.exists('kept.txt'), os.listdir('.'))\n")).toBe('False []\n');
  });

  it("refuse reading the program's own file, which CPython finds and the simulated disk has not; a file of its name may still be made", () => {
    const src = [
      'import os',
      'for path in (__file__, os.path.abspath(__file__), "./" + __file__):',
      '    try:',
      '        open(path, "rb")',
      '    except Exception as e:',
      '        print(type(e).__name__, e)',
      'print(os.path.exists(__file__))',
      'with open(__file__, "w") as f:',
      '    f.write("x")',
      'print(open(__file__).read(), os.stat(__file__).st_size)',
    ].join('\n');
    const refused =
      "NotSimulatedError reading the program's own file (it is not in the simulated file system) is not simulated in Loopline\n";
    expect(output(src)).toBe(refused.repeat(3) + 'False\nx 1\n');
  });

  it('refuse UTF-16/UTF-32 text files by name (their bytes would be wrong), not codecs.open of them', () => {
    const src = [
      'import codecs',
      "for enc in ('utf-16', 'UTF_32_LE', 'u16'):",
      '    try:',
      "        open('w.txt', 'w', encoding=enc)",
      '    except NotImplementedError as e:',
      '        print(e)',
      "with codecs.open('c.txt', 'w', encoding='utf-16') as f:",
      "    f.write('a')",
      "    f.write('b')",
      "print(open('c.txt', 'rb').read())",
    ].join('\n');
    expect(output(src)).toBe(
      [
        "text files in the 'utf-16' encoding are not simulated in Loopline",
        "text files in the 'UTF_32_LE' encoding are not simulated in Loopline",
        "text files in the 'u16' encoding are not simulated in Loopline",
        "b'\\xff\\xfea\\x00b\\x00'",
        '',
      ].join('\n'),
    );
  });

  it('refuse the standard streams as descriptors by name (CPython writes past sys.stdout there)', () => {
    const src = [
      'import os',
      "for call in (lambda: os.write(1, b'x'), lambda: os.read(0, 1), lambda: os.fdopen(2, 'w'), lambda: open(1, 'w'), lambda: os.close(2)):",
      '    try:',
      '        call()',
      '    except NotImplementedError as e:',
      '        print(e)',
    ].join('\n');
    expect(output(src)).toBe(
      [
        'os.write on descriptor 1 (a standard stream) is not simulated in Loopline',
        'os.read on descriptor 0 (a standard stream) is not simulated in Loopline',
        'os.fdopen on descriptor 2 (a standard stream) is not simulated in Loopline',
        'open() on descriptor 1 (a standard stream) is not simulated in Loopline',
        'os.close on descriptor 2 (a standard stream) is not simulated in Loopline',
        '',
      ].join('\n'),
    );
  });

  it('never touch the real disk', () => {
    const name = 'loopline_fs_probe_file.txt';
    output(`open('${name}', 'w').write('probe')\nopen('/tmp/${name}', 'w').write('probe')\n`);
    expect(existsSync(join(process.cwd(), name))).toBe(false);
    expect(existsSync(join('/tmp', name))).toBe(false);
  });

  it('resolve absolute and relative paths, . and .. against the working directory', () => {
    const src = [
      'import os',
      "os.mkdir('d')",
      "open('d/../top.txt', 'w').write('t')",
      "open('/home/loopline/d/./in.txt', 'w').write('in')",
      "print(sorted(os.listdir('/home/loopline')), os.listdir('d'), os.listdir('/tmp'))",
      "print(open('/home/loopline/top.txt').read(), open('./d/in.txt').read())",
      "print(os.path.isdir('d/'), os.path.exists('top.txt/'), os.path.isfile('/home/loopline/d/in.txt'))",
    ].join('\n');
    expect(output(src)).toBe("['d', 'top.txt'] ['in.txt'] []\nt in\nTrue False True\n");
  });

  it('keep an open file usable after its name is removed, as POSIX does', () => {
    const src = [
      'import os',
      "f = open('gone.txt', 'w+')",
      "f.write('still here')",
      "os.remove('gone.txt')",
      'f.seek(0)',
      "print(f.read(), os.path.exists('gone.txt'))",
    ].join('\n');
    expect(output(src)).toBe('still here False\n');
  });

  it('list a directory in creation order', () => {
    const src = "import os\nfor n in 'cab':\n    open(n, 'w').close()\nos.mkdir('0')\nprint(os.listdir())\n";
    expect(output(src)).toBe("['c', 'a', 'b', '0']\n");
  });

  it('read a long file line by line', () => {
    const src = [
      "with open('big.txt', 'w') as f:",
      '    for i in range(3000):',
      "        f.write(f'line {i}\\n')",
      "with open('big.txt') as f:",
      '    lines = list(f)',
      'print(len(lines), lines[-1], end="")',
    ].join('\n');
    expect(output(src)).toBe('3000 line 2999\n');
  });
});

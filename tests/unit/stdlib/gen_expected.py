"""Generate tests/unit/stdlib/expected.json from CPython 3.13.

    PYENV_VERSION=3.13.0 python3 tests/unit/stdlib/gen_expected.py [NAME ...]

Every program in tests/unit/stdlib/cases/*.py is run by the project's recorder
(tests/recorder/record.py: real CPython on the virtual clock, the same as the conformance
goldens), and its whole trace (stdout with times, steps, tasks, warnings, error, end) is stored
under the program's name. The stdlib tests simulate each program with Loopline and compare the
traces with the conformance rule.

A program whose first line is "# run: python" is run by plain CPython instead (for behaviour the
recorder's patched datetime classes would change, such as type names in error messages): its
trace has one stdout entry holding all the output, and the error line; a first line
"# compare: stdout" asks the tests to compare only the printed text and the error.
With NAMEs, only those entries are re-recorded. Never edit expected.json by hand.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
RECORDER = os.path.join(ROOT, 'tests', 'recorder', 'record.py')
CASES = os.path.join(HERE, 'cases')
OUT = os.path.join(HERE, 'expected.json')


PLAIN_RUNNER = r"""
import runpy, sys, traceback
try:
    runpy.run_path(sys.argv[1], run_name='__main__')
except SystemExit:
    pass
except BaseException as e:
    sys.stdout.flush()
    sys.stderr.write('\0ERROR:' + traceback.format_exception_only(e)[-1].rstrip('\n'))
"""


def run_plain(path):
    env = dict(os.environ)
    env['TZ'] = 'UTC'
    env['PYTHONHASHSEED'] = '0'
    r = subprocess.run([sys.executable, '-c', PLAIN_RUNNER, path], capture_output=True, text=True, env=env, timeout=120)
    error = r.stderr.split('\0ERROR:', 1)[1] if '\0ERROR:' in r.stderr else None
    stdout = [{'t': 0.0, 'text': r.stdout}] if r.stdout else []
    return {'stdout': stdout, 'steps': [], 'tasks': [], 'warnings': [], 'error': error, 'end': 0.0}


def record(path):
    with open(path) as f:
        if f.readline().strip() == '# run: python':
            return run_plain(path)
    env = dict(os.environ)
    env['TZ'] = 'UTC'
    r = subprocess.run([sys.executable, RECORDER, path], capture_output=True, text=True, env=env, timeout=120)
    if r.returncode != 0:
        raise SystemExit(f'recorder failed on {path}:\n{r.stderr}')
    return json.loads(r.stdout)


def main():
    if sys.version_info[:2] != (3, 13):
        raise SystemExit('run with CPython 3.13 (PYENV_VERSION=3.13.0 python3 ...)')
    names = sorted(f[:-3] for f in os.listdir(CASES) if f.endswith('.py'))
    only = set(sys.argv[1:])
    unknown = only - set(names)
    if unknown:
        raise SystemExit(f'no such case: {", ".join(sorted(unknown))}')
    expected = {}
    if only and os.path.exists(OUT):
        with open(OUT) as f:
            expected = json.load(f)
    for name in names:
        if only and name not in only:
            continue
        expected[name] = record(os.path.join(CASES, name + '.py'))
        print(f'{name}: {len(expected[name]["stdout"])} outputs, error={expected[name]["error"]!r}')
    expected = {k: expected[k] for k in sorted(expected) if k in names}
    with open(OUT, 'w') as f:
        json.dump(expected, f, indent=1, ensure_ascii=False)
        f.write('\n')


if __name__ == '__main__':
    main()

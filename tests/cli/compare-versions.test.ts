/**
 * `loopline compare --versions A,B FILE.py`: the differences between two versions' runs, each
 * with its sentence, in English or Korean; bad options are usage errors.
 */
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

const root = join(import.meta.dirname, '../..');
const prog = (name: string) => join(root, 'tests/conformance/cases', `${name}.py`);

async function loopline(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(
    args,
    { write: (s: string) => void (out += s) } as never,
    {
      write: (s: string) => void (err += s),
    } as never,
  );
  return { code, out, err };
}

describe('loopline compare --versions', () => {
  it('prints each difference with both sides and why', async () => {
    const r = await loopline('compare', '--versions', '3.11,3.14', prog('waitfor_timeout'));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^2 differences between Python 3\.11 and Python 3\.14:\n/);
    expect(r.out).toContain('\n2. tasks\n   3.11  Task-1, Task-2, Task-3\n   3.14  Task-1, Task-2\n');
    expect(r.out).toContain('   → From 3.12 asyncio.wait_for() awaits the coroutine inside asyncio.timeout()');
  });

  it('speaks Korean, and says when nothing differs', async () => {
    const ko = await loopline('compare', prog('task_create_named'), '--versions=3.12,3.13', '--locale', 'ko');
    expect(ko.out).toMatch(/^Python 3\.12와 Python 3\.13의 차이 \d+개:\n/);
    expect(ko.out).toContain('3.13부터 name=으로 이름을 준 태스크는 Task-N 번호를 쓰지 않으므로');
    const same = await loopline('compare', '--versions', '3.13,3.14', prog('shield_basic'));
    expect(same.out).toBe('no differences: the program runs the same on Python 3.13 and Python 3.14\n');
  });

  it('rejects bad versions and options as usage errors', async () => {
    const bad = await loopline('compare', '--versions', '3.10,3.14', prog('shield_basic'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--versions takes two of 3.11, 3.12, 3.13, 3.14, as A,B (got '3.10,3.14')");
    expect((await loopline('compare', '--versions', '3.12')).err).toContain("(got '3.12')");
    expect((await loopline('compare', prog('shield_basic'), '--locale', 'fr')).code).toBe(2);
    expect((await loopline('compare')).err).toContain('which program? (FILE.py)');
    const missing = await loopline('compare', join(root, 'no-such.py'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('cannot read');
  });
});

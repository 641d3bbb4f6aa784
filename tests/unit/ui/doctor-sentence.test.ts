/**
 * The doctor panel shows each finding as a sentence: an opening English word is capitalised, but a
 * finding that opens with the program's code keeps the code's spelling (`time.sleep`, not `Time.sleep`).
 */
import { describe, it, expect } from 'vitest';
import { sentence } from '../../../src/lib/ui/doctor/doctor-text';
import { py, see } from '../doctor/see';

describe('doctor sentences', () => {
  it('keeps a blocking call and its cost as written, and capitalises the cost', () => {
    const src = py(
      'import asyncio, time',
      'async def work():',
      '    time.sleep(0.2)',
      'async def main():',
      '    await asyncio.gather(work(), asyncio.sleep(0.05))',
      'asyncio.run(main())',
    );
    const [f] = see(src);
    expect(sentence(f.message.en)).toMatch(/^time\.sleep\(0\.2\) in work\(\) blocks the event loop/);
    expect(sentence(f.message.ko)).toMatch(/^work\(\) 안에서 호출한 time\.sleep\(0\.2\)/);
    expect(sentence(f.cost!.en)).toBe('The loop froze for 0.2 s while 1 other task waited');
  });

  it('keeps a never-awaited function name as written', () => {
    const src = py(
      'import asyncio',
      'async def fetch():',
      '    await asyncio.sleep(1)',
      'async def main():',
      '    fetch()',
      'asyncio.run(main())',
    );
    const never = see(src).find((f) => f.kind === 'never-awaited');
    expect(sentence(never!.message.en)).toMatch(/^fetch\(\) is called but never awaited/);
  });

  it('capitalises a sentence that opens with a word', () => {
    expect(sentence('this loop goes through a set')).toBe('This loop goes through a set');
    expect(sentence("'httpx' is a third-party package")).toBe("'httpx' is a third-party package");
  });
});

/** `--cores N` of `loopline run` and `trace`: the simulated machine's cores (sim/threads.md). */
import { describe, it, expect } from 'vitest';
import { runOptions, thousands } from '../../src/cli/run-options';

describe('--cores', () => {
  it('defaults to the virtual cores and takes a whole number', () => {
    expect(runOptions(['p.py'])).toMatchObject({ file: 'p.py', cores: undefined });
    expect(runOptions(['p.py', '--cores', '8'])).toMatchObject({ cores: 8 });
    expect(runOptions(['--cores=2', 'p.py'])).toMatchObject({ file: 'p.py', cores: 2 });
  });

  it('says what is wrong with a bad value', () => {
    expect(runOptions(['p.py', '--cores', '0'])).toBe("--cores takes a whole number from 1 to 1024 (got '0')");
    expect(runOptions(['p.py', '--cores'])).toBe('--cores takes a whole number from 1 to 1024 (got nothing)');
    expect(runOptions(['p.py', '--cores', '2000'])).toBe("--cores takes a whole number from 1 to 1024 (got '2000')");
  });
});

describe('--no-cpu-clock', () => {
  it('turns the CPU time of a program with processes off the clock (as the recorder has it)', () => {
    expect(runOptions(['p.py'])).toMatchObject({ cpuClock: true });
    expect(runOptions(['p.py', '--no-cpu-clock'])).toMatchObject({ file: 'p.py', cpuClock: false });
  });
});

describe('thousands', () => {
  it("writes whole numbers as toLocaleString('en-US') does", () => {
    for (const n of [0, 7, 999, 1000, 12_345, 999_999, 1_000_000, 10_000_000, 123_456_789, 2 ** 53 - 1])
      expect(thousands(n)).toBe(n.toLocaleString('en-US'));
  });
});

describe('--max-operations', () => {
  it('defaults far above the app cap, so CPU-heavy scripts finish, and takes a whole number', () => {
    expect(runOptions(['p.py'])).toMatchObject({ maxOperations: 200_000_000 });
    expect(runOptions(['p.py', '--max-operations', '1_000_000'])).toMatchObject({ maxOperations: 1_000_000 });
    expect(runOptions(['p.py', '--max-operations', 'x'])).toBe(
      "--max-operations takes a whole number of operations (got 'x')",
    );
  });
});

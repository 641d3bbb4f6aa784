import { describe, it, expect } from 'vitest';
import { formatTime } from '../../../src/lib/ui/model';
import { formatSeconds } from '../../../src/lib/timeline';

describe('formatTime (panels, narration, trace table)', () => {
  it('prints whole seconds reached by floating-point sums as "1.0 s", never "1. s"', () => {
    expect(formatTime(0.1 + 0.2 + 0.7)).toBe('1.0 s'); // 0.9999999999999999
    expect(formatTime(1.0000000001)).toBe('1.0 s');
    expect(formatTime(4.9999999)).toBe('5.0 s');
    expect(formatTime(5.0004)).toBe('5.0 s');
  });
  it('keeps up to three decimals and agrees with the timeline drawing', () => {
    for (const t of [0, 0.25, 0.5, 1, 1.5, 2.125, 0.1 + 0.2, 3 - 1e-12, 12]) {
      expect(formatTime(t)).toBe(formatSeconds(t));
      expect(formatTime(t)).not.toMatch(/\.\s/);
    }
    expect(formatTime(0.25)).toBe('0.25 s');
    expect(formatTime(2)).toBe('2.0 s');
  });
});

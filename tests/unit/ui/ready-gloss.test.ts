import { describe, it, expect } from 'vitest';
import { readyGloss } from '../../../src/lib/ui/loop/ready-gloss';

describe('ready-queue entries explained', () => {
  it('says what step, wakeup and callback entries mean, in English and Korean', () => {
    expect(readyGloss('en', 'step Task-2')).toBe('Task-2 runs its next step (its first, or the next after it yielded)');
    expect(readyGloss('en', 'wakeup Task-1')).toBe('a finished future resumes Task-1, which awaited it');
    expect(readyGloss('en', 'callback on_done()')).toBe('a function the program scheduled on the loop: on_done()');
    expect(readyGloss('en', 'gather callback')).toBe('gather notes that one of its awaitables finished');
    expect(readyGloss('ko', 'step Task-2')).toBe('Task-2가 다음 단계를 실행합니다(첫 단계, 또는 양보한 뒤 다음 단계)');
    expect(readyGloss('ko', 'wakeup Task-1')).toBe('끝난 퓨처가 그것을 기다리던 Task-1을 재개합니다');
  });
});

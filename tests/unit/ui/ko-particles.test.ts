import { describe, it, expect } from 'vitest';
import { particles, finalSound, koSeconds, timeIn } from '../../../src/lib/ui/ko';
import { tr } from '../../../src/lib/ui/i18n';

describe('Korean particles by the final sound', () => {
  it('reads a trailing digit by its Korean sound: 1 일, 2 이, 3 삼, 4 사, ...', () => {
    const got = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((d) => particles(`Task-${d}이(가)`));
    expect(got).toEqual([
      'Task-0이', // 영
      'Task-1이', // 일
      'Task-2가', // 이
      'Task-3이', // 삼
      'Task-4가', // 사
      'Task-5가', // 오
      'Task-6이', // 육
      'Task-7이', // 칠
      'Task-8이', // 팔
      'Task-9가', // 구
      'Task-10이', // 영
    ]);
  });
  it('reads Latin letters and words by their English sound, and Hangul by its final consonant', () => {
    expect(particles('Lock을(를)')).toBe('Lock을');
    expect(particles('Event을(를)')).toBe('Event를');
    expect(particles('Condition을(를)')).toBe('Condition을');
    expect(particles('ValueError을(를)')).toBe('ValueError를');
    expect(particles('cancel()을(를)')).toBe('cancel()을');
    expect(particles('Task-L이(가) Task-A이(가)')).toBe('Task-L이 Task-A가');
    expect(particles('프로그램이(가) 코드이(가)')).toBe('프로그램이 코드가');
    expect(particles('KeyError(으)로 줄(으)로 책(으)로')).toBe('KeyError로 줄로 책으로');
    expect(finalSound('sleep')).toBe('consonant');
    expect(finalSound('Queue')).toBe('vowel');
  });
  it('is applied by tr() to every Korean string, never to English', () => {
    expect(tr('ko', 'nStarts', { task: 'Task-4', at: 3 })).toBe('Task-4가 3번 줄에서 시작하여');
    expect(tr('ko', 'nStarts', { task: 'Task-3', at: 3 })).toBe('Task-3이 3번 줄에서 시작하여');
    expect(tr('en', 'nStarts', { task: 'Task-4', at: 3 })).toBe('Task-4 starts at line 3');
  });
  it('writes seconds as 초 in Korean', () => {
    expect(koSeconds('1.0 s')).toBe('1.0초');
    expect(timeIn('ko', 1)).toBe('1.0초');
    expect(timeIn('ko', 0.25)).toBe('0.25초');
    expect(timeIn('en', 1)).toBe('1.0 s');
  });
});

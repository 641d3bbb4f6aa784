import { describe, it, expect } from 'vitest';
import { verdictOf } from '../../../src/lib/ui/compare/verdict';
import { tr, type Lang, type StringKey } from '../../../src/lib/ui/i18n';

const say = (lang: Lang) => (k: StringKey, p?: Record<string, string | number>) => tr(lang, k, p);

describe('compare verdict', () => {
  it('keeps the two-program sentence', () => {
    expect(verdictOf([3, 2], say('en'))).toBe('B is 1.50× faster than A');
    expect(verdictOf([1, 2], say('en'))).toBe('B is 2.00× slower than A');
    expect(verdictOf([1, 1], say('en'))).toBe('Both take the same time');
    expect(verdictOf([1, 0], say('en'))).toBe('B is ∞× faster than A');
    expect(verdictOf([3, 2], say('ko'))).toBe('B가 A보다 1.50배 빠릅니다');
  });

  it('names the fastest of three and its ratio to each of the others', () => {
    // Scenarios 21-23's shape: processes fastest, asyncio and threads about as slow.
    expect(verdictOf([1.54, 1.56, 0.4], say('en'))).toBe('C is fastest: 3.85× faster than A, 3.90× faster than B');
    expect(verdictOf([1.54, 1.56, 0.4], say('ko'))).toBe('C가 가장 빠릅니다: A보다 3.85배 빠름, B보다 3.90배 빠름');
    expect(verdictOf([1, 2, 4], say('en'))).toBe('A is fastest: 2.00× faster than B, 4.00× faster than C');
  });

  it('says when two of three tie for fastest, or all three take the same time', () => {
    expect(verdictOf([1, 2, 1], say('en'))).toBe('A and C are fastest: 2.00× faster than B');
    expect(verdictOf([1, 2, 1], say('ko'))).toBe('A와 C가 똑같이 가장 빠릅니다: B보다 2.00배 빠름');
    expect(verdictOf([0.5, 0.5, 0.5], say('en'))).toBe('All three take the same time');
    expect(verdictOf([0.5, 0.5, 0.5], say('ko'))).toBe('세 프로그램의 시간이 같습니다');
    expect(verdictOf([0, 1, 2], say('en'))).toBe('A is fastest: ∞× faster than B, ∞× faster than C');
  });
});

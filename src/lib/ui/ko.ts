/**
 * Korean particles chosen by the final sound of the word before them ("Task-1이", "Task-4가"),
 * and seconds written the Korean way ("1.0초"). Strings carry both forms, "이(가)", "을(를)",
 * "은(는)", "과(와)", "(으)로"; `particles` picks one. A name ending in a digit reads by the
 * digit's Korean sound (1 일, 2 이, 3 삼, 4 사, ...); Latin letters by their English sound.
 */
import { formatTime } from './model';

/** The final sound of a word: no final consonant, ㄹ, or another final consonant. */
type Final = 'vowel' | 'rieul' | 'consonant';

// 0 영, 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구
const DIGIT: Final[] = [
  'consonant',
  'rieul',
  'vowel',
  'consonant',
  'vowel',
  'vowel',
  'consonant',
  'rieul',
  'rieul',
  'vowel',
];

// Single letters by their English names: L 엘, M 엠, N 엔, R 알; the others end in a vowel (에이, 비, 씨, ...).
function letterName(c: string): Final {
  if (c === 'l' || c === 'r') return 'rieul';
  if (c === 'm' || c === 'n') return 'consonant';
  return 'vowel';
}

/** How an English word ends when read in Korean (Lock 락, Event 이벤트, Condition 컨디션, sleep 슬립). */
function latinWord(word: string): Final {
  const w = word.toLowerCase();
  const last = w[w.length - 1];
  if (last === 'l') return 'rieul';
  if (last === 'm' || last === 'n' || last === 'k' || last === 'p' || last === 'b') return 'consonant';
  if (last === 'g' && w.endsWith('ng')) return 'consonant';
  return 'vowel';
}

/** The final sound of `text` (its last word), skipping closing brackets, quotes and spaces. */
export function finalSound(text: string): Final {
  let i = text.length - 1;
  while (i >= 0 && /[\s)\]'"`.,:]/.test(text[i]) && !(text[i] === ')' && text[i - 1] === '(')) i--;
  // "cancel()" reads as "cancel".
  while (i >= 1 && text[i] === ')' && text[i - 1] === '(') i -= 2;
  if (i < 0) return 'vowel';
  const c = text[i];
  const code = c.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    return jong === 0 ? 'vowel' : jong === 8 ? 'rieul' : 'consonant';
  }
  if (c >= '0' && c <= '9') return DIGIT[code - 48];
  if (/[A-Za-z]/.test(c)) {
    let j = i;
    while (j > 0 && /[A-Za-z]/.test(text[j - 1])) j--;
    const word = text.slice(j, i + 1);
    return word.length === 1 ? letterName(word.toLowerCase()) : latinWord(word);
  }
  return 'vowel';
}

const PAIRS: Record<string, [string, string]> = {
  '이(가)': ['이', '가'],
  '을(를)': ['을', '를'],
  '은(는)': ['은', '는'],
  '과(와)': ['과', '와'],
};

/** Replaces every "이(가)", "을(를)", "은(는)", "과(와)" and "(으)로" by the form the word before it takes. */
export function particles(text: string): string {
  return text.replace(/이\(가\)|을\(를\)|은\(는\)|과\(와\)|\(으\)로/g, (m, offset: number) => {
    const f = finalSound(text.slice(0, offset));
    if (m === '(으)로') return f === 'consonant' ? '으로' : '로';
    const [withFinal, withoutFinal] = PAIRS[m];
    return f === 'vowel' ? withoutFinal : withFinal;
  });
}

/** Seconds in Korean: "1.0 s" becomes "1.0초". */
export function koSeconds(formatted: string): string {
  return formatted.replace(/ s$/, '초');
}

/** Virtual seconds as the panels print them, in the UI's language ("1.0 s", "1.0초"). */
export function timeIn(lang: 'en' | 'ko', t: number): string {
  return lang === 'ko' ? koSeconds(formatTime(t)) : formatTime(t);
}

// Refuses guessable passwords (issue 13; NIST SP 800-63B §3.1.1.2: check new passwords against
// lists of common, expected or compromised values; KISA 웹 취약점 점검 "약한 비밀번호 정책").
// zxcvbn-ts estimates, offline, how many guesses a password takes against its dictionaries — the
// passwords leaked in breaches (language-common), English words and names (language-en) — plus
// patterns: repeats, sequences, keyboard rows, dates. It has no Korean package, so Korean words
// common in passwords are added here both as typed in Hangul and as the same keys typed with the
// keyboard left in Latin mode (사랑해 → tkfkdgo), with the portal's own words.
// Its dictionaries weigh megabytes: import it from server code and scripts only, never from a form.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { convertHangulToQwerty } from 'es-hangul';

/** zxcvbn's score 3: "safely unguessable", about 10^8 guesses or more. */
export const MIN_SCORE = 3;

const KOREAN_WORDS = [
  '사랑',
  '사랑해',
  '사랑해요',
  '안녕',
  '안녕하세요',
  '비밀번호',
  '비번',
  '암호',
  '관리자',
  '행복',
  '행복해',
  '대한민국',
  '한국',
  '서울',
  '부산',
  '우리',
  '우리집',
  '하늘',
  '바다',
  '친구',
  '엄마',
  '아빠',
  '가족',
  '감사',
  '감사합니다',
  '화이팅',
  '파이팅',
  '교육',
  '교육부',
  '평생학습',
  '평생학습도시',
  '학습도시',
  '협의회',
  '시청',
  '구청',
  '군청',
  '공무원',
  '주무관',
  '담당자',
  '시스템',
  '로그인',
];
const PORTAL_WORDS = ['registry', 'kallc', 'lifelong', 'learning', 'city', 'cities', 'korea', 'admin', 'ministry', 'moe', 'nile'];

const zxcvbn = new ZxcvbnFactory({
  dictionary: {
    ...common.dictionary,
    ...english.dictionary,
    korean: [...KOREAN_WORDS, ...KOREAN_WORDS.map((word) => convertHangulToQwerty(word))],
    portal: PORTAL_WORDS,
  },
  graphs: common.adjacencyGraphs,
  // zxcvbn's warnings come back as their own keys; lib/auth/password-strength maps them to messages.
  translations: {
    ...english.translations,
    warnings: Object.fromEntries(
      Object.keys(english.translations.warnings).map((key) => [key, key]),
    ) as typeof english.translations.warnings,
  },
});

/** zxcvbn's warning → the message key (namespace Errors) that says why, in the user's language. */
const WARNING_MESSAGES: Record<string, string> = {
  straightRow: 'passwordKeyboard',
  keyPattern: 'passwordKeyboard',
  simpleRepeat: 'passwordRepeat',
  extendedRepeat: 'passwordRepeat',
  sequences: 'passwordSequence',
  recentYears: 'passwordDate',
  dates: 'passwordDate',
  topTen: 'passwordCommon',
  topHundred: 'passwordCommon',
  common: 'passwordCommon',
  similarToCommon: 'passwordCommon',
  pwned: 'passwordCommon',
  wordByItself: 'passwordWord',
  namesByThemselves: 'passwordName',
  commonNames: 'passwordName',
  userInputs: 'passwordPersonal',
};

/**
 * Why a password is too easy to guess (a message key), or null when it is strong enough.
 * `personal` are the account's own words (e-mail, name): a password made of them is refused too.
 */
export function passwordWeakness(password: string, personal: string[] = []): string | null {
  const words = personal.flatMap((value) => [value, ...value.toLowerCase().split(/[^\p{L}\p{N}]+/u)]).filter((word) => word.length >= 3);
  const result = zxcvbn.check(password, words);
  if (result.score >= MIN_SCORE) return null;
  return (result.feedback.warning && WARNING_MESSAGES[result.feedback.warning]) || 'passwordGuessable';
}

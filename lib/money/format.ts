// Money as each language reads it (issue 5): Korean in 만 and 억 (9,000만 원, 11.4억 원),
// English in millions and billions (KRW 90 million, KRW 1.14 billion). Amounts are integer won.
import { byLocale, intlLocale } from '@/lib/core/names';

const MAN = 10_000n;
const EOK = 100_000_000n;

function decimal(value: number, locale: string, maximumFractionDigits: number): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits }).format(value);
}

function inKorean(abs: bigint, isApproximate: boolean): string {
  let text: string;
  if (abs >= EOK) text = `${decimal(Number(abs) / Number(EOK), 'ko', 2)}억 원`;
  else if (abs >= MAN && abs % MAN === 0n) text = `${decimal(Number(abs / MAN), 'ko', 0)}만 원`;
  else text = `${decimal(Number(abs), 'ko', 0)}원`;
  return isApproximate ? `약 ${text}` : text;
}

function inEnglish(abs: bigint, isApproximate: boolean): string {
  let text: string;
  if (abs >= 1_000_000_000n) text = `KRW ${decimal(Number(abs) / 1e9, 'en', 2)} billion`;
  else if (abs >= 1_000_000n) text = `KRW ${decimal(Number(abs) / 1e6, 'en', 2)} million`;
  else text = `KRW ${decimal(Number(abs), 'en', 0)}`;
  return isApproximate ? `about ${text}` : text;
}

export type WonFormatOptions = {
  isApproximate?: boolean;
  /** A change rather than an amount: "+3,000만 원", "−3,000만 원", and zero as "0원". */
  isSigned?: boolean;
};

export function formatWon(amount: bigint, locale: string, options: WonFormatOptions = {}): string {
  const negative = amount < 0n;
  const abs = negative ? -amount : amount;
  const text = byLocale(locale, { ko: inKorean, en: inEnglish })(abs, options.isApproximate === true);
  if (negative) return `−${text}`;
  return options.isSigned && amount > 0n ? `+${text}` : text;
}

/**
 * An amount announced only as a range: "5,000만~6,000만 원" / "KRW 50–60 million", or, when only an
 * upper bound is given (lower bound 0), "최대 3,000만 원" / "up to KRW 30 million". A single figure
 * (no lower bound) is formatted as formatWon does.
 */
export function formatWonRange(amount: bigint, amountMin: bigint | null, locale: string, options: WonFormatOptions = {}): string {
  if (amountMin === null || amountMin === amount) return formatWon(amount, locale, options);
  const upper = formatWon(amount, locale);
  if (amountMin === 0n) return byLocale(locale, { ko: `최대 ${upper}`, en: `up to ${upper}` });
  const lower = formatWon(amountMin, locale);
  // "5,000만 원~6,000만 원" reads better with the unit once: "5,000만~6,000만 원".
  return byLocale(locale, {
    ko: `${lower.replace(/ 원$/, '')}~${upper}`,
    en: sameUnit(lower, upper) ? `${lower.replace(/ (million|billion)$/, '')}–${upper.replace(/^KRW /, '')}` : `${lower}–${upper}`,
  });
}

const unitOf = (text: string) => text.match(/(million|billion)$/)?.[1] ?? null;
const sameUnit = (a: string, b: string) => unitOf(a) !== null && unitOf(a) === unitOf(b);

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

// Money as each language reads it (issue 5): Korean in 만 and 억 (9,000만 원, 11.4억 원),
// English in millions and billions (KRW 90 million, KRW 1.14 billion). Amounts are integer won.
const MAN = 10_000n;
const EOK = 100_000_000n;

function decimal(value: number, locale: string, maximumFractionDigits: number): string {
  return new Intl.NumberFormat(locale === 'ko' ? 'ko-KR' : 'en-US', { maximumFractionDigits }).format(value);
}

export type WonFormatOptions = {
  isApproximate?: boolean;
  /** A change rather than an amount: "+3,000만 원", "−3,000만 원", and zero as "0원". */
  isSigned?: boolean;
};

export function formatWon(amount: bigint, locale: string, options: WonFormatOptions = {}): string {
  const negative = amount < 0n;
  const abs = negative ? -amount : amount;
  let text: string;
  if (locale === 'ko') {
    if (abs >= EOK) text = `${decimal(Number(abs) / Number(EOK), locale, 2)}억 원`;
    else if (abs >= MAN && abs % MAN === 0n) text = `${decimal(Number(abs / MAN), locale, 0)}만 원`;
    else text = `${decimal(Number(abs), locale, 0)}원`;
    if (options.isApproximate) text = `약 ${text}`;
  } else {
    if (abs >= 1_000_000_000n) text = `KRW ${decimal(Number(abs) / 1e9, locale, 2)} billion`;
    else if (abs >= 1_000_000n) text = `KRW ${decimal(Number(abs) / 1e6, locale, 2)} million`;
    else text = `KRW ${decimal(Number(abs), locale, 0)}`;
    if (options.isApproximate) text = `about ${text}`;
  }
  if (negative) return `−${text}`;
  return options.isSigned && amount > 0n ? `+${text}` : text;
}

// Pages of a staff list, from the ?page= of the URL.
export const STAFF_PAGE_SIZE = 25;

export function pageNumber(value: string | string[] | undefined): number {
  const page = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
}

export function pageCount(total: number, size = STAFF_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/**
 * The page numbers a pager shows (issue 14: lists paged by "다음 쪽" only): the first, the last,
 * and two either side of the current one, with a gap (null) where pages are left out.
 */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  return shown.flatMap((n, index) => (index > 0 && n - shown[index - 1]! > 1 ? [null, n] : [n]));
}

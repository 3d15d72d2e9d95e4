// Pages of a staff list, from the ?page= of the URL.
export const STAFF_PAGE_SIZE = 25;

export function pageNumber(value: string | string[] | undefined): number {
  const page = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
}

export function pageCount(total: number, size = STAFF_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

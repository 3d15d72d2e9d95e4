// Pages of a list and the links between them. Links are root-relative (/api/v1/…?page=2): the
// same body, and so the same ETag, whichever host name served it. Pure.
import type { Pagination } from './parameters';

export type Page<T> = { data: T[]; meta: { total: number; page: number; pageSize: number; pageCount: number } };
export type ListLinks = { self: string; next?: string; prev?: string };

export function paginate<T>(items: readonly T[], { page, pageSize }: Pagination): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  return { data: items.slice((page - 1) * pageSize, page * pageSize), meta: { total: items.length, page, pageSize, pageCount } };
}

type Query = Record<string, unknown>;

/**
 * The query string of a request in one canonical form: parameters in the schema's order, each
 * only when given and not its default. Two URLs asking the same question get the same links
 * (and share one cached body).
 */
export function canonicalQuery(query: Query, defaults: Query, order: readonly string[]): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of order) {
    const value = query[name];
    if (value === undefined || value === defaults[name]) continue;
    params.set(name, String(value));
  }
  return params;
}

function url(path: string, params: URLSearchParams): string {
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function withPage(path: string, query: Query, defaults: Query, order: readonly string[], page: number): string {
  return url(path, canonicalQuery({ ...query, page }, defaults, order));
}

/** self, and next and prev where there is such a page; past the last page, prev is the last one. */
export function listLinks(options: {
  path: string;
  query: Query & Pagination;
  defaults: Query;
  order: readonly string[];
  pageCount: number;
}): ListLinks {
  const { path, query, defaults, order, pageCount } = options;
  const links: ListLinks = { self: withPage(path, query, defaults, order, query.page) };
  if (query.page < pageCount) links.next = withPage(path, query, defaults, order, query.page + 1);
  if (query.page > 1) links.prev = withPage(path, query, defaults, order, Math.min(query.page - 1, pageCount));
  return links;
}

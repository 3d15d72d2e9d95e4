// A staff list's filters and page, read from its URL (?q=…&region=…&page=…) with zod. Each filter
// names its own reading; a value that does not read is no filter, never an error, so a stale or
// hand-edited link still shows a list.
import { z } from 'zod';
import { isRealDay } from './dates';
import { IdField } from './fields';
import { pageNumber } from './pagination';

export type SearchParams = Record<string, string | string[] | undefined>;

/** How one filter reads its value. */
export const listParam = {
  /** What was typed in a search box, at most `max` characters. */
  text: (max = 60) =>
    z
      .string()
      .transform((text) => text.slice(0, max))
      .catch(''),
  /** One of a fixed set of values. */
  choice: <T extends string>(values: readonly [T, ...T[]]) => z.enum(values).optional().catch(undefined),
  /** A record id (a region, a user …). */
  id: () => IdField.optional().catch(undefined),
  /** A calendar day, YYYY-MM-DD, that exists (9999-99-99 is no filter, not a crash). */
  day: () => z.string().refine(isRealDay).optional().catch(undefined),
  /** A year of the programme (2001–2100). */
  year: () => z.coerce.number().int().min(2001).max(2100).optional().catch(undefined),
};

type Shape = Record<string, z.ZodType>;
export type ListParams<S extends Shape> = { [K in keyof S]: z.output<S[K]> } & { page: number };

/** The filters `shape` names, from the first value of each parameter, and the page. */
export function parseListParams<S extends Shape>(shape: S, params: SearchParams): ListParams<S> {
  const first = (name: string) => {
    const value = params[name];
    return (Array.isArray(value) ? value[0] : value) || undefined;
  };
  const values = z.object(shape).parse(Object.fromEntries(Object.keys(shape).map((name) => [name, first(name)])));
  return { ...(values as { [K in keyof S]: z.output<S[K]> }), page: pageNumber(params.page) };
}

// What an endpoint's builder hands back to lib/api/serve.ts: a list (all matching items, which
// serve pages), one resource, or the parameters that named nothing (a 400 or 404 problem).
export type ParameterError = { name: string; in: 'query' | 'path'; code: string; detail: string };

export type Built<T> =
  { isProblem?: false; items: T[]; asOf?: string } | { isProblem: true; status: 400 | 404; detail: string; errors?: ParameterError[] };

export type BuiltResource<T> = { isProblem?: false; resource: T } | { isProblem: true; status: 404; detail: string };

/** A query parameter naming something the registry does not have (a region, a programme). */
export function unknownValue(name: string, value: string, what: string): Extract<Built<never>, { isProblem: true }> {
  return {
    isProblem: true,
    status: 400,
    detail: `No ${what} is called “${value}”.`,
    errors: [{ name, in: 'query', code: 'unknown_value', detail: `no ${what} has the slug or code “${value}”` }],
  };
}

export function notFound(what: string, slug: string): { isProblem: true; status: 404; detail: string } {
  return { isProblem: true, status: 404, detail: `No ${what} has the slug “${slug}”.` };
}

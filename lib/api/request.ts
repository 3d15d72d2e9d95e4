// Reading an API request's query with its endpoint's schema. Values arrive as strings: an empty
// one counts as not given (a search form's empty fields), a repeated one is refused, and an
// integer parameter takes digits only ("1e1" or "0x10" are not page numbers, though JavaScript
// would read them as such). Unknown parameters are refused (400): a misspelt filter must not
// silently answer a wider question. Pure.
import { z } from 'zod';
import type { ParameterError } from './result';

type QuerySchema = z.ZodType<Record<string, unknown>, Record<string, unknown>>;

const integerNames = new WeakMap<QuerySchema, Set<string>>();

/** The parameters the schema types as integers, read from its JSON Schema (the document's). */
function integerParameters(schema: QuerySchema): Set<string> {
  let names = integerNames.get(schema);
  if (!names) {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, { type?: string }> };
    names = new Set(
      Object.entries(json.properties ?? {})
        .filter(([, property]) => property.type === 'integer')
        .map(([name]) => name),
    );
    integerNames.set(schema, names);
  }
  return names;
}

export type ParsedQuery<T> = { isValid: true; query: T } | { isValid: false; errors: ParameterError[] };

export function parseQuery<T extends Record<string, unknown>>(
  params: URLSearchParams,
  schema: z.ZodType<T, Record<string, unknown>>,
): ParsedQuery<T> {
  const errors: ParameterError[] = [];
  const input: Record<string, string> = {};
  const integers = integerParameters(schema as QuerySchema);
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    if (values.length > 1) {
      errors.push({ name, in: 'query', code: 'repeated_parameter', detail: 'given more than once' });
      continue;
    }
    const value = values[0]!.trim();
    if (value === '') continue;
    if (integers.has(name) && !/^\d{1,9}$/.test(value)) {
      errors.push({ name, in: 'query', code: 'invalid_type', detail: 'expected an integer written in digits' });
      continue;
    }
    input[name] = value;
  }
  const parsed = schema.safeParse(input);
  // One error per parameter: checks after a failed format (asOf=yesterday) only repeat it.
  if (!parsed.success)
    for (const error of parsed.error.issues.flatMap(toParameterErrors)) if (!errors.some((e) => e.name === error.name)) errors.push(error);
  if (errors.length > 0) return { isValid: false, errors };
  return { isValid: true, query: (parsed as { data: T }).data };
}

function toParameterErrors(issue: z.core.$ZodIssue): ParameterError[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((name) => ({
      name,
      in: 'query' as const,
      code: 'unknown_parameter',
      detail: 'not a parameter of this endpoint',
    }));
  }
  return [{ name: String(issue.path[0] ?? ''), in: 'query', code: issue.code, detail: issue.message }];
}

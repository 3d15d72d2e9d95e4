// How the reference page shows JSON: pretty-printed, lists cut to their first items with the
// number left out, and a parameter's JSON Schema as the few facts a reader needs. Pure.

/** Stands in for the items a list leaves out; an invisible separator no registry text contains. */
const MORE = '\u2063more:';

/** The value as indented JSON, the top-level data list cut to `topItems`, any other list to `items`. */
export function displayJson(value: unknown, options: { topItems?: number; items?: number } = {}): string {
  const { topItems = 1, items = 2 } = options;
  const cut = (node: unknown, keep: number): unknown => {
    if (Array.isArray(node)) {
      const kept = node.slice(0, keep).map((item) => cut(item, items));
      return node.length > keep ? [...kept, `${MORE}${node.length - keep}`] : kept;
    }
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, cut(child, items)]));
    return node;
  };
  const isList = value !== null && typeof value === 'object' && Array.isArray((value as { data?: unknown }).data);
  const marked = isList
    ? { ...(cut(value, items) as object), data: cut((value as { data: unknown[] }).data, topItems) }
    : cut(value, items);
  return JSON.stringify(marked, null, 2).replace(new RegExp(`"${MORE}(\\d+)"`, 'g'), '… (+$1)');
}

export type ParameterSummary = {
  type: string;
  enumValues: string[] | null;
  minimum: number | null;
  maximum: number | null;
  maxLength: number | null;
  defaultValue: string | null;
  isDate: boolean;
  isSlug: boolean;
};

const SLUG_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);

export function summarizeSchema(schema: Record<string, unknown>): ParameterSummary {
  return {
    type: typeof schema.type === 'string' ? schema.type : 'string',
    enumValues: Array.isArray(schema.enum) ? schema.enum.map(String) : null,
    minimum: numberOrNull(schema.minimum),
    maximum: numberOrNull(schema.maximum),
    maxLength: numberOrNull(schema.maxLength),
    defaultValue: schema.default === undefined ? null : String(schema.default),
    isDate: schema.format === 'date',
    isSlug: schema.pattern === SLUG_PATTERN,
  };
}

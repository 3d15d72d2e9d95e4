// The registry of the document's named schemas, and what every answer shares: a list's page
// and links, a resource's link, and problem details (RFC 9457). Client-safe.
import { z } from 'zod';

/** The named schemas of the document's components (lib/api/openapi.ts). */
export const apiSchemas = z.registry<{ id: string }>();

/** A schema under its name in the document, with its description. */
export const named = <T extends z.ZodType>(id: string, description: string, schema: T): T => {
  const described = schema.describe(description) as T;
  apiSchemas.add(described, { id });
  return described;
};

const ListMetaSchema = named(
  'ListMeta',
  'Where a page stands in the list',
  z.strictObject({
    total: z.number().int().min(0),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    pageCount: z.number().int().min(1),
    asOf: z.iso.date().optional().describe('The day standings are derived for (lists of the registry)'),
  }),
);
const ListLinksSchema = named(
  'ListLinks',
  'Links relative to the site’s origin',
  z.strictObject({ self: z.string(), next: z.string().optional(), prev: z.string().optional() }),
);
const ResourceLinksSchema = named('ResourceLinks', 'Links relative to the site’s origin', z.strictObject({ self: z.string() }));

export const list = <T extends z.ZodType>(id: string, what: string, item: T) =>
  named(id, `A page of ${what}`, z.strictObject({ data: z.array(item), meta: ListMetaSchema, links: ListLinksSchema }));
export const resource = <T extends z.ZodType>(id: string, item: T) =>
  named(id, 'One resource', z.strictObject({ data: item, links: ResourceLinksSchema }));

export const ProblemSchema = named(
  'Problem',
  'An error, as RFC 9457 problem details',
  z.strictObject({
    type: z.string().describe('A URI reference naming the kind of problem'),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string(),
    instance: z.string().describe('The path and query of the request'),
    errors: z
      .array(z.strictObject({ name: z.string(), in: z.enum(['query', 'path']), code: z.string(), detail: z.string() }))
      .optional()
      .describe('For invalid parameters: each parameter and what is wrong with it'),
  }),
);

export type ListMeta = z.output<typeof ListMetaSchema>;
export type Problem = z.output<typeof ProblemSchema>;

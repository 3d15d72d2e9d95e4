// The audit page's filters, from its URL (?actor=&type=&from=&to=&page=). Malformed values are dropped.
import { z } from 'zod';

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value) || undefined;

export const AuditFiltersSchema = z
  .object({
    actor: z.preprocess(first, z.uuid().optional().catch(undefined)),
    type: z.preprocess(
      first,
      z
        .string()
        .regex(/^[A-Za-z]{2,40}$/)
        .optional()
        .catch(undefined),
    ),
    from: z.preprocess(first, date),
    to: z.preprocess(first, date),
    page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000).catch(1).default(1)),
  })
  .transform(({ actor, type, ...rest }) => ({ ...rest, actorId: actor, entityType: type }));

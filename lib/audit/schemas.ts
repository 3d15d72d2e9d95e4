// The audit page's filters, from its URL (?actor=&type=&from=&to=&page=). Malformed values are dropped.
import { z } from 'zod';
import { listParam } from '@/lib/core/list-params';

/** A day that exists: ?from=9999-99-99 is no filter (it once reached the query and gave a 500). */
const date = listParam.day();
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

// The environment the server runs with, validated once. `npm start` sets DATABASE_URL to its
// embedded PostgreSQL when the user gives none.
import { z } from 'zod';

const ServerEnvSchema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'DATABASE_URL must be a postgresql:// URL' }),
  SITE_URL: z.url().default('http://localhost:3000'),
});

export type ServerEnv = z.infer<typeof ServerEnvSchema>;

let cached: ServerEnv | undefined;

export function serverEnv(): ServerEnv {
  cached ??= ServerEnvSchema.parse(process.env);
  return cached;
}

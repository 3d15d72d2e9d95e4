// The environment the server runs with, validated once. `npm start` sets DATABASE_URL to its
// embedded PostgreSQL when the user gives none, and BETTER_AUTH_SECRET to a secret kept in
// .data/ when none is given.
import { z } from 'zod';

const milliseconds = (fallback: number) => z.coerce.number().int().min(100).max(600_000).default(fallback);

const ServerEnvSchema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'DATABASE_URL must be a postgresql:// URL' }),
  /** Bounded waits on the database (issue 13): a hung or unreachable server answers 503 within them. */
  REGISTRY_DB_CONNECT_TIMEOUT_MS: milliseconds(3_000),
  REGISTRY_DB_STATEMENT_TIMEOUT_MS: milliseconds(5_000),
});

// SITE_URL, the public origin, is read by lib/site-url.ts (required in production).
const AuthEnvSchema = z.object({
  BETTER_AUTH_SECRET: z.string().min(32, { error: 'BETTER_AUTH_SECRET must be at least 32 characters' }),
});

export type ServerEnv = z.infer<typeof ServerEnvSchema>;

let cachedServer: ServerEnv | undefined;
let cachedAuth: z.infer<typeof AuthEnvSchema> | undefined;

export function serverEnv(): ServerEnv {
  cachedServer ??= ServerEnvSchema.parse(process.env);
  return cachedServer;
}

export function authEnv(): z.infer<typeof AuthEnvSchema> {
  cachedAuth ??= AuthEnvSchema.parse(process.env);
  return cachedAuth;
}

// Sign-in attempt limits, per account and per address (issue 3). The counters live in the
// database so that every server process shares them (lib/auth/queries.ts, mutations.ts):
// better-auth's own limiter does not apply to server-side auth.api calls, which is how this app
// signs in.

/** After this many failures within the window, the key is locked for lockMinutes. */
export const THROTTLE_RULES = {
  email: { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 },
  ip: { maxFailures: 20, windowMinutes: 15, lockMinutes: 15 },
} as const;

export type ThrottleKey = { kind: keyof typeof THROTTLE_RULES; value: string };

export const throttleKey = (key: ThrottleKey) => `${key.kind}:${key.value.toLowerCase()}`;

// Where a restored sequence resumes: where the original's was, so that an id the original had
// handed out (a row since deleted, whose id the audit trail still names) is never handed out
// again; and in any case past every restored id.

export type SequencePosition = { lastValue: string; isCalled: boolean };

/**
 * The setval arguments for a sequence, from the position recorded in the backup (if any) and the
 * largest id restored (null for an empty table); null when the sequence can stay as it is.
 */
export function sequencePosition(recorded: SequencePosition | undefined, maxRestored: string | null): SequencePosition | null {
  const max = maxRestored === null ? null : BigInt(maxRestored);
  if (!recorded) return max === null ? null : { lastValue: maxRestored!, isCalled: true };
  // With is_called false the next nextval() returns last_value itself.
  const next = BigInt(recorded.lastValue) + (recorded.isCalled ? 1n : 0n);
  if (max !== null && next <= max) return { lastValue: maxRestored!, isCalled: true };
  return { lastValue: recorded.lastValue, isCalled: recorded.isCalled };
}

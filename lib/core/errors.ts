// Errors a mutation raises for its action to turn into a clear state.

/** The record changed since the form was opened (optimistic concurrency). */
export class ConflictError extends Error {
  constructor(
    readonly entityType: string,
    readonly entityId: string,
    readonly submittedVersion: number,
    readonly currentVersion: number,
  ) {
    super(`${entityType} ${entityId} is at version ${currentVersion}, not ${submittedVersion}`);
  }
}

/** The record no longer exists (or never did). */
export class RecordNotFoundError extends Error {
  constructor(
    readonly entityType: string,
    readonly entityId: string,
  ) {
    super(`${entityType} ${entityId} not found`);
  }
}

/** A rule of the domain the input breaks, found only once the database is consulted. */
export class RuleError extends Error {
  constructor(
    readonly messageKey: string,
    readonly field?: string,
  ) {
    super(messageKey);
  }
}

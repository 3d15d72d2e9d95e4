// Why a restore stops before it loads anything, with the exit code the command line reports.

export const REFUSAL_EXIT_CODES = {
  /** The target database already holds rows: a restore loads into an empty database only. */
  'not-empty': 3,
  /** The file was taken at other migrations (or holds other tables) than the target's. */
  'schema-differs': 4,
  /** The file is not a backup, is truncated, or a table's rows do not match their checksum. */
  'damaged-file': 5,
  /** Loaded rows read back differently from the file's (nothing is committed then). */
  'not-reproduced': 6,
} as const;

export type RefusalReason = keyof typeof REFUSAL_EXIT_CODES;

export class BackupRefusal extends Error {
  override readonly name = 'BackupRefusal';

  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
  }
}

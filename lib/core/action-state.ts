// What every form's server action answers (house style §3): one typed state. Error texts are
// message keys (namespace "Errors"), translated where they are shown, in the user's language.
export type FormValues = Record<string, string>;
export type FieldErrors = Record<string, string[]>;

export type ConflictChange = {
  occurredAt: string;
  actorEmail: string | null;
  field: string;
  before: string | number | boolean | null;
  after: string | number | boolean | null;
};

/** A problem in one line of a pasted or uploaded list (line 0: the list as a whole). */
export type LineIssue = { line: number; key: string; value?: string };

export type ActionState =
  | { status: 'idle' }
  | {
      status: 'success';
      message: string;
      values?: FormValues;
      count?: number;
      /** What the form shows again (a checked list, to apply next). */ echo?: FormValues;
    }
  | { status: 'invalid'; fieldErrors: FieldErrors; formError?: string; values: FormValues; lineIssues?: LineIssue[] }
  | { status: 'conflict'; changes: ConflictChange[]; currentVersion: number; values: FormValues }
  | { status: 'denied'; formError: string }
  | { status: 'error'; formError: string; values: FormValues };

export const IDLE: ActionState = { status: 'idle' };

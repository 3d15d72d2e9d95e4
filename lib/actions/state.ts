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

export type ActionState =
  | { status: 'idle' }
  | { status: 'success'; message: string; values?: FormValues }
  | { status: 'invalid'; fieldErrors: FieldErrors; formError?: string; values: FormValues }
  | { status: 'conflict'; changes: ConflictChange[]; currentVersion: number; values: FormValues }
  | { status: 'denied'; formError: string }
  | { status: 'error'; formError: string; values: FormValues };

export const IDLE: ActionState = { status: 'idle' };

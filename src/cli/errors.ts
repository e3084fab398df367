/** Exit codes of the `childfirst` command. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

/** A mistake in how the command was called; the command exits with code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Error codes carried by CLI error records (plus any `ChildfirstError` code from the library). */
export type RecordErrorCode =
  | 'unreadable'
  | 'not-a-file'
  | 'unsupported-type'
  | 'not-utf8'
  | 'not-decodable'
  | 'binary'
  | 'corrupt-pdf'
  | 'empty'
  | 'too-large'
  | 'too-complex'
  | 'timeout'
  | 'worker-crashed'
  | 'failed'
  | (string & {});

/** Why one input produced no summary. */
export interface RecordError {
  readonly code: RecordErrorCode;
  readonly message: string;
}

/** The message of any thrown value. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Machine-readable codes carried by every {@link ChildfirstError}. */
export type ChildfirstErrorCode =
  | 'invalid-input'
  | 'input-too-large'
  | 'invalid-options'
  | 'invalid-lexicon'
  | 'unknown-theme'
  | 'duplicate-cue';

/** The one error type the library throws; `code` says what went wrong. */
export class ChildfirstError extends Error {
  override readonly name = 'ChildfirstError';
  readonly code: ChildfirstErrorCode;

  constructor(code: ChildfirstErrorCode, message: string, options?: { cause?: unknown }) {
    super(message.startsWith('childfirst:') ? message : `childfirst: ${message}`, options);
    this.code = code;
  }
}

/** Describes a value's type for messages: "number", "null", "array", "object". */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

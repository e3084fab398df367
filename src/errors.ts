/** Machine-readable codes carried by every {@link ChildfirstError}. */
export type ChildfirstErrorCode =
  | 'invalid-input'
  | 'input-too-large'
  | 'invalid-options'
  | 'invalid-lexicon'
  | 'unknown-theme'
  | 'duplicate-cue'
  | 'invalid-examples';

/** The one error type the library throws; `code` says what went wrong. */
export class ChildfirstError extends Error {
  override readonly name = 'ChildfirstError';
  readonly code: ChildfirstErrorCode;

  constructor(code: ChildfirstErrorCode, message: string, options?: { cause?: unknown }) {
    super(message.startsWith('childfirst:') ? message : `childfirst: ${message}`, options);
    this.code = code;
  }
}

/** True for a {@link ChildfirstError}; false for anything else, even a thrown Proxy that fails `instanceof`. */
export function isChildfirstError(error: unknown): error is ChildfirstError {
  try {
    return error instanceof ChildfirstError;
  } catch {
    return false;
  }
}

/** Describes a value's type for messages: "number", "null", "array", "object". */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  try {
    if (Array.isArray(value)) return 'array';
  } catch {
    return 'revoked Proxy'; // the one value Array.isArray throws for
  }
  return typeof value;
}

/** The message of any thrown value, even one whose message cannot be read (a Proxy, a throwing getter). */
export function messageOf(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return `a thrown ${describe(error)} that cannot be read`;
  }
}

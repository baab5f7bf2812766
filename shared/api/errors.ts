/** Error codes a caller can branch on. Messages are written for the user. */
export const errorCodes = [
  'invalid_input',
  'not_found',
  'unsupported_file',
  'too_large',
  'empty',
  'encoding',
  'forbidden',
  /** The change would clash with what is there (a tag path already taken, …). */
  'conflict',
  /** A page could not be fetched: unreachable, refused, timed out, or the site said no. */
  'network',
  'unknown_method',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ApiErrorShape {
  code: ErrorCode;
  message: string;
}

/** Thrown by the core and by clients; carries a user-readable message. */
export class ApiError extends Error implements ApiErrorShape {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }

  toJSON(): ApiErrorShape {
    return { code: this.code, message: this.message };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}

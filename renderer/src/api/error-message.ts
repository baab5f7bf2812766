import { ApiError } from '../../../shared/api/errors';

/** The sentence to show a user for anything a call threw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Dossier hit an unexpected problem and nothing was changed.';
}

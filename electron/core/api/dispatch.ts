import { z } from 'zod';
import { contract, isMethodName, type MethodName, type MethodParams, type MethodResult } from '../../../shared/api/contract';
import { fail, ok, type Envelope } from '../../../shared/api/envelope';
import { ApiError } from '../../../shared/api/errors';

/** One implementation per contract method; inputs arrive validated. */
export type ApiHandlers = {
  [M in MethodName]: (params: MethodParams<M>) => MethodResult<M> | Promise<MethodResult<M>>;
};

/** The single entry point both transports (IPC and HTTP) call. Never throws. */
export type Dispatch = (method: string, rawInput: unknown) => Promise<Envelope<unknown>>;

export function createDispatch(handlers: ApiHandlers, log: (error: unknown) => void = logInternal): Dispatch {
  return async (method, rawInput) => {
    if (!isMethodName(method)) return fail({ code: 'unknown_method', message: `Unknown API method "${String(method).slice(0, 80)}".` });
    const parsed = contract[method].input.safeParse(rawInput ?? {});
    if (!parsed.success) return fail({ code: 'invalid_input', message: describeIssues(parsed.error) });
    try {
      const handler = handlers[method] as (params: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof ApiError) return fail(error);
      log(error);
      return fail({ code: 'internal', message: 'Dossier hit an unexpected problem and nothing was changed. Details are in the log.' });
    }
  };
}

function describeIssues(error: z.ZodError): string {
  const issues = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return `${where}${issue.message}`;
  });
  return `Invalid input — ${issues.join('; ')}`;
}

function logInternal(error: unknown): void {
  console.error('[dossier] internal error:', error);
}

import { createRequire } from 'node:module';
import { unwrap } from '../../shared/api/envelope';
import type { MethodInput, MethodName, MethodResult } from '../../shared/api/contract';
import type { RunMode } from '../../shared/domain/app-info';
import { resolveDataDir } from '../core/data-dir';
import { openLibrary, type Library } from '../core/library';

export const VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/** What every command gets: the open library and a typed call through the same dispatch as the UI. */
export interface CliContext {
  library: Library;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

export function openCliContext(
  dataDirFlag: string | undefined,
  mode: RunMode,
  stdout: (line: string) => void,
  stderr: (line: string) => void,
  capture: 'workers' | 'in-process' = 'in-process',
): CliContext {
  const library = openLibrary({ dataDir: resolveDataDir(dataDirFlag), mode, version: VERSION, capture });
  return {
    library,
    stdout,
    stderr,
    call: async (method, input) => unwrap(await library.dispatch(method, input)),
  };
}

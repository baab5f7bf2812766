// Runs a TypeScript worker entry (workerData.entry) from source, through tsx's ESM hooks.
// Why a bootstrap and not `execArgv: ['--import', 'tsx']`: tsx's --import entry registers
// its hooks on the main thread only, except on Node 22.22.3+ and 24.11.1+ (it checks the
// version and isMainThread). So a worker started that way fails on Node 20 (".ts" is an
// unknown extension) and on 24.9 (Node strips the types but cannot resolve our
// extensionless imports). tsImport from tsx/esm/api, called inside the worker, works on
// 20.20, 22.23, 24.9 and 24.21, under bin/dossier.mjs's register() and under Vitest
// (whose transforms never reach worker threads). Its hooks are namespaced to this import,
// so they cannot stack on hooks a newer Node passes down from the parent thread.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);

import { startBrowserHost } from '../../host/browser-host';
import type { CliContext } from '../cli-context';
import { openInSystemBrowser } from '../open-in-system-browser';
import { UsageError } from '../usage-error';

/** Browser mode: serve until interrupted, then close the server and the database cleanly. */
export async function serveCommand(context: CliContext, options: { port?: string; open: boolean }): Promise<void> {
  const port = options.port === undefined ? 0 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not "${options.port}".`);
  const host = await startBrowserHost({ dispatch: context.library.dispatch, port });
  context.stdout(`Dossier is running at ${host.url}`);
  context.stdout(`Library: ${context.library.databaseFile}`);
  if (options.open) openInSystemBrowser(host.url);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
}

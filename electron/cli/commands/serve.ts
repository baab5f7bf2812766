import { startBridgeService } from '../../core/bridge/bridge-service';
import { startBrowserHost } from '../../host/browser-host';
import type { CliContext } from '../cli-context';
import { openInSystemBrowser } from '../open-in-system-browser';
import { UsageError } from '../usage-error';

/** Browser mode: serve until interrupted, then close the server and the database cleanly. */
export async function serveCommand(context: CliContext, options: { port?: string; bridgePort?: string; open: boolean }): Promise<void> {
  const port = options.port === undefined ? 0 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not "${options.port}".`);
  const { library } = context;
  const host = await startBrowserHost({ dispatch: library.dispatch, port, readMedia: (sha) => library.media.get(sha) });
  const bridge = await startBridgeService({ settings: library.settings, ingest: library.ingest, port: bridgePortFrom(options.bridgePort) });
  library.useBridge(bridge);
  context.stdout(`Dossier is running at ${host.url}`);
  context.stdout(`Library: ${library.databaseFile}`);
  const bridgeInfo = bridge.info();
  context.stdout(bridgeInfo.status === 'listening' ? `Browser bridge: ${bridgeInfo.endpoint}` : `Browser bridge off: ${bridgeInfo.message}`);
  if (options.open) openInSystemBrowser(host.url);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await Promise.all([host.close(), bridge.close()]);
}

function bridgePortFrom(flag: string | undefined): number | undefined {
  if (flag === undefined) return undefined;
  const port = Number(flag);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--bridge-port must be a port number, not "${flag}".`);
  return port;
}

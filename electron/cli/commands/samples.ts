import type { CliContext } from '../cli-context';

export async function samplesCommand(context: CliContext): Promise<void> {
  context.stdout(JSON.stringify(await context.call('samples.load', {})));
}

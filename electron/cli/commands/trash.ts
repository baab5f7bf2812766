import type { CliContext } from '../cli-context';
import { parseId } from './parse-id';

export async function trashCommand(context: CliContext, id: string | undefined): Promise<void> {
  context.stdout(JSON.stringify(await context.call('clippings.trash', { id: parseId(id, 'trash') })));
}

export async function restoreCommand(context: CliContext, id: string | undefined): Promise<void> {
  context.stdout(JSON.stringify(await context.call('clippings.restore', { id: parseId(id, 'restore') })));
}

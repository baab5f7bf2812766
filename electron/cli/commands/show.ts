import type { CliContext } from '../cli-context';
import { parseId } from './parse-id';

export async function showCommand(context: CliContext, options: { id: string | undefined; json: boolean }): Promise<void> {
  const clipping = await context.call('clippings.get', { id: parseId(options.id, 'show') });
  if (options.json) {
    context.stdout(JSON.stringify(clipping));
    return;
  }
  context.stdout(clipping.title);
  if (clipping.sourceUrl) context.stdout(clipping.sourceUrl);
  context.stdout(`Captured ${clipping.createdAt} · ${clipping.wordCount} words${clipping.trashedAt ? ' · in the trash' : ''}`);
  context.stdout('');
  context.stdout(clipping.text);
}

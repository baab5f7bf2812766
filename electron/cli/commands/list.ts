import type { ClippingPage, ClippingSummary, LibraryView } from '../../../shared/domain/clipping';
import type { CliContext } from '../cli-context';

/** Streams every clipping in the view, page by page, newest first. */
export async function listCommand(context: CliContext, options: { json: boolean; view: LibraryView }): Promise<void> {
  let cursor: string | null = null;
  do {
    const page: ClippingPage = await context.call('clippings.list', { view: options.view, limit: 500, cursor });
    for (const item of page.items) context.stdout(options.json ? JSON.stringify(item) : formatRow(item));
    cursor = page.nextCursor;
  } while (cursor);
}

function formatRow(item: ClippingSummary): string {
  const date = item.createdAt.slice(0, 16).replace('T', ' ');
  const source = item.sourceUrl ? new URL(item.sourceUrl).hostname : (item.fileName ?? item.origin);
  return `${String(item.id).padStart(6)}  ${date}  ${item.title}  (${source})`;
}

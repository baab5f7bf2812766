import { z } from 'zod';
import { MAX_CLIPPING_BYTES, MAX_TITLE_LENGTH, MAX_URL_LENGTH } from '../../../shared/domain/limits';

/** A page as the user's browser renders it, sent by the bookmarklet. */
export interface BridgeClipRequest {
  /** http or https only. */
  url: string;
  title?: string;
  /** The rendered DOM: document.documentElement.outerHTML. */
  html: string;
  /** The user's selection as HTML, when they had selected something. */
  selectionHtml?: string;
}

export interface BridgeClipResult {
  id: number;
  title: string;
  status: 'created' | 'duplicate' | 'version';
}

/** Characters, not bytes: capture measures the UTF-8 against MAX_CLIPPING_BYTES with a clear message. */
export const MAX_PAGE_CHARS = 2 * MAX_CLIPPING_BYTES;

/** Room for a page at the clipping limit, its selection, and encoding overhead (JSON escapes, form encoding). */
export const MAX_BRIDGE_BODY_BYTES = 3 * MAX_CLIPPING_BYTES;

const TOO_LARGE = 'The page is far too large to clip.';

const bridgeClipRequestSchema = z.object({
  url: z
    .url({ protocol: /^https?$/, message: 'Only http and https pages can be clipped.' })
    .max(MAX_URL_LENGTH, 'The page address is too long.'),
  // Generous: capture shortens long titles rather than refusing the page.
  title: z
    .string()
    .max(MAX_TITLE_LENGTH * 20, 'The page title is far too long.')
    .optional()
    .transform((value) => value?.trim() || undefined),
  html: z.string().min(1, 'The page is empty.').max(MAX_PAGE_CHARS, TOO_LARGE),
  // A blank selection (a stray click) means the whole page.
  selectionHtml: z
    .string()
    .max(MAX_PAGE_CHARS, TOO_LARGE)
    .optional()
    .transform((value) => (value?.trim() ? value : undefined)),
});

export type ParsedClipRequest = { ok: true; request: BridgeClipRequest } | { ok: false; message: string };

export function parseClipRequest(input: unknown): ParsedClipRequest {
  const parsed = bridgeClipRequestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: describeIssues(parsed.error) };
  const { url, title, html, selectionHtml } = parsed.data;
  const request: BridgeClipRequest = { url, html };
  if (title !== undefined) request.title = title;
  if (selectionHtml !== undefined) request.selectionHtml = selectionHtml;
  return { ok: true, request };
}

function describeIssues(error: z.ZodError): string {
  const issues = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return `${where}${issue.message}`;
  });
  return `The page was not clipped — ${issues.join('; ')}`;
}

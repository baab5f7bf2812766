import type { PreparedClipping } from '../../electron/core/capture/prepared-clipping';
import { canonicalText } from '../../shared/document/canonical-text';
import type { DocNode } from '../../shared/document/document-types';

/** A hand-built clipping, for repository tests that need no conversion. */
export function preparedClipping(title: string, paragraphs: string[]): PreparedClipping {
  const doc: DocNode = {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
  const text = canonicalText(doc);
  return { title, format: 'text', doc, text, snapshot: { contentType: 'text/plain; charset=utf-8', bytes: new TextEncoder().encode(text) } };
}

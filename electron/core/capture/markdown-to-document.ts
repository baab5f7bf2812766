import type { DocNode } from '../../../shared/document/document-types';
import { firstLineOf, inlineTextOf, normalizeTitle, UNTITLED, withoutTitleHeading } from './document-title';
import { htmlToDocument } from './html-to-document';
import type { TitledDocument } from './title-from-html';

/**
 * Markdown as a clipping document: rendered by markdown-it with raw HTML disabled
 * (so any HTML in the source stays visible text, never markup), then converted and
 * cleaned like any page.
 */
export async function markdownToDocument(markdown: string, sourceUrl: string | null): Promise<DocNode> {
  const { default: MarkdownIt } = await import('markdown-it');
  const renderer = new MarkdownIt({ html: false, linkify: false, typographer: false });
  const { doc } = await htmlToDocument(renderer.render(markdown), sourceUrl);
  return doc;
}

/**
 * A Markdown document's title: a heading at the very top (removed from the body),
 * else the file name, else its first line of text.
 */
export function titleFromMarkdown(doc: DocNode, fileStem: string | null): TitledDocument {
  const first = doc.content?.[0];
  const heading = first?.type === 'heading' ? inlineTextOf(first) : '';
  if (heading) return { title: heading, doc: withoutTitleHeading(doc, heading) };
  return { title: normalizeTitle(fileStem) || firstLineOf(doc) || UNTITLED, doc };
}

import { excerptOf, textBlocks } from '../../../shared/document/canonical-text';
import type { DocNode } from '../../../shared/document/document-types';

/** The list preview: the opening of the text without figure captions, so it starts with the story, not a photo. */
export function excerptFor(doc: DocNode, text: string): string {
  const blocks = textBlocks(doc).filter((block) => block.type !== 'figure');
  return excerptOf(blocks.length > 0 ? blocks.map((block) => block.text).join(' ') : text);
}

import type { DocNode } from '../document/document-types';
import { sourceLine, type CitedSource } from './citation-label';
import { MAX_NOTE_TITLE_LENGTH } from './note-format';

/**
 * A note's plain text and what it cites, read from its JSON without the schema (the
 * core indexes notes without loading tiptap). Rules, like a clipping's canonical text:
 * each text block (paragraph, heading, code block, table row) is one block, blocks
 * are separated by a blank line, a hard break is a newline, table cells are separated
 * by a tab, an inline citation reads as its label, and a cited quote is its
 * paragraphs followed by its source line.
 */
const BLOCK_SEPARATOR = '\n\n';

const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'codeBlock']);

export function noteText(doc: DocNode): string {
  return noteBlocks(doc)
    .map((block) => block.text)
    .join(BLOCK_SEPARATOR);
}

/** The first heading's text; without one, the first line of text; cut to 200 characters. '' for a note without text. */
export function noteTitle(doc: DocNode): string {
  const blocks = noteBlocks(doc);
  const heading = blocks.find((block) => block.type === 'heading');
  const first = heading?.text ?? blocks[0]?.text.split('\n').find((line) => line.trim() !== '') ?? '';
  return cutTitle(first);
}

/** A title as stored: white space collapsed, at most 200 characters. */
export function cutTitle(title: string): string {
  const flat = title.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length <= MAX_NOTE_TITLE_LENGTH ? flat : `${chars.slice(0, MAX_NOTE_TITLE_LENGTH - 1).join('').trimEnd()}…`;
}

export interface CitationRef {
  clippingId: number;
  annotationId: number | null;
}

/** What the note cites (inline citations and cited quotes), once each, in document order. */
export function citationsOf(doc: DocNode): CitationRef[] {
  const seen = new Set<string>();
  const refs: CitationRef[] = [];
  walk(doc, (node) => {
    if (node.type !== 'citation' && node.type !== 'citedQuote') return;
    const clippingId = node.attrs?.clippingId;
    if (typeof clippingId !== 'number') return;
    const annotationId = typeof node.attrs?.annotationId === 'number' ? node.attrs.annotationId : null;
    const key = `${clippingId}:${annotationId ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    refs.push({ clippingId, annotationId });
  });
  return refs;
}

/** Every cited quote of an annotation with the text it quoted when inserted (to see whether the source changed). */
export function quotedTexts(doc: DocNode): Array<{ annotationId: number; quote: string | null }> {
  const quotes: Array<{ annotationId: number; quote: string | null }> = [];
  walk(doc, (node) => {
    if (node.type !== 'citedQuote' || typeof node.attrs?.annotationId !== 'number') return;
    quotes.push({ annotationId: node.attrs.annotationId, quote: typeof node.attrs.quote === 'string' ? node.attrs.quote : null });
  });
  return quotes;
}

interface Block {
  type: string;
  text: string;
}

function noteBlocks(doc: DocNode): Block[] {
  const blocks: Block[] = [];
  collect(doc, blocks);
  return blocks.filter((block) => block.text.trim() !== '');
}

function collect(node: DocNode, out: Block[]): void {
  if (node.type === 'tableRow') {
    out.push({ type: 'tableRow', text: (node.content ?? []).map(cellText).join('\t') });
    return;
  }
  if (TEXT_BLOCKS.has(node.type)) {
    out.push({ type: node.type, text: inlineText(node) });
    return;
  }
  for (const child of node.content ?? []) collect(child, out);
  if (node.type === 'citedQuote') {
    const attrs = (node.attrs ?? {}) as Partial<CitedSource> & { speaker?: string | null };
    const line = sourceLine({ outlet: attrs.outlet ?? null, headline: attrs.headline ?? null, published: attrs.published ?? null, url: null });
    out.push({ type: 'citedQuoteSource', text: [attrs.speaker, line].filter(Boolean).join(' — ') });
  }
}

function inlineText(node: DocNode): string {
  let text = '';
  for (const child of node.content ?? []) {
    if (child.type === 'text') text += child.text ?? '';
    else if (child.type === 'hardBreak') text += '\n';
    else if (child.type === 'citation') text += typeof child.attrs?.label === 'string' ? child.attrs.label : '';
  }
  return text;
}

function cellText(cell: DocNode): string {
  const parts: Block[] = [];
  collect(cell, parts);
  return parts
    .map((part) => part.text.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ');
}

function walk(node: DocNode, visit: (node: DocNode) => void): void {
  visit(node);
  for (const child of node.content ?? []) walk(child, visit);
}

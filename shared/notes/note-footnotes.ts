import type { DocNode } from '../document/document-types';

/**
 * The footnotes of an exported note: one per thing cited, in the order first cited,
 * with an id that stays the same from one export to the next, so an export written
 * over an earlier one keeps its anchors (and a reader's links to them):
 * - a cited quote of an annotation: `q-a<annotation id>`;
 * - a cited quote taken without an annotation: `q-c<clipping id>-<8 hex of the quote's hash>`;
 * - an inline citation: `c<clipping id>`, or `c<clipping id>-a<annotation id>` for a passage.
 * The same quote or source cited twice is one footnote, referred to twice.
 */
export interface NoteFootnote {
  /** The stable id (`q-a7`, `c12`); a Markdown footnote label and an HTML anchor. */
  id: string;
  /** 1, 2, …: the order first cited. */
  number: number;
  kind: 'quote' | 'citation';
  clippingId: number;
  annotationId: number | null;
  /** Who is quoted (a cited quote's speaker). */
  speaker: string | null;
  /** What the note itself stored of the source: used when the clipping is gone. */
  stored: { outlet: string | null; headline: string | null; published: string | null; url: string | null; label: string | null };
}

export interface NoteFootnotes {
  list: NoteFootnote[];
  /** The footnote of each citation and cited-quote node (by node identity). */
  of(node: DocNode): NoteFootnote | undefined;
}

export function noteFootnotes(doc: DocNode): NoteFootnotes {
  const byId = new Map<string, NoteFootnote>();
  const byNode = new Map<DocNode, NoteFootnote>();
  const visit = (node: DocNode) => {
    if ((node.type === 'citation' || node.type === 'citedQuote') && typeof node.attrs?.clippingId === 'number') {
      const id = footnoteId(node);
      let note = byId.get(id);
      if (!note) {
        const attrs = node.attrs;
        const text = (name: string) => (typeof attrs[name] === 'string' ? (attrs[name] as string) : null);
        note = {
          id,
          number: byId.size + 1,
          kind: node.type === 'citedQuote' ? 'quote' : 'citation',
          clippingId: attrs.clippingId as number,
          annotationId: typeof attrs.annotationId === 'number' ? attrs.annotationId : null,
          speaker: text('speaker'),
          stored: { outlet: text('outlet'), headline: text('headline'), published: text('published'), url: text('url'), label: text('label') },
        };
        byId.set(id, note);
      }
      byNode.set(node, note);
    }
    for (const child of node.content ?? []) visit(child);
  };
  visit(doc);
  return { list: [...byId.values()], of: (node) => byNode.get(node) };
}

/** The stable id of a cited quote (`a7`, `c12-1f3a9b2c`): its footnote is `q-` + this, its anchor comment `dossier:quote:` + this. */
export function quoteId(node: DocNode): string {
  const attrs = node.attrs ?? {};
  if (typeof attrs.annotationId === 'number') return `a${attrs.annotationId}`;
  const quoted = typeof attrs.quote === 'string' ? attrs.quote : paragraphsText(node);
  return `c${String(attrs.clippingId)}-${fnv1a(quoted.replace(/\s+/g, ' ').trim())}`;
}

function footnoteId(node: DocNode): string {
  if (node.type === 'citedQuote') return `q-${quoteId(node)}`;
  const annotationId = node.attrs?.annotationId;
  return `c${String(node.attrs?.clippingId)}${typeof annotationId === 'number' ? `-a${annotationId}` : ''}`;
}

function paragraphsText(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  return (node.content ?? []).map(paragraphsText).join(node.type === 'citedQuote' ? '\n\n' : '');
}

/** FNV-1a, 32 bits, as 8 hex digits: a short, stable name for a text (not a security hash). */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

import type { NoteDoc } from '../../../shared/domain/note';
import { cslItem, type CitedWork, type CslItem } from '../../../shared/notes/csl-item';
import { noteFootnotes, type NoteFootnote, type NoteFootnotes } from '../../../shared/notes/note-footnotes';
import { bibliographyRuns, noteCitationRuns, type CitationStyle } from './citations/bibliography';
import type { Run } from './citations/formatted-text';

/**
 * A note made ready for the exporters: its document, its footnotes with their text in
 * the chosen style, and the bibliography when asked for. The Markdown, HTML and DOCX
 * serializers take this and nothing else, so they are pure and tested without a library.
 */
export interface PreparedNote {
  id: number;
  title: string;
  createdAt: string;
  updatedAt: string;
  exportedAt: Date;
  /** The paths of the note's collections. */
  collections: string[];
  doc: NoteDoc;
  style: CitationStyle;
  footnotes: NoteFootnotes;
  /** The text of each footnote (by its id), in the style, with the source's address linked. */
  footnoteText: Map<string, Run[]>;
  bibliography: { heading: string; entries: Run[][] } | null;
}

export interface NoteToPrepare {
  id: number;
  title: string;
  createdAt: string;
  updatedAt: string;
  collections: string[];
  doc: NoteDoc;
  /** The cited clippings still in the library (live or in the trash), by id. */
  works: Map<number, CitedWork>;
}

export interface PrepareOptions {
  /** The style of the footnotes, and of the bibliography when there is one (default: Chicago). */
  style?: CitationStyle;
  /** Add a bibliography of every source cited at the end. */
  bibliography?: boolean;
  now?: Date;
}

export function prepareNote(note: NoteToPrepare, options: PrepareOptions = {}): PreparedNote {
  const style = options.style ?? 'chicago';
  const footnotes = noteFootnotes(note.doc);
  const items = new Map<number, CslItem>();
  const itemOf = (footnote: NoteFootnote) => {
    let item = items.get(footnote.clippingId);
    if (!item) items.set(footnote.clippingId, (item = cslItem(note.works.get(footnote.clippingId) ?? storedWork(footnotes.list, footnote.clippingId))));
    return item;
  };
  const footnoteText = new Map<string, Run[]>();
  for (const footnote of footnotes.list) {
    const item = itemOf(footnote);
    const runs = noteCitationRuns(item, style, footnote.kind === 'quote' ? { quote: { speaker: footnote.speaker } } : {});
    footnoteText.set(footnote.id, linkUrl(runs, item.URL ?? null));
  }
  const bibliography = options.bibliography
    ? {
        heading: style === 'apa' ? 'References' : 'Bibliography',
        // Entries come back in the style's order: each links the address it holds.
        entries: bibliographyRuns([...items.values()], style).map((runs) => {
          const text = runs.map((run) => run.text).join('');
          const url = [...items.values()].map((item) => item.URL).find((address) => address !== undefined && text.includes(address));
          return linkUrl(runs, url ?? null);
        }),
      }
    : null;
  return { ...note, exportedAt: options.now ?? new Date(), style, footnotes, footnoteText, bibliography };
}

/**
 * A clipping deleted since it was cited: what the note stored when it was cited — the
 * fullest of its citations (a cited quote stores outlet, headline, date and address; an
 * inline citation only its label, "Outlet: Headline…").
 */
function storedWork(all: NoteFootnote[], clippingId: number): CitedWork {
  const stored = all.filter((footnote) => footnote.clippingId === clippingId).map((footnote) => footnote.stored);
  const first = (pick: (s: NoteFootnote['stored']) => string | null) => stored.map(pick).find((value) => value !== null) ?? null;
  return {
    clippingId,
    headline: first((s) => s.headline) ?? first((s) => s.label),
    outlet: first((s) => s.outlet),
    authors: [],
    published: first((s) => s.published),
    url: first((s) => s.url),
    captured: null,
  };
}

/** The source's address inside the citation text, made a link. */
export function linkUrl(runs: Run[], url: string | null): Run[] {
  if (!url) return runs;
  const out: Run[] = [];
  let done = false;
  for (const run of runs) {
    const at = done ? -1 : run.text.indexOf(url);
    if (at < 0) {
      out.push(run);
      continue;
    }
    done = true;
    if (at > 0) out.push({ ...run, text: run.text.slice(0, at) });
    out.push({ ...run, text: url, href: url });
    if (at + url.length < run.text.length) out.push({ ...run, text: run.text.slice(at + url.length) });
  }
  return out;
}

/**
 * The title to print above the note (HTML, DOCX, PDF), or null when the note already
 * opens with it as a heading (a title that follows the first heading is that heading).
 */
export function leadingTitle(note: Pick<PreparedNote, 'title' | 'doc'>): string | null {
  const first = note.doc.content?.[0];
  if (first?.type === 'heading') {
    const text = (first.content ?? []).map((node) => (node.type === 'text' ? (node.text ?? '') : '')).join('');
    if (text.replace(/\s+/g, ' ').trim() === note.title.trim()) return null;
  }
  return note.title;
}

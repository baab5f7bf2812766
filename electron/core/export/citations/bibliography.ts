import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CslItem } from '../../../../shared/notes/csl-item';
import { CHICAGO_NOTE_BIBLIOGRAPHY_CSL, CHICAGO_TEMPLATE } from './chicago-note-bibliography';
import { plainText, runsFromCslHtml, type Run } from './formatted-text';

/**
 * Citations of clippings in a citation style, through citation-js (citeproc-js with CSL
 * styles): APA 7th edition is citation-js's own `apa` style; Chicago notes and
 * bibliography is Dossier's style for news articles (`chicago-note-bibliography.ts`).
 */
export const citationStyles = ['chicago', 'apa'] as const;
export type CitationStyle = (typeof citationStyles)[number];

const LANG = 'en-US';

function template(style: CitationStyle): string {
  if (style === 'apa') return 'apa';
  const styles = plugins.config.get('@csl').styles;
  if (!styles.has(CHICAGO_TEMPLATE)) styles.add(CHICAGO_TEMPLATE, CHICAGO_NOTE_BIBLIOGRAPHY_CSL);
  return CHICAGO_TEMPLATE;
}

/** The bibliography of these works in the style's order (Chicago and APA: by author, else title), as plain text. */
export function bibliography(items: CslItem[], style: CitationStyle): string[] {
  return bibliographyRuns(items, style).map(plainText);
}

/** The bibliography with its italics (the outlet), for the exporters. */
export function bibliographyRuns(items: CslItem[], style: CitationStyle): Run[][] {
  if (items.length === 0) return [];
  const entries = new Cite(forStyle(items, style)).format('bibliography', { format: 'html', template: template(style), lang: LANG, asEntryArray: true });
  return entries.map(([, html]) => runsFromCslHtml(html));
}

export interface NoteCitationOptions {
  /** The citation is of a quotation: who is quoted, when known ("X, quoted in …"). */
  quote?: { speaker?: string | null };
}

/** A footnote citing one work, as plain text. */
export function noteCitation(item: CslItem, style: CitationStyle, options: NoteCitationOptions = {}): string {
  return plainText(noteCitationRuns(item, style, options));
}

/**
 * A footnote citing one work. Chicago: the style's note form ("Jae-won Kim, “Headline,”
 * *Yonhap*, March 31, 2025, https://…."). APA has no notes (it cites in the text by author
 * and year): the footnote holds the reference-list entry, so a note reads whole without
 * its bibliography. A quotation by someone other than the author is "X, quoted in …"
 * (Chicago 14.260) or "X, as quoted in …" (APA 8.6).
 */
export function noteCitationRuns(item: CslItem, style: CitationStyle, options: NoteCitationOptions = {}): Run[] {
  const [data] = forStyle([item], style);
  const cite = new Cite([data]);
  const html =
    style === 'apa'
      ? (cite.format('bibliography', { format: 'html', template: template(style), lang: LANG, asEntryArray: true })[0]?.[1] ?? '')
      : cite.format('citation', { format: 'html', template: template(style), lang: LANG, entry: [item.id] });
  const runs = runsFromCslHtml(html);
  const speaker = options.quote?.speaker?.replace(/\s+/g, ' ').trim();
  if (!speaker || isAuthor(item, speaker)) return runs;
  return [{ text: `${speaker}, ${style === 'apa' ? 'as quoted in' : 'quoted in'} ` }, ...runs];
}

/**
 * APA inverts every author ("Kim, J.-w."), so a family-first name loses its fixed order
 * there; Chicago keeps "Kim Jae-won" as written.
 */
function forStyle(items: CslItem[], style: CitationStyle): CslItem[] {
  if (style !== 'apa') return items;
  return items.map((item) =>
    item.author ? { ...item, author: item.author.map(({ 'static-ordering': _fixed, ...name }) => name) } : item,
  );
}

function isAuthor(item: CslItem, speaker: string): boolean {
  const folded = speaker.toLowerCase();
  return (item.author ?? []).some((name) => {
    const full = name.literal ?? [name.given, name.family].filter(Boolean).join(' ');
    const reversed = [name.family, name.given].filter(Boolean).join(' ');
    return full.toLowerCase() === folded || reversed.toLowerCase() === folded;
  });
}

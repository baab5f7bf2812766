import { HIGHLIGHT_COLOR_NAMES, type Annotation } from '../../../shared/domain/annotation';
import type { ClippingSummary } from '../../../shared/domain/clipping';
import { formatDate, formatUtc, isWebUrl, oneLine } from '../compare/export-common';
import type { AnnotationExportSource } from './annotation-groups';
import { escapeLineStarts, inline, markdownLink } from './markdown-text';

/**
 * Annotations as CommonMark, grouped by clipping: a heading per clipping with its outlet,
 * byline, publication date and link, then each annotation — what it is (kind, colour),
 * who is quoted, its tags, the quoted text as a block quote and the comment. Page notes
 * (no quote) and orphans (their quote no longer found in the text) say so. Every text
 * from the library is escaped, so it reads back verbatim.
 */
export function annotationsMarkdown(source: AnnotationExportSource, options: { now?: Date } = {}): string {
  const now = options.now ?? new Date();
  const count = source.groups.reduce((sum, group) => sum + group.annotations.length, 0);
  const out = [
    `# ${inline(oneLine(source.title))}`,
    `Exported from Dossier on ${formatUtc(now)}: ${plural(count, 'annotation')} of ${plural(source.groups.length, 'clipping')}.`,
  ];
  if (source.groups.length === 0) out.push('No annotations.');
  for (const { clipping, annotations } of source.groups) {
    out.push(`## ${inline(oneLine(clipping.title))}`, clippingFacts(clipping));
    for (const annotation of annotations) out.push(...annotationBlocks(annotation));
  }
  return `${out.join('\n\n')}\n`;
}

function clippingFacts(clipping: ClippingSummary): string {
  const outlet = clipping.outletName ?? clipping.meta.outlet ?? clipping.meta.siteDomain;
  const authors = clipping.meta.authors.map(oneLine).filter(Boolean);
  const facts = [
    outlet ? `*${inline(oneLine(outlet))}*` : null,
    authors.length > 0 ? `by ${inline(authors.join(', '))}` : null,
    clipping.meta.published ? `published ${inline(formatDate(clipping.meta.published))}` : 'publication date unknown',
    `clipping ${clipping.id}`,
  ].filter((fact): fact is string => fact !== null);
  const url = clipping.meta.canonicalUrl ?? clipping.sourceUrl;
  return `${facts.join(' · ')}${url && isWebUrl(url) ? `\\\n${markdownLink(inline(url), url)}` : ''}`;
}

function annotationBlocks(annotation: Annotation): string[] {
  const what = annotation.target === null ? 'Page note' : capitalize(annotation.kind ?? 'highlight');
  const facts = [
    `**${what}**`,
    annotation.speaker ? `speaker: ${inline(oneLine(annotation.speaker))}` : null,
    HIGHLIGHT_COLOR_NAMES[annotation.color].toLowerCase(),
    annotation.tags.length > 0 ? `tags: ${annotation.tags.map((tag) => inline(tag.path)).join(', ')}` : null,
    annotation.orphaned ? '*its text was not found when the clipping last changed*' : null,
    `annotation ${annotation.id}`,
  ].filter((fact): fact is string => fact !== null);
  const blocks = [facts.join(' · ')];
  if (annotation.target) blocks.push(blockquote(annotation.target.exact));
  if (annotation.comment.trim()) blocks.push(paragraphs(annotation.comment));
  return blocks;
}

/** Text as paragraphs: blank lines separate them, a single newline is a line break. */
function paragraphs(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => escapeLineStarts(inline(paragraph.replace(/\r/g, ''))).replace(/\n/g, '\\\n'))
    .join('\n\n');
}

function blockquote(text: string): string {
  return paragraphs(text)
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

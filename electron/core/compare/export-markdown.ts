import type { Comparison } from '../../../shared/domain/comparison';
import {
  baseIndex,
  bylineOf,
  cellParagraphs,
  comparisonTitle,
  formatDate,
  formatUtc,
  headlineOf,
  oneLine,
  outletOf,
  percent,
  quoteUses,
  sourceTag,
  urlOf,
  versionsSentence,
  type ExportOptions,
  type Segment,
} from './export-common';

/**
 * A comparison as CommonMark (with one GFM table, the summary): sources with their
 * dates and addresses, the summary, every aligned row with CriticMarkup diff marks,
 * and the quotations. Article text is escaped so that it reads back verbatim.
 */
export function comparisonMarkdown(comparison: Comparison, options: ExportOptions = {}): string {
  const now = options.now ?? new Date();
  const out: string[] = [];
  const block = (...lines: string[]) => out.push(lines.join('\n'));
  const { sources, result } = comparison;
  const label = (i: number) => {
    const outlet = outletOf(sources[i]!);
    return `${sourceTag(i)}${outlet ? ` ${inline(oneLine(outlet))}` : ''}`;
  };

  block(`# ${inline(comparisonTitle(comparison))}`);
  const aligned = result.rows.filter((row) => row.onlyIn === null).length;
  block(`Made with Dossier on ${formatUtc(now)}: ${sources.length} sources, ${result.rows.length} rows, ${aligned} of them with passages in two or more sources.`);

  block('## Sources');
  block(
    sources
      .map((source, i) => {
        const facts = [
          bylineOf(source),
          source.meta.published ? `published ${formatDate(source.meta.published)}` : 'publication date unknown',
          `captured ${formatUtc(new Date(source.createdAt))}`,
          comparison.versions ? `version ${source.version}` : null,
        ].filter((fact): fact is string => fact !== null);
        const url = urlOf(source);
        const lines = [
          `- **${label(i)}**${source.id === comparison.earliestId ? ' — earliest' : ''}\\`,
          `  *${inline(headlineOf(source))}*\\`,
          `  ${inline(facts.join(' · '))}${url ? '\\' : ''}`,
        ];
        if (url) lines.push(`  ${link(url)}`);
        return lines.join('\n');
      })
      .join('\n'),
  );
  const versions = versionsSentence(comparison);
  if (versions) block(inline(versions));
  if (comparison.notices.length > 0) block(comparison.notices.map((notice) => `> **Note:** ${inline(oneLine(notice))}`).join('\n>\n'));

  block('## Summary');
  block(
    [
      '| Source | Words | Shared with the others | Passages only here | Moved passages | Quotes shared | Quotes only here |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...result.summary.sources.map((s) => {
        const i = sources.findIndex((source) => source.id === s.id);
        return `| ${label(i)} | ${s.words} | ${percent(s.sharedShare)} | ${s.exclusiveBlocks} | ${s.movedCells} | ${s.sharedQuotes} | ${s.exclusiveQuotes} |`;
      }),
    ].join('\n'),
  );
  block(`${count(result.summary.sharedQuotes, 'quotation')} in two or more sources, ${result.summary.exclusiveQuotes} in one source only.`);

  block('## Aligned passages');
  block(
    `In the order of ${sourceTag(0)}. Each passage is marked against the first passage of its row (CriticMarkup): ` +
      '`{++added++}`, `{--removed--}`, `{~~old~>new~~}`.',
  );
  result.rows.forEach((row, r) => {
    const base = baseIndex(row);
    const heading = row.onlyIn !== null ? `only in ${sourceTag(row.onlyIn)}` : `${percent(row.similarity)} similar`;
    block(`### Row ${r + 1} · ${heading}`);
    row.cells.forEach((cell, i) => {
      if (!cell) return;
      const ops = row.diffs[i] ?? null;
      const marks = [
        row.onlyIn === i ? `only in ${sourceTag(i)}` : null,
        cell.moved ? 'moved' : null,
        ops && base !== 0 ? `against ${sourceTag(base)}` : null,
      ].filter(Boolean);
      block(`**${label(i)}**${marks.length > 0 ? ` · ${marks.join(' · ')}` : ''}`);
      block(quoted(cellParagraphs(cell, ops)));
    });
    const missing = row.cells.flatMap((cell, i) => (cell ? [] : [sourceTag(i)]));
    if (missing.length > 0) block(`*Not in ${missing.join(', ')}.*`);
  });

  const shared = result.quotes.filter((q) => !q.exclusive);
  const exclusive = result.quotes.filter((q) => q.exclusive);
  block('## Shared quotes');
  if (shared.length === 0) block('No quotation appears in more than one source.');
  else
    block(
      shared
        .map((quote) => {
          const uses = quoteUses(quote, comparison);
          const by = [...new Set(uses.map((use) => sourceTag(use.sourceIndex)))].join(', ');
          const forms = uses
            .filter((use) => use.form !== 'full')
            .map((use) => `${sourceTag(use.sourceIndex)} ${use.form === 'trimmed' ? 'trims it' : 'words it differently'}: “${inline(oneLine(use.text))}”`);
          const lines = [`- “${inline(oneLine(quote.text))}”${speakerOf(quote.speaker)}\\`, `  Quoted by ${by}${forms.length > 0 ? '\\' : ''}`];
          return [...lines, ...forms.map((form, i) => `  ${form}${i < forms.length - 1 ? '\\' : ''}`)].join('\n');
        })
        .join('\n'),
    );
  block('## Quotes in one source only');
  if (exclusive.length === 0) block('None: every quotation appears in two or more sources.');
  else
    block(
      exclusive
        .map((quote) => `- ${sourceTag(sources.findIndex((s) => s.id === quote.sourceIds[0]))} “${inline(oneLine(quote.text))}”${speakerOf(quote.speaker)}`)
        .join('\n'),
    );

  return `${out.join('\n\n')}\n`;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function speakerOf(speaker: string | null): string {
  return speaker ? ` — ${inline(oneLine(speaker))}` : '';
}

/**
 * Backslash before every character CommonMark (or GFM, or CriticMarkup) could read as
 * markup inside a line; line starts are handled by `escapeLines`.
 */
export function inline(text: string): string {
  return text.replace(/[\\`*_[\]<>{}~|&]/g, '\\$&');
}

/** A passage as a block quote: paragraphs of escaped text and diff marks, line breaks kept. */
function quoted(paragraphs: Segment[][]): string {
  return paragraphs
    .map((segments) => escapeLines(segments.map(markup).join('')))
    .join('\n\n')
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

function markup(segment: Segment): string {
  switch (segment.kind) {
    case 'text':
      return inline(segment.text);
    case 'added':
      return `{++${inline(segment.text)}++}`;
    case 'removed':
      return `{--${inline(segment.text)}--}`;
    case 'changed':
      return `{~~${inline(segment.from)}~>${inline(segment.to)}~~}`;
  }
}

/**
 * Inside one paragraph: a line break stays a line break (a hard break), and what a line
 * starts or ends with cannot turn it into a heading, list, quote, rule or code block.
 */
function escapeLines(paragraph: string): string {
  return paragraph
    .split('\n')
    .map((line) =>
      line
        .replace(/^[ \t]+/, (space) => space.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'))
        .replace(/[ \t]+$/, (space) => space.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'))
        .replace(/^([#>+\-=])/, '\\$1')
        .replace(/^(\d{1,9})([.)])/, '$1\\$2'),
    )
    .join('\\\n');
}

/** `[url](<url>)`: the address shown as written, linked whatever characters it holds. */
function link(url: string): string {
  // Percent-encoded: what would end the destination; backslash-escaped: what would start an entity.
  const destination = url.replace(/[<>\s\\]/g, (c) => encodeURIComponent(c)).replace(/&/g, '\\&');
  return `[${inline(url)}](<${destination}>)`;
}

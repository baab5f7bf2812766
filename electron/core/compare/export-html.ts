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
import { EXPORT_CSS } from './export-html-style';

/**
 * A comparison as one standalone HTML5 file: inline CSS, no script, nothing loaded
 * from anywhere (the CSP says so too). Every piece of article text is escaped.
 */
export function comparisonHtml(comparison: Comparison, options: ExportOptions = {}): string {
  const now = options.now ?? new Date();
  const { sources, result } = comparison;
  const title = comparisonTitle(comparison);
  const name = (i: number) => {
    const outlet = outletOf(sources[i]!);
    return `<span class="tag">${sourceTag(i)}</span>${outlet ? ` ${esc(oneLine(outlet))}` : ''}`;
  };
  const aligned = result.rows.filter((row) => row.onlyIn === null).length;
  // The page is in English; each source's text is marked with its own language for fonts and screen readers.
  const lang = sources.map((source) => {
    const code = source.meta.lang;
    return code && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(code) ? ` lang="${code}"` : '';
  });

  const sourceCards = sources.map((source, i) => {
    const url = urlOf(source);
    const facts = [
      bylineOf(source),
      source.meta.published ? `Published ${formatDate(source.meta.published)}` : 'Publication date unknown',
      `Captured ${formatUtc(new Date(source.createdAt))}`,
      comparison.versions ? `Version ${source.version}` : null,
    ].filter((fact): fact is string => fact !== null);
    return `<li class="source">
  <div class="outlet">${name(i)}${source.id === comparison.earliestId ? ' <span class="badge earliest">earliest</span>' : ''}</div>
  <div class="headline"${lang[i]}>${esc(headlineOf(source))}</div>
  <div class="facts">${facts.map(esc).join('<br>')}</div>
  ${url ? `<div class="url"><a href="${attr(url)}">${esc(url)}</a></div>` : '<div class="url muted">No address</div>'}
</li>`;
  });

  const versions = versionsSentence(comparison);
  const notices = [...(versions ? [versions] : []), ...comparison.notices];

  const summaryRows = result.summary.sources.map((s) => {
    const i = sources.findIndex((source) => source.id === s.id);
    return `<tr><th scope="row">${name(i)}</th><td>${s.words}</td><td>${percent(s.sharedShare)}</td><td>${s.exclusiveBlocks}</td><td>${s.movedCells}</td><td>${s.sharedQuotes}</td><td>${s.exclusiveQuotes}</td></tr>`;
  });

  const rows = result.rows.map((row, r) => {
    const base = baseIndex(row);
    const cells = row.cells.map((cell, i) => {
      if (!cell) return '<td class="absent"><span class="muted">Not in this source</span></td>';
      const ops = row.diffs[i] ?? null;
      const badges = [
        row.onlyIn === i ? '<span class="badge only">only in this source</span>' : '',
        cell.moved ? '<span class="badge moved">moved</span>' : '',
        ops && base !== 0 ? `<span class="badge against">against ${sourceTag(base)}</span>` : '',
      ].join('');
      const text = cellParagraphs(cell, ops)
        .map((segments) => `<p>${segments.map(markup).join('')}</p>`)
        .join('');
      return `<td${lang[i]}${row.onlyIn === i ? ' class="only"' : ''}>${badges ? `<div class="badges">${badges}</div>` : ''}${text}</td>`;
    });
    const similarity = row.onlyIn !== null ? '<span class="muted">—</span>' : percent(row.similarity);
    return `<tr><th scope="row" class="rowhead"><span class="rownum">${r + 1}</span><span class="similarity">${similarity}</span></th>${cells.join('')}</tr>`;
  });

  const shared = result.quotes.filter((q) => !q.exclusive);
  const exclusive = result.quotes.filter((q) => q.exclusive);
  const sharedItems = shared.map((quote) => {
    const uses = quoteUses(quote, comparison);
    const by = [...new Set(uses.map((use) => sourceTag(use.sourceIndex)))].join(', ');
    const forms = uses
      .filter((use) => use.form !== 'full')
      .map(
        (use) =>
          `<li>${sourceTag(use.sourceIndex)} ${use.form === 'trimmed' ? '<span class="badge trimmed">trims it</span>' : '<span class="badge reworded">words it differently</span>'} “${esc(oneLine(use.text))}”</li>`,
      );
    return `<li><q>${esc(oneLine(quote.text))}</q>${speaker(quote.speaker)}<div class="quoted-by">Quoted by ${by}</div>${forms.length > 0 ? `<ul class="forms">${forms.join('')}</ul>` : ''}</li>`;
  });
  const exclusiveItems = exclusive.map(
    (quote) =>
      `<li><span class="tag">${sourceTag(sources.findIndex((s) => s.id === quote.sourceIds[0]))}</span> <q>${esc(oneLine(quote.text))}</q>${speaker(quote.speaker)}</li>`,
  );

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Dossier">
<title>${esc(title)}</title>
<style>${EXPORT_CSS}</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
<p class="made">Made with Dossier on ${formatUtc(now)} · ${sources.length} sources · ${result.rows.length} rows, ${aligned} with passages in two or more sources</p>
</header>
<section aria-labelledby="sources">
<h2 id="sources">Sources</h2>
<ol class="sources cols-${sources.length}">
${sourceCards.join('\n')}
</ol>
${notices.map((notice) => `<p class="notice">${esc(notice)}</p>`).join('\n')}
</section>
<section aria-labelledby="summary">
<h2 id="summary">Summary</h2>
<table class="summary">
<thead><tr><th scope="col">Source</th><th scope="col">Words</th><th scope="col">Shared with the others</th><th scope="col">Passages only here</th><th scope="col">Moved passages</th><th scope="col">Quotes shared</th><th scope="col">Quotes only here</th></tr></thead>
<tbody>
${summaryRows.join('\n')}
</tbody>
</table>
<p>${result.summary.sharedQuotes} ${result.summary.sharedQuotes === 1 ? 'quotation' : 'quotations'} in two or more sources, ${result.summary.exclusiveQuotes} in one source only.</p>
</section>
<section aria-labelledby="rows">
<h2 id="rows">Aligned passages</h2>
<p class="legend">In the order of ${sourceTag(0)}. Each passage is marked against the first passage of its row: <ins>added</ins> <del>removed</del>; the percentage is how similar the row’s passages are.</p>
<table class="rows">
<colgroup><col class="rowcol">${sources.map(() => '<col>').join('')}</colgroup>
<thead><tr><th scope="col" class="rowhead">Row</th>${sources.map((_, i) => `<th scope="col" class="source-col">${name(i)}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>
<section aria-labelledby="quotes">
<h2 id="quotes">Shared quotes</h2>
${sharedItems.length > 0 ? `<ul class="quotes">\n${sharedItems.join('\n')}\n</ul>` : '<p class="muted">No quotation appears in more than one source.</p>'}
<h2 id="exclusive-quotes">Quotes in one source only</h2>
${exclusiveItems.length > 0 ? `<ul class="quotes">\n${exclusiveItems.join('\n')}\n</ul>` : '<p class="muted">None: every quotation appears in two or more sources.</p>'}
</section>
</body>
</html>
`;
}

function speaker(name: string | null): string {
  return name ? ` <span class="speaker">— ${esc(oneLine(name))}</span>` : '';
}

function markup(segment: Segment): string {
  switch (segment.kind) {
    case 'text':
      return lines(segment.text);
    case 'added':
      return `<ins>${lines(segment.text)}</ins>`;
    case 'removed':
      return `<del>${lines(segment.text)}</del>`;
    case 'changed':
      return `<del>${lines(segment.from)}</del><ins>${lines(segment.to)}</ins>`;
  }
}

/** Text with its line breaks kept. */
function lines(text: string): string {
  return esc(text).replace(/\n/g, '<br>\n');
}

/** Text content: the five characters HTML could read as markup. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function attr(value: string): string {
  return esc(value);
}

import type { DocMark, DocNode } from '../../../shared/document/document-types';
import { isSafeLinkHref } from '../../../shared/document/safe-url';
import { sourceLine } from '../../../shared/notes/citation-label';
import { quoteId, type NoteFootnote } from '../../../shared/notes/note-footnotes';
import { esc } from '../compare/export-html';
import type { Run } from './citations/formatted-text';
import { NOTE_CSS } from './note-html-style';
import { leadingTitle, type PreparedNote } from './prepared-note';

/**
 * A note as one standalone HTML5 file: inline CSS, no script, nothing loaded from
 * anywhere (the CSP says so: `default-src 'none'; style-src 'unsafe-inline'; img-src
 * data:` — images would be data: URLs, but the note schema has no image node yet, so a
 * note has none). Every text is escaped. Citations are numbered footnote links to a
 * Notes section (a source cited twice is one note with two links back); a cited quote
 * is a figure with its source line, anchored by its stable id (`#quote-a7`); an optional
 * bibliography ends the page. The same HTML is what the PDF export prints.
 */
export function noteHtml(note: PreparedNote): string {
  const writer = new HtmlWriter(note);
  const body = writer.blocks(note.doc.content ?? []);
  const title = leadingTitle(note);
  const notes = note.footnotes.list.map((footnote) => {
    const backrefs = writer
      .referencesOf(footnote)
      .map((ref, i) => `<a href="#${ref}" class="backref" aria-label="Back to the text${i > 0 ? ` (${i + 1})` : ''}">↩</a>`)
      .join('');
    return `<li id="fn-${attr(footnote.id)}">${runsHtml(note.footnoteText.get(footnote.id) ?? [])}${backrefs}</li>`;
  });
  const bibliography =
    note.bibliography && note.bibliography.entries.length > 0
      ? `<section class="bibliography" aria-labelledby="bibliography">\n<h2 id="bibliography">${esc(note.bibliography.heading)}</h2>\n${note.bibliography.entries.map((entry) => `<p>${runsHtml(entry)}</p>`).join('\n')}\n</section>`
      : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Dossier">
<meta name="dossier-note" content="${note.id}">
<title>${esc(note.title)}</title>
<style>${NOTE_CSS}</style>
</head>
<body>
<article>
${title ? `<h1>${esc(title)}</h1>\n` : ''}${body}
</article>
${notes.length > 0 ? `<section class="footnotes" aria-labelledby="notes">\n<h2 id="notes">Notes</h2>\n<ol>\n${notes.join('\n')}\n</ol>\n</section>\n` : ''}${bibliography}
</body>
</html>
`;
}

const MARK_TAGS: Record<string, [string, string]> = {
  bold: ['<strong>', '</strong>'],
  italic: ['<em>', '</em>'],
  underline: ['<u>', '</u>'],
  strike: ['<s>', '</s>'],
  code: ['<code>', '</code>'],
};

class HtmlWriter {
  /** The anchors of each footnote's references in the text, in order. */
  private readonly references = new Map<string, string[]>();

  constructor(private readonly note: PreparedNote) {}

  referencesOf(footnote: NoteFootnote): string[] {
    return this.references.get(footnote.id) ?? [];
  }

  blocks(nodes: DocNode[]): string {
    return nodes.map((node) => this.block(node)).filter(Boolean).join('\n');
  }

  private block(node: DocNode): string {
    const children = () => this.blocks(node.content ?? []);
    switch (node.type) {
      case 'paragraph':
        return `<p>${this.inline(node.content ?? [])}</p>`;
      case 'heading': {
        const level = Math.min(6, Math.max(1, Number(node.attrs?.level) || 1));
        return `<h${level}>${this.inline(node.content ?? [])}</h${level}>`;
      }
      case 'blockquote':
        return `<blockquote>\n${children()}\n</blockquote>`;
      case 'citedQuote':
        return this.citedQuote(node);
      case 'bulletList':
        return `<ul>\n${this.items(node)}\n</ul>`;
      case 'orderedList': {
        const start = Number(node.attrs?.start) || 1;
        return `<ol${start !== 1 ? ` start="${start}"` : ''}>\n${this.items(node)}\n</ol>`;
      }
      case 'taskList':
        return `<ul class="tasks">\n${this.items(node)}\n</ul>`;
      case 'codeBlock': {
        const language = typeof node.attrs?.language === 'string' && /^[\w+#.-]{1,40}$/.test(node.attrs.language) ? ` class="language-${node.attrs.language}"` : '';
        return `<pre><code${language}>${esc(textOf(node))}</code></pre>`;
      }
      case 'horizontalRule':
        return '<hr>';
      case 'table':
        return `<table>\n${(node.content ?? []).map((row) => `<tr>${(row.content ?? []).map((cell) => this.cell(cell)).join('')}</tr>`).join('\n')}\n</table>`;
      default:
        return node.content ? children() : '';
    }
  }

  private items(list: DocNode): string {
    return (list.content ?? [])
      .map((item) => {
        const inner = this.blocks(item.content ?? []);
        if (item.type !== 'taskItem') return `<li>${inner}</li>`;
        const done = item.attrs?.checked === true;
        const box = `<span class="box" role="img" aria-label="${done ? 'done' : 'to do'}">${done ? '☒' : '☐'}</span>`;
        // The box goes inside the item's first paragraph, on its line.
        return `<li${done ? ' class="done"' : ''}>${inner.startsWith('<p>') ? `<p>${box}${inner.slice(3)}` : box + inner}</li>`;
      })
      .join('\n');
  }

  private cell(cell: DocNode): string {
    const tag = cell.type === 'tableHeader' ? 'th' : 'td';
    const span = (name: string) => {
      const value = Number(cell.attrs?.[name]);
      return Number.isInteger(value) && value > 1 ? ` ${name}="${value}"` : '';
    };
    return `<${tag}${span('colspan')}${span('rowspan')}${tag === 'th' ? ' scope="col"' : ''}>${this.blocks(cell.content ?? [])}</${tag}>`;
  }

  private citedQuote(node: DocNode): string {
    const attrs = (node.attrs ?? {}) as Record<string, string | null>;
    const line = sourceLine({ outlet: attrs.outlet ?? null, headline: attrs.headline ?? null, published: attrs.published ?? null, url: null });
    const source = [attrs.speaker, line].filter(Boolean).join(', ');
    const footnote = this.note.footnotes.of(node);
    const link = attrs.url && isSafeLinkHref(attrs.url) ? ` <a href="${attr(attrs.url)}" rel="noopener noreferrer nofollow">link</a>` : '';
    const caption = `<figcaption class="source">— ${esc(source || 'Source')}${link}${footnote ? this.reference(footnote) : ''}</figcaption>`;
    return `<figure class="cited-quote" id="quote-${attr(quoteId(node))}">\n<blockquote>\n${this.blocks(node.content ?? [])}\n</blockquote>\n${caption}\n</figure>`;
  }

  private reference(footnote: NoteFootnote): string {
    const refs = this.references.get(footnote.id) ?? [];
    const anchor = `fnref-${footnote.id}${refs.length > 0 ? `-${refs.length + 1}` : ''}`;
    refs.push(anchor);
    this.references.set(footnote.id, refs);
    return `<sup class="fn"><a href="#fn-${attr(footnote.id)}" id="${attr(anchor)}" role="doc-noteref">${footnote.number}</a></sup>`;
  }

  private inline(nodes: DocNode[]): string {
    return nodes
      .map((node) => {
        if (node.type === 'hardBreak') return '<br>';
        if (node.type === 'citation') {
          const footnote = this.note.footnotes.of(node);
          return footnote ? this.reference(footnote) : esc(String(node.attrs?.label ?? ''));
        }
        if (node.type !== 'text') return '';
        return wrap(esc(node.text ?? ''), node.marks ?? []);
      })
      .join('')
      // A footnote mark sits against the word before it.
      .replace(/\s+(<sup class="fn">)/g, '$1');
  }
}

function wrap(html: string, marks: DocMark[]): string {
  let out = html;
  for (const mark of marks) {
    if (mark.type === 'link') {
      const href = String(mark.attrs?.href ?? '');
      if (isSafeLinkHref(href)) out = `<a href="${attr(href)}" rel="noopener noreferrer nofollow">${out}</a>`;
      continue;
    }
    const tags = MARK_TAGS[mark.type];
    if (tags) out = `${tags[0]}${out}${tags[1]}`;
  }
  return out;
}

/** Citation text: the outlet in italics, the address a link. */
export function runsHtml(runs: Run[]): string {
  return runs
    .map((run) => {
      const text = esc(run.text);
      if (run.href && isSafeLinkHref(run.href)) return `<a href="${attr(run.href)}" rel="noopener noreferrer nofollow">${text}</a>`;
      return run.italic ? `<i>${text}</i>` : text;
    })
    .join('');
}

function attr(value: string): string {
  return esc(value);
}

function textOf(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(textOf).join('');
}

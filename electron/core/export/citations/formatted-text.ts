/**
 * Formatted citation text, independent of the output format: runs of text that are
 * italic or not (CSL styles italicise the outlet). The Markdown, HTML and DOCX
 * exporters each write runs their own way, escaping the text as their format needs.
 */
export interface Run {
  text: string;
  italic?: boolean;
  /** The run is a link to this address (the source's URL in a citation). */
  href?: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * citeproc-js's HTML output as runs: `<i>` (and `font-style:italic` spans) become italic
 * runs, every other tag is dropped, entities are decoded. The text is untrusted (it
 * comes from clipping metadata), so nothing of the HTML survives as markup.
 */
export function runsFromCslHtml(html: string): Run[] {
  const runs: Run[] = [];
  const stack: boolean[] = [];
  let italic = 0;
  const push = (text: string) => {
    if (!text) return;
    const last = runs[runs.length - 1];
    const isItalic = italic > 0;
    if (last && Boolean(last.italic) === isItalic) last.text += text;
    else runs.push(isItalic ? { text, italic: true } : { text });
  };
  for (const piece of html.split(/(<[^>]*>)/)) {
    if (!piece.startsWith('<')) {
      push(decode(piece));
      continue;
    }
    const tag = /^<\s*(\/)?\s*([a-z0-9]+)([^>]*)>$/i.exec(piece);
    if (!tag) continue;
    const [, closing, name, rest] = tag;
    if (/^(br|wbr|img|hr)$/i.test(name!)) continue;
    if (closing) {
      if (stack.pop()) italic -= 1;
      continue;
    }
    const opensItalic = /^(i|em)$/i.test(name!) || /font-style\s*:\s*italic/i.test(rest ?? '');
    if (/\/\s*$/.test(rest ?? '')) continue;
    stack.push(opensItalic);
    if (opensItalic) italic += 1;
  }
  return trim(runs);
}

export function plainText(runs: Run[]): string {
  return runs.map((run) => run.text).join('');
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** White space collapsed and trimmed at the ends, as an entry is one line. */
function trim(runs: Run[]): Run[] {
  const out = runs.map((run) => ({ ...run, text: run.text.replace(/\s+/g, ' ') })).filter((run) => run.text !== '');
  if (out[0]) out[0].text = out[0].text.trimStart();
  const last = out[out.length - 1];
  if (last) last.text = last.text.trimEnd();
  return out.filter((run) => run.text !== '');
}

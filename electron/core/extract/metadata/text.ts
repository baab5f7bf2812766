/** Small text helpers shared by the metadata extractors. Pure; never throw. */

/** NFC, NBSP/zero-width removal, whitespace folded to single spaces, trimmed. */
export function clean(value: string | null | undefined): string {
  if (typeof value !== 'string') return '';
  return value
    .normalize('NFC')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim();
}

/** clean(), or null when empty. */
export function cleanOrNull(value: string | null | undefined): string | null {
  const text = clean(value);
  return text === '' ? null : text;
}

/** Decodes the few HTML entities that survive in meta/JSON-LD strings (double-encoded pages). */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  const named: Record<string, string> = {
    amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’',
    ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»', szlig: 'ß', auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö',
    Uuml: 'Ü', eacute: 'é', egrave: 'è', ecirc: 'ê', aacute: 'á', agrave: 'à', acirc: 'â', iacute: 'í', oacute: 'ó', uacute: 'ú',
    ntilde: 'ñ', ccedil: 'ç', Eacute: 'É', euro: '€', copy: '©', middot: '·',
  };
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, code: string) => {
    const lower = code.toLowerCase();
    if (lower.startsWith('#x')) return safeCodePoint(parseInt(lower.slice(2), 16)) ?? whole;
    if (lower.startsWith('#')) return safeCodePoint(parseInt(lower.slice(1), 10)) ?? whole;
    return named[code] ?? named[lower] ?? whole;
  });
}

function safeCodePoint(n: number): string | null {
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff) return null;
  try {
    return String.fromCodePoint(n);
  } catch {
    return null;
  }
}

/** Text for comparing titles and names: lower case, letters and digits only. */
export function comparable(value: string): string {
  return clean(value)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Element text with whitespace folded; '' when the element is missing. */
export function textOf(element: Element | null | undefined): string {
  if (!element) return '';
  try {
    return clean(element.textContent ?? '');
  } catch {
    return '';
  }
}

/** querySelectorAll that never throws (bad selector or odd DOM). */
export function selectAll(root: ParentNode | null | undefined, selector: string): Element[] {
  if (!root) return [];
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

export function selectOne(root: ParentNode | null | undefined, selector: string): Element | null {
  if (!root) return null;
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

export function attr(element: Element | null | undefined, name: string): string | null {
  if (!element) return null;
  try {
    return element.getAttribute(name);
  } catch {
    return null;
  }
}

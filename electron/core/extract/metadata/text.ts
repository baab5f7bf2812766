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

/**
 * textOf(element) when that is at most `max` characters, else null. Stops reading as
 * soon as the text is known to be longer, so asking of a page-sized container is cheap.
 */
export function shortTextOf(element: Element | null | undefined, max: number): string | null {
  if (!element) return null;
  let raw = '';
  let checkAt = max;
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === 3 || type === 4) {
        raw += (child as CharacterData).data;
        if (raw.length > checkAt) {
          // Folding white space only shortens text, and the text of a part is never longer than the whole's.
          if (clean(raw).length > max) return false;
          checkAt = raw.length * 2;
        }
      } else if (type === 1 && !walk(child)) return false;
    }
    return true;
  };
  try {
    return walk(element) ? clean(raw) : null;
  } catch {
    return null;
  }
}

/** The start of textOf(element): at least `min` characters of it when it has that many. */
export function leadingText(element: Element, min: number): string {
  let raw = '';
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 || child.nodeType === 4) {
        raw += (child as CharacterData).data;
        // One more than asked: folding white space can end the text with a space that trim() drops.
        if (raw.length > min && clean(raw).length > min) return true;
      } else if (child.nodeType === 1 && walk(child)) return true;
    }
    return false;
  };
  try {
    walk(element);
  } catch {
    /* odd DOM: what was read */
  }
  return clean(raw);
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
    // linkedom rebuilds `class` from the element's token list on each getAttribute; the attribute node holds it as written.
    if (name === 'class') return element.getAttributeNode('class')?.value ?? null;
    return element.getAttribute(name);
  } catch {
    return null;
  }
}

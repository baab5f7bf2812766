import { filterFields, isValues, type FilterField, type ParsedQuery, type QueryFilter, type TextTerm } from './query-types';

/**
 * The search box's syntax. Policy: reading a query never fails. Whatever cannot
 * be read as syntax is searched as the text it is (a filter with an unknown field
 * or a bad value becomes a word), and every such reading is explained in `notes`.
 * The parser only produces terms; FTS5 never sees user text unquoted (see
 * electron/core/search/fts-match.ts).
 *
 *   word   "exact phrase"   prefix*   -negated   -"negated phrase"   -tag:x
 *   tag:DPRK/youth  outlet:yonhap  lang:ko  in:"Youth policy"  is:starred
 *   after:2025-03-01  before:2025-04   (see query-types.ts for what dates mean)
 */

/** Straight, curly (as macOS substitutes) and fullwidth (as CJK input methods type) quotes. */
const OPEN_QUOTES = '"“＂';
const CLOSE_QUOTES = '"”＂';
const SPACE = /[\s\p{Cc}]/u; // control characters too: a NUL would cut an FTS5 query short
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const FILTER_LIST = filterFields.map((field) => `${field}:`).join(', ');

interface Reader {
  terms: TextTerm[];
  filters: QueryFilter[];
  notes: string[];
}

export function parseQuery(input: string): ParsedQuery {
  const out: Reader = { terms: [], filters: [], notes: [] };
  const n = input.length;
  let i = 0;
  while (i < n) {
    if (SPACE.test(input[i]!)) {
      i++;
      continue;
    }
    const start = i;
    const negated = input[i] === '-';
    if (negated) i++;
    const bodyStart = i;

    if (i < n && OPEN_QUOTES.includes(input[i]!)) {
      const quoted = readQuoted(input, i + 1);
      i = quoted.end;
      const text = collapseSpace(quoted.text);
      if (!quoted.closed && LETTER_OR_DIGIT.test(text)) note(out, `Unbalanced quote: searched "${text} as a phrase`);
      addText(out, 'phrase', text, negated, input.slice(start, i));
      continue;
    }

    // A bare token runs to the next space, except that a quote right after the
    // first colon (`in:"Youth policy"`) quotes the rest of a field's value.
    let end = i;
    let colon = -1;
    let quotedValue: { text: string; closed: boolean } | null = null;
    while (end < n && !SPACE.test(input[end]!)) {
      if (input[end] === ':' && colon < 0) {
        colon = end;
        if (end > bodyStart && end + 1 < n && OPEN_QUOTES.includes(input[end + 1]!)) {
          const quoted = readQuoted(input, end + 2);
          quotedValue = { text: collapseSpace(quoted.text), closed: quoted.closed };
          end = quoted.end;
          break;
        }
      }
      end++;
    }
    const raw = input.slice(start, end);
    const body = input.slice(bodyStart, end);
    i = end;

    if (body === '') {
      note(out, 'Ignored a lone "-": there is nothing after it to leave out');
      continue;
    }
    if (colon > bodyStart) {
      const name = input.slice(bodyStart, colon);
      const value = quotedValue ? quotedValue.text : input.slice(colon + 1, end);
      if (readFilter(out, name, value, negated, raw)) {
        if (quotedValue && !quotedValue.closed) note(out, `Unbalanced quote: read ${raw}" as a filter`);
        continue;
      }
    }
    readWordOrPrefix(out, body, negated, raw);
  }
  return out;
}

/** The quotes that close each opening quote: a straight quote only a straight one. */
const CLOSERS: Record<string, string> = { '"': '"', '“': '”"', '＂': '＂"' };

/**
 * Reads from just after an opening quote to its closing quote, or to the end. Inside
 * straight quotes a doubled quote is one literal quote (tag:"Kim ""Rocket man"""), so
 * any name can be written in the syntax.
 */
function readQuoted(input: string, from: number): { text: string; end: number; closed: boolean } {
  const closers = CLOSERS[input[from - 1]!] ?? CLOSE_QUOTES;
  let text = '';
  for (let j = from; j < input.length; j++) {
    const char = input[j]!;
    if (char === '"' && input[j + 1] === '"' && closers === '"') {
      text += '"';
      j++;
    } else if (closers.includes(char)) {
      return { text, end: j + 1, closed: true };
    } else {
      text += char;
    }
  }
  return { text, end: input.length, closed: false };
}

function collapseSpace(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

function note(out: Reader, message: string): void {
  if (!out.notes.includes(message)) out.notes.push(message);
}

/** A `field:value` token: true when it was read as a filter, false (with a note) when it is to be read as text. */
function readFilter(out: Reader, name: string, value: string, negated: boolean, raw: string): boolean {
  const field = name.toLowerCase();
  const text = raw.startsWith('-') ? raw.slice(1) : raw;
  if (!(filterFields as readonly string[]).includes(field)) {
    note(out, `${name}: is not a filter (those are ${FILTER_LIST}) — searched "${text}" as text`);
    return false;
  }
  if (value === '') {
    note(out, `${field}: needs a value — searched "${text}" as text`);
    return false;
  }
  const normalised = normaliseValue(field as FilterField, value);
  if (normalised === null) {
    note(out, `${field}: ${VALUE_HINTS[field as FilterField]} — searched "${text}" as text`);
    return false;
  }
  out.filters.push({ field: field as FilterField, value: normalised, negated });
  return true;
}

const VALUE_HINTS: Record<FilterField, string> = {
  tag: 'needs a tag',
  outlet: 'needs an outlet',
  in: 'needs a collection name',
  lang: 'needs a language code like ko or en-US',
  after: 'needs a date like 2025-03-01',
  before: 'needs a date like 2025-03-01',
  is: `can be ${isValues.slice(0, -1).join(', ')} or ${isValues[isValues.length - 1]}`,
};

function normaliseValue(field: FilterField, value: string): string | null {
  switch (field) {
    case 'after':
    case 'before':
      return normaliseDate(value);
    case 'lang':
      return normaliseLang(value);
    case 'is': {
      const lower = value.toLowerCase();
      return (isValues as readonly string[]).includes(lower) ? lower : null;
    }
    default:
      return value;
  }
}

/** YYYY, YYYY-MM or YYYY-MM-DD (also with / or . as Korean and Chinese dates are written) → the first day of it, if it exists. */
export function normaliseDate(value: string): string | null {
  const match = /^(\d{4})(?:([-/.])(\d{1,2})(?:\2(\d{1,2}))?)?$/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[3] === undefined ? 1 : Number(match[3]);
  const day = match[4] === undefined ? 1 : Number(match[4]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate(); // a leap year: February has 29
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > daysInMonth || (month === 2 && day === 29 && !leap)) return null;
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A BCP 47 language tag in its usual case: ko, en-US, zh-Hant-TW. An underscore (en_US) is read as a hyphen. */
export function normaliseLang(value: string): string | null {
  if (!/^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/i.test(value)) return null;
  const [primary, ...rest] = value.split(/[-_]/);
  const subtags = rest.map((subtag) => {
    if (/^[a-z]{2}$/i.test(subtag)) return subtag.toUpperCase(); // region
    if (/^[a-z]{4}$/i.test(subtag)) return subtag[0]!.toUpperCase() + subtag.slice(1).toLowerCase(); // script
    return subtag.toLowerCase();
  });
  return [primary!.toLowerCase(), ...subtags].join('-');
}

function readWordOrPrefix(out: Reader, body: string, negated: boolean, raw: string): void {
  let text = body;
  while (text.endsWith('*')) text = text.slice(0, -1);
  const stars = body.length - text.length;
  if (stars > 0 && text === '') {
    note(out, `Ignored a lone "${raw}": there is no word before the "*"`);
    return;
  }
  if (stars > 1) note(out, `Read "${raw}" as "${negated ? '-' : ''}${text}*"`);
  if (text.includes('*')) note(out, `"*" works only at the end of a word — searched "${text}" as text`);
  addText(out, stars > 0 ? 'prefix' : 'word', text, negated, raw);
}

function addText(out: Reader, kind: TextTerm['kind'], text: string, negated: boolean, raw: string): void {
  if (!LETTER_OR_DIGIT.test(text)) {
    if (kind === 'phrase') note(out, text === '' ? 'Ignored an empty phrase' : `Ignored the phrase "${text}": it has no letters or digits to search for`);
    else note(out, `Ignored "${raw}": it has no letters or digits to search for`);
    return;
  }
  out.terms.push({ kind, text, negated });
}

/** The query as understood, in canonical syntax: terms in order, then filters in order. */
export function formatQuery(query: ParsedQuery): string {
  const terms = query.terms.map((term) => {
    const sign = term.negated ? '-' : '';
    if (term.kind === 'phrase') return `${sign}"${term.text.replace(/"/g, '""')}"`;
    return term.kind === 'prefix' ? `${sign}${term.text}*` : `${sign}${term.text}`;
  });
  const filters = query.filters.map((filter) => `${filter.negated ? '-' : ''}${filter.field}:${formatValue(filter.value)}`);
  return [...terms, ...filters].join(' ');
}

/** A filter value as the parser reads it back: quoted when it has spaces or quotes, a straight quote doubled. */
export function formatValue(value: string): string {
  return value === '' || SPACE.test(value) || /["“”＂]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

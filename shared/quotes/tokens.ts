/**
 * Words of running text for attribution: a quotation is one opaque token, an
 * abbreviation keeps its period (Mr., Sen., R-S.C., U.S.), other punctuation stands alone.
 */
export interface Token {
  text: string;
  /** The text in lower case ('' for a quotation). */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'punct' | 'quote';
  /** For a quotation token: the index of the quotation in the list given to `tokenize`. */
  quote?: number;
}

export interface Range {
  start: number;
  end: number;
}

/** Titles and honorifics written before a name. */
export const TITLES: ReadonlySet<string> = new Set(
  [
    'mr.', 'mrs.', 'ms.', 'mx.', 'dr.', 'sen.', 'sens.', 'rep.', 'reps.', 'gov.', 'gen.', 'lt.', 'col.', 'sgt.', 'capt.', 'adm.', 'prof.',
    'rev.', 'pres.', 'atty.', 'supt.', 'cmdr.', 'maj.', 'amb.', 'sec.', 'hon.', 'msgr.', 'fr.', 'st.', 'gens.', 'cpl.', 'pvt.', 'insp.',
    'm.', 'mme', 'mme.', 'mlle', 'herr', 'frau', 'dr', 'sr.', 'sra.', 'don', 'doña',
  ],
);

/** Role words that may stand before a name ("Senator Mitch McConnell", "party Chairman Michael Steele"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  [
    'president', 'senator', 'representative', 'congressman', 'congresswoman', 'governor', 'mayor', 'chairman', 'chairwoman', 'chair',
    'secretary', 'minister', 'premier', 'chancellor', 'judge', 'justice', 'speaker', 'leader', 'director', 'editor', 'spokesman',
    'spokeswoman', 'spokesperson', 'ambassador', 'general', 'admiral', 'commissioner', 'chief', 'pastor', 'bishop', 'cardinal',
    'pope', 'king', 'queen', 'prince', 'princess', 'sheriff', 'attorney', 'officer', 'professor', 'father', 'sister', 'brother',
    'former', 'vice', 'deputy', 'state', 'prime', 'foreign', 'defense', 'house', 'senate', 'majority', 'minority', 'party',
    'nominee', 'candidate', 'ceo', 'founder', 'host', 'anchor', 'reporter', 'columnist', 'commentator', 'adviser', 'advisor', 'aide',
    'manager', 'strategist', 'rabbi', 'imam', 'lt', 'gov', 'sen', 'rep',
  ],
);

export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'our', 'my', 'your', 'another', 'one', 'two',
  'several', 'some', 'many', 'other', 'both',
  'le', 'la', 'les', "l'", 'l’', 'un', 'une', 'des', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'el', 'los', 'las', 'il', 'lo',
]);

/** Pronouns that can be a speaker; each maps to a kind. */
export const PRONOUNS: Readonly<Record<string, 'he' | 'she' | 'they' | 'it'>> = {
  he: 'he', she: 'she', they: 'they', it: 'it',
  il: 'he', elle: 'she', ils: 'they', elles: 'they', er: 'he', sie: 'they',
  él: 'he', ella: 'she', ellos: 'they', ele: 'he', ela: 'she', lui: 'he', lei: 'she',
};

/** Lower-case words that never belong to a speaker's name. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'and or but nor so yet who whom whose which that what when where while as if than then also too not never no ' +
    'to of in on at by for with from about into over under after before during since until without within ' +
    'is was are were be been being has had have having do does did will would shall should can could may might must ' +
    'also later then now again once still just even only already previously recently repeatedly further flatly quickly publicly privately ' +
    'simply first earlier initially originally reportedly subsequently separately both all each often frequently never ever ' +
    'sharply bluntly angrily openly loudly quietly softly firmly calmly directly explicitly specifically repeatedly ' +
    'here there this these those it its he she they we i you me him her us them my our your their ' +
    'told said says say added wrote ' +
    'meanwhile however moreover nevertheless nonetheless instead indeed though although furthermore likewise additionally overall ' +
    'despite unlike like amid among against because whether unless upon via per following including regarding toward towards ' +
    'across behind beyond near outside inside around along between below above'
  ).split(' '),
);

/** Words after which an English speech verb is a noun: "a call", "the report", "his claim", "in terms". */
export const NOUN_CONTEXT: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'our', 'my', 'your', 'in', 'of', 'on', 'for',
  'with', 'by', 'at', 'from', 'no', 'any', 'every', 'each', 'such', 'whose', 'new', 'latest', 'first', 'recent',
]);

/** Words an adverbial run between a speaker and its verb may hold ("Mr. Steele also said"). */
export const ADVERBIALS: ReadonlySet<string> = new Set(
  (
    'also later then now again once still just even only already previously recently repeatedly further flatly quickly publicly ' +
    'privately simply first earlier initially originally reportedly subsequently separately has had have would will had ' +
    'sharply bluntly angrily openly loudly quietly softly firmly calmly directly explicitly specifically finally ultimately ' +
    'once often frequently famously memorably tartly dryly wryly curtly simply succinctly emphatically insistently ' +
    'today yesterday tonight himself herself themselves itself nevertheless nonetheless however meanwhile likewise similarly ' +
    'immediately promptly swiftly soon already ultimately ' +
    'hat habe hatte ont avait a'
  ).split(' '),
);

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set([
  ...TITLES,
  'jr.', 'sr.', 'no.', 'vs.', 'v.', 'mt.', 'ft.', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.',
  'dec.', 'inc.', 'co.', 'corp.', 'ltd.', 'bros.', 'dept.', 'univ.', 'est.', 'approx.', 'etc.', 'e.g.', 'i.e.', 'al.', 'cf.',
  'ala.', 'ariz.', 'ark.', 'calif.', 'colo.', 'conn.', 'del.', 'fla.', 'ga.', 'ill.', 'ind.', 'kan.', 'ky.', 'la.', 'md.', 'mass.',
  'mich.', 'minn.', 'miss.', 'mo.', 'mont.', 'neb.', 'nev.', 'okla.', 'ore.', 'pa.', 'tenn.', 'tex.', 'va.', 'vt.', 'wash.',
  'wis.', 'wyo.', 'd.c.',
]);

/** Whether the word ending at a period is an abbreviation (a title, an initial, U.S., R-S.C.). */
export function isAbbreviation(wordWithPeriod: string): boolean {
  const lower = wordWithPeriod.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  if (/^\p{Lu}\.$/u.test(wordWithPeriod)) return true; // an initial
  if (/^(?:\p{L}\.){2,}$/u.test(wordWithPeriod)) return true; // U.S., N.C.A.A.
  if (/^[RDI]-[\p{L}.]+\.$/u.test(wordWithPeriod)) return true; // R-S.C., D-Md.
  return false;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’\-.](?=[\p{L}\p{N}]))*\.?/uy;
const SPACES = /\s+/uy;

/**
 * Tokens of text[from, to); each range in `quotes` that starts inside becomes one
 * quotation token (index into `quotes`).
 */
export function tokenize(text: string, from: number, to: number, quotes: readonly Range[] = []): Token[] {
  const tokens: Token[] = [];
  let q = 0;
  while (q < quotes.length && quotes[q]!.end <= from) q++;
  let i = from;
  while (i < to) {
    SPACES.lastIndex = i;
    if (SPACES.test(text)) {
      i = SPACES.lastIndex;
      if (i >= to) break;
    }
    while (q < quotes.length && quotes[q]!.end <= i) q++;
    const quote = quotes[q];
    if (quote && quote.start <= i && i < quote.end) {
      const end = Math.min(quote.end, to);
      tokens.push({ text: text.slice(i, end), lower: '', start: i, end, kind: 'quote', quote: q });
      i = quote.end;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(text);
    if (word) {
      let value = word[0];
      let end = i + value.length;
      if (end > to) {
        value = value.slice(0, to - i);
        end = to;
      }
      if (value.endsWith('.') && !isAbbreviation(value)) {
        value = value.slice(0, -1);
        end--;
      }
      tokens.push({ text: value, lower: value.toLowerCase(), start: i, end, kind: 'word' });
      i = end;
      continue;
    }
    const ch = text[i]!;
    tokens.push({ text: ch, lower: ch, start: i, end: i + 1, kind: 'punct' });
    i++;
  }
  return tokens;
}

/** The tokens of a whole text, tokenised once and read by ranges. */
export class TokenIndex {
  readonly tokens: Token[];

  constructor(text: string, quotes: readonly Range[]) {
    this.tokens = tokenize(text, 0, text.length, quotes);
  }

  /** The tokens that start in [from, to). */
  range(from: number, to: number): Token[] {
    return this.tokens.slice(this.firstAt(from), this.firstAt(to));
  }

  private firstAt(offset: number): number {
    let low = 0;
    let high = this.tokens.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.tokens[mid]!.start < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

export function isCapitalized(word: string): boolean {
  return /^[\p{Lu}\p{Lt}]/u.test(word);
}

export function lower(token: Token | undefined): string {
  return token ? token.lower : '';
}

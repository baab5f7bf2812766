import { isCjkChar, runTokens, splitTermText } from '../../../shared/search/cjk';
import type { TextTerm } from '../../../shared/search/query-types';

/**
 * Search terms → FTS5 MATCH expressions, for two indexes: the word index
 * (unicode61, case- and accent-folding) and the CJK bigram index (see
 * shared/search/cjk.ts).
 *
 * Policy: every piece of user text reaches FTS5 inside a double-quoted string
 * (inner quotes doubled, NUL removed), so nothing a user types is ever read as
 * FTS5 syntax — AND, NEAR(, col:, ^, * and parentheses are just text, which the
 * tokenizer splits like any other punctuation. The only operators written are
 * AND, OR and the prefix `*`, by this module.
 *
 * A term's Latin and CJK parts go to their own index and are both required. That
 * is exact for a term that is all Latin or all CJK; for a mixed one ("김정은 said",
 * 2025년, "UN 안보리 resolution") it is an approximation: "all the parts occur",
 * not "next to each other" (the snippet still looks for them as written).
 *
 * The word index is expected to hold the text with a space wherever CJK meets
 * another letter or digit (unicode61 reads "ICBM을" as one token, so "ICBM" would
 * not find it); whether the CJK runs stay in it as tokens or are left out, these
 * plans work the same.
 */
export interface MatchPlan {
  /** MATCH expression for the word index (columns title, subtitle, authors_json, text), or null. Rows must match it. */
  word: string | null;
  /** MATCH expression for the CJK bigram index (one column `grams`), or null. Rows must match it. */
  cjk: string | null;
  /** Expressions whose matches are excluded: rowid NOT IN (SELECT rowid FROM <index> WHERE <index> MATCH x). */
  excludeWord: string | null;
  excludeCjk: string | null;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function planMatch(terms: TextTerm[]): MatchPlan {
  const word: string[] = [];
  const cjk: string[] = [];
  const excludeWord: string[] = [];
  const excludeCjk: string[] = [];
  for (const term of terms) {
    const parts = compileTerm(term);
    if (!term.negated) {
      if (parts.word) word.push(parts.word);
      if (parts.cjk) cjk.push(parts.cjk);
    } else if (parts.word && parts.cjk) {
      // The two indexes cannot say "both parts": excluding rows with either part
      // would hide far too much (-2025년 would drop every text with 2025 and every
      // Korean text with 년). Excluding by one part still drops every row the term
      // matches; take the longer part, a CJK character counting as two letters.
      if (parts.cjkWeight > parts.wordWeight) excludeCjk.push(parts.cjk);
      else excludeWord.push(parts.word);
    } else {
      if (parts.word) excludeWord.push(parts.word);
      if (parts.cjk) excludeCjk.push(parts.cjk);
    }
  }
  return {
    word: join(word, ' AND '),
    cjk: join(cjk, ' AND '),
    excludeWord: join(excludeWord, ' OR '),
    excludeCjk: join(excludeCjk, ' OR '),
  };
}

function join(expressions: string[], operator: string): string | null {
  return expressions.length === 0 ? null : expressions.join(operator);
}

/** An FTS5 string: the text in double quotes, quotes doubled. A NUL would end the query string inside SQLite, so it goes. */
export function ftsString(text: string): string {
  return `"${text.replace(/\0/g, ' ').replace(/"/g, '""')}"`;
}

interface CompiledTerm {
  word: string | null;
  cjk: string | null;
  wordWeight: number;
  cjkWeight: number;
}

function compileTerm(term: TextTerm): CompiledTerm {
  const text = term.text.normalize('NFC');
  const runs = splitTermText(text).cjk;
  const segments = latinSegments(text);
  // A prefix applies to the part the term ends with.
  const lastChar = Array.from(text).findLast((char) => LETTER_OR_DIGIT.test(char));
  const endsInCjk = lastChar !== undefined && isCjkChar(lastChar.codePointAt(0)!);
  const prefix = term.kind === 'prefix' && !endsInCjk;
  const strings = segments.map((segment, index) => ftsString(segment) + (prefix && index === segments.length - 1 ? ' *' : ''));

  return {
    word: strings.length === 0 ? null : strings.length === 1 ? strings[0]! : `(${strings.join(' AND ')})`,
    cjk: runs.length > 0 ? cjkExpression(runs) : null,
    wordWeight: segments.join('').match(/[\p{L}\p{N}]/gu)?.length ?? 0,
    cjkWeight: 2 * runs.reduce((sum, run) => sum + Array.from(run).length, 0),
  };
}

/**
 * The Latin pieces of a term, between its CJK runs: "UN 안보리 resolution" → UN,
 * resolution. Each is a string of its own (ANDed), not one phrase: in the word
 * index they are not next to each other, whether it keeps the CJK text between
 * them as a token or leaves it out.
 */
function latinSegments(text: string): string[] {
  const segments: string[] = [];
  let current = '';
  for (const char of text) {
    if (!isCjkChar(char.codePointAt(0)!)) current += char;
    else if (current !== '') {
      segments.push(current);
      current = '';
    }
  }
  segments.push(current);
  return segments.map((segment) => segment.trim()).filter((segment) => LETTER_OR_DIGIT.test(segment));
}

/**
 * One phrase over the bigram index. A run of two or more characters is the
 * phrase of its bigrams; a lone character at the end is a prefix (it matches the
 * bigram it starts, or a run's closing unigram). Runs before the last one are
 * closed off with their final unigram, as the index writes them, so "북한 청년"
 * needs a run ending in 북한 followed by one starting with 청년 — with only non-CJK
 * text between them, which the bigram index does not see. A CJK prefix term
 * (청년*) needs nothing more: the bigram phrase is already a substring match.
 */
function cjkExpression(runs: string[]): string {
  const tokens: string[] = [];
  runs.forEach((run, index) => {
    const last = index === runs.length - 1;
    if (!last) tokens.push(...runTokens(run));
    else tokens.push(...(Array.from(run).length === 1 ? [run] : runTokens(run).slice(0, -1)));
  });
  const lastRun = runs[runs.length - 1]!;
  return ftsString(tokens.join(' ')) + (Array.from(lastRun).length === 1 ? ' *' : '');
}

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
 * 2025년) it is an approximation: "both parts occur", not "next to each other".
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
  const { latin, cjk: runs } = splitTermText(term.text);
  // A prefix applies to the part the term ends with.
  const lastChar = Array.from(term.text.normalize('NFC')).findLast((char) => LETTER_OR_DIGIT.test(char));
  const endsInCjk = lastChar !== undefined && isCjkChar(lastChar.codePointAt(0)!);
  const prefix = term.kind === 'prefix';

  let word: string | null = null;
  if (LETTER_OR_DIGIT.test(latin)) word = ftsString(latin) + (prefix && !endsInCjk ? ' *' : '');

  return {
    word,
    cjk: runs.length > 0 ? cjkExpression(runs) : null,
    wordWeight: (latin.match(/[\p{L}\p{N}]/gu) ?? []).length,
    cjkWeight: 2 * runs.reduce((sum, run) => sum + Array.from(run).length, 0),
  };
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

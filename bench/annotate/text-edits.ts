import type { Random } from '../library/random';
import type { BasilArticle, BasilSpan } from './basil';

/**
 * The six ways the re-anchoring bench changes an article around one annotated span
 * (see reanchoring.ts), each with where the span is afterwards.
 */

/** (d): the changed word lies within this many characters of the span. */
const NEAR = 40;

export interface Change {
  text: string;
  /** Where the span is now, or null when it was deleted. */
  expected: { start: number; end: number } | null;
}

type CaseBuilder = (article: BasilArticle, span: BasilSpan, random: Random, all: BasilArticle[]) => Change | null;

/** (a) … (f), in order. */
export const caseBuilders: CaseBuilder[] = [changeStyle, insertParagraph, removeParagraph, changeNearbyWord, changeWordInside, deleteSentence];

/** The changed text of case `index` (0 = (a) … 5 = (f)) for one span, and where the span is in it; null when the case does not apply. */
export function buildCase(index: number, article: BasilArticle, span: BasilSpan, random: Random, all: BasilArticle[]): { text: string; expected: { start: number; end: number } | null } | null {
  return caseBuilders[index]!(article, span, random, all);
}

// ---- (a) white space and quote marks ------------------------------------------------

function changeStyle(article: BasilArticle, span: BasilSpan, random: Random): Change {
  const { text } = article;
  const newAt: number[] = new Array(text.length + 1);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    newAt[i] = out.length;
    const c = text[i]!;
    const before = i > 0 ? text[i - 1]! : ' ';
    if (c === '\n' && text[i + 1] === '\n') {
      out += random.pick(['\n \n', '\n\n\n', ' \n\n', '\r\n\r\n', '\n\t\n']);
      newAt[++i] = out.length; // the second newline became part of the run
      continue;
    }
    if (c === ' ') out += random.pick([' ', ' ', ' ', '  ', '   ', '\u00a0', '\n']);
    else if (c === "'") out += /[\p{L}\p{N}]/u.test(before) ? '\u2019' : /\s|[(\[]/.test(before) ? '\u2018' : '\u2019';
    else if (c === '"') out += /\s|[(\[]/.test(before) ? '\u201c' : '\u201d';
    else if (c === '\u2018' || c === '\u2019') out += "'";
    else if (c === '\u201c' || c === '\u201d') out += '"';
    else out += c;
  }
  newAt[text.length] = out.length;
  return { text: out, expected: { start: newAt[span.start]!, end: newAt[span.end]! } };
}

// ---- (b), (c) paragraphs ------------------------------------------------------------

function paragraphOf(article: BasilArticle, offset: number): number {
  return article.paragraphs.findIndex((p) => offset >= p.start && offset <= p.end);
}

function insertParagraph(article: BasilArticle, span: BasilSpan, random: Random, all: BasilArticle[]): Change | null {
  if (all.length < 2) return null;
  let other = random.pick(all);
  while (other === article) other = random.pick(all);
  const p = random.pick(other.paragraphs);
  const inserted = other.text.slice(p.start, p.end);
  const before = random.int(paragraphOf(article, span.start) + 1);
  const at = article.paragraphs[before]!.start;
  const text = `${article.text.slice(0, at)}${inserted}\n\n${article.text.slice(at)}`;
  const shift = inserted.length + 2;
  return { text, expected: { start: span.start + shift, end: span.end + shift } };
}

function removeParagraph(article: BasilArticle, span: BasilSpan, random: Random): Change | null {
  const own = new Set([paragraphOf(article, span.start), paragraphOf(article, span.end)]);
  const others = article.paragraphs.map((_p, i) => i).filter((i) => !own.has(i));
  if (others.length === 0) return null;
  const index = random.pick(others);
  const p = article.paragraphs[index]!;
  const last = index === article.paragraphs.length - 1;
  const cut = last ? { start: p.start - 2, end: p.end } : { start: p.start, end: p.end + 2 };
  const text = article.text.slice(0, cut.start) + article.text.slice(cut.end);
  const shift = cut.start < span.start ? cut.end - cut.start : 0;
  return { text, expected: { start: span.start - shift, end: span.end - shift } };
}

// ---- (d), (e) words -------------------------------------------------------------------

interface Word {
  start: number;
  end: number;
  text: string;
}

function words(text: string, from: number, to: number): Word[] {
  const found: Word[] = [];
  for (const match of text.slice(from, to).matchAll(/[\p{L}\p{N}]+/gu)) {
    found.push({ start: from + match.index, end: from + match.index + match[0].length, text: match[0] });
  }
  return found;
}

const vocabularies = new WeakMap<BasilArticle, string[]>();

/** Another word of the same article (3 letters or more), different from `word`. */
function otherWord(article: BasilArticle, word: string, random: Random): string {
  let vocabulary = vocabularies.get(article);
  if (!vocabulary) {
    vocabulary = [...new Set(words(article.text, 0, article.text.length).map((w) => w.text).filter((w) => w.length >= 3))];
    vocabularies.set(article, vocabulary);
  }
  for (;;) {
    const pick = random.pick(vocabulary);
    if (pick.toLowerCase() !== word.toLowerCase()) return pick;
  }
}

function replaceWord(article: BasilArticle, span: BasilSpan, word: Word, random: Random): Change {
  const replacement = otherWord(article, word.text, random);
  const text = article.text.slice(0, word.start) + replacement + article.text.slice(word.end);
  const delta = replacement.length - word.text.length;
  const expected = word.end <= span.start ? { start: span.start + delta, end: span.end + delta } : word.start >= span.end ? { start: span.start, end: span.end } : { start: span.start, end: span.end + delta };
  return { text, expected };
}

function changeNearbyWord(article: BasilArticle, span: BasilSpan, random: Random): Change | null {
  const { text } = article;
  const near = [...words(text, Math.max(0, span.start - NEAR), span.start), ...words(text, span.end, Math.min(text.length, span.end + NEAR))].filter(
    (w) => w.end <= span.start || w.start >= span.end,
  );
  // A word cut by the window's edge is not a whole word: drop it.
  const whole = near.filter((w) => (w.start === 0 || !/[\p{L}\p{N}]/u.test(text[w.start - 1]!)) && (w.end === text.length || !/[\p{L}\p{N}]/u.test(text[w.end]!)));
  if (whole.length === 0) return null;
  return replaceWord(article, span, random.pick(whole), random);
}

function changeWordInside(article: BasilArticle, span: BasilSpan, random: Random): Change | null {
  const inside = words(article.text, span.start, span.end);
  if (inside.length < 2) return null;
  return replaceWord(article, span, random.pick(inside), random);
}

// ---- (f) sentences -----------------------------------------------------------------

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'st', 'jr', 'sr', 'inc', 'co', 'corp', 'vs', 'no', 'rev', 'prof', 'u.s', 'u.n', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec']);

/**
 * Sentences of one paragraph. BASIL's sentences are joined by a space, like its words,
 * so they are found again: a space after . ! or ? (and closing quotes) before a capital,
 * a digit or an opening quote, unless the word before is a known abbreviation or an
 * initial.
 */
export function sentences(text: string, paragraph: { start: number; end: number }): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  let start = paragraph.start;
  const body = text.slice(paragraph.start, paragraph.end);
  for (const match of body.matchAll(/([.!?])["'\u201d\u2019)]* (?=["'\u201c\u2018(]?[\p{Lu}\p{N}])/gu)) {
    const stop = paragraph.start + match.index;
    const lastWord = /([\p{L}.]+)$/u.exec(text.slice(start, stop))?.[1] ?? '';
    if (match[1] === '.' && (ABBREVIATIONS.has(lastWord.toLowerCase()) || /^\p{Lu}$/u.test(lastWord) || /^(\p{L}\.)+\p{L}$/u.test(lastWord))) continue;
    const end = paragraph.start + match.index + match[0].length - 1;
    found.push({ start, end });
    start = end + 1;
  }
  found.push({ start, end: paragraph.end });
  return found;
}

function deleteSentence(article: BasilArticle, span: BasilSpan): Change | null {
  const { text } = article;
  const index = paragraphOf(article, span.start);
  const paragraph = article.paragraphs[index]!;
  const all = sentences(text, paragraph);
  const hit = all.filter((s) => s.end > span.start && s.start < span.end);
  const from = hit[0]!.start;
  const to = hit.at(-1)!.end;
  let cut: { start: number; end: number };
  if (from === paragraph.start && to === paragraph.end) {
    // The whole paragraph goes, with one of its separators.
    if (article.paragraphs.length === 1) cut = { start: from, end: to };
    else if (index < article.paragraphs.length - 1) cut = { start: from, end: to + 2 };
    else cut = { start: from - 2, end: to };
  } else if (to < paragraph.end) cut = { start: from, end: to + 1 };
  else cut = { start: from - 1, end: to };
  return { text: text.slice(0, cut.start) + text.slice(cut.end), expected: null };
}

import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ftsString, planMatch, type MatchPlan } from '../../../electron/core/search/fts-match';
import { cjkIndexText, isCjkChar, splitTermText } from '../../../shared/search/cjk';
import { parseQuery } from '../../../shared/search/parse-query';
import type { TextTerm } from '../../../shared/search/query-types';

/**
 * The plans run against real FTS5 tables shaped like the library's: a word index
 * (unicode61, accents removed) and a CJK bigram index. The word index is fed the
 * text with a space wherever CJK meets another character: unicode61 reads "ICBM을"
 * or "2025년" as ONE token, so with the raw text the word "ICBM" is not found
 * (table `raw` shows it). Table `stripped` holds the other workable choice, the text
 * with its CJK runs left out; the plans find the same rows in both.
 */
interface Doc {
  id: number;
  title: string;
  subtitle?: string;
  authors?: string[];
  text: string;
}

const DOCS: Doc[] = [
  { id: 1, title: 'PYONGYANG hosts youth congress', authors: ['Jane Doe'], text: 'The Kim Il Sung Socialist Youth League held its tenth congress. U.S. officials said little.' },
  { id: 2, title: 'Une étude sur la Corée', subtitle: 'Les élèves de Pyongyang', text: 'Kim-Jong a visité l’école. Naïve questions, déjà posées.' },
  { id: 3, title: '청년동맹 대회', text: '조선중앙통신은 김정은 said 위원장이 2025년 ICBM을 발사했다고 보도했다. UN 안보리 resolution 채택.' },
  { id: 4, title: '北朝鮮の青年同盟が大会を開いた', text: '東京タワーの近くで、ドナルド・トランプ氏が話した。' },
  { id: 5, title: '朝鲜劳动党召开青年大会', text: '平壤举行了第十次代表大会。' },
  { id: 6, title: 'Query syntax in the wild', text: 'Notes: the words AND, OR and NOT; NEAR(a b); title: x; x"y; a*b; a:b; unbalanced. Price ^ 5 + 3.' },
  { id: 7, title: 'North Korea said', text: 'North Korea said the congress would continue. Kim Jong Un attended.' },
];
const ALL = DOCS.map((doc) => doc.id);

let db: Database.Database;

beforeAll(() => {
  db = new Database(':memory:');
  db.exec(`
    CREATE TABLE docs (id INTEGER PRIMARY KEY);
    CREATE VIRTUAL TABLE w USING fts5(title, subtitle, authors_json, text, tokenize='unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE g USING fts5(grams, tokenize='unicode61 remove_diacritics 0');
    CREATE VIRTUAL TABLE stripped USING fts5(title, subtitle, authors_json, text, tokenize='unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE raw USING fts5(text, tokenize='unicode61 remove_diacritics 2');
  `);
  for (const doc of DOCS) {
    const authors = JSON.stringify(doc.authors ?? []);
    const fields = [doc.title, doc.subtitle ?? '', authors, doc.text];
    db.prepare('INSERT INTO docs (id) VALUES (?)').run(doc.id);
    db.prepare('INSERT INTO w (rowid, title, subtitle, authors_json, text) VALUES (?, ?, ?, ?, ?)').run(doc.id, ...fields.map(spacedAtCjk));
    db.prepare('INSERT INTO stripped (rowid, title, subtitle, authors_json, text) VALUES (?, ?, ?, ?, ?)').run(doc.id, ...fields.map((field) => splitTermText(field).latin));
    db.prepare('INSERT INTO g (rowid, grams) VALUES (?, ?)').run(doc.id, cjkIndexText(fields.join('\n')));
    db.prepare('INSERT INTO raw (rowid, text) VALUES (?, ?)').run(doc.id, fields.join('\n'));
  }
});
afterAll(() => db.close());

/** A space wherever CJK meets another character: 2025년 → 2025 년. */
function spacedAtCjk(text: string): string {
  let spaced = '';
  let previous: boolean | null = null;
  for (const char of text) {
    const cjk = isCjkChar(char.codePointAt(0)!);
    if (previous !== null && cjk !== previous) spaced += ' ';
    spaced += char;
    previous = cjk;
  }
  return spaced;
}

/** The rows a plan selects, the way the search SQL is to use it. */
function run(plan: MatchPlan, wordIndex = 'w'): number[] {
  const where: string[] = [];
  const params: string[] = [];
  const add = (clause: string, expression: string | null): void => {
    if (expression === null) return;
    where.push(clause);
    params.push(expression);
  };
  add(`id IN (SELECT rowid FROM ${wordIndex} WHERE ${wordIndex} MATCH ?)`, plan.word);
  add('id IN (SELECT rowid FROM g WHERE g MATCH ?)', plan.cjk);
  add(`id NOT IN (SELECT rowid FROM ${wordIndex} WHERE ${wordIndex} MATCH ?)`, plan.excludeWord);
  add('id NOT IN (SELECT rowid FROM g WHERE g MATCH ?)', plan.excludeCjk);
  const sql = `SELECT id FROM docs ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id`;
  return db.prepare(sql).all(...params).map((row) => (row as { id: number }).id);
}

const search = (query: string, wordIndex = 'w'): number[] => run(planMatch(parseQuery(query).terms), wordIndex);
const except = (...ids: number[]): number[] => ALL.filter((id) => !ids.includes(id));

const word = (text: string, negated = false): TextTerm => ({ kind: 'word', text, negated });
const phrase = (text: string, negated = false): TextTerm => ({ kind: 'phrase', text, negated });
const prefix = (text: string, negated = false): TextTerm => ({ kind: 'prefix', text, negated });

describe('planMatch: the expressions', () => {
  it.each<[string, TextTerm[], MatchPlan]>([
    ['nothing', [], { word: null, cjk: null, excludeWord: null, excludeCjk: null }],
    ['a word', [word('Pyongyang')], { word: '"Pyongyang"', cjk: null, excludeWord: null, excludeCjk: null }],
    ['a phrase', [phrase('youth league')], { word: '"youth league"', cjk: null, excludeWord: null, excludeCjk: null }],
    ['a prefix', [prefix('congr')], { word: '"congr" *', cjk: null, excludeWord: null, excludeCjk: null }],
    ['punctuation stays in one string', [word('U.S.'), word('kim-jong')], { word: '"U.S." AND "kim-jong"', cjk: null, excludeWord: null, excludeCjk: null }],
    ['quotes are doubled', [word('x"y')], { word: '"x""y"', cjk: null, excludeWord: null, excludeCjk: null }],
    ['operators are strings', [word('AND'), word('NEAR(a'), word('title:x')], { word: '"AND" AND "NEAR(a" AND "title:x"', cjk: null, excludeWord: null, excludeCjk: null }],
    ['negations are ORed', [word('a'), word('b', true), phrase('c d', true)], { word: '"a"', cjk: null, excludeWord: '"b" OR "c d"', excludeCjk: null }],
    ['one CJK character is a prefix', [word('청')], { word: null, cjk: '"청" *', excludeWord: null, excludeCjk: null }],
    ['two are a bigram', [word('청년')], { word: null, cjk: '"청년"', excludeWord: null, excludeCjk: null }],
    ['more are a phrase of bigrams', [word('청년동맹')], { word: null, cjk: '"청년 년동 동맹"', excludeWord: null, excludeCjk: null }],
    ['a CJK prefix is its bigram phrase', [prefix('청년동'), prefix('청')], { word: null, cjk: '"청년 년동" AND "청" *', excludeWord: null, excludeCjk: null }],
    ['Latin and CJK parts go to their indexes', [word('2025년'), phrase('김정은 said')], { word: '"2025" AND "said"', cjk: '"년" * AND "김정 정은"', excludeWord: null, excludeCjk: null }],
    ['a prefix applies to the part it ends with', [prefix('北朝鮮nuc'), prefix('nuc北')], { word: '"nuc" * AND "nuc"', cjk: '"北朝 朝鮮" AND "北" *', excludeWord: null, excludeCjk: null }],
    ['CJK runs of one term are one phrase, runs before the last closed by their unigram', [phrase('북한 청년')], { word: null, cjk: '"북한 한 청년"', excludeWord: null, excludeCjk: null }],
    ['a single character after other runs', [phrase('북한 청')], { word: null, cjk: '"북한 한 청" *', excludeWord: null, excludeCjk: null }],
    ['Latin pieces between CJK are ANDed', [phrase('UN 안보리 resolution'), prefix('abc청def')], { word: '("UN" AND "resolution") AND ("abc" AND "def" *)', cjk: '"안보 보리" AND "청" *', excludeWord: null, excludeCjk: null }],
    ['a negated term of several pieces is bracketed', [phrase('UN 안보리 resolution', true), word('x', true)], { word: null, cjk: null, excludeWord: '("UN" AND "resolution") OR "x"', excludeCjk: null }],
    ['a negated CJK term', [word('청년', true)], { word: null, cjk: null, excludeWord: null, excludeCjk: '"청년"' }],
    ['a negated mixed term is excluded by its longer part', [word('2025년', true), phrase('김정은 said', true)], { word: null, cjk: null, excludeWord: '"2025"', excludeCjk: '"김정 정은"' }],
    ['a NUL cannot cut the query short', [word('a\u0000b')], { word: '"a b"', cjk: null, excludeWord: null, excludeCjk: null }],
    ['a part with no letter or digit is left out', [word('북한.')], { word: null, cjk: '"북한"', excludeWord: null, excludeCjk: null }],
  ])('%s', (_name, terms, plan) => {
    expect(planMatch(terms)).toEqual(plan);
  });

  it('ftsString quotes anything', () => {
    expect(ftsString('say "hi"')).toBe('"say ""hi"""');
    expect(ftsString('')).toBe('""');
  });
});

describe('planMatch against FTS5: Latin text', () => {
  it.each<[string, number[]]>([
    ['Pyongyang', [1, 2]], // PYONGYANG in a title, Pyongyang in a subtitle
    ['PYONGYANG', [1, 2]],
    ['etude', [2]],
    ['ÉTUDE', [2]],
    ['eleves', [2]],
    ['ecole', [2]], // l’école: the apostrophe separates
    ['naive deja', [2]],
    ['doe', [1]], // authors_json is searched
    ['"youth league"', [1]],
    ['"league youth"', []],
    ['"north korea said"', [7]],
    ['"korea said the"', [7]],
    ['congr*', [1, 7]],
    ['élè*', [2]],
    ['Pyong*', [1, 2]],
    ['congress -tenth', [7]],
    ['-congress', except(1, 7)],
    ['kim -"youth league" -ecole', [7]],
    ['kim -kim*', []],
    ['U.S.', [1]],
    ['us', []],
    ['kim-jong', [2, 7]], // "Kim-Jong" and "Kim Jong": both the phrase kim jong
    ['north korea', [7]],
    ['north korea congress', [7]],
    ['north zzz', []],
  ])('%j finds %j', (query, ids) => {
    expect(search(query)).toEqual(ids);
    expect(search(query, 'stripped')).toEqual(ids);
  });
});

describe('planMatch against FTS5: CJK text', () => {
  it.each<[string, number[]]>([
    ['청년', [3]],
    ['년', [3]], // inside 청년동맹 and 2025년
    ['맹', [3]], // the last character of a run
    ['청', [3]],
    ['청년동맹', [3]],
    ['년동맹', [3]], // a substring of three
    ['동맹대', []], // 청년동맹 대회: the space ends the run
    ['"청년동맹 대회"', [3]],
    ['"청년 대회"', []],
    ['"청년동맹 대"', [3]], // a closing single character is a prefix, after the whole run before it
    ['"년동맹 대"', [3]],
    ['"청년동 대"', []],
    ['대회', [3]],
    ['청년*', [3]],
    ['청*', [3]],
    ['조선중앙통신', [3]],
    ['2025년', [3]],
    ['ICBM', [3]],
    ['icbm을', [3]],
    ['"김정은 said"', [3]],
    ['김정은 said', [3]],
    ['"김정은 said" -보도', []],
    ['청년 -대회', []],
    ['-청년', except(3)],
    ['-2025년', except(3)],
    ['青年', [4, 5]],
    ['青年同盟', [4]],
    ['青年大会', [5]],
    ['劳动党', [5]],
    ['北朝鮮', [4]],
    ['タワー', [4]],
    ['トランプ', [4]],
    ['ドナルド・トランプ', [4]],
    ['の', [4]],
    ['大会', [4, 5]],
    ['大会 -朝鲜', [4]],
    ['平壤 Pyongyang', []],
    ['東京 -タワー', []],
    ['"UN 안보리 resolution"', [3]],
    ['"UN 안보리 resolution" -"UN 안보리 resolution"', []],
    ['resolution -"UN 안보리 resolution"', []],
  ])('%j finds %j', (query, ids) => {
    expect(search(query)).toEqual(ids);
    expect(search(query, 'stripped')).toEqual(ids);
  });

  it('the word index needs CJK taken out: unicode61 reads ICBM을 and 2025년 as one token', () => {
    const count = (expression: string): number => (db.prepare('SELECT count(*) AS n FROM raw WHERE raw MATCH ?').get(expression) as { n: number }).n;
    expect(count('"ICBM"')).toBe(0);
    expect(count('"2025"')).toBe(0);
    expect(count('"ICBM을"')).toBe(1);
    expect(search('ICBM')).toEqual([3]);
    expect(search('ICBM', 'stripped')).toEqual([3]);
  });

  it('unicode61 keeps every CJK character whole (no CJK character is a separator)', () => {
    const local = new Database(':memory:');
    local.exec(`CREATE VIRTUAL TABLE g USING fts5(grams, tokenize='unicode61 remove_diacritics 0');
      CREATE VIRTUAL TABLE v USING fts5vocab(g, 'row');`);
    const tokens: string[] = [];
    for (let codePoint = 0; codePoint <= 0x323af; codePoint++) {
      if (!isCjkChar(codePoint)) continue;
      const char = String.fromCodePoint(codePoint);
      if (/\p{Cn}/u.test(char)) continue; // unassigned
      expect(char).toMatch(/[\p{L}\p{N}]/u);
      tokens.push(`x${char}x`);
    }
    local.prepare('INSERT INTO g (grams) VALUES (?)').run(tokens.join(' '));
    expect((local.prepare('SELECT count(*) AS n FROM v').get() as { n: number }).n).toBe(tokens.length);
    expect(tokens.length).toBeGreaterThan(90_000);
    local.close();
  });
});

describe('planMatch against FTS5: malformed input is found as the text it is', () => {
  it.each<[string, number[]]>([
    ['"unbalanced', [6]],
    ['-', ALL],
    ['AND', [6]],
    ['OR NOT', [6]],
    ['NEAR(a b)', [6]],
    ['a:b', [6]],
    ['(', ALL],
    ['title:x', [6]],
    ['^x', [6]],
    ['x"y', [6]],
    ['a*b', [6]],
    ['*', ALL],
    ['"', ALL],
    ['-*', ALL],
    ['**', ALL],
    ['price ^ 5 +', [6]],
    ['{price} (5) 3)', [6]],
    ['"NEAR(a b)"', [6]],
    ['NOT*', [6]],
    ['-AND', except(6)],
    ['after:soon', []],
    ['notes:', [6]],
    ['col:umn', []],
    ['"a:b; unbalanced', [6]],
    ['a\u0000b', [6]],
  ])('%j finds %j', (query, ids) => {
    expect(() => parseQuery(query)).not.toThrow();
    expect(search(query)).toEqual(ids);
    expect(search(query, 'stripped')).toEqual(ids);
  });

  it('no input makes FTS5 raise an error', () => {
    const pieces = ['"', '“', '-', '*', ':', '(', ')', '{', '}', '^', '+', 'AND', 'OR', 'NOT', 'NEAR', 'a', 'x', '청', '년', '北', ' ', ' ', '\u0000', ',', "'", 'col:'];
    let seed = 11;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 3000; i++) {
      const query = Array.from({ length: 1 + Math.floor(random() * 10) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      expect(() => search(query), JSON.stringify(query)).not.toThrow();
    }
  });
});

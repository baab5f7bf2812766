import { describe, expect, it } from 'vitest';
import { formatQuery, normaliseDate, normaliseLang, parseQuery } from '../../../shared/search/parse-query';
import type { QueryFilter, TextTerm } from '../../../shared/search/query-types';

const word = (text: string, negated = false): TextTerm => ({ kind: 'word', text, negated });
const phrase = (text: string, negated = false): TextTerm => ({ kind: 'phrase', text, negated });
const prefix = (text: string, negated = false): TextTerm => ({ kind: 'prefix', text, negated });
const filter = (field: QueryFilter['field'], value: string, negated = false): QueryFilter => ({ field, value, negated });

describe('parseQuery: the syntax', () => {
  it('reads the example query into terms and filters, in order', () => {
    expect(parseQuery('"youth league" congress* -kim tag:DPRK/youth after:2025-03-01')).toEqual({
      terms: [phrase('youth league'), prefix('congress'), word('kim', true)],
      filters: [filter('tag', 'DPRK/youth'), filter('after', '2025-03-01')],
      notes: [],
    });
  });

  it.each<[string, TextTerm[]]>([
    ['Pyongyang', [word('Pyongyang')]],
    ['  kim   jong  ', [word('kim'), word('jong')]],
    ['a\tb\nc\u3000d\u00a0e', [word('a'), word('b'), word('c'), word('d'), word('e')]],
    ['"exact phrase"', [phrase('exact phrase')]],
    ['"  spaced \n out  "', [phrase('spaced out')]],
    ['congress*', [prefix('congress')]],
    ['-word', [word('word', true)]],
    ['-"negated phrase"', [phrase('negated phrase', true)]],
    ['-pre*', [prefix('pre', true)]],
    ['U.S. kim-jong 2025년', [word('U.S.'), word('kim-jong'), word('2025년')]],
    ['North KOREA', [word('North'), word('KOREA')]], // case is kept: the index folds it
    ['b a b', [word('b'), word('a'), word('b')]], // order kept, nothing deduped
    ['"north korea"s', [phrase('north korea'), word('s')]],
    ['“curly quotes” ＂全角＂', [phrase('curly quotes'), phrase('全角')]],
    ['청년동맹 "김정은 said"', [word('청년동맹'), phrase('김정은 said')]],
    ['--x', [word('-x', true)]],
  ])('%j', (input, terms) => {
    expect(parseQuery(input)).toEqual({ terms, filters: [], notes: [] });
  });

  it.each<[string, QueryFilter[]]>([
    ['tag:DPRK/youth', [filter('tag', 'DPRK/youth')]],
    ['outlet:yonhap', [filter('outlet', 'yonhap')]],
    ['in:"Youth policy"', [filter('in', 'Youth policy')]],
    ['tag:"DPRK/youth league"', [filter('tag', 'DPRK/youth league')]],
    ['TAG:x Outlet:KCNA IN:y', [filter('tag', 'x'), filter('outlet', 'KCNA'), filter('in', 'y')]],
    ['-tag:x -is:read', [filter('tag', 'x', true), filter('is', 'read', true)]],
    ['lang:ko lang:EN lang:en-us lang:zh_hant_tw', [filter('lang', 'ko'), filter('lang', 'en'), filter('lang', 'en-US'), filter('lang', 'zh-Hant-TW')]],
    ['is:starred is:UNREAD is:read is:unstarred', [filter('is', 'starred'), filter('is', 'unread'), filter('is', 'read'), filter('is', 'unstarred')]],
    ['after:2025 after:2025-03 after:2025-03-09', [filter('after', '2025-01-01'), filter('after', '2025-03-01'), filter('after', '2025-03-09')]],
    // before: the start of the period typed, so before:2025-03 stops at the end of February
    ['before:2025 before:2025-03 before:2025-04-01', [filter('before', '2025-01-01'), filter('before', '2025-03-01'), filter('before', '2025-04-01')]],
    ['after:2025.3.9 before:2025/4/1', [filter('after', '2025-03-09'), filter('before', '2025-04-01')]],
    ['after:2024-02-29', [filter('after', '2024-02-29')]],
    ['tag:a"b', [filter('tag', 'a"b')]],
    ['tag:x:y', [filter('tag', 'x:y')]],
  ])('%j', (input, filters) => {
    expect(parseQuery(input)).toEqual({ terms: [], filters, notes: [] });
  });

  it('keeps terms and filters apart but each in the order typed', () => {
    const query = parseQuery('tag:a one is:starred "two three" -four*');
    expect(query.terms).toEqual([word('one'), phrase('two three'), prefix('four', true)]);
    expect(query.filters).toEqual([filter('tag', 'a'), filter('is', 'starred')]);
  });

  it('a quoted filter value ends at its closing quote', () => {
    expect(parseQuery('in:"Youth policy"congress')).toEqual({ terms: [word('congress')], filters: [filter('in', 'Youth policy')], notes: [] });
  });
});

describe('parseQuery: what is not syntax is searched as text, with a note', () => {
  it.each<[string, TextTerm[], string]>([
    ['foo:bar', [word('foo:bar')], 'foo: is not a filter (those are tag:, outlet:, lang:, in:, after:, before:, is:) — searched "foo:bar" as text'],
    ['9:30', [word('9:30')], '9: is not a filter (those are tag:, outlet:, lang:, in:, after:, before:, is:) — searched "9:30" as text'],
    ['U.S.:', [word('U.S.:')], 'U.S.: is not a filter (those are tag:, outlet:, lang:, in:, after:, before:, is:) — searched "U.S.:" as text'],
    ['title:x', [word('title:x')], 'title: is not a filter (those are tag:, outlet:, lang:, in:, after:, before:, is:) — searched "title:x" as text'],
    ['a:b', [word('a:b')], 'a: is not a filter (those are tag:, outlet:, lang:, in:, after:, before:, is:) — searched "a:b" as text'],
    ['after:soon', [word('after:soon')], 'after: needs a date like 2025-03-01 — searched "after:soon" as text'],
    ['before:2025-13', [word('before:2025-13')], 'before: needs a date like 2025-03-01 — searched "before:2025-13" as text'],
    ['after:2025-02-29', [word('after:2025-02-29')], 'after: needs a date like 2025-03-01 — searched "after:2025-02-29" as text'],
    ['after:2025-04-31', [word('after:2025-04-31')], 'after: needs a date like 2025-03-01 — searched "after:2025-04-31" as text'],
    ['after:25-03-01', [word('after:25-03-01')], 'after: needs a date like 2025-03-01 — searched "after:25-03-01" as text'],
    ['is:maybe', [word('is:maybe')], 'is: can be starred, unstarred, read or unread — searched "is:maybe" as text'],
    ['lang:12', [word('lang:12')], 'lang: needs a language code like ko or en-US — searched "lang:12" as text'],
    ['lang:korean', [word('lang:korean')], 'lang: needs a language code like ko or en-US — searched "lang:korean" as text'],
    ['tag:', [word('tag:')], 'tag: needs a value — searched "tag:" as text'],
    ['tag:""', [word('tag:""')], 'tag: needs a value — searched "tag:""" as text'],
    ['-after:soon', [word('after:soon', true)], 'after: needs a date like 2025-03-01 — searched "after:soon" as text'],
    ['foo:"bar baz"', [word('foo:"bar baz"')], 'foo: is not a filter (those are tag:, outlet:, lang:, in:, after:, before:, is:) — searched "foo:"bar baz"" as text'],
    // the rules for text apply to what is read as text: a final * is a prefix
    ['after:soon*', [prefix('after:soon')], 'after: needs a date like 2025-03-01 — searched "after:soon*" as text'],
  ])('%j', (input, terms, note) => {
    expect(parseQuery(input)).toEqual({ terms, filters: [], notes: [note] });
  });

  it('FTS5 operators and special characters are plain words', () => {
    const input = 'AND OR NOT NEAR(a b) ^x x"y a+b {c} d)';
    expect(parseQuery(input)).toEqual({
      terms: ['AND', 'OR', 'NOT', 'NEAR(a', 'b)', '^x', 'x"y', 'a+b', '{c}', 'd)'].map((text) => word(text)),
      filters: [],
      notes: [],
    });
  });
});

describe('parseQuery: malformed input never throws and is read as literally as possible', () => {
  it.each<[string, TextTerm[], string[]]>([
    ['', [], []],
    ['   ', [], []],
    ['"unbalanced', [phrase('unbalanced')], ['Unbalanced quote: searched "unbalanced as a phrase']],
    ['kim "north korea said', [word('kim'), phrase('north korea said')], ['Unbalanced quote: searched "north korea said as a phrase']],
    ['-"north korea', [phrase('north korea', true)], ['Unbalanced quote: searched "north korea as a phrase']],
    ['"', [], ['Ignored an empty phrase']],
    ['""', [], ['Ignored an empty phrase']],
    ['" "', [], ['Ignored an empty phrase']],
    ['"(&&)"', [], ['Ignored the phrase "(&&)": it has no letters or digits to search for']],
    ['-', [], ['Ignored a lone "-": there is nothing after it to leave out']],
    ['- kim', [word('kim')], ['Ignored a lone "-": there is nothing after it to leave out']],
    ['*', [], ['Ignored a lone "*": there is no word before the "*"']],
    ['-*', [], ['Ignored a lone "-*": there is no word before the "*"']],
    ['**', [], ['Ignored a lone "**": there is no word before the "*"']],
    ['word**', [prefix('word')], ['Read "word**" as "word*"']],
    ['-word***', [prefix('word', true)], ['Read "-word***" as "-word*"']],
    ['a*b', [word('a*b')], ['"*" works only at the end of a word — searched "a*b" as text']],
    ['*word', [word('*word')], ['"*" works only at the end of a word — searched "*word" as text']],
    ['(', [], ['Ignored "(": it has no letters or digits to search for']],
    ['— && -( ...', [], ['Ignored "—": it has no letters or digits to search for', 'Ignored "&&": it has no letters or digits to search for', 'Ignored "-(": it has no letters or digits to search for', 'Ignored "...": it has no letters or digits to search for']],
    ['"north korea"*', [phrase('north korea')], ['Ignored a lone "*": there is no word before the "*"']],
    ['a\u0000b', [word('a'), word('b')], []], // a NUL would cut an FTS5 query short: it separates words
  ])('%j', (input, terms, notes) => {
    expect(parseQuery(input)).toEqual({ terms, filters: [], notes });
  });

  it('an unbalanced quote in a filter value takes the rest of the input', () => {
    expect(parseQuery('in:"Youth policy after:2025')).toEqual({
      terms: [],
      filters: [filter('in', 'Youth policy after:2025')],
      notes: ['Unbalanced quote: read in:"Youth policy after:2025" as a filter'],
    });
  });

  it('says the same thing once', () => {
    expect(parseQuery('- - *').notes).toEqual(['Ignored a lone "-": there is nothing after it to leave out', 'Ignored a lone "*": there is no word before the "*"']);
  });

  it('never throws, on any mix of the characters that mean something', () => {
    const alphabet = ['"', '“', '”', '-', '*', ':', ' ', 'a', 'tag', 'after', '2025', '청', '(', ')', '\u0000', '\n'];
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let run = 0; run < 2000; run++) {
      const input = Array.from({ length: 1 + Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const query = parseQuery(input);
      for (const term of query.terms) expect(term.text).toMatch(/[\p{L}\p{N}]/u);
      expect(parseQuery(formatQuery(query)).terms).toEqual(query.terms);
      expect(parseQuery(formatQuery(query)).filters).toEqual(query.filters);
    }
  });
});

describe('formatQuery', () => {
  it.each<[string, string]>([
    ['', ''],
    ['"youth league" congress* -kim tag:DPRK/youth after:2025-03-01', '"youth league" congress* -kim tag:DPRK/youth after:2025-03-01'],
    ['after:2025 TAG:"DPRK/youth league" -"a  b" lang:EN-us before:2025-3 word** is:Starred', '-"a b" word* after:2025-01-01 tag:"DPRK/youth league" lang:en-US before:2025-03-01 is:starred'],
    ['“curly”  in:“Youth policy”', '"curly" in:"Youth policy"'],
    ['after:soon foo:"bar baz" -(', 'after:soon foo:"bar baz"'],
    ['"unbalanced phrase', '"unbalanced phrase"'],
    ['- * **', ''],
  ])('%j → %j', (input, canonical) => {
    expect(formatQuery(parseQuery(input))).toBe(canonical);
  });

  it('reads back as the same query (terms and filters), and is its own canonical form', () => {
    for (const input of ['"youth league" congress* -kim', 'x"y a*b -after:soon in:"Youth policy" foo:"a b"', '--x tag:a"b "a “b" 청년* "김정은 said"']) {
      const query = parseQuery(input);
      const canonical = formatQuery(query);
      expect(parseQuery(canonical)).toEqual({ ...query, notes: parseQuery(canonical).notes });
      expect(formatQuery(parseQuery(canonical))).toBe(canonical);
    }
  });
});

describe('value rules', () => {
  it.each<[string, string | null]>([
    ['2025', '2025-01-01'],
    ['2025-03', '2025-03-01'],
    ['2025-03-31', '2025-03-31'],
    ['2000-02-29', '2000-02-29'],
    ['1900-02-29', null],
    ['2025-00', null],
    ['2025-03-00', null],
    ['2025-03/01', null],
    ['0000', null],
    ['20250301', null],
    ['soon', null],
  ])('date %j → %j', (value, expected) => {
    expect(normaliseDate(value)).toBe(expected);
  });

  it.each<[string, string | null]>([
    ['ko', 'ko'],
    ['KO', 'ko'],
    ['en-US', 'en-US'],
    ['en-us', 'en-US'],
    ['zh-hant', 'zh-Hant'],
    ['es-419', 'es-419'],
    ['12', null],
    ['k', null],
    ['korean', null],
    ['en-', null],
  ])('lang %j → %j', (value, expected) => {
    expect(normaliseLang(value)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { buildSnippet, type Snippet } from '../../../electron/core/search/snippet';
import { parseQuery } from '../../../shared/search/parse-query';

const snippet = (body: string, query: string, maxLength?: number): Snippet => buildSnippet(body, parseQuery(query).terms, maxLength);
/** The highlighted pieces of a snippet's text. */
const marked = (result: Snippet): string[] => result.highlights.map(([start, end]) => result.text.slice(start, end));

describe('buildSnippet: what matches', () => {
  it.each<[string, string, string[]]>([
    // case and accents
    ['Talks in PYONGYANG ended.', 'pyongyang', ['PYONGYANG']],
    ['Une ÉTUDE sur la Corée.', 'etude coree', ['ÉTUDE', 'Corée']],
    ['Une e\u0301tude', 'étude', ['e\u0301tude']], // decomposed: the mark belongs to its letter
    ['un cafe\u0301 noir', 'café', ['cafe\u0301']], // the mark after the last letter is in the match
    ['Cre\u0300me bru\u0302le\u0301e, dit-il', '"creme brulee"', ['Cre\u0300me bru\u0302le\u0301e']],
    ['I \u2764\uFE0F Seoul and seoul', 'seoul', ['Seoul', 'seoul']], // an emoji's variation selector is a mark too
    ['e\u0301tude e\u0301tudiant', 'étud*', ['e\u0301tude', 'e\u0301tudiant']],
    ['Straße und Ørsted', 'straße ørsted', ['Straße', 'Ørsted']],
    ['Talks in Pyongyang ended.', 'PYONGYANG', ['Pyongyang']],
    ['Việt Nam và İstanbul', 'viet istanbul', ['Việt', 'İstanbul']],
    ['Les élèves', 'ELE*', ['élèves']],
    // whole words; prefixes at the start of a word
    ['Kimchi and Kim and kim-jong', 'kim', ['Kim', 'kim']],
    ['incongruous congress Congo', 'cong*', ['congress', 'Congo']],
    ['the tenth congress', 'tent*', ['tenth']],
    ['the tenth congress', 'tent', []], // a word is not a prefix
    ['the 10th congress', '10*', ['10th']],
    // phrases over any white space and punctuation, in order
    ['North, Korea; and north\n\n korea', '"north korea"', ['North, Korea', 'north korea']],
    ['Korea North', '"north korea"', []],
    ['U.S. officials, not US ones', 'U.S.', ['U.S']],
    ['kim-jong and kim jong', 'kim-jong', ['kim-jong', 'kim jong']],
    ['a*b and a b', 'a*b', ['a*b', 'a b']],
    ['NEAR(a b) was typed', 'NEAR(a', ['NEAR(a']],
    // CJK: substrings anywhere; a CJK character ends a Latin word
    ['청년동맹 대회', '년', ['년']],
    ['청년동맹 대회', '맹', ['맹']],
    ['청년동맹 대회', '년동맹', ['년동맹']],
    ['2025년 ICBM을 발사', 'ICBM', ['ICBM']],
    ['2025년 ICBM을 발사', '2025년', ['2025년']],
    ['北朝鮮の青年同盟が大会を開いた', '青年 大会', ['青年', '大会']],
    ['東京タワーの近く', 'タワー', ['タワー']],
    ['𠀀𠀁𠀂 text', '𠀁', ['𠀁']],
    // a mixed term as written, else its parts
    ['김정은 said so', '"김정은 said"', ['김정은 said']],
    ['김정은 위원장이 said so', '"김정은 said"', ['김정은', 'said']],
    // every match in the window, merged where they touch
    ['north korea and korea', 'korea "north korea"', ['north korea', 'korea']],
    // negated terms are not shown
    ['north korea', 'north -korea', ['north']],
  ])('%j, %j', (body, query, pieces) => {
    expect(marked(snippet(body, query))).toEqual(pieces);
  });

  it('a long decomposed text: the window is cut around the match and the marks stay with their letters', () => {
    const body = `${'Pre\u0301ambule de\u0301cre\u0301te\u0301. '.repeat(30)}La Core\u0301e du Nord a re\u0301pondu. ${'Fin du de\u0301bat. '.repeat(30)}`;
    const result = snippet(body, 'corée "du nord"', 80);
    expect(marked(result)).toEqual(['Core\u0301e', 'du Nord']);
    expect(result.text.startsWith('…')).toBe(true);
    expect(result.text).toContain('La Core\u0301e du Nord a re\u0301pondu.');
  });

  it('only negated terms, or a match only in the title: the start of the text, nothing marked', () => {
    const body = 'Nothing to see here. '.repeat(20);
    for (const query of ['-see', 'headline', '']) {
      const result = snippet(body, query, 50);
      expect(result.highlights).toEqual([]);
      expect(result.text).toBe('Nothing to see here. Nothing to see here. Nothing…');
    }
  });

  it('returns text, never markup', () => {
    const result = snippet('<b>bold</b> & <i>x</i>', 'bold');
    expect(result.text).toBe('<b>bold</b> & <i>x</i>');
    expect(marked(result)).toEqual(['bold']);
  });

  it('an empty body', () => {
    expect(snippet('', 'kim')).toEqual({ text: '', highlights: [] });
  });
});

describe('buildSnippet: the window', () => {
  const words = (from: number, count: number): string => Array.from({ length: count }, (_, i) => `word${from + i}`).join(' ');
  const long = `${words(0, 100)} Pyongyang congress ${words(100, 100)}`;

  it('a short body is shown whole', () => {
    expect(snippet('Kim met the league.', 'league')).toEqual({ text: 'Kim met the league.', highlights: [[12, 18]] });
  });

  it('cuts about maxLength characters around the first match, at spaces, with … at cut ends', () => {
    const result = snippet(long, 'congress', 120);
    expect(result.text.startsWith('…word')).toBe(true);
    expect(result.text.endsWith('…')).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(122);
    expect(result.text.length).toBeGreaterThan(100);
    expect(marked(result)).toEqual(['congress']);
    // whole words only: every word between the ellipses is a word of the body
    for (const word of result.text.slice(1, -1).split(' ')) expect(long.split(' ')).toContain(word);
    // the match has context before it
    expect(result.highlights[0]![0]).toBeGreaterThan(20);
  });

  it('a match near the start: no cut at the start', () => {
    const result = snippet(`Congress opened. ${words(0, 100)}`, 'congress', 80);
    expect(result.text.startsWith('Congress opened. word0')).toBe(true);
    expect(result.text.endsWith('…')).toBe(true);
    expect(result.highlights).toEqual([[0, 8]]);
  });

  it('a match near the end: the window ends with the text', () => {
    const result = snippet(`${words(0, 100)} final congress.`, 'congress', 80);
    expect(result.text.startsWith('…')).toBe(true);
    expect(result.text.endsWith('final congress.')).toBe(true);
    expect(marked(result)).toEqual(['congress']);
  });

  it('finds the first match of any term', () => {
    const result = snippet(`${words(0, 50)} Pyongyang ${words(50, 50)} congress ${words(100, 50)}`, 'congress pyongyang', 100);
    expect(marked(result)).toEqual(['Pyongyang']);
  });

  it('marks every match inside the window and none outside it', () => {
    const body = `${words(0, 60)} kim a kim b kim ${words(60, 60)} kim`;
    const result = snippet(body, 'kim', 100);
    expect(marked(result)).toEqual(['kim', 'kim', 'kim']);
  });

  it('white space runs become one space; highlights follow', () => {
    const result = snippet('First   paragraph.\n\nSecond\tparagraph about  the   youth\nleague.', '"youth league" second');
    expect(result.text).toBe('First paragraph. Second paragraph about the youth league.');
    expect(marked(result)).toEqual(['Second', 'youth league']);
  });

  it('CJK text with no spaces is cut between characters, never inside a surrogate pair', () => {
    const body = '朝鲜劳动党'.repeat(60) + '青年大会' + '𠀀'.repeat(100);
    const result = snippet(body, '青年大会', 40);
    expect(marked(result)).toEqual(['青年大会']);
    expect(result.text.length).toBeLessThanOrEqual(42);
    expect(result.text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });

  it('a match longer than the window is marked up to the cut', () => {
    const phrase = words(0, 40);
    const result = snippet(`Intro. ${phrase} outro`, `"${phrase}"`, 60);
    expect(result.highlights).toHaveLength(1);
    expect(result.text.startsWith('…word0 word1')).toBe(true);
    expect(result.highlights[0]![0]).toBe(1);
    expect(result.highlights[0]![1]).toBe(result.text.length - 1);
  });

  it('highlights are sorted, apart, and inside the text, on any input', () => {
    const vocabulary = ['kim', 'Kim', 'korea', 'North', 'étude', '청년', '동맹', '2025년', ',', '  ', '\n', '—', 'x'];
    const queries = ['kim', '"north korea"', 'kor*', '청년', '2025년 kim', '년 etude', '"kim, korea"'];
    let seed = 3;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let run = 0; run < 300; run++) {
      const body = Array.from({ length: Math.floor(random() * 200) }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(random() < 0.5 ? ' ' : '');
      const result = snippet(body, queries[run % queries.length]!, 20 + Math.floor(random() * 100));
      let last = -1;
      for (const [start, end] of result.highlights) {
        expect(start).toBeGreaterThan(last);
        expect(end).toBeGreaterThan(start);
        expect(end).toBeLessThanOrEqual(result.text.length);
        last = end;
      }
    }
  });
});

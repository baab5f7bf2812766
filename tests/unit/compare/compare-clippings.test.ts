import { afterEach, describe, expect, it } from 'vitest';
import { dominantScript } from '../../../shared/compare/script';
import { errorCodeOf, minute, openTestLibrary, type TestLibrary } from '../library/library-fixture';

const wire = [
  'The finance ministry announced on Tuesday a sweeping overhaul of the national pension scheme, raising the retirement age to sixty-seven over a decade.',
  'Minister Aldona Kwiatkowska told parliament the reform would “save billions and protect younger contributors,” and that premiums would stay flat.',
  'Opposition deputies called the plan a betrayal of miners and nurses, and trade unions in Gdańsk and Katowice promised strikes next month.',
];
const rewrite = [
  'Opposition deputies called the plan a betrayal of miners and nurses; unions in Gdańsk and Katowice promised strikes.',
  'The finance ministry on Tuesday announced an overhaul of the national pension scheme, raising the retirement age to sixty-seven.',
  'Kwiatkowska said the reform would “save billions,” according to the ministry.',
  'A spokesman for the central bank declined to comment on the plan.',
];
const korean = ['재무부는 화요일 연금 제도 개편을 발표했다.', '노조는 다음 달 파업을 예고했다.'];

let library: TestLibrary | null = null;
afterEach(() => {
  library?.close();
  library = null;
});

describe('compare.run', () => {
  it('aligns the clippings in the order asked, with their summaries, the earliest source and linked quotes', async () => {
    library = openTestLibrary();
    const a = library.add('Pension overhaul', { paragraphs: wire, meta: { published: '2024-03-05T09:00:00Z', outlet: 'Wire' } });
    const b = library.add('Unions threaten strikes', { paragraphs: rewrite, meta: { published: '2024-03-05T14:00:00+01:00' } });
    const comparison = await library.call('compare.run', { ids: [b, a] });

    expect(comparison.sources.map((s) => s.id)).toEqual([b, a]);
    expect(comparison.sources[1]!.meta.outlet).toBe('Wire');
    expect(comparison.earliestId).toBe(a);
    expect(comparison.versions).toBe(false);
    expect(comparison.notices).toEqual([]);
    // The rewrite's second paragraph is the wire's first; its last is its own.
    const rowOf = (block: number) => comparison.result.rows.find((row) => row.cells[0]?.blockStart === block)!;
    expect(rowOf(1).cells[1]?.blockStart).toBe(0);
    expect(rowOf(3).onlyIn).toBe(0);
    const saveBillions = comparison.result.quotes.find((q) => q.text.includes('save billions'))!;
    expect(saveBillions.sourceIds.sort()).toEqual([a, b].sort());
  });

  it('says so when the clippings are captures of one article', async () => {
    library = openTestLibrary();
    const first = library.add('Pension overhaul', { paragraphs: wire, now: minute(0) });
    const later = library.add('Pension overhaul (updated)', { paragraphs: [...wire, 'Updated at noon.'], versionOf: first, now: minute(5) });
    const comparison = await library.call('compare.run', { ids: [first, later] });
    expect(comparison.versions).toBe(true);
    expect(comparison.earliestId).toBe(first);
    expect(comparison.result.rows.at(-1)!.onlyIn).toBe(1);
  });

  it('explains an empty clipping, other languages and texts with nothing in common', async () => {
    library = openTestLibrary();
    const a = library.add('Pension overhaul', { paragraphs: wire, meta: { lang: 'en' } });
    const empty = library.add('Nothing here', { paragraphs: [] });
    const ko = library.add('연금 개편', { paragraphs: korean, meta: { lang: 'ko' } });
    const orchid = library.add('Lost orchid', { paragraphs: ['A rare orchid was found blooming in a Borneo rainforest by botanists.'] });

    expect((await library.call('compare.run', { ids: [a, empty] })).notices).toEqual(['“Nothing here” has no text to compare.']);
    expect((await library.call('compare.run', { ids: [a, ko] })).notices.join(' ')).toMatch(/different languages/);
    expect((await library.call('compare.run', { ids: [a, orchid] })).notices).toEqual([
      'These clippings share no passage: they may not be about the same story.',
    ]);
  });

  it('refuses one clipping, five, the same clipping twice and a missing one with a clear message', async () => {
    library = openTestLibrary();
    const a = library.add('A', { paragraphs: wire });
    const b = library.add('B', { paragraphs: rewrite });
    const twice = await library.envelope('compare.run', { ids: [a, a] });
    expect(twice.ok ? null : twice.error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/compared with itself/) });
    expect(await errorCodeOf(library.call('compare.run', { ids: [a] }))).toBe('invalid_input');
    expect(await errorCodeOf(library.call('compare.run', { ids: [a, b, 3, 4, 5] }))).toBe('invalid_input');
    expect(await errorCodeOf(library.call('compare.run', { ids: [a, 999] }))).toBe('not_found');
  });
});

describe('dominantScript', () => {
  it('names the script most letters are in; kana make a text Japanese', () => {
    expect(dominantScript('The minister said 청년')).toBe('Latin');
    expect(dominantScript('재무부는 화요일 연금 제도 개편을 발표했다 (Reuters)')).toBe('Hangul');
    expect(dominantScript('東京都は明日、晴れのち曇りの予報です')).toBe('Hiragana');
    expect(dominantScript('北京市今天发布了新的规定')).toBe('Han');
    expect(dominantScript('12 345 — !')).toBeNull();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocNode } from '../../../shared/document/document-types';
import { containment, shingles, textTerms } from '../../../electron/core/related/related-terms';
import { relatedLabel } from '../../../electron/core/related/related-labels';
import { backfillRelated, documentFrequencies, relatedState } from '../../../electron/core/related/related-index';
import { RelatedRepo } from '../../../electron/core/related/related-coverage';
import { openTestLibrary, type TestLibrary } from '../library/library-fixture';

const wire = [
  'The finance ministry announced on Tuesday a sweeping overhaul of the national pension scheme, raising the retirement age to sixty-seven over a decade.',
  'Minister Aldona Kwiatkowska told parliament the reform would save billions and protect younger contributors from steep premium increases.',
  'Opposition deputies called the plan a betrayal of miners and nurses, and trade unions in Gdańsk and Katowice promised strikes next month.',
  'Economists at the central bank said the overhaul could lift growth, though pensioners groups warned of hardship in rural provinces.',
];
const rewrite = [
  'Poland will make people work longer: Kwiatkowska, the finance minister, unveiled a pension overhaul lifting the retirement age to 67.',
  'Unions in Katowice and Gdańsk threatened strikes over the pension reform, which opposition deputies say betrays miners and nurses.',
  'The ministry expects billions in savings; the central bank sees growth, pensioners fear hardship.',
];
const unrelated = [
  'A rare orchid thought extinct for a century has been found blooming in a Borneo rainforest by a team of botanists from Kew.',
  'The flower, a small white species with purple veins, was photographed on a limestone ridge after weeks of searching in heavy rain.',
];
const other = [
  'The city marathon drew record crowds on Sunday as Kenyan runners swept the podium in cool, windless conditions along the river.',
  'Organisers said forty thousand people finished the race, and the mayor promised a new route next year through the old town.',
];

let library: TestLibrary | null = null;
afterEach(() => {
  library?.close();
  library = null;
});

function open(): { library: TestLibrary; repo: RelatedRepo } {
  library = openTestLibrary();
  return { library, repo: new RelatedRepo(library.lib.db) };
}

describe('related terms', () => {
  it('folds case and accents, drops one-letter words and short numbers', () => {
    expect(textTerms('Gdańsk, GDANSK a 12 2025 Éire').sequence).toEqual(['gdansk', 'gdansk', '2025', 'eire']);
  });

  it('reads CJK runs as character bigrams, and Latin inside them as words', () => {
    expect(textTerms('북한이 ICBM을 발사').sequence).toEqual(['북한', '한이', 'icbm', '을', '발사']);
    expect(textTerms('東京都').sequence).toEqual(['東京', '京都']);
  });

  it('shingles and containment', () => {
    const a = shingles(textTerms('one two three four five six').sequence);
    const b = shingles(textTerms('zero one two three four five six seven').sequence);
    expect(a.size).toBe(3);
    expect(containment(a, b)).toBe(1);
    expect(containment(a, shingles(['x', 'y', 'z', 'w']))).toBe(0);
  });

  it('labels', () => {
    expect(relatedLabel(0.3, 0.9, 100)).toBe('near-copy');
    expect(relatedLabel(0.3, 0.9, 3)).toBe('same story');
    expect(relatedLabel(0.1, 0, 100)).toBe('related');
    expect(relatedLabel(0.01, 0, 100)).toBeNull();
  });
});

describe('related coverage', () => {
  it('finds a near-copy and the same story told otherwise, and not an unrelated story', () => {
    const { library, repo } = open();
    const original = library.add('Pension overhaul raises retirement age', { paragraphs: wire, meta: { published: '2024-03-05T09:00:00Z' } });
    const copy = library.add('Poland raises retirement age to 67 (wire)', { paragraphs: [...wire.slice(0, 3), 'Reporting by staff.'], meta: { published: '2024-03-05T12:00:00Z' } });
    const retold = library.add('Kwiatkowska unveils pension overhaul', { paragraphs: rewrite, meta: { published: '2024-03-06T08:00:00Z' } });
    const orchid = library.add('Lost orchid found in Borneo', { paragraphs: unrelated });
    library.add('Marathon draws record crowds', { paragraphs: other });
    const related = repo.related(original, 10);
    expect(related.map((item) => item.id).slice(0, 2)).toEqual([copy, retold]);
    expect(related[0]!.label).toBe('near-copy');
    expect(related[1]!.label).toBe('same story');
    expect(related.find((item) => item.id === orchid)).toBeUndefined();
    expect(related[0]).toMatchObject({ title: 'Poland raises retirement age to 67 (wire)', published: '2024-03-05T12:00:00Z' });
  });

  it('answers through the API, and refuses an unknown id', async () => {
    const { library } = open();
    const a = library.add('Pension overhaul', { paragraphs: wire });
    const b = library.add('Pension overhaul retold', { paragraphs: rewrite });
    const related = await library.call('clippings.related', { id: a, limit: 5 });
    expect(related.map((item) => item.id)).toEqual([b]);
    const missing = await library.envelope('clippings.related', { id: 9999, limit: 5 });
    expect(missing.ok).toBe(false);
  });

  it('leaves out other versions of the same article and trashed clippings', () => {
    const { library, repo } = open();
    const first = library.add('Pension overhaul', { paragraphs: wire });
    const later = library.add('Pension overhaul (updated)', { paragraphs: [...wire, 'Updated at noon.'], versionOf: first });
    const trashed = library.add('Pension overhaul copy', { paragraphs: wire.slice(0, 3) });
    const retold = library.add('Pension overhaul retold', { paragraphs: rewrite });
    library.lib.clippings.trash(trashed);
    const ids = repo.related(later, 10).map((item) => item.id);
    expect(ids).toEqual([retold]);
    expect(repo.related(retold, 10).map((item) => item.id)).toEqual([later]);
    library.lib.clippings.restore(trashed);
    expect(repo.related(retold, 10).map((item) => item.id).sort()).toEqual([later, trashed].sort());
  });

  it('follows an edit of the text', async () => {
    const { library, repo } = open();
    const a = library.add('Pension overhaul', { paragraphs: wire });
    const b = library.add('A story', { paragraphs: unrelated });
    library.add('Marathon', { paragraphs: other });
    expect(repo.related(a, 10).map((item) => item.id)).not.toContain(b);
    const doc: DocNode = { type: 'doc', content: rewrite.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
    await library.lib.clippings.replaceDocument(b, doc);
    expect(repo.related(a, 10).map((item) => item.id)).toContain(b);
    // The frequencies follow: the orchid's words are no longer counted.
    expect(documentFrequencies(library.lib.db, ['orchid']).get('orchid') ?? 0).toBe(0);
    expect(documentFrequencies(library.lib.db, ['kwiatkowska']).get('kwiatkowska')).toBe(2);
  });

  it('compares Korean, Chinese and Japanese text by character bigrams', () => {
    const { library, repo } = open();
    const a = library.add('북한 미사일 발사', {
      paragraphs: ['북한이 오늘 아침 동해상으로 대륙간탄도미사일을 발사했다고 합동참모본부가 밝혔다.', '일본 정부는 미사일이 배타적경제수역 밖에 떨어졌다고 발표했다.'],
    });
    const b = library.add('北 ICBM 발사', {
      paragraphs: ['합동참모본부는 북한이 대륙간탄도미사일 한 발을 동해상으로 발사했다고 밝혔다.', '미사일은 일본 배타적경제수역 밖에 낙하했다.'],
    });
    library.add('東京の天気', { paragraphs: ['東京都は明日、晴れのち曇りの予報です。気温は二十度まで上がる見込みです。'] });
    library.add('서울 날씨', { paragraphs: ['서울은 내일 맑고 낮 기온이 이십 도까지 오르겠습니다.'] });
    const related = repo.related(a, 10);
    expect(related[0]?.id).toBe(b);
    expect(related[0]?.label).not.toBe('related');
  });

  it('counts clippings stored before the migration lazily', () => {
    const { library, repo } = open();
    const a = library.add('Pension overhaul', { paragraphs: wire });
    const b = library.add('Pension overhaul retold', { paragraphs: rewrite });
    const db = library.lib.db;
    // As a library upgraded to 0006 finds itself: nothing counted, both ids to backfill.
    db.exec('DELETE FROM related_df; UPDATE related_state SET docs = 0, backfill_next = 1, backfill_until = (SELECT max(clipping_id) FROM clipping_bodies)');
    expect(backfillRelated(db, { maxRows: 1 })).toBe(1);
    expect(relatedState(db).docs).toBe(1);
    expect(repo.related(a, 10).map((item) => item.id)).toEqual([b]);
    expect(relatedState(db)).toMatchObject({ docs: 2 });
    expect(backfillRelated(db)).toBe(0);
  });
});

describe('the running app catches up on clippings stored before related coverage', () => {
  it('counts them a few at a time on a timer, and stops when the library closes', async () => {
    const { startRelatedBackfill } = await import('../../../electron/core/related/background-backfill');
    library = openTestLibrary();
    const lib = library.lib;
    for (let i = 0; i < 90; i++) library.add(`Story ${i}`, { paragraphs: [`Paragraph about harbour cranes number ${i} and quay ${i % 7}.`] });
    // As a library opened by 0006 would be: nothing counted yet.
    lib.db.exec("DELETE FROM related_df; UPDATE related_state SET docs = 0, backfill_next = 1, backfill_until = (SELECT max(clipping_id) FROM clipping_bodies)");
    vi.useFakeTimers();
    try {
      const stop = startRelatedBackfill(lib.db);
      await vi.advanceTimersByTimeAsync(3000);
      expect(relatedState(lib.db).docs).toBe(40);
      await vi.advanceTimersByTimeAsync(250);
      expect(relatedState(lib.db).docs).toBe(90);
      expect(documentFrequencies(lib.db, ['cranes']).get('cranes')).toBe(90);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});

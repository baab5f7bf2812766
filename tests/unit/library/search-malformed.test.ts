import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minute, openTestLibrary, prng, type TestLibrary } from './library-fixture';

/**
 * A malformed query never errors: it is read as literally as possible, and `searched`
 * says what was searched and, where it was read differently, why.
 */
let t: TestLibrary;
let ids: Record<string, number>;

beforeAll(() => {
  t = openTestLibrary();
  ids = {
    north: t.add('North Korea', { paragraphs: ['North Korea said the congress would continue.'], now: minute(1) }),
    syntax: t.add('Query syntax in the wild', {
      paragraphs: ['The words AND, OR and NOT; NEAR(a b); col:x; the price ^ 5; a league of youth.'],
      now: minute(2),
    }),
    korean: t.add('청년동맹 대회', { paragraphs: ['조선사회주의애국청년동맹'], now: minute(3) }),
  };
});
afterAll(() => t.close());

async function searched(query: string) {
  const reply = await t.envelope('clippings.search', { query, limit: 20 });
  if (!reply.ok) throw new Error(`${JSON.stringify(query)} failed: ${reply.error.code} ${reply.error.message}`);
  expect(reply.result.total).toBeGreaterThanOrEqual(reply.result.items.length);
  expect(typeof reply.result.searched.query).toBe('string');
  return reply.result;
}

const hitNames = (result: { items: Array<{ id: number }> }) => {
  const byId = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
  return result.items.map((item) => byId.get(item.id)!).sort();
};

describe('malformed queries', () => {
  // Each is read differently from what was typed, so a note says how.
  it.each([
    ['"north korea', 'Unbalanced quote', ['north']],
    ['-', 'lone "-"', ['korean', 'north', 'syntax']],
    ['north -', 'lone "-"', ['north']],
    ['*', '"*"', ['korean', 'north', 'syntax']],
    ['north**', 'north*', ['north']],
    ['(', 'no letters', ['korean', 'north', 'syntax']],
    ['"', 'empty phrase', ['korean', 'north', 'syntax']],
    ['""', 'empty phrase', ['korean', 'north', 'syntax']],
    ['🚀🔥', 'no letters', ['korean', 'north', 'syntax']],
    ['col:x', 'col: is not a filter', ['syntax']],
    ['after:someday', 'after:', []],
    ['is:maybe', 'is:', []],
    ['tag:', 'tag: needs a value', []],
  ])('%j → ok, with a note (%s); nothing left to search lists everything', async (query, noteText, expected) => {
    const result = await searched(query);
    expect(result.searched.notes.join(' | ')).toContain(noteText);
    expect(hitNames(result)).toEqual(expected);
  });

  // FTS5 syntax is searched as the words it is; nothing is read as an operator.
  it.each([
    ['AND', ['syntax']],
    ['OR', ['syntax']],
    ['NOT', ['syntax']],
    // Read literally, AND is one more word to find.
    ['north AND korea', []],
    ['korea AND north', []],
    ['league AND youth', ['syntax']],
    ['north OR youth', []],
    ['NEAR(', ['syntax']],
    ['NEAR(a b)', ['syntax']],
    ['^x', ['syntax']],
    ['price ^ 5', ['syntax']],
    ['title:north', []],
    ['text:congress', []],
    ['{title}: north', []],
    ['north)', ['north']],
    ['"north" "korea"', ['north']],
    ["north'", ['north']],
    ['청년" 동맹', ['korean']],
    ['청년"', ['korean']],
  ])('%j → ok, read literally, finds %j', async (query, expected) => {
    const result = await searched(query);
    expect(hitNames(result)).toEqual(expected);
    expect(result.searched.query.length).toBeGreaterThan(0);
  });

  it('says what it searched for an FTS5 keyword: the word itself', async () => {
    expect((await searched('AND')).searched.query).toBe('AND');
    expect((await searched('NEAR(')).searched.query).toBe('NEAR(');
  });

  it('2,000 characters of junk come back ok, quickly', async () => {
    const random = prng(2000);
    const pool = ['"', '-', '*', '(', ')', ':', '^', '\\', '\0', '\u0001', ' ', ' ', 'AND', 'NEAR(', 'col:', 'x', 'é', '청', '年', '🚀', '\u200b', '\ud800', '“', '＂', 'tag:', 'is:', 'after:', '%', '_'];
    for (let run = 0; run < 5; run++) {
      let junk = '';
      while (junk.length < 2000) junk += pool[Math.floor(random() * pool.length)];
      junk = junk.slice(0, 2000);
      const started = performance.now();
      const result = await searched(junk);
      expect(performance.now() - started).toBeLessThan(5000);
      expect(result.searched.notes.length).toBeGreaterThan(0);
    }
  });

  it('a list request reads the query the same way (clippings.list and clippings.ids)', async () => {
    for (const query of ['"north korea', '-', 'NEAR(', '🚀', 'col:x']) {
      expect((await t.envelope('clippings.list', { query, limit: 5 })).ok).toBe(true);
      expect((await t.envelope('clippings.ids', { query })).ok).toBe(true);
    }
  });

  it('a lone NUL or control character is a separator, not the end of the query', async () => {
    expect(hitNames(await searched('north\0korea'))).toEqual(['north']);
    expect(hitNames(await searched('"north\u0001korea"'))).toEqual(['north']);
  });
});

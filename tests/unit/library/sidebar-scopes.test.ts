import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listQueryOf } from '../../../renderer/src/library/library-scope';
import { openTestLibrary, type TestLibrary } from './library-fixture';

/**
 * What the sidebar shows beside a tag or collection is what the list shows when it is
 * selected: the scope's query (renderer/src/library/library-scope.ts) read by the core.
 */
let t: TestLibrary;
beforeEach(() => {
  t = openTestLibrary();
});
afterEach(() => t.close());

describe('sidebar scopes', () => {
  it('a tag whose path looks like syntax lists its clippings', async () => {
    const a = t.add('A');
    const paths = ['-minus', 'tag:x', 'x*', 'after:2025', 'North Korea/youth league', 'DPRK/청년'];
    await t.call('tags.apply', { clippingIds: [a], add: paths });
    for (const tag of await t.call('tags.list', {})) {
      const page = await t.call('clippings.list', { query: listQueryOf({ kind: 'tag', path: tag.path }, '') });
      expect({ path: tag.path, total: page.total }).toEqual({ path: tag.path, total: tag.count });
    }
  });

  // BUG: a tag or collection whose name has a double quote (a nickname: Kim "Rocket man")
  // or starts with a curly quote cannot be listed from the sidebar: scopeQuery's quoted()
  // drops the quotes (`tag:"Kim Rocket man"`) or leaves curly ones that the parser reads
  // as quoting (`tag:“curly”` → tag `curly`), and the search syntax has no escape for a
  // quote inside a quoted value, so the filter names no tag and the list is empty while
  // the count beside the tag says 1. Reproduce: tags.apply add ['Kim "Rocket man"'], select
  // it → clippings.list {query: 'tag:"Kim Rocket man"'} → total 0, note "There is no tag".
  it('a tag or collection with quotes in its name lists its clippings', async () => {
    const a = t.add('A');
    await t.call('tags.apply', { clippingIds: [a], add: ['Kim "Rocket man"', '“Curly”'] });
    const collection = await t.call('collections.create', { name: 'Say "hi"' });
    await t.call('collections.addClippings', { id: collection.id, clippingIds: [a] });
    for (const tag of await t.call('tags.list', {})) {
      const page = await t.call('clippings.list', { query: listQueryOf({ kind: 'tag', path: tag.path }, '') });
      expect({ path: tag.path, total: page.total }).toEqual({ path: tag.path, total: 1 });
    }
    const scope = { kind: 'collection' as const, id: collection.id, name: collection.name, path: collection.name };
    expect((await t.call('clippings.list', { query: listQueryOf(scope, '') })).total).toBe(1);
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocNode } from '../../../shared/document/document-types';
import { errorCodeOf, minute, openTestLibrary, type TestLibrary } from './library-fixture';

/** Annotations through the API: stored with selectors, edited, deleted and restored, re-anchored when the text changes. */
let t: TestLibrary;
beforeEach(() => {
  t = openTestLibrary();
});
afterEach(() => t.close());

const PARAGRAPHS = [
  'The youth league met in Pyongyang on Monday.',
  '“We will answer with strength,” the chairman said, according to KCNA.',
  'Observers in Seoul called the meeting routine.',
];

async function articleWithText(paragraphs = PARAGRAPHS) {
  const id = t.add('Youth league meeting', { paragraphs, now: minute(1) });
  const { text } = await t.call('clippings.get', { id });
  return { id, text };
}

function rangeOf(text: string, quote: string) {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in the text: ${quote}`);
  return { start, end: start + quote.length, exact: quote };
}

function docOf(paragraphs: string[]): { type: 'doc'; content: DocNode[] } {
  return { type: 'doc', content: paragraphs.map((paragraph) => ({ type: 'paragraph', content: [{ type: 'text', text: paragraph }] })) };
}

describe('creating', () => {
  it('stores a highlight with its quote, 32 characters of context either side, its position and its block', async () => {
    const { id, text } = await articleWithText();
    const range = rangeOf(text, 'answer with strength');
    const created = await t.call('annotations.create', { clippingId: id, range, color: 3, comment: 'Stock phrase.' });
    expect(created.target).toEqual({
      exact: 'answer with strength',
      prefix: text.slice(range.start - 32, range.start),
      suffix: text.slice(range.end, range.end + 32),
      start: range.start,
      end: range.end,
      block: 1,
    });
    expect(created).toMatchObject({ clippingId: id, color: 3, kind: null, comment: 'Stock phrase.', orphaned: false });
    expect(await t.call('annotations.list', { clippingId: id })).toEqual([created]);
  });

  it('trims white space off a selection and refuses one of only white space', async () => {
    const { id, text } = await articleWithText();
    const start = text.indexOf('Monday.') + 'Monday.'.length;
    const created = await t.call('annotations.create', { clippingId: id, range: { start: start - 7, end: start + 6 } });
    expect(created.target?.exact).toBe('Monday.\n\n“We');
    const blank = t.envelope('annotations.create', { clippingId: id, range: { start, end: start + 2 } });
    expect(await blank).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('white space') } });
  });

  it('keeps a page note, which has no target, before the highlights', async () => {
    const { id, text } = await articleWithText();
    const highlight = await t.call('annotations.create', { clippingId: id, range: rangeOf(text, 'Seoul') });
    const note = await t.call('annotations.create', { clippingId: id, comment: 'Compare with Yonhap.' });
    expect(note.target).toBeNull();
    expect((await t.call('annotations.list', { clippingId: id })).map((a) => a.id)).toEqual([note.id, highlight.id]);
  });

  it('allows overlapping and nested highlights, listed in document order', async () => {
    const { id, text } = await articleWithText();
    const outer = await t.call('annotations.create', { clippingId: id, range: rangeOf(text, 'the chairman said, according to KCNA') });
    const inner = await t.call('annotations.create', { clippingId: id, range: rangeOf(text, 'chairman') });
    const earlier = await t.call('annotations.create', { clippingId: id, range: rangeOf(text, 'youth league') });
    expect((await t.call('annotations.list', { clippingId: id })).map((a) => a.id)).toEqual([earlier.id, outer.id, inner.id]);
  });

  it('keeps a 10,000-character comment whole and finds its words', async () => {
    const { id } = await articleWithText();
    const comment = `${'context '.repeat(1249)}zeppelin`;
    expect(comment.length).toBe(10_000);
    const note = await t.call('annotations.create', { clippingId: id, comment });
    expect((await t.call('annotations.list', { clippingId: id }))[0]!.comment).toBe(comment);
    expect((await t.call('annotations.search', { query: 'zeppelin' })).items.map((a) => a.id)).toEqual([note.id]);
  });

  it('looks a range up again when the text it was read from has changed, and refuses one it cannot find', async () => {
    const { id, text } = await articleWithText();
    const range = rangeOf(text, 'Observers in Seoul');
    const shifted = await t.call('annotations.create', { clippingId: id, range: { ...range, start: range.start - 5, end: range.end - 5 } });
    expect(shifted.target).toMatchObject({ exact: 'Observers in Seoul', start: range.start });
    expect(await errorCodeOf(t.call('annotations.create', { clippingId: id, range: { start: 0, end: 5, exact: 'Nowhere in the text' } }))).toBe('conflict');
  });
});

describe('editing, deleting, restoring', () => {
  it('changes colour, kind, speaker, comment and tags (created when new)', async () => {
    const { id, text } = await articleWithText();
    const created = await t.call('annotations.create', { clippingId: id, range: rangeOf(text, '“We will answer with strength,”') });
    const updated = await t.call('annotations.update', {
      id: created.id,
      color: 2,
      kind: 'quote',
      speaker: 'the chairman',
      comment: 'Threat language.',
      tags: ['DPRK/youth', 'Rhetoric'],
    });
    expect(updated).toMatchObject({ color: 2, kind: 'quote', speaker: 'the chairman', comment: 'Threat language.' });
    expect(updated.tags.map((tag) => tag.path)).toEqual(['DPRK/youth', 'Rhetoric']);
    expect((await t.call('tags.list', {})).map((tag) => tag.path)).toEqual(expect.arrayContaining(['DPRK', 'DPRK/youth', 'Rhetoric']));
    const cleared = await t.call('annotations.update', { id: created.id, kind: null, speaker: null, tags: [] });
    expect(cleared).toMatchObject({ kind: null, speaker: null, tags: [] });
  });

  it('deletes with undo until the trash is emptied', async () => {
    const { id, text } = await articleWithText();
    const created = await t.call('annotations.create', { clippingId: id, range: rangeOf(text, 'Seoul'), comment: 'Keep' });
    await t.call('annotations.delete', { id: created.id });
    expect(await t.call('annotations.list', { clippingId: id })).toEqual([]);
    expect(await t.call('annotations.restore', { id: created.id })).toEqual(created);
    await t.call('annotations.delete', { id: created.id });
    await t.call('trash.empty', {});
    expect(await errorCodeOf(t.call('annotations.restore', { id: created.id }))).toBe('not_found');
  });

  it('go to the trash with their clipping and come back with it', async () => {
    const { id, text } = await articleWithText();
    const created = await t.call('annotations.create', { clippingId: id, range: rangeOf(text, 'Seoul'), comment: 'Kept through the trash' });
    await t.call('clippings.trash', { id });
    expect((await t.call('annotations.search', {})).total).toBe(0);
    await t.call('clippings.restore', { id });
    expect((await t.call('annotations.search', {})).items.map((a) => a.id)).toEqual([created.id]);
    expect(await t.call('annotations.list', { clippingId: id })).toEqual([created]);
    await t.call('clippings.trash', { id });
    await t.call('trash.empty', {});
    expect(t.lib.db.prepare('SELECT count(*) AS n FROM annotations').get()).toEqual({ n: 0 });
  });

  it('moves with a tag merged into another', async () => {
    const { id, text } = await articleWithText();
    const created = await t.call('annotations.create', { clippingId: id, range: rangeOf(text, 'Seoul'), tags: ['Old name'] });
    const tags = await t.call('tags.list', {});
    const source = tags.find((tag) => tag.path === 'Old name')!;
    const target = await t.call('tags.create', { path: 'New name' });
    await t.call('tags.merge', { sourceId: source.id, targetId: target.id });
    expect((await t.call('annotations.list', { clippingId: id }))[0]!.tags.map((tag) => tag.path)).toEqual(['New name']);
    expect(created.tags.map((tag) => tag.path)).toEqual(['Old name']);
  });
});

describe('when the text changes', () => {
  it('follows a highlight whose text moved, and keeps one whose sentence is gone as an orphan with its quote', async () => {
    const { id, text } = await articleWithText();
    const follows = await t.call('annotations.create', { clippingId: id, range: rangeOf(text, 'Observers in Seoul') });
    const gone = await t.call('annotations.create', { clippingId: id, range: rangeOf(text, 'met in Pyongyang') });
    const edited = ['A new opening paragraph, added by the analyst.', PARAGRAPHS[1]!, PARAGRAPHS[2]!];
    const result = await t.call('clippings.updateDocument', { id, doc: docOf(edited) });
    expect(result.annotations).toEqual({ anchored: 1, moved: 1, orphaned: 1 });
    const newText = result.clipping.text;
    const list = await t.call('annotations.list', { clippingId: id });
    const after = list.find((a) => a.id === follows.id)!;
    expect(after.orphaned).toBe(false);
    expect(newText.slice(after.target!.start, after.target!.end)).toBe('Observers in Seoul');
    expect(after.target!.block).toBe(2);
    const lost = list.find((a) => a.id === gone.id)!;
    expect(lost.orphaned).toBe(true);
    expect(lost.target!.exact).toBe('met in Pyongyang');
  });

  it('re-attaches an orphan to newly selected text', async () => {
    const { id, text } = await articleWithText();
    const gone = await t.call('annotations.create', { clippingId: id, range: rangeOf(text, 'met in Pyongyang'), comment: 'Where?' });
    const { clipping } = await t.call('clippings.updateDocument', { id, doc: docOf(['The league gathered in the capital.', PARAGRAPHS[2]!]) });
    const attached = await t.call('annotations.update', { id: gone.id, range: rangeOf(clipping.text, 'gathered in the capital') });
    expect(attached).toMatchObject({ orphaned: false, comment: 'Where?', target: { exact: 'gathered in the capital', start: 11 } });
  });

  it('updates the list preview and the search index with the text', async () => {
    const { id } = await articleWithText();
    await t.call('clippings.updateDocument', { id, doc: docOf(['Entirely rewritten about cormorants.']) });
    expect((await t.call('clippings.search', { query: 'cormorants' })).items.map((item) => item.id)).toEqual([id]);
    expect((await t.call('clippings.search', { query: 'Pyongyang' })).total).toBe(0);
    expect((await t.call('clippings.get', { id })).excerpt).toBe('Entirely rewritten about cormorants.');
  });

  it('refuses a document outside the schema or without text, and changes nothing', async () => {
    const { id, text } = await articleWithText();
    const bad = { type: 'doc' as const, content: [{ type: 'script', content: [{ type: 'text', text: 'x' }] }] };
    expect(await errorCodeOf(t.call('clippings.updateDocument', { id, doc: bad }))).toBe('invalid_input');
    expect(await errorCodeOf(t.call('clippings.updateDocument', { id, doc: { type: 'doc', content: [{ type: 'paragraph' }] } }))).toBe('invalid_input');
    expect((await t.call('clippings.get', { id })).text).toBe(text);
  });
});

describe('extracting the text again from the original', () => {
  const PAGE = readFileSync(resolve(import.meta.dirname, '../../fixtures/e2e/harbour-article.html'));

  it('restores the text an edit had changed, re-anchors the annotations and keeps edited metadata', async () => {
    const outcome = await t.call('clippings.importFile', { fileName: 'harbour-article.html', dataBase64: PAGE.toString('base64') });
    if (outcome.status === 'duplicate') throw new Error('unexpected duplicate');
    const id = outcome.clipping.id;
    const original = await t.call('clippings.get', { id });
    const note = await t.call('annotations.create', { clippingId: id, range: rangeOf(original.text, 'repairing footpaths'), comment: 'Work done' });
    await t.call('clippings.update', { id, meta: { outlet: 'Herald (edited)' } });
    await t.call('clippings.updateDocument', { id, doc: docOf(['Only this line is left.']) });
    expect((await t.call('annotations.list', { clippingId: id }))[0]!.orphaned).toBe(true);

    const again = await t.call('clippings.reextract', { id });
    expect(again.clipping.text).toBe(original.text);
    expect(again.clipping.meta.outlet).toBe('Herald (edited)');
    expect(again.annotations).toEqual({ anchored: 1, moved: 1, orphaned: 0 });
    const [back] = await t.call('annotations.list', { clippingId: id });
    expect(back).toMatchObject({ id: note.id, orphaned: false, target: { exact: 'repairing footpaths', start: note.target!.start } });
  });

  it('refuses a clipping without an original, and changes nothing', async () => {
    const { id, text } = await articleWithText();
    t.lib.db.prepare('DELETE FROM clipping_snapshots WHERE clipping_id = ?').run(id);
    expect(await errorCodeOf(t.call('clippings.reextract', { id }))).toBe('not_found');
    expect((await t.call('clippings.get', { id })).text).toBe(text);
  });
});

describe('a new capture of the article', () => {
  it('carries the annotations of the capture before it, re-anchored, and the Quotes view shows them once', async () => {
    const { id, text } = await articleWithText();
    const kept = await t.call('annotations.create', { clippingId: id, range: rangeOf(text, 'Observers in Seoul'), comment: 'Routine?', tags: ['Sources'] });
    const lost = await t.call('annotations.create', { clippingId: id, range: rangeOf(text, 'met in Pyongyang') });
    const next = t.add('Youth league meeting', { paragraphs: ['The youth league gathered on Monday.', PARAGRAPHS[2]!], versionOf: id, now: minute(5) });
    const carried = await t.call('annotations.list', { clippingId: next });
    expect(carried).toHaveLength(2);
    const newText = (await t.call('clippings.get', { id: next })).text;
    const follows = carried.find((a) => a.comment === 'Routine?')!;
    expect(newText.slice(follows.target!.start, follows.target!.end)).toBe('Observers in Seoul');
    expect(follows.tags.map((tag) => tag.path)).toEqual(['Sources']);
    expect(carried.find((a) => a.target?.exact === 'met in Pyongyang')!.orphaned).toBe(true);
    // The earlier capture keeps its own, untouched.
    expect((await t.call('annotations.list', { clippingId: id })).map((a) => a.id)).toEqual([lost.id, kept.id]);
    const view = await t.call('annotations.search', {});
    expect(view.total).toBe(2);
    expect(view.items.every((item) => item.clippingId === next)).toBe(true);
  });
});

describe('search', () => {
  it('finds a clipping by the words of its annotations’ comments, until the annotation is deleted', async () => {
    const { id, text } = await articleWithText();
    const created = await t.call('annotations.create', { clippingId: id, range: rangeOf(text, 'Seoul'), comment: 'Compare the wording with Xinhua' });
    expect((await t.call('clippings.search', { query: 'xinhua' })).items.map((item) => item.id)).toEqual([id]);
    await t.call('annotations.delete', { id: created.id });
    expect((await t.call('clippings.search', { query: 'xinhua' })).total).toBe(0);
    await t.call('annotations.restore', { id: created.id });
    expect((await t.call('clippings.search', { query: 'xinhua' })).total).toBe(1);
  });

  it('filters the Quotes & annotations view by colour, kind, tag (with the tags below), speaker and words, CJK included', async () => {
    const { id, text } = await articleWithText();
    const korean = t.add('청년동맹 회의', { paragraphs: ['청년동맹은 월요일 평양에서 회의를 열었다.'], now: minute(2) });
    const koreanText = (await t.call('clippings.get', { id: korean })).text;
    const quote = await t.call('annotations.create', {
      clippingId: id,
      range: rangeOf(text, '“We will answer with strength,”'),
      kind: 'quote',
      speaker: 'the chairman',
      color: 4,
      tags: ['DPRK/youth'],
    });
    const plain = await t.call('annotations.create', { clippingId: id, range: rangeOf(text, 'Observers in Seoul'), color: 1 });
    const cjk = await t.call('annotations.create', { clippingId: korean, range: rangeOf(koreanText, '평양에서'), kind: 'fact' });
    const ids = async (input: Parameters<TestLibrary['call']>[1]) => (await t.call('annotations.search', input as never)).items.map((a) => a.id).sort();
    expect(await ids({ colors: [4] })).toEqual([quote.id]);
    expect(await ids({ kinds: ['highlight'] })).toEqual([plain.id]);
    expect(await ids({ kinds: ['quote', 'fact'] })).toEqual([quote.id, cjk.id].sort());
    const dprk = (await t.call('tags.list', {})).find((tag) => tag.path === 'DPRK')!;
    expect(await ids({ tagId: dprk.id })).toEqual([quote.id]);
    expect(await ids({ speaker: 'The Chairman' })).toEqual([quote.id]);
    expect(await ids({ query: 'strength' })).toEqual([quote.id]);
    expect(await ids({ query: '평양' })).toEqual([cjk.id]);
    expect(await ids({ query: '-strength' })).toEqual([plain.id, cjk.id].sort());
    const page = await t.call('annotations.search', { speaker: 'the chairman' });
    expect(page.items[0]!.clipping).toMatchObject({ id, title: 'Youth league meeting' });
    const facets = await t.call('annotations.facets', {});
    expect(facets.speakers).toEqual([{ name: 'the chairman', count: 1 }]);
    expect(facets.tags).toEqual([{ id: expect.any(Number), path: 'DPRK/youth', count: 1 }]);
  });
});

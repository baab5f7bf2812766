import { describe, expect, it } from 'vitest';
import { buildTextMap, documentRanges, textOffsetAt, type TextMap } from '../../../renderer/src/annotations/text-map';
import { readerExtensions } from '../../../renderer/src/reader/reader-figure';
import { getSchema } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { canonicalText } from '../../../shared/document/canonical-text';
import type { DocNode } from '../../../shared/document/document-types';
import { prepareFromFile } from '../../../electron/core/capture/prepare-clipping';
import { fixtureBytes } from '../capture/capture-test-helpers';

const schema = getSchema(readerExtensions());
const text = (value: string): DocNode => ({ type: 'text', text: value });
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const cell = (...paragraphs: DocNode[]): DocNode => ({ type: 'tableCell', content: paragraphs });

function mapOf(doc: DocNode): { node: PMNode; map: TextMap } {
  const node = schema.nodeFromJSON(doc);
  return { node, map: buildTextMap(node) };
}

/** What the document shows over `text.slice(start, end)`, read back through the map. */
function shown(node: PMNode, map: TextMap, start: number, end: number): string {
  return documentRanges(map, start, end)
    .map(({ from, to }) => node.textBetween(from, to, '', '\n'))
    .join('|');
}

describe('the text map', () => {
  it('gives the canonical text of paragraphs, headings, hard breaks, lists, quotes and figures', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [text('Title')] },
        paragraph(text('One '), { type: 'text', text: 'bold', marks: [{ type: 'bold' }] }, text(' line'), { type: 'hardBreak' }, text('two')),
        paragraph(),
        { type: 'blockquote', content: [paragraph(text('Quoted.'))] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('Item'))] }] },
        { type: 'figure', attrs: { src: null }, content: [text('A caption')] },
      ],
    };
    const { node, map } = mapOf(doc);
    expect(map.text).toBe(canonicalText(doc));
    const at = map.text.indexOf('bold line');
    expect(shown(node, map, at, at + 'bold line\ntwo'.length)).toBe('bold line\ntwo');
    const quote = map.text.indexOf('Quoted');
    expect(shown(node, map, quote - 5, quote + 6)).toBe('two|Quoted');
  });

  it('follows the folded white space of table rows cell by cell', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        {
          type: 'table',
          content: [{ type: 'tableRow', content: [cell(paragraph(text('  North   Korea ')), paragraph(text('2025'))), cell(paragraph(text('Seoul')))] }],
        },
      ],
    };
    const { node, map } = mapOf(doc);
    expect(map.text).toBe('North Korea 2025\tSeoul');
    expect(shown(node, map, 0, 11)).toBe('North |Korea');
    expect(shown(node, map, 12, 22)).toBe('2025|Seoul');
  });

  it('converts positions back to offsets, snapping between blocks to the text on the selection’s side', () => {
    const { node, map } = mapOf({ type: 'doc', content: [paragraph(text('First.')), paragraph(text('Second.'))] });
    const second = map.text.indexOf('Second');
    const [range] = documentRanges(map, second, second + 6);
    expect(textOffsetAt(map, range!.from, 'start')).toBe(second);
    expect(textOffsetAt(map, range!.to, 'end')).toBe(second + 6);
    const between = node.child(0).nodeSize; // the position between the two paragraphs
    expect(textOffsetAt(map, between, 'start')).toBe(second);
    expect(textOffsetAt(map, between, 'end')).toBe('First.'.length);
  });

  it('matches the stored text of real captured articles', async () => {
    for (const name of ['article.html', 'joongang-red-necktie-2025-03-31.txt', 'euc-kr-page.html']) {
      const prepared = await prepareFromFile({ fileName: name, bytes: fixtureBytes(name) });
      const { node, map } = mapOf(prepared.doc);
      expect(map.text, name).toBe(prepared.text);
      // Every run shows exactly its characters.
      for (const segment of map.segments) {
        expect(node.textBetween(segment.pos, segment.pos + segment.length, '', '\n')).toBe(map.text.slice(segment.offset, segment.offset + segment.length));
      }
    }
  });
});

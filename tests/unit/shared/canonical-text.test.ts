import { describe, expect, it } from 'vitest';
import { canonicalText, countWords, excerptOf, textBlocks } from '../../../shared/document/canonical-text';
import type { DocNode } from '../../../shared/document/document-types';

const text = (value: string, marks?: DocNode['marks']): DocNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const para = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });

const doc: DocNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('Brigades')] },
    para(text('ESTRAVA — '), text('Volunteers', [{ type: 'bold' }]), text(' gathered.')),
    { type: 'blockquote', content: [para(text('“A lantern,” she said.'))] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('Trees'))] }, { type: 'listItem', content: [para(text('Schools'))] }] },
    para(text('Line one'), { type: 'hardBreak' }, text('line two')),
    para(),
    { type: 'figure', attrs: { src: null }, content: [text('A caption')] },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [{ type: 'tableHeader', content: [para(text('Year'))] }, { type: 'tableHeader', content: [para(text('Members'))] }] },
        { type: 'tableRow', content: [{ type: 'tableCell', content: [para(text('1946'))] }, { type: 'tableCell', content: [para(text('3 million'))] }] },
      ],
    },
  ],
};

describe('canonical text', () => {
  it('puts each text block on its own, separated by a blank line; marks leave no trace', () => {
    expect(canonicalText(doc)).toBe(
      [
        'Brigades',
        'ESTRAVA — Volunteers gathered.',
        '“A lantern,” she said.',
        'Trees',
        'Schools',
        'Line one\nline two',
        'A caption',
        'Year\tMembers',
        '1946\t3 million',
      ].join('\n\n'),
    );
  });

  it('gives each block offsets that slice the canonical text exactly', () => {
    const full = canonicalText(doc);
    for (const block of textBlocks(doc)) expect(full.slice(block.start, block.end)).toBe(block.text);
    expect(textBlocks(doc).map((b) => b.type)).toEqual([
      'heading', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'figure', 'tableRow', 'tableRow',
    ]);
  });

  it('is empty for an empty document', () => {
    expect(canonicalText({ type: 'doc', content: [para()] })).toBe('');
  });

  it('counts words, each CJK character as one', () => {
    expect(countWords('North Korea rallies instructors.')).toBe(4);
    expect(countWords('붉은넥타이')).toBeGreaterThanOrEqual(1);
    expect(countWords('')).toBe(0);
  });

  it('cuts excerpts at a word boundary', () => {
    const long = 'word '.repeat(100);
    const excerpt = excerptOf(long, 50);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(51);
    expect(excerptOf('short  text\n\nhere')).toBe('short text here');
  });
});

import { describe, expect, it } from 'vitest';
import { prepareFromFile, prepareFromPaste } from '../../../electron/core/capture/prepare-clipping';
import { expectValidDoc, fixtureBytes, marksOfType, nodesOfType, textOf } from './capture-test-helpers';

describe('markdown clippings', () => {
  it('converts markdown structure and takes the top heading as the title', async () => {
    const clipping = await prepareFromFile({ fileName: 'notes.md', bytes: fixtureBytes('notes.md'), url: 'https://council.example/notes/' });
    expectValidDoc(clipping.doc);
    expect(clipping.format).toBe('markdown');
    expect(clipping.title).toBe('Council budget notes');
    expect(clipping.snapshot.contentType).toBe('text/markdown; charset=utf-8');
    expect(nodesOfType(clipping.doc, 'heading').map(textOf)).toEqual(['Key points']);
    expect(marksOfType(clipping.doc, 'bold').map((m) => m.text)).toContain('Tuesday');
    expect(marksOfType(clipping.doc, 'italic').map((m) => m.text)).toContain('harbour');
    expect(nodesOfType(clipping.doc, 'bulletList')).toHaveLength(1);
    expect(nodesOfType(clipping.doc, 'orderedList')).toHaveLength(1);
    expect(nodesOfType(clipping.doc, 'blockquote').map(textOf)).toEqual(['Spending must be matched by income.']);
    expect(marksOfType(clipping.doc, 'link').map((m) => m.mark.attrs?.href)).toEqual(['https://council.example/reports/budget.pdf']);
    expect(nodesOfType(clipping.doc, 'figure').map((f) => f.attrs)).toEqual([
      { src: 'https://images.example/harbour.jpg', alt: 'Harbour at dawn', credit: null },
    ]);
  });

  it('keeps raw HTML as visible text, never as markup', async () => {
    const clipping = await prepareFromFile({ fileName: 'notes.md', bytes: fixtureBytes('notes.md') });
    expect(clipping.text).toContain('Raw HTML stays text: <script>alert(1)</script> and <b>not bold</b>.');
    expect(marksOfType(clipping.doc, 'bold').map((m) => m.text)).not.toContain('not bold');
    // The javascript: link is not rendered as a link.
    expect(marksOfType(clipping.doc, 'link').every((m) => String(m.mark.attrs?.href).startsWith('http'))).toBe(true);
  });

  it('titles markdown without a top heading after the file name, or its first line', async () => {
    const file = await prepareFromFile({ fileName: 'minutes.markdown', bytes: new TextEncoder().encode('Some text.\n\n# Later heading\n') });
    expect(file.title).toBe('minutes');
    expect(file.text).toBe('Some text.\n\nLater heading');
    const pasted = await prepareFromPaste({ format: 'markdown', content: 'First line\nsecond line\n\nMore.' });
    expect(pasted.title).toBe('First line second line');
  });
});

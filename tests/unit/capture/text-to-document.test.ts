import { describe, expect, it } from 'vitest';
import { textToDocument } from '../../../electron/core/capture/text-to-document';
import { prepareFromFile, prepareFromPaste } from '../../../electron/core/capture/prepare-clipping';
import { expectValidDoc, fixtureBytes, textOf } from './capture-test-helpers';

const paragraphs = (text: string, takeTitle = false) => {
  const { doc, title } = textToDocument(text, { takeTitle });
  expectValidDoc(doc);
  return { title, paragraphs: (doc.content ?? []).map(textOf) };
};

describe('textToDocument', () => {
  it('separates blocks at blank lines, including lines of only whitespace', () => {
    expect(paragraphs('One\n\nTwo\n \t\u00a0\nThree\r\n\r\nFour').paragraphs).toEqual(['One', 'Two', 'Three', 'Four']);
  });

  it('joins the lines of a hard-wrapped paragraph', () => {
    const wrapped = [
      'The harbour council voted on Thursday to build a tidal barrier across',
      'the mouth of the estuary, ending a debate that had run for more than',
      'three years.',
    ].join('\n');
    expect(paragraphs(`${wrapped}\n\nNext.`).paragraphs).toEqual([
      'The harbour council voted on Thursday to build a tidal barrier across the mouth of the estuary, ending a debate that had run for more than three years.',
      'Next.',
    ]);
  });

  it('keeps short or long lines as paragraphs of their own', () => {
    expect(paragraphs('Name: Ada\nRole: Editor\nDesk: Foreign').paragraphs).toEqual(['Name: Ada', 'Role: Editor', 'Desk: Foreign']);
    const long = 'x'.repeat(120);
    expect(paragraphs(`${long}\n${long}`).paragraphs).toEqual([long, long]);
  });

  it('takes a first line of up to 200 characters as the title and out of the body', () => {
    expect(paragraphs('  Headline here  \nBody one.\n\nBody two.', true)).toEqual({
      title: 'Headline here',
      paragraphs: ['Body one.', 'Body two.'],
    });
    const long = 'y'.repeat(201);
    expect(paragraphs(`${long}\n\nBody.`, true)).toEqual({ title: null, paragraphs: [long, 'Body.'] });
  });

  it('keeps a single line in the body even when it is the title', () => {
    expect(paragraphs('Just one line', true)).toEqual({ title: 'Just one line', paragraphs: ['Just one line'] });
  });

  it('drops control characters', () => {
    expect(paragraphs('a\u0000b\u0007c').paragraphs).toEqual(['abc']);
  });
});

describe('plain text clippings', () => {
  it('clips the JoongAng article with its title and paragraphs', async () => {
    const clipping = await prepareFromFile({
      fileName: 'joongang-red-necktie-2025-03-31.txt',
      bytes: fixtureBytes('joongang-red-necktie-2025-03-31.txt'),
    });
    expectValidDoc(clipping.doc);
    expect(clipping.format).toBe('text');
    expect(clipping.title).toBe('North Korea rallies instructors to instill loyalty to Kim Jong-un in children');
    const body = (clipping.doc.content ?? []).map(textOf);
    expect(body[0]).toBe('Published: 31 Mar. 2025, 11:10');
    expect(body[1]).toMatch(/^This image of a large-scale gathering of instructors .* \[YONHAP\]$/);
    expect(body).toContain(
      'The KCNA said the event took place at Kim\'s instruction and that his remarks were delivered during the meeting, though no details were disclosed.',
    );
    expect(body[body.length - 1]).toBe(
      'Ways to enhance educational methods, as well as "defects" in the projects aimed at strengthening the children\'s union and its roles, were also discussed during the meeting, according to the KCNA.',
    );
    expect(body).toHaveLength(10);
    expect(clipping.text).not.toContain('North Korea rallies instructors');
    expect(clipping.text).not.toContain('\u00a0');
    expect(clipping.snapshot.contentType).toBe('text/plain; charset=utf-8');
  });

  it('titles a text whose first line is too long after the file name', async () => {
    const long = `${'Long opening sentence '.repeat(12)}end.`;
    const file = await prepareFromFile({ fileName: 'harbour-notes.txt', bytes: new TextEncoder().encode(`${long}\n\nMore.`) });
    expect(file.title).toBe('harbour-notes');
    const pasted = await prepareFromPaste({ format: 'text', content: `${long}\n\nMore.` });
    expect(pasted.title).toBe('Untitled clipping');
  });
});

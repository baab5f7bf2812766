import { describe, expect, it } from 'vitest';
import { clampTitle } from '../../../electron/core/capture/document-title';
import { prepareFromPaste } from '../../../electron/core/capture/prepare-clipping';
import { expectValidDoc, nodesOfType, textOf } from './capture-test-helpers';

async function html(content: string, title?: string) {
  const clipping = await prepareFromPaste({ format: 'html', content, title });
  expectValidDoc(clipping.doc);
  return clipping;
}

describe('titles of HTML pages', () => {
  it('takes the first <h1> and removes it from the top of the body', async () => {
    const clipping = await html(
      '<head><title>Site | Page</title><meta property="og:title" content="OG"></head><h1>  The   headline </h1><p>Body text.</p>',
    );
    expect(clipping.title).toBe('The headline');
    expect(clipping.text).toBe('Body text.');
    expect(nodesOfType(clipping.doc, 'heading')).toHaveLength(0);
  });

  it('keeps an <h1> that is not the first block', async () => {
    const clipping = await html('<p>Kicker</p><h1>The headline</h1><p>Body.</p>');
    expect(clipping.title).toBe('The headline');
    expect(clipping.text).toBe('Kicker\n\nThe headline\n\nBody.');
  });

  it('falls back to og:title, then <title>, then the first heading, then the first line', async () => {
    expect((await html('<head><title>T</title><meta property="og:title" content="From OG"></head><h2>Sub</h2><p>x</p>')).title).toBe('From OG');
    expect((await html('<head><title> From\n title </title></head><h2>Sub</h2><p>x</p>')).title).toBe('From title');
    const fromHeading = await html('<h3>From heading</h3><p>Body.</p>');
    expect(fromHeading.title).toBe('From heading');
    expect(fromHeading.text).toBe('Body.');
    const fromLine = await html('<p>First line<br>second line</p><p>More.</p>');
    expect(fromLine.title).toBe('First line');
    expect(fromLine.text).toBe('First line\nsecond line\n\nMore.');
  });

  it('keeps the heading when it is all the text there is', async () => {
    const clipping = await html('<h1>Only a headline</h1>');
    expect(clipping.title).toBe('Only a headline');
    expect(clipping.text).toBe('Only a headline');
  });

  it('lets an explicit title win and then removes nothing', async () => {
    const clipping = await html('<h1>The headline</h1><p>Body.</p>', '  My own title ');
    expect(clipping.title).toBe('My own title');
    expect(textOf(clipping.doc)).toContain('The headline');
    expect(nodesOfType(clipping.doc, 'heading')).toHaveLength(1);
  });

  it('ignores headings inside removed navigation', async () => {
    const clipping = await html('<nav><h1>Site name</h1></nav><h1>Real headline</h1><p>Body.</p>');
    expect(clipping.title).toBe('Real headline');
  });
});

describe('clampTitle', () => {
  it('leaves titles up to 500 characters alone', () => {
    const title = 'a'.repeat(500);
    expect(clampTitle(title)).toBe(title);
  });

  it('cuts longer titles at a word boundary with an ellipsis', () => {
    const words = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
    const clamped = clampTitle(words);
    expect(clamped.length).toBeLessThanOrEqual(500);
    expect(clamped.endsWith('…')).toBe(true);
    expect(words.startsWith(clamped.slice(0, -1))).toBe(true);
    expect(words.charAt(clamped.length - 1)).toBe(' ');
  });

  it('never splits a surrogate pair', () => {
    const clamped = clampTitle('😀'.repeat(300));
    expect(clamped.length).toBeLessThanOrEqual(500);
    expect(clamped).toBe(`${'😀'.repeat(249)}…`);
  });

  it('applies to derived titles', async () => {
    const long = Array.from({ length: 200 }, () => 'headline').join(' ');
    const clipping = await html(`<h1>${long}</h1><p>Body.</p>`);
    expect(clipping.title.length).toBeLessThanOrEqual(500);
    expect(clipping.title.endsWith('headline…')).toBe(true);
  });
});

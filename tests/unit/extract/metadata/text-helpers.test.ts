import { describe, expect, it } from 'vitest';
import { leadingText, shortTextOf, textOf } from '../../../../electron/core/extract/metadata/text';
import { parseHtml } from '../../../../electron/core/extract/parse-html';

const el = (html: string): Element => parseHtml(`<body><div id="x">${html}</div></body>`).getElementById('x')!;

describe('shortTextOf', () => {
  it('is textOf when the text is short enough', () => {
    const div = el('  By <b>Jane\n Doe</b> <span>and John Roe</span> ');
    expect(shortTextOf(div, 40)).toBe(textOf(div));
    expect(shortTextOf(div, 40)).toBe('By Jane Doe and John Roe');
  });

  it('is null once the text is longer, however it is split across elements', () => {
    expect(shortTextOf(el(`<p>${'word '.repeat(30)}</p><p>more</p>`), 40)).toBeNull();
    expect(shortTextOf(el('<i>12345</i><i>67890</i>'), 9)).toBeNull();
  });

  it('does not count white space that folding removes', () => {
    expect(shortTextOf(el(`By${' \n\t'.repeat(50)}Jane`), 10)).toBe('By Jane');
  });
});

describe('leadingText', () => {
  it('reads only as far as asked, from the start of the text', () => {
    const lead = leadingText(el(`<span>Von</span> <b>Anna Schmidt</b>${'<p>Lorem ipsum dolor sit amet.</p>'.repeat(50)}`), 20);
    expect(lead.startsWith('Von Anna Schmidt')).toBe(true);
    expect(lead.length).toBeLessThan(60);
  });

  it('is the whole text when it is shorter', () => {
    expect(leadingText(el('By <b>Kim</b>'), 20)).toBe('By Kim');
  });
});

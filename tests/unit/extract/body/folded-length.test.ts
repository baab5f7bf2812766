import { describe, expect, it } from 'vitest';
import { foldedLength } from '../../../../electron/core/extract/body/folded-length';

const SPACES = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];

describe('foldedLength', () => {
  it('is the length of the text with white space folded and trimmed', () => {
    const samples = ['', '   ', 'a', ' a ', 'a  b', '\n\tRead more\n', 'x\u200by', 'émoji 🙂 text', ...SPACES.map((s) => `${s}a${s}${s}b${s}`), `a${SPACES.join('')}b`];
    for (const text of samples) expect(foldedLength(text), JSON.stringify(text)).toBe(text.replace(/\s+/g, ' ').trim().length);
  });

  it('does not count a zero-width space or a soft hyphen as white space, as \\s does not', () => {
    expect(foldedLength('a\u200b\u00adb')).toBe(4);
  });
});

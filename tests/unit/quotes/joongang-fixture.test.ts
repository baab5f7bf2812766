import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../shared/quotes/detect-quotes';

/** A JoongAng Daily article relaying a KCNA report (the same file as ../shared/fixtures/). */
const FIXTURE = resolve(import.meta.dirname, '../../fixtures/capture/joongang-red-necktie-2025-03-31.txt');
const raw = readFileSync(FIXTURE, 'utf8');

/** Its canonical text as plain-text capture makes it: every non-blank line a paragraph. */
const canonical = raw
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean)
  .join('\n\n');

function expected(text: string, quoted: string, speaker: string | null) {
  const start = text.indexOf(quoted);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + quoted.length, text: quoted, speaker };
}

describe('the JoongAng fixture (a KCNA report relayed in English)', () => {
  it('finds the KCNA’s words and gives them to the agency, the report and the KCNA as written', () => {
    expect(detectQuotes(canonical)).toEqual([
      // …to fulfill their responsibilities in nurturing "youth revolutionaries and patriots," the Korean Central News Agency (KCNA) said.
      expected(canonical, '"youth revolutionaries and patriots,"', 'the Korean Central News Agency'),
      // …as youth "revolutionaries and patriots" who remain endlessly faithful to North Korean leader Kim, the report said.
      expected(canonical, '"revolutionaries and patriots"', 'the report'),
      // "Children should be taught …," the KCNA quoted a speaker as saying at the meeting.
      expected(
        canonical,
        '"Children should be taught to appreciate and know the value of the organization from a young age and to accustom themselves to voluntarily participating in its activities,"',
        'the KCNA',
      ),
    ]);
  });

  it('leaves out the name “Red Necktie” and the single word “defects” (scare quotes)', () => {
    const quoted = detectQuotes(canonical).map((quote) => quote.text);
    expect(quoted).not.toContain('"Red Necktie"');
    expect(quoted).not.toContain('"defects"');
  });

  it('reads the file as it is (single line breaks) the same way', () => {
    expect(detectQuotes(raw).map(({ text, speaker }) => ({ text, speaker }))).toEqual(detectQuotes(canonical).map(({ text, speaker }) => ({ text, speaker })));
  });
});

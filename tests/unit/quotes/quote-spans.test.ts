import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../shared/quotes/detect-quotes';
import { blocksOf, findQuoteSpans } from '../../../shared/quotes/quote-spans';

/** The quotations' texts, as detectQuotes returns them. */
const texts = (text: string) => detectQuotes(text).map((quote) => quote.text);

/** The exact span of `quoted` in `text` (its first occurrence). */
function spanOf(text: string, quoted: string): { start: number; end: number; text: string } {
  const start = text.indexOf(quoted);
  if (start < 0) throw new Error(`not in the text: ${quoted}`);
  return { start, end: start + quoted.length, text: quoted };
}

describe('blocksOf', () => {
  it('splits canonical text at blank lines and trims each block', () => {
    const text = 'One.\n\nTwo, with a\nhard break.\n\n\nThree. ';
    expect(blocksOf(text).map((block) => text.slice(block.start, block.end))).toEqual(['One.', 'Two, with a\nhard break.', 'Three.']);
  });
});

describe('quotation spans: pairing the marks', () => {
  it('includes the marks in the offsets, curly and straight', () => {
    const text = 'He said “we will win” and she said "we will not" on Friday.';
    const quotes = detectQuotes(text);
    expect(quotes.map(({ start, end, text: quoted }) => ({ start, end, text: quoted }))).toEqual([spanOf(text, '“we will win”'), spanOf(text, '"we will not"')]);
    for (const quote of quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it('keeps a multi-sentence quotation whole', () => {
    const text = '“For the sake of security, our country must win. As we have learned, winning is difficult,” Mr. Steele said.';
    expect(texts(text)).toEqual(['“For the sake of security, our country must win. As we have learned, winning is difficult,”']);
  });

  it('keeps nested single quotes inside the double ones (curly and straight)', () => {
    const curly = 'He added, “Needless to say, the war was not ‘a war of Obama’s choosing.’ It has been prosecuted by both presidents.”';
    expect(texts(curly)).toEqual(['“Needless to say, the war was not ‘a war of Obama’s choosing.’ It has been prosecuted by both presidents.”']);
    const straight = `"He called it 'a war of Obama's choosing,' and he was wrong," DeMint said.`;
    expect(texts(straight)).toEqual([`"He called it 'a war of Obama's choosing,' and he was wrong,"`]);
  });

  it('never opens a quotation at an apostrophe (don’t, the ’90s, students’, rock ’n’ roll)', () => {
    const curly = 'In the ’90s, the students’ teachers didn’t expect rock ’n’ roll to last, Mr. Kim said. “We don’t know,” he said.';
    expect(texts(curly)).toEqual(['“We don’t know,”']);
    const straight = `In the '90s the students' teachers didn't like rock 'n' roll, Ms. Park said. "We don't know," she said.`;
    expect(texts(straight)).toEqual([`"We don't know,"`]);
    expect(texts('The ’90s were the students’ decade; they didn’t care.')).toEqual([]);
  });

  it('pairs a curly opening mark with a straight closing one, as sloppy copy does', () => {
    const text = '“Some people are saying that they don’t want them in their cities. It is a disgrace," he told a press conference.';
    expect(texts(text)).toEqual(['“Some people are saying that they don’t want them in their cities. It is a disgrace,"']);
  });

  it('closes at a left mark typed where the right one belongs', () => {
    expect(texts('“Who can guarantee you happiness?“ he asked. “Tiger Woods?”')).toEqual(['“Who can guarantee you happiness?“', '“Tiger Woods?”']);
  });
});

describe('quotations across paragraphs', () => {
  it('continues a quotation whose paragraph has no closing mark when the next one opens with a mark', () => {
    const text = 'Mr. Steele said:\n\n“This is the first paragraph of the statement.\n\n“And this is the second,” Mr. Steele said.\n\nOfficials disagreed.';
    const quotes = detectQuotes(text);
    expect(quotes).toEqual([{ ...spanOf(text, '“This is the first paragraph of the statement.\n\n“And this is the second,”'), speaker: 'Mr. Steele' }]);
  });

  it('runs a quoted letter over paragraphs that do not reopen it, up to its closing mark', () => {
    const text =
      'Mr. Kristol wrote in a letter:\n\n“Your comment is more than an embarrassment.\n\nIt is an affront to the “troops” in the field.\n\nBut one of them shouldn’t be the chairman.”\n\nMr. Steele did not respond.';
    const [quote] = detectQuotes(text);
    expect(quote).toEqual({ ...spanOf(text, '“Your comment is more than an embarrassment.\n\nIt is an affront to the “troops” in the field.\n\nBut one of them shouldn’t be the chairman.”'), speaker: 'Mr. Kristol' });
  });

  it('does not let an unclosed quotation swallow the rest of the article', () => {
    // Opened in the middle of a sentence and never closed: dropped.
    expect(detectQuotes('The party called it “a disgrace and moved on.\n\nThe next paragraph has no quotes at all.')).toEqual([]);
    // Introduced by a colon: it ends at its block.
    const text = 'Mr. Lee said: “We will not stop.\n\nOfficials did not respond.\n\nThe talks ended.';
    expect(detectQuotes(text)).toEqual([{ ...spanOf(text, '“We will not stop.'), speaker: 'Mr. Lee' }]);
  });

  it('returns the raw spans with whether they were closed', () => {
    const text = 'Mr. Lee said: “We will not stop.\n\n“Never,” he said.';
    expect(findQuoteSpans(text).map((span) => ({ text: text.slice(span.start, span.end), closed: span.closed, blocks: span.blocks.length }))).toEqual([
      { text: '“We will not stop.\n\n“Never,”', closed: true, blocks: 2 },
    ]);
  });
});

describe('scare quotes', () => {
  it('leaves out a single quoted word inside the journalist’s sentence', () => {
    expect(detectQuotes('Lawmakers passed a “clean” bill on Friday and called the law "toxic" legislation.')).toEqual([]);
  });

  it('keeps a single word that is said on its own', () => {
    const text = 'Mr. Rhodes replied with a single word: “Yup.” “No,” Mr. Lee said.';
    expect(detectQuotes(text)).toEqual([
      { ...spanOf(text, '“Yup.”'), speaker: 'Mr. Rhodes' },
      { ...spanOf(text, '“No,”'), speaker: 'Mr. Lee' },
    ]);
  });

  it('keeps a two-word quotation with a speaker, leaves out one without', () => {
    const text = 'Mr. Trump said he had “real doubts” about it. Businesses may refuse service on “religious freedom” grounds.';
    expect(detectQuotes(text)).toEqual([{ ...spanOf(text, '“real doubts”'), speaker: 'Mr. Trump' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { type AnchorResult, reanchor, type ReanchorTarget } from '../../../shared/annotations/reanchor';
import { describeRange } from '../../../shared/annotations/text-anchor';

const PARAGRAPHS = [
  'The ministry announced on Monday that forty thousand volunteers would join the harvest campaign in the northern provinces.',
  'Officials said the campaign would last until the end of October. “We will not rest until every field is cleared,” the deputy minister told reporters in the capital.',
  'Critics called the plan a phony exercise in propaganda. One farmer said the volunteers had arrived without tools, and that the harvest was already late.',
  'Supporters dismissed the criticism as phony and said the volunteers were welcome.',
  'The ministry did not respond to a request for comment.',
];
const ARTICLE = PARAGRAPHS.join('\n\n');
const INSERTED = 'Heavy rain delayed the first trains to the countryside, the state news agency reported on Sunday.';

/** The selectors of the `occurrence`-th (0-based) `quote` in `text`, as an annotation stores them. */
function target(text: string, quote: string, occurrence = 0): Required<ReanchorTarget> {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at === -1) throw new Error(`"${quote}" is not in the text`);
  const { quote: selector, position } = describeRange(text, at, at + quote.length);
  return { exact: selector.exact, prefix: selector.prefix, suffix: selector.suffix, start: position.start, end: position.end };
}

/** Where `piece` (once in `text`) is. */
function rangeOf(text: string, piece: string, occurrence = 0): { start: number; end: number; exact: string } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(piece, at + 1);
  if (at === -1) throw new Error(`"${piece}" is not in the text`);
  return { start: at, end: at + piece.length, exact: piece };
}

function paragraphs(list: string[]): string {
  return list.join('\n\n');
}

describe('reanchor: the cases of the product spec', () => {
  it('keeps an annotation where it is when nothing around it changed', () => {
    const quote = 'a phony exercise in propaganda';
    expect(reanchor(ARTICLE, target(ARTICLE, quote))).toEqual({ ...rangeOf(ARTICLE, quote), method: 'position' });
    // A change after it leaves the offsets alone.
    const edited = ARTICLE.replace('did not respond', 'declined to respond');
    expect(reanchor(edited, target(ARTICLE, quote))).toEqual({ ...rangeOf(edited, quote), method: 'position' });
  });

  it('(a) finds the quote after white space and quote marks changed throughout, in the new characters', () => {
    const quote = '“We will not rest until every field is cleared,”';
    const old = target(ARTICLE, quote);
    const restyled = ARTICLE.replace(/ /g, '  ').replace(/\n\n/g, '\n \n').replace(/[“”]/g, '"').replace(/’/g, "'");
    const expected = '"We  will  not  rest  until  every  field  is  cleared,"';
    expect(reanchor(restyled, old)).toEqual({ ...rangeOf(restyled, expected), method: 'exact' });
    // And the other way round: straight quotes and apostrophes become curly ones.
    const straight = ARTICLE.replace(/[“”]/g, '"');
    const curly = straight.replace(/"We/, '“We').replace(/cleared,"/, 'cleared,”').replace(/\n\n/g, '\r\n\r\n');
    expect(reanchor(curly, target(straight, '"We will not rest'))).toEqual({ ...rangeOf(curly, '“We will not rest'), method: 'exact' });
  });

  it('(b) follows the quote when a paragraph is inserted before it', () => {
    const quote = 'the deputy minister told reporters';
    const edited = paragraphs([PARAGRAPHS[0]!, INSERTED, ...PARAGRAPHS.slice(1)]);
    expect(reanchor(edited, target(ARTICLE, quote))).toEqual({ ...rangeOf(edited, quote), method: 'exact' });
  });

  it('(c) follows the quote when another paragraph is removed', () => {
    const quote = 'arrived without tools';
    const edited = paragraphs(PARAGRAPHS.slice(1));
    expect(reanchor(edited, target(ARTICLE, quote))).toEqual({ ...rangeOf(edited, quote), method: 'exact' });
  });

  it('(d) follows the quote when a word next to it changed', () => {
    const quote = 'a phony exercise in propaganda';
    const edited = ARTICLE.replace('called the plan a phony', 'called the scheme a phony');
    expect(reanchor(edited, target(ARTICLE, quote))).toEqual({ ...rangeOf(edited, quote), method: 'exact' });
    const after = ARTICLE.replace('propaganda. One farmer', 'propaganda. A farmer');
    expect(reanchor(after, target(ARTICLE, quote))).toEqual({ ...rangeOf(after, quote), method: 'position' });
  });

  it('(e) finds the quote with a word changed inside it, edges included', () => {
    const old = target(ARTICLE, 'forty thousand volunteers would join the harvest campaign');
    const middle = ARTICLE.replace('thousand volunteers would', 'thousand students would');
    expect(reanchor(middle, old)).toEqual({ ...rangeOf(middle, 'forty thousand students would join the harvest campaign'), method: 'approximate' });
    // The last word replaced by a longer one: the range reaches the suffix, not short of it.
    const last = target(ARTICLE, 'One farmer said the volunteers had arrived without tools');
    const edited = ARTICLE.replace('without tools', 'without equipment');
    expect(reanchor(edited, last)).toEqual({ ...rangeOf(edited, 'One farmer said the volunteers had arrived without equipment'), method: 'approximate' });
    // The quote is still in the text, but inside a word: the first word was replaced, not cut.
    const cut = target(ARTICLE, 'a request for comment');
    const obama = ARTICLE.replace('to a request for comment', 'to Obama request for comment');
    expect(reanchor(obama, cut)).toEqual({ ...rangeOf(obama, 'Obama request for comment'), method: 'approximate' });
    // The first word of a short quote replaced: found between its prefix and suffix.
    const short = target(ARTICLE, 'phony exercise');
    const renamed = ARTICLE.replace('phony exercise', 'cynical exercise');
    expect(reanchor(renamed, short)).toEqual({ ...rangeOf(renamed, 'cynical exercise'), method: 'approximate' });
  });

  it('(f) makes an orphan of a quote whose sentence was deleted, even when its words are elsewhere', () => {
    const deleted = ARTICLE.replace('Critics called the plan a phony exercise in propaganda. ', '');
    expect(reanchor(deleted, target(ARTICLE, 'a phony exercise in propaganda'))).toEqual({ orphan: true });
    // "phony" is still in the next paragraph, with other words around it.
    expect(deleted).toContain('phony');
    expect(reanchor(deleted, target(ARTICLE, 'phony'))).toEqual({ orphan: true });
    const whole = paragraphs([...PARAGRAPHS.slice(0, 2), ...PARAGRAPHS.slice(3)]);
    expect(reanchor(whole, target(ARTICLE, 'One farmer said the volunteers had arrived'))).toEqual({ orphan: true });
  });

  it('(f) does not move a deleted quote to a copy whose context only partly matches', () => {
    // After the deletion, the other "phony" is followed by the rest of the deleted sentence's suffix.
    const speech = "He said it is not about jobs. It is about some phony ideal. Some phony theology. Not a theology based on the Bible, he added.";
    const old = target(speech, 'phony', 1);
    expect(old.suffix).toBe(' theology. Not a theology based ');
    const deleted = speech.replace('Some phony theology. ', '');
    expect(reanchor(deleted, old)).toEqual({ orphan: true });
    // A repeated phrase keeps its words after the deletion, in another sentence.
    const appeal = 'Democrats urged Trump and McConnell to "stop holding government hostage and end the shutdown" immediately.\n\n“The president must stop holding government hostage and end the shutdown so federal workers can be paid,” she said.';
    const phrase = target(appeal, 'stop holding government hostage', 1);
    const cut = appeal.replace(/\n\n“The president must[^”]*” she said\./, '');
    expect(reanchor(cut, phrase)).toEqual({ orphan: true });
  });

  it('makes an orphan of a quote rewritten beyond recognition', () => {
    const rewritten = ARTICLE.replace('forty thousand volunteers would join', 'a handful of soldiers might help with');
    expect(reanchor(rewritten, target(ARTICLE, 'forty thousand volunteers would join'))).toEqual({ orphan: true });
  });
});

describe('reanchor: repeated quotes', () => {
  const REPEATED = 'The harvest was late again this year, the farmers said.';
  const text = paragraphs([PARAGRAPHS[0]!, REPEATED, REPEATED, REPEATED, PARAGRAPHS[4]!]);

  it('chooses the occurrence whose context matches', () => {
    // The first copy follows the ministry's paragraph: its prefix tells it apart.
    const first = target(text, 'late again', 0);
    const edited = `${INSERTED}\n\n${text}`;
    expect(reanchor(edited, first)).toEqual({ ...rangeOf(edited, 'late again', 0), method: 'exact' });
    // "phony" twice, in different sentences: the context decides.
    const second = target(ARTICLE, 'phony', 1);
    const moved = `${INSERTED}\n\n${ARTICLE}`;
    expect(reanchor(moved, second)).toEqual({ ...rangeOf(moved, 'phony', 1), method: 'exact' });
  });

  it('makes an orphan when copies fit equally well and none is at the old place', () => {
    // The second and third copies have the same 32 characters on either side.
    const second = target(text, 'late again', 1);
    expect(second.prefix).toBe(target(text, 'late again', 2).prefix);
    expect(second.suffix).toBe(target(text, 'late again', 2).suffix);
    expect(reanchor(`${INSERTED}\n\n${text}`, second)).toEqual({ orphan: true });
    // At the old place, the old place settles it.
    expect(reanchor(text, second)).toEqual({ ...rangeOf(text, 'late again', 1), method: 'position' });
  });
});

describe('reanchor: short quotes', () => {
  it('finds a one-letter quote by its context only', () => {
    const old = target(ARTICLE, 'a', ARTICLE.slice(0, ARTICLE.indexOf('a phony')).split('a').length - 1);
    expect(old.suffix.startsWith(' phony exercise')).toBe(true);
    const edited = `${INSERTED}\n\n${ARTICLE}`;
    const found = reanchor(edited, old) as Extract<AnchorResult, { start: number }>;
    expect(found).toEqual({ start: edited.indexOf('a phony'), end: edited.indexOf('a phony') + 1, exact: 'a', method: 'exact' });
    // Its sentence gone, it is an orphan, though "a" is everywhere.
    const deleted = ARTICLE.replace('Critics called the plan a phony exercise in propaganda. ', '');
    expect(reanchor(deleted, old)).toEqual({ orphan: true });
  });

  it('does not look for a short quote approximately', () => {
    const old = target(ARTICLE, 'end');
    const edited = ARTICLE.replace('the end of October', 'the close of October');
    expect(reanchor(edited, old)).toEqual({ orphan: true });
  });
});

describe('reanchor: edges, paragraphs and white space', () => {
  it('finds a quote that spans two paragraphs', () => {
    const old = target(ARTICLE, 'northern provinces.\n\nOfficials said');
    const edited = `${INSERTED}\n\n${ARTICLE.replace('provinces.\n\nOfficials', 'provinces.\n\n\nOfficials')}`;
    expect(reanchor(edited, old)).toEqual({ ...rangeOf(edited, 'northern provinces.\n\n\nOfficials said'), method: 'exact' });
  });

  it('takes white space changed inside the quote as the quote', () => {
    const old = target(ARTICLE, 'forty thousand volunteers');
    const edited = ARTICLE.replace('forty thousand volunteers', 'forty  thousand\nvolunteers');
    expect(reanchor(edited, old)).toEqual({ ...rangeOf(edited, 'forty  thousand\nvolunteers'), method: 'exact' });
  });

  it('finds quotes at the start and the end of the text', () => {
    const first = target(ARTICLE, 'The ministry announced');
    expect(first.prefix).toBe('');
    const restyled = ARTICLE.replace(/ /g, '\u00a0');
    expect(reanchor(restyled, first)).toEqual({ ...rangeOf(restyled, 'The\u00a0ministry\u00a0announced'), method: 'exact' });
    const last = target(ARTICLE, 'request for comment.');
    expect(last.suffix).toBe('');
    const shorter = paragraphs([PARAGRAPHS[0]!, PARAGRAPHS[4]!]);
    expect(reanchor(shorter, last)).toEqual({ ...rangeOf(shorter, 'request for comment.'), method: 'exact' });
  });

  it('finds a quote whose old position is past the end of the new text', () => {
    const old = target(ARTICLE, 'Supporters dismissed the criticism');
    const shorter = PARAGRAPHS[3]!;
    expect(old.start).toBeGreaterThan(shorter.length);
    expect(reanchor(shorter, old)).toEqual({ ...rangeOf(shorter, 'Supporters dismissed the criticism'), method: 'exact' });
  });

  it('finds a long quote with a word changed', () => {
    const long = Array.from({ length: 8 }, (_v, i) => `Sentence ${i + 1} of the statement repeats the ministry's position on the volunteers and the harvest.`).join(' ');
    const text = paragraphs([PARAGRAPHS[0]!, long, PARAGRAPHS[4]!]);
    expect(long.length).toBeGreaterThan(512);
    const old = target(text, long);
    const edited = text.replace('Sentence 5 of the statement', 'Sentence 5 of the declaration');
    expect(reanchor(edited, old)).toEqual({ ...rangeOf(edited, long.replace('Sentence 5 of the statement', 'Sentence 5 of the declaration')), method: 'approximate' });
  });
});

describe('reanchor: what it is given', () => {
  it('works from the quote alone: a single occurrence, or the one clearly nearest the old start', () => {
    expect(reanchor(ARTICLE, { exact: 'arrived without tools' })).toEqual({ ...rangeOf(ARTICLE, 'arrived without tools'), method: 'exact' });
    expect(reanchor(ARTICLE, { exact: 'phony' })).toEqual({ orphan: true });
    const second = rangeOf(ARTICLE, 'phony', 1);
    expect(reanchor(ARTICLE, { exact: 'phony', start: second.start + 10 })).toEqual({ ...second, method: 'exact' });
  });

  it('makes an orphan of an empty or blank quote and ignores a bad old range', () => {
    expect(reanchor(ARTICLE, { exact: '' })).toEqual({ orphan: true });
    expect(reanchor(ARTICLE, { exact: ' \n ' })).toEqual({ orphan: true });
    expect(reanchor('', target(ARTICLE, 'phony'))).toEqual({ orphan: true });
    const old = target(ARTICLE, 'arrived without tools');
    expect(reanchor(ARTICLE, { ...old, start: -5, end: 1e9 })).toEqual({ ...rangeOf(ARTICLE, 'arrived without tools'), method: 'exact' });
  });
});

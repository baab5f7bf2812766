/**
 * A text with its combining marks taken out, and the way back to the text's own
 * offsets. Snippets match terms against it: a mark belongs to the letter before it, so
 * "e\u0301tude" matches étude, as the index (which drops marks) found it.
 *
 * Canonical text is NFC, so nearly every body has no marks and is its own view. The
 * rare one that has them (a decomposed accent, an emoji's variation selector) costs a
 * pass over its characters, where matching it with patterns of its own cost a new
 * regular expression per term, about 4 ms to compile the first time.
 */
export interface MarkFreeText {
  text: string;
  /** The offset in `text` of an offset in the original. */
  toView(original: number): number;
  /** The offset in the original of an offset in `text`: a match's end takes the marks after its last letter. */
  toOriginal(view: number): number;
}

export function markFreeText(body: string): MarkFreeText {
  if (!hasCombiningMark(body)) return { text: body, toView: same, toOriginal: same };
  const original: number[] = []; // original offset of each code unit kept
  const view = new Int32Array(body.length + 1); // view offset of each original offset
  let text = '';
  for (let i = 0; i < body.length; ) {
    const codePoint = body.codePointAt(i)!;
    const size = codePoint > 0xffff ? 2 : 1;
    for (let k = 0; k < size; k++) view[i + k] = original.length;
    if (!isCombiningMark(codePoint)) {
      for (let k = 0; k < size; k++) original.push(i + k);
      text += body.slice(i, i + size);
    }
    i += size;
  }
  view[body.length] = original.length;
  original.push(body.length);
  return { text, toView: (offset) => view[offset]!, toOriginal: (offset) => original[offset]! };
}

const same = (offset: number) => offset;

const COMBINING_MARK = /^\p{M}$/u;

/** None is below U+0300, nor among Hangul syllables and CJK ideographs (most of a Korean or Chinese text). */
function isCombiningMark(codePoint: number): boolean {
  if (codePoint < 0x300 || (codePoint >= 0xac00 && codePoint <= 0xd7a3) || (codePoint >= 0x4e00 && codePoint <= 0x9fff)) return false;
  return COMBINING_MARK.test(String.fromCodePoint(codePoint));
}

/** Testing each character beats a /\p{M}/u scan fivefold on the Latin text most bodies are. */
function hasCombiningMark(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x300) continue;
    if (isCombiningMark(code >= 0xd800 && code <= 0xdbff ? text.codePointAt(i)! : code)) return true;
  }
  return false;
}

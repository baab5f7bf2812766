/**
 * Quotation marks: which characters open and close a quotation, and whether one
 * occurrence can open or close, judged from its neighbours. Apostrophes (don’t, the
 * ’90s, students’) share their characters with single quotation marks; a mark that
 * cannot open or close is not a mark.
 */

/** For each opening mark, the marks that may close it. */
export const CLOSERS: Readonly<Record<string, readonly string[]>> = {
  '“': ['”', '"'],
  '„': ['“', '”'],
  '"': ['"', '”'],
  '‘': ['’'],
  '‚': ['‘', '’'],
  "'": ["'", '’'],
  '«': ['»'],
  '»': ['«'],
  '‹': ['›'],
  '›': ['‹'],
  '「': ['」'],
  '『': ['』'],
  '﹁': ['﹂'],
  '﹃': ['﹄'],
};

/** Marks that may open a paragraph which continues the previous paragraph's quotation. */
export const CONTINUERS: Readonly<Record<string, readonly string[]>> = {
  '“': ['“', '"'],
  '"': ['"', '“'],
  '„': ['„', '»'],
  '«': ['«', '»'],
  '»': ['»'],
  '‘': ['‘', "'"],
  "'": ["'", '‘'],
  '‚': ['‚'],
  '‹': ['‹'],
  '›': ['›'],
  '「': ['「'],
  '『': ['『'],
  '﹁': ['﹁'],
  '﹃': ['﹃'],
};

const MARK_PATTERN = /["'“”‘’„‚«»‹›「」『』﹁﹂﹃﹄]/gu;

/** Marks that close only what they are asked to, never a mark deeper in the stack (they double as apostrophes). */
export const APOSTROPHE_LIKE = new Set(["'", '’']);

export interface MarkToken {
  pos: number;
  char: string;
  canOpen: boolean;
  canClose: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
/** Characters after which an opening mark may stand (besides space and the start). */
const OPEN_CONTEXT = /[([{\u2014\u2013\u2015\-/:;,—–…“‘„‚"'«»‹›「『﹁﹃]/u;
/** Characters before which a closing mark may stand (besides space and the end). */
const CLOSE_CONTEXT = /[)\]}.,;:!?\u2014\u2013\-/…”’"'»«›‹」』﹂﹄*]/u;

/** Elisions written with an opening apostrophe: 'em, 'til, 'n', '90s, ’twas. */
const ELISION = /^(?:em|til|till|cause|n|tis|twas|bout|round|nuff|cos|s|re|ve|ll|d|m|t)\b|^\d{2}s?\b/iu;

function isSpaceOrEdge(ch: string | undefined): boolean {
  return ch === undefined || SPACE.test(ch);
}

/** Every quotation-mark character in text[from, to), with what it can do there. */
export function markTokens(text: string, from: number, to: number): MarkToken[] {
  const tokens: MarkToken[] = [];
  MARK_PATTERN.lastIndex = from;
  for (let match = MARK_PATTERN.exec(text); match && match.index < to; match = MARK_PATTERN.exec(text)) {
    const i = match.index;
    const char = match[0];
    const prev = i > from ? text[i - 1] : undefined;
    const next = i + 1 < to ? text[i + 1] : undefined;
    const token = classify(text, i, char, prev, next, to);
    if (token.canOpen || token.canClose) tokens.push(token);
  }
  return tokens;
}

function classify(text: string, pos: number, char: string, prev: string | undefined, next: string | undefined, to: number): MarkToken {
  const prevOpenable = isSpaceOrEdge(prev) || OPEN_CONTEXT.test(prev!);
  const nextClosable = isSpaceOrEdge(next) || CLOSE_CONTEXT.test(next!);
  const nextIsSpace = isSpaceOrEdge(next);
  const prevIsSpace = isSpaceOrEdge(prev);
  switch (char) {
    case '"':
      return { pos, char, canOpen: !nextIsSpace && prevOpenable, canClose: !prevIsSpace && nextClosable };
    case "'":
    case '‘': {
      const elision = next !== undefined && ELISION.test(text.slice(pos + 1, Math.min(to, pos + 8)));
      const canOpen = !nextIsSpace && prevOpenable && !elision && (LETTER_OR_DIGIT.test(next!) || /[“"„«¿¡(…\[]/u.test(next!));
      // A left single mark closes a German ‚…‘; a straight one closes like ’.
      const canClose = char === '‘' ? !prevIsSpace && nextClosable : !prevIsSpace && !LETTER_OR_DIGIT.test(next ?? ' ');
      return { pos, char, canOpen, canClose };
    }
    case '’':
      return { pos, char, canOpen: false, canClose: !prevIsSpace && !LETTER_OR_DIGIT.test(next ?? ' ') };
    case '‚':
      return { pos, char, canOpen: prevIsSpace && !nextIsSpace, canClose: false };
    case '“':
      // Opens in English; closes a German „…“.
      return { pos, char, canOpen: !nextIsSpace || next === '\u00a0', canClose: !prevIsSpace };
    case '”':
      return { pos, char, canOpen: false, canClose: true };
    case '„':
      return { pos, char, canOpen: !nextIsSpace, canClose: false };
    case '«':
    case '‹':
      // French «…» (with spaces inside), or the closing mark of a German »…«.
      return { pos, char, canOpen: next !== undefined, canClose: true };
    case '»':
    case '›':
      // Closes French «…»; opens a German »…« when a letter follows it directly.
      return { pos, char, canOpen: next !== undefined && !nextIsSpace && !CLOSE_CONTEXT.test(next), canClose: true };
    default:
      // CJK corner brackets are unambiguous.
      return { pos, char, canOpen: char === '「' || char === '『' || char === '﹁' || char === '﹃', canClose: char === '」' || char === '』' || char === '﹂' || char === '﹄' };
  }
}

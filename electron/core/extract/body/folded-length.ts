/**
 * `text.replace(/\s+/g, ' ').trim().length` without building that string: the body
 * rules ask for the length of every block's and every link's text.
 */
export function foldedLength(text: string): number {
  let length = 0;
  let started = false;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      space = started;
    } else {
      if (space) length++;
      length++;
      started = true;
      space = false;
    }
  }
  return length;
}

/** What `\s` matches: white space and line terminators. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * windows-1252 decoding. Node's TextDecoder (as of Node 20) decodes the label
 * `windows-1252` — and `iso-8859-1`, `latin1`, `ascii`, which the Encoding
 * Standard maps to it — as ISO-8859-1, turning curly quotes, dashes and € into
 * invisible C1 control characters. This maps 0x80–0x9F as the standard says.
 */
const C1_TO_WINDOWS_1252: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  // Every byte decodes; only 0x80–0x9F need the table. The replace is a no-op on a
  // runtime whose decoder already gets this right.
  const text = new TextDecoder('windows-1252').decode(bytes);
  return text.replace(/[\u0080-\u009f]/g, (char) => String.fromCharCode(C1_TO_WINDOWS_1252[char.charCodeAt(0) - 0x80] ?? 0xfffd));
}
